// Schema 1.1 in ORUK: the test offer with one item per thing real offers say (test/fixtures/offers) goes
// to ORUK with each meaning in the field ORUK has for it, in the words the elements show, and reads back
// unchanged. `convert --to oruk` also says which properties it does not know and leaves out.
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { assertNoStackTrace, importOruk, orukFixture, readJson } from './oruk-helpers.mjs';
import { root, runTool, scratchFolder, writeIn } from './helpers.mjs';

const scratch = scratchFolder('oruk-schema-1-1');
const source = join(root, 'test/fixtures/offers/schema-1-1.json');
const offer = readJson(source);
const exported = join(scratch, 'services.json');
const result = runTool(['convert', '--to', 'oruk', source, '-o', exported]);
const list = result.code === 0 ? readJson(exported) : undefined;
const service = (title) => list.contents.find((s) => s.name === title);
const valueName = (title) => service(title).attributes.find((a) => a.taxonomy_term.taxonomy === 'local-offer-elements:value')?.taxonomy_term.name;
const byId = (items) => Object.fromEntries(items.map((item) => [item.id, item]));

describe('local-offer convert --to oruk: schema 1.1', () => {
  it('writes a valid UK profile service for every item, exit 0', () => {
    assert.equal(result.code, 0, result.err);
    assertNoStackTrace(result);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(readJson(orukFixture('uk-profile-3.0/schema/compiled/service.json')));
    for (const s of list.contents) assert.equal(validate(s), true, `${s.name}: ${JSON.stringify(validate.errors)}`);
  });

  it('names each value in the words the elements show', () => {
    assert.equal(valueName('Weekly allowance until your first benefit payment'), '£57.90 a week for 5 weeks, £289.50 in all');
    assert.equal(valueName('Higher education bursary'), '£2,000, once; Paid in 3 parts: £667, £667 and £666');
    assert.equal(valueName('Birthday money'), '£25 when you turn 19; £25 when you turn 20; £50 when you turn 21');
    assert.equal(valueName('Reward for your GCSEs'), '£50 for passing GCSEs; £100 if English and maths are among them');
    assert.equal(valueName('Move-in pack'), 'Goods or vouchers worth £20, once');
    assert.equal(valueName('Removal van'), 'A van and a driver for your move; Paid out of “Setting-up-home allowance”, not on top of it');
    assert.equal(valueName('Travel support'), 'Paid every week. The amount is not published: ask your personal adviser');
  });

  it('writes a price or a discount as cost options and fees, and who pays as funding', () => {
    const gym = service('Gym visits');
    assert.equal(gym.fees, '£2 each time');
    assert.deepEqual(
      gym.cost_options.map(({ option, amount, amount_description }) => ({ option, amount, amount_description })),
      [{ option: 'Price for care leavers', amount: 2, amount_description: '£2 each time' }],
    );
    const sports = service('Racquet sports');
    assert.equal(sports.fees, '50% off');
    assert.equal(sports.cost_options[0].amount, undefined, 'a discount is not a price');
    assert.equal(service('Council tax discount').cost_options.length, 4, 'one cost option per tier');
    assert.equal(service('Council tax discount').cost_options[3].amount_description, '25% off when you are 21 to 24 if you live with other adults');
    assert.equal(service('Move-in pack').cost_options, undefined, 'goods given are not a cost');
    assert.deepEqual(
      service('Household support grant').funding.map((f) => f.source),
      ['Nottinghamshire County Council'],
    );
  });

  it('writes whether it runs, the rules in words, and a team as a child organization', () => {
    assert.equal(service('Free swimming').status, 'inactive');
    assert.equal(service('Laptop scheme').status, 'defunct');
    assert.equal(service('Mentoring').status, 'active');
    assert.equal(service('Visits if you live outside Nottinghamshire').eligibility_description, 'You live outside Nottinghamshire County Council.');
    assert.equal(service('Support from your personal adviser').eligibility_description, 'You are 18 to 21, or you are 22 to 24 and in education or training.');
    assert.equal(service('Driving lessons').eligibility_description, 'Given when you need it: ask your personal adviser.');
    assert.equal(service('Help to find a home in Preston').eligibility_description, 'You live in, or want to live in, Preston City Council.');
    assert.equal(service('Higher education bursary').eligibility_description, offer.entitlements[1].eligibility.conditions, 'conditions alone stay as written');
    const school = service('Help with school and college').organization;
    assert.equal(school.parent_organization_id, service('Birthday money').organization.id);
  });

  it('says in the report what ORUK has no field for, and keeps it in its extension', () => {
    assert.match(result.err, /note {4}deliveredBy: 2 items: kept only in local_offer_elements/);
    assert.match(result.err, /note {4}available: 3 items: dates, hours and places of use kept only in local_offer_elements/);
    assert.match(result.err, /note {4}providers\[2\] "ashfield": it runs no item, so it is no ORUK organization: kept in the list's local_offer_elements/);
  });

  it('reads back unchanged: offer → ORUK → offer', () => {
    const { offer: back, report } = importOruk(scratch, exported, 'back.json');
    const { $schema: _a, providers, contacts, ...rest } = offer;
    const { $schema: _b, providers: backProviders, contacts: backContacts, ...backRest } = back;
    assert.deepEqual(backRest, rest);
    assert.deepEqual(byId(backProviders), byId(providers));
    assert.deepEqual(byId(backContacts), byId(contacts));
    assert.match(report, /contents\[19\]\.status: "inactive": kept, as the item's status "proposed"/);
  });
});

describe('local-offer convert --to oruk: properties it does not know', () => {
  it('reports each one it leaves out, where it is', () => {
    const withExtras = structuredClone(offer);
    withExtras.entitlements[0].colour = 'red';
    withExtras.entitlements[0].value.amount = 57.9;
    const file = writeIn(scratch, 'extras.json', JSON.stringify(withExtras));
    const run = runTool(['convert', '--to', 'oruk', file, '-o', join(scratch, 'extras-oruk.json')]);
    assert.equal(run.code, 0, run.err);
    assert.match(run.err, /dropped \/entitlements\/0\/colour: "colour" is not a property this library knows: it is not in the export/);
    assert.match(run.err, /dropped \/entitlements\/0\/value\/amount: "amount" is not a property this library knows: it is not in the export/);
  });
});
