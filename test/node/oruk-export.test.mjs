// Open Referral UK, export: runs the real `local-offer convert --to oruk` command on our example offers,
// checks every service against the UK profile's compiled schema, and reads the export back with
// `--from oruk`. oruk-import.test.mjs imports real feeds; oruk-errors.test.mjs, bad input.
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { assertNoStackTrace, assertValidOffer, importOruk, readJson } from './oruk-helpers.mjs';
import { root, runTool, scratchFolder, writeIn } from './helpers.mjs';

const scratch = scratchFolder('oruk-export');
const cli = (...args) => runTool(args);
const fixture = (path) => join(root, 'test/fixtures/oruk', path);
const scratchFile = (name) => join(scratch, name);
const write = (name, text) => writeIn(scratch, name, text);

describe('local-offer convert --to oruk: our example offers', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validateService = ajv.compile(readJson(fixture('uk-profile-3.0/schema/compiled/service.json')));

  for (const example of ['nottinghamshire', 'manchester', 'southwark']) {
    describe(example, () => {
      const source = join(root, `schema/examples/${example}.json`);
      const offer = readJson(source);
      const exported = scratchFile(`${example}-oruk.json`);
      const result = cli('convert', '--to', 'oruk', source, '-o', exported);
      const list = result.code === 0 ? readJson(exported) : undefined;
      let imported;
      const readBack = () => (imported ??= importOruk(scratch, exported, `${example}-back.json`));

      it('writes one /services page with a service per item, exit 0', () => {
        assert.equal(result.code, 0, result.err);
        assertNoStackTrace(result);
        assert.equal(list.total_items, offer.entitlements.length);
        assert.equal(list.contents.length, offer.entitlements.length);
        assert.equal(list.local_offer_elements.offer.id, offer.id);
        assert.match(result.err, new RegExp(`^Wrote ${offer.entitlements.length} ORUK 3\\.0 services to `, 'm'));
      });

      it('writes services that validate against the UK profile compiled service schema (ajv, draft 2020-12)', () => {
        for (const service of list.contents) {
          assert.equal(validateService(service), true, `${service.name}: ${JSON.stringify(validateService.errors, null, 1)}`);
          assert.ok(service.url, `${service.name} has no url`);
          assert.ok(service.organization.id && service.organization.name && service.organization.description);
        }
        assert.equal(new Set(list.contents.map((service) => service.id)).size, list.contents.length, 'service ids are unique');
      });

      it('puts areas, statuses, basis and amounts in clearly named taxonomies', () => {
        const service = list.contents.find((entry) => entry.local_offer_elements.id === offer.entitlements[0].id);
        const taxonomies = new Set(service.attributes.map((attribute) => attribute.taxonomy_term.taxonomy));
        assert.ok(taxonomies.has('local-offer-elements:area'));
        assert.ok(taxonomies.has('local-offer-elements:basis'));
        const area = service.attributes.find((attribute) => attribute.taxonomy_term.taxonomy === 'local-offer-elements:area');
        assert.equal(area.taxonomy_term.code, offer.entitlements[0].area);
        const withAmount = offer.entitlements.find((entry) => entry.value?.amountPence !== undefined);
        const amountService = list.contents.find((entry) => entry.local_offer_elements.id === withAmount.id);
        const amount = amountService.attributes.find((attribute) => attribute.taxonomy_term.taxonomy === 'local-offer-elements:value');
        assert.equal(amount.value, String(withAmount.value.amountPence));
        assert.equal(amountService.cost_options, undefined, 'an amount given is not a cost to the user');
      });

      it('gives the same ids every time', () => {
        const again = cli('convert', '--to', 'oruk', source);
        assert.equal(again.code, 0);
        assert.deepEqual(JSON.parse(again.out), list);
      });

      it('reads back (offer → ORUK → offer) with the same ids, titles, areas, ages and contacts', () => {
        const back = readBack();
        assertValidOffer(back.output);
        assert.equal(back.offer.id, offer.id);
        assert.equal(back.offer.title, offer.title);
        assert.deepEqual(
          back.offer.entitlements.map((item) => item.id),
          offer.entitlements.map((item) => item.id),
        );
        offer.entitlements.forEach((item, index) => {
          const read = back.offer.entitlements[index];
          assert.equal(read.title, item.title, item.id);
          assert.equal(read.area, item.area, item.id);
          assert.equal(read.eligibility?.minAge, item.eligibility?.minAge, item.id);
          assert.equal(read.eligibility?.maxAge, item.eligibility?.maxAge, item.id);
          assert.equal(read.contactId, item.contactId, item.id);
        });
        const people = (contacts) =>
          contacts.map((contact) => ({ id: contact.id, name: contact.name, phone: contact.phone, sms: contact.sms })).sort((a, b) => a.id.localeCompare(b.id));
        assert.deepEqual(people(back.offer.contacts), people(offer.contacts));
      });

      it('reads back everything else too: the export loses nothing an offer holds', () => {
        const back = readBack().offer;
        const byId = (list) => Object.fromEntries(list.map((entry) => [entry.id, entry]));
        const { $schema: _ours, providers, contacts, entitlements, ...header } = offer;
        const { $schema: _theirs, providers: backProviders, contacts: backContacts, entitlements: backEntitlements, ...backHeader } = back;
        assert.deepEqual(backHeader, header);
        assert.deepEqual(backEntitlements, entitlements);
        assert.deepEqual(byId(backContacts), byId(contacts));
        assert.deepEqual(byId(backProviders), byId(providers));
      });
    });
  }

  it('refuses an offer that is not valid, exit 1', () => {
    const offer = readJson(join(root, 'schema/examples/manchester.json'));
    offer.entitlements[0].area = 'nowhere';
    const result = cli('convert', '--to', 'oruk', write('invalid-offer.json', JSON.stringify(offer)));
    assert.equal(result.code, 1);
    assert.match(result.err, /\/entitlements\/0\/area {2}error: /);
    assert.match(result.err, /is not a valid offer, so it was not converted/);
    assertNoStackTrace(result);
  });
});

describe('local-offer convert: bank holidays and closed dates, which ORUK schedules cannot say', () => {
  const allDay = [{ opens: '00:00', closes: '24:00' }];
  const days = Object.fromEntries(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => [day, allDay]));
  const hours = { ...days, bankHolidays: [], closedDates: ['2026-12-24'] };
  let exported;
  /** Southwark's example with a round-the-clock line that closes on bank holidays and Christmas Eve, in ORUK. */
  function exportRoundTheClock() {
    if (exported) return exported;
    const offer = readJson(join(root, 'schema/examples/southwark.json'));
    const contact = offer.contacts.find((entry) => offer.entitlements.some((item) => item.contactId === entry.id));
    contact.openingHours = hours;
    const source = write('round-the-clock.json', JSON.stringify(offer));
    assertValidOffer(source);
    const file = scratchFile('round-the-clock-oruk.json');
    assert.equal(cli('convert', '--to', 'oruk', source, '-o', file).code, 0);
    return (exported = { file, contactId: contact.id });
  }

  it('keeps the holiday closures of a round-the-clock line through offer → ORUK → offer', () => {
    const { file, contactId } = exportRoundTheClock();
    const back = importOruk(scratch, file, 'round-the-clock-back.json');
    assert.deepEqual(back.offer.contacts.find((entry) => entry.id === contactId).openingHours, hours);
  });

  it('reports holiday hours in our extension that are not in our format', () => {
    const list = readJson(exportRoundTheClock().file);
    const contact = list.contents.flatMap((service) => service.contacts ?? []).find((c) => c.local_offer_elements?.holidayHours);
    contact.local_offer_elements.holidayHours = { closedDates: ['Christmas'] };
    const back = importOruk(scratch, write('broken-holidays.json', JSON.stringify(list)), 'broken-holidays-back.json');
    assert.match(back.report, /holidayHours.*not bank-holiday hours and closed dates in our format/);
  });
});
