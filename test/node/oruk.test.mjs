// Open Referral UK: runs the real `local-offer convert` command on the published ORUK examples, a messy
// council feed in the style of a real ORUK 1.0 directory, and our example offers. Everything it reads is
// in test/fixtures/oruk (see its README for sources and licences), so it runs without /work/shared.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = new URL('../..', import.meta.url).pathname;
const bin = join(root, 'bin/local-offer.js');
const fixtures = join(root, 'test/fixtures/oruk');
const scratch = mkdtempSync(join(tmpdir(), 'local-offer-oruk-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function cli(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const fixture = (path) => join(fixtures, path);
const scratchFile = (name) => join(scratch, name);

function write(name, text) {
  const path = scratchFile(name);
  writeFileSync(path, text);
  return path;
}

function assertNoStackTrace(result) {
  assert.doesNotMatch(result.out + result.err, /\n\s+at .+:\d+:\d+/);
}

function assertValidOffer(file) {
  const result = cli('validate', file);
  assert.equal(result.code, 0, result.out + result.err);
  assert.match(result.out, /1 valid, 0 invalid \(0 errors, 0 warnings\)/);
}

/** Every string in a JSON value, with where it is. */
function* stringsIn(value, path = '') {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsIn(item, `${path}/${i}`);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* stringsIn(item, `${path}/${key}`);
}

function assertNoMarkup(offer) {
  for (const [path, text] of stringsIn(offer)) {
    if (path === '/$schema') continue;
    assert.doesNotMatch(text, /<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;|alert\(|document\.write/i, `markup left in ${path}: ${text}`);
  }
}

/** Converts an ORUK file to an offer in the scratch folder, checks the command succeeded, and reads it. */
function importOruk(file, name, ...options) {
  const output = scratchFile(name);
  const result = cli('convert', '--from', 'oruk', file, '-o', output, ...options);
  assert.equal(result.code, 0, result.err);
  assertNoStackTrace(result);
  return { offer: readJson(output), output, report: result.err };
}

const ORUK_EXAMPLES = [
  'hsds-3.0/examples/service_full.json',
  'hsds-3.0/examples/service_list.json',
  'uk-profile-3.0/examples/service_full.json',
  'uk-profile-3.0/examples/service_list.json',
  // Not services themselves, but they carry one: an organization with `services`, a service_at_location with `service`.
  'uk-profile-3.0/examples/organization_full.json',
  'uk-profile-3.0/examples/service_at_location_full.json',
];

describe('local-offer convert --from oruk: the published ORUK examples', () => {
  for (const example of ORUK_EXAMPLES) {
    it(`converts ${example} into a valid offer`, () => {
      const { offer, output, report } = importOruk(fixture(example), example.replace(/\W+/g, '-'));
      assertValidOffer(output);
      assert.deepEqual(
        offer.entitlements.map((item) => item.id),
        ['community-counselling'],
      );
      const [item] = offer.entitlements;
      assert.equal(item.title, 'Community Counselling');
      assert.equal(item.area, 'health-and-wellbeing');
      assert.equal(item.eligibility.minAge, 12);
      assert.equal(item.eligibility.maxAge, undefined);
      assert.equal(offer.lastReviewed, '2023-03-15');
      assert.equal(offer.providers[0].name, 'Example Organization Inc.');
      assertNoMarkup(offer);
      assert.match(report, /maximum_age: 100 is above 30, the oldest age an offer records/);
      assert.match(report, /assumed .*"Community Counselling": area "health-and-wellbeing" from the words "counselling"/);
      assert.match(report, /assumed lastReviewed: 2023-03-15/);
      assert.match(report, /^Converted 1 of 1 service \(ORUK 3\.0\) into /m);
    });
  }

  it('reads the HSDS phone, languages and address into the contact, and leaves out the expired schedule', () => {
    const { offer, report } = importOruk(fixture('hsds-3.0/examples/service_full.json'), 'hsds-contact.json');
    const contact = offer.contacts.find((c) => c.id === offer.entitlements[0].contactId);
    assert.equal(contact.name, 'Ann Persona');
    assert.equal(contact.phone, '+44 1234 234567 ext. 100', 'the quotes the example wraps the number in are removed');
    assert.deepEqual(contact.languages, ['Urdu']);
    assert.equal(contact.address.postcode, 'ABC 1234');
    assert.equal(contact.openingHours, undefined);
    assert.match(report, /dropped \(service\)\.schedules\[0\]: valid_to 2005-01-01 is in the past/);
  });

  it('says when a /services page is one page of several', () => {
    const { report } = importOruk(fixture('uk-profile-3.0/examples/service_list.json'), 'paged.json');
    assert.match(report, /page 1 of 10 of a \/services response: only its services were converted/);
  });

  it('writes the offer to standard output when no -o is given', () => {
    const result = cli('convert', '--from', 'oruk', fixture('uk-profile-3.0/examples/service_full.json'));
    assert.equal(result.code, 0, result.err);
    assert.equal(JSON.parse(result.out).entitlements.length, 1);
  });

  it('refuses a taxonomy term, which holds no service, with exit 2 and one line', () => {
    const result = cli('convert', '--from', 'oruk', fixture('uk-profile-3.0/examples/taxonomy_term.json'));
    assert.equal(result.code, 2);
    assert.equal(result.err.trim().split('\n').length, 1, result.err);
    assert.match(result.err, /^local-offer convert: .*taxonomy_term\.json: it is not an Open Referral UK services response/);
    assertNoStackTrace(result);
  });
});

describe('local-offer convert --from oruk: a messy ORUK 1.0 council feed', () => {
  const feed = fixture('handmade/oruk-1.0-council-feed.json');
  const { offer, output, report } = importOruk(feed, 'bristol.json');
  const item = (id) => offer.entitlements.find((entry) => entry.id === id);
  const contactOf = (id) => offer.contacts.find((contact) => contact.id === item(id).contactId);

  it('converts into a valid offer, leaving out the defunct and the nameless services', () => {
    assertValidOffer(output);
    assert.deepEqual(
      offer.entitlements.map((entry) => entry.id),
      ['leaving-care-service', 'money-matters-budgeting-course', 'night-line', 'st-werburghs-youth-club', 'housing-advice-drop-in'],
    );
    assert.match(report, /^ {2}dropped content\[5\] "Closed drop-in for care leavers": status is "defunct"/m);
    assert.match(report, /^ {2}dropped content\[6\]: the service has no name/m);
    assert.match(report, /^Converted 5 of 7 services \(ORUK 1\.0\)/m);
  });

  it('reports each empty string, bad enum value, unsafe link and vendor field it dropped', () => {
    for (const line of [
      'dropped content[0].attending_type: empty string',
      'dropped content[0].deliverable_type: empty string',
      'dropped content[0].eligibilitys[0].eligibility: empty string',
      'dropped content[0].accreditations: null',
      'dropped content[3].attending_type: empty string',
      'dropped content[4].attending_access: "drop in" is not one of referral, appointment, membership, drop-in',
      'dropped content[2].url: "javascript:alert(1)" is not a web address (http or https)',
      'dropped content[1].email: "not an email" is not an email address',
      'dropped content[0].pc_targetAudience: vendor extension (Placecube): used only to find services for care leavers',
      'dropped content[0].pc_metadata: vendor extension (Placecube): only its dates were used, for lastReviewed',
      'dropped content[0].holiday_schedules: an offer holds weekly opening hours only',
      'dropped content[2].eligibilitys[0].minimum_age: -1 means no minimum age',
      'dropped content[1].eligibilitys[0].maximum_age: 0 is read as no maximum age',
      'dropped content[0].regular_schedules[4]: valid_to 2019-03-31 is in the past',
    ]) {
      assert.ok(report.includes(`  ${line}`), `report lacks "${line}":\n${report}`);
    }
  });

  it('turns HTML into plain text: no tags, no entities, no script, paragraphs and lists kept', () => {
    assertNoMarkup(offer);
    const leavingCare = item('leaving-care-service');
    assert.equal(
      leavingCare.summary,
      'The Leaving Care Service supports young people aged 16 to 25 who have been in care. Your personal adviser helps you plan for independence & keeps in touch.',
    );
    assert.equal(
      leavingCare.details,
      'We can help with:\n\n- your pathway plan\n- a setting-up-home allowance of up to £3,000\n- finding somewhere to live safely\n\nCall us on weekdays.',
    );
    assert.match(report, /content\[0\]\.description: HTML converted to plain text .*a <script> element was removed/);
    // Escaped twice ("&lt;p&gt;") in the feed, and still plain text here.
    assert.equal(item('housing-advice-drop-in').summary, 'Advice on tenancies, rent and homelessness.');
    assert.equal(item('housing-advice-drop-in').details, 'No appointment needed.');
    assert.equal(
      item('money-matters-budgeting-course').summary,
      'A free six-week course on budgeting, bank accounts and avoiding debt. Certificates for everyone who finishes – and a £20 voucher.',
    );
  });

  it('maps ages, contacts, phones, addresses and weekly schedules', () => {
    assert.deepEqual(item('leaving-care-service').eligibility, { minAge: 16, maxAge: 25, residentsOf: ['E06000023'] });
    assert.deepEqual(item('money-matters-budgeting-course').eligibility, { minAge: 18 });
    assert.equal(item('night-line').eligibility, undefined);
    const team = contactOf('leaving-care-service');
    assert.equal(team.name, 'Leaving Care Duty Worker');
    assert.equal(team.role, 'leaving-care-team');
    assert.equal(team.phone, '0117 496 0100');
    assert.equal(team.email, 'leaving.care@bristol.example.org');
    assert.equal(team.notes, 'Also call 0117 496 0101.');
    assert.deepEqual(team.address, { lines: ['City Hall', 'College Green', 'Bristol'], postcode: 'BS1 5TR' });
    assert.deepEqual(team.languages, ['English', 'Somali']);
    const nineToFive = [{ opens: '09:00', closes: '17:00' }];
    assert.deepEqual(team.openingHours, {
      monday: nineToFive,
      tuesday: nineToFive,
      wednesday: nineToFive,
      thursday: nineToFive,
      friday: [{ opens: '09:00', closes: '16:30' }],
      note: 'Drop-in on the first Saturday of each month, 10am to 12 noon',
    });
    assert.equal(contactOf('money-matters-budgeting-course').phone, '0117 496 0200');
    assert.deepEqual(contactOf('money-matters-budgeting-course').openingHours, { wednesday: [{ opens: '18:00', closes: '20:30' }] });
    // 22:00 to 02:00 on Fridays and Saturdays never crosses midnight in our format.
    assert.deepEqual(contactOf('night-line').openingHours, {
      friday: [{ opens: '22:00', closes: '24:00' }],
      saturday: [
        { opens: '00:00', closes: '02:00' },
        { opens: '22:00', closes: '24:00' },
      ],
      sunday: [{ opens: '00:00', closes: '02:00' }],
    });
    assert.match(report, /assumed content\[2\]\.regular_schedules\[0\]: 22:00 to 02:00 crosses midnight: split it at midnight/);
    assert.match(report, /assumed content\[0\]\.regular_schedules\[0\]\.weekday: read weekday 1 as Monday/);
  });

  it('says when a service has no contact', () => {
    assert.equal(item('housing-advice-drop-in').contactId, undefined);
    assert.match(report, /note {4}content\[4\]: no contacts, phone, email or address: the item has no contact/);
  });

  it('makes organizations providers, with the council found in the register', () => {
    const council = offer.providers.find((provider) => provider.id === 'bristol-city-council');
    assert.deepEqual(council, {
      id: 'bristol-city-council',
      name: 'Bristol City Council',
      kind: 'council',
      councilCode: 'E06000023',
      tier: 'unitary',
      website: 'https://www.bristol.gov.uk',
    });
    assert.equal(offer.providers.length, 4, 'the council runs three services but is one provider');
    assert.equal(item('housing-advice-drop-in').providerId, 'bristol-city-council');
    assert.equal(item('leaving-care-service').basis, 'discretionary');
    assert.equal(item('night-line').basis, 'partner');
    assert.match(report, /assumed content\[0\] "Leaving Care Service": basis "discretionary": a council runs it/);
    assert.match(report, /assumed content\[2\] "Night Line": basis "partner"/);
    assert.match(report, /assumed content\[0\]\.organization: council code E06000023 \(Bristol City Council\)/);
  });

  it('places every service in an area, saying how', () => {
    assert.equal(item('night-line').area, 'health-and-wellbeing');
    assert.equal(item('money-matters-budgeting-course').area, 'financial-literacy');
    assert.equal(item('housing-advice-drop-in').area, 'accommodation');
    assert.match(report, /assumed content\[2\] "Night Line": area "health-and-wellbeing" from taxonomy term "Mental health"/);
    assert.match(report, /note {4}content\[0\] "Leaving Care Service": taxonomy terms "Care leavers", "Social care" name none of the seven areas/);
    assert.match(report, /assumed content\[4\] "Housing advice drop-in": area "accommodation" from the words "housing"/);
  });

  it('derives the publisher, id, title and lastReviewed, and says so', () => {
    assert.deepEqual(offer.publisher, { name: 'Bristol City Council', councilCode: 'E06000023', website: 'https://www.bristol.gov.uk' });
    assert.equal(offer.id, 'city-of-bristol');
    assert.equal(offer.lastReviewed, '2024-11-05', 'the latest date that is not in the future');
    for (const field of ['publisher.name', 'id', 'title', 'lastReviewed']) assert.match(report, new RegExp(`^ {2}assumed ${field.replace('.', '\\.')}: `, 'm'));
    assert.match(report, /dropped lastReviewed: 1 service date is in the future and was not used/);
  });

  it('keeps only the care-leaver services with --care-leavers-only', () => {
    const filtered = importOruk(feed, 'bristol-care-leavers.json', '--care-leavers-only');
    assertValidOffer(filtered.output);
    assert.deepEqual(
      filtered.offer.entitlements.map((entry) => entry.id),
      ['leaving-care-service', 'money-matters-budgeting-course', 'night-line', 'housing-advice-drop-in'],
    );
    assert.match(filtered.report, /note {4}content\[0\] "Leaving Care Service": kept for care leavers: pc_targetAudience\[1\]\.audienceType is "Care leavers"/);
    assert.match(filtered.report, /kept for care leavers: taxonomy term "Care Leavers 16-25"/);
    assert.match(filtered.report, /content\[2\] "Night Line": kept for care leavers: its description mentions care leavers/);
    assert.match(filtered.report, /dropped content\[3\] "St Werburghs Youth Club": nothing says it is for care leavers \(--care-leavers-only\)/);
    assert.equal(
      filtered.offer.providers.some((provider) => provider.name.startsWith('St Werburghs')),
      false,
    );
    assert.equal(filtered.offer.title, 'City of Bristol: services for care leavers');
  });

  it('takes the id, title, publisher and council code from options', () => {
    const named = importOruk(
      feed,
      'bristol-named.json',
      '--id',
      'bristol',
      '--title',
      'Bristol Local Offer for Care Leavers',
      '--publisher',
      'Bristol City Council',
      '--council-code',
      'E06000023',
    );
    assertValidOffer(named.output);
    assert.equal(named.offer.id, 'bristol');
    assert.equal(named.offer.title, 'Bristol Local Offer for Care Leavers');
    assert.deepEqual(named.offer.publisher, { name: 'Bristol City Council', councilCode: 'E06000023', website: 'https://www.bristol.gov.uk' });
    assert.doesNotMatch(named.report, /assumed (?:id|title|publisher\.name):/);
  });

  it('refuses a council code or id that cannot be used, as a usage error', () => {
    for (const [option, value, message] of [
      ['--council-code', 'E99999999', /--council-code "E99999999" is not the GSS code of a council in England/],
      ['--id', 'Bristol Offer', /--id "Bristol Offer" must be a lower-case slug/],
    ]) {
      const result = cli('convert', '--from', 'oruk', feed, option, value);
      assert.equal(result.code, 2);
      assert.match(result.err.split('\n')[0], message);
      assertNoStackTrace(result);
    }
  });
});

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
      const readBack = () => (imported ??= importOruk(exported, `${example}-back.json`));

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

describe('local-offer convert: bad input', () => {
  const good = fixture('uk-profile-3.0/examples/service_full.json');

  /** A file problem: exit 2 and exactly one line, naming the file. */
  function assertOneLine(result, message) {
    assert.equal(result.code, 2, result.err);
    assert.equal(result.out, '');
    const lines = result.err.trim().split('\n');
    assert.equal(lines.length, 1, result.err);
    assert.match(lines[0], message);
    assertNoStackTrace(result);
  }

  /** A usage problem: exit 2, the message on the first line, then the usage. */
  function assertUsageError(result, message) {
    assert.equal(result.code, 2, result.err);
    const [first, blank, usage] = result.err.split('\n');
    assert.match(first, message);
    assert.equal(blank, '');
    assert.match(usage, /^Usage: local-offer convert/);
    assertNoStackTrace(result);
  }

  it('exits 2 with one line for a file that is not JSON, empty or missing', () => {
    for (const direction of ['--from', '--to']) {
      assertOneLine(
        cli('convert', direction, 'oruk', write('words.json', 'hello, world')),
        /^local-offer convert: .*words\.json: The file is not valid JSON: /,
      );
      assertOneLine(cli('convert', direction, 'oruk', write('broken.json', '{"content": [')), /The file is not valid JSON/);
      assertOneLine(cli('convert', direction, 'oruk', write('empty.json', '')), /^local-offer convert: .*empty\.json: The file is empty/);
      assertOneLine(cli('convert', direction, 'oruk', write('blank.json', ' \n\t')), /The file is empty/);
      assertOneLine(
        cli('convert', direction, 'oruk', scratchFile('does-not-exist.json')),
        /^local-offer convert: cannot read .*does-not-exist\.json: no such file or folder$/,
      );
      assertOneLine(cli('convert', direction, 'oruk', scratch), /cannot read .*: it is a folder$/);
    }
  });

  it('exits 2 for JSON that holds no services', () => {
    assertOneLine(cli('convert', '--from', 'oruk', write('number.json', '42')), /it holds number, not Open Referral UK services/);
    assertOneLine(cli('convert', '--from', 'oruk', write('object.json', '{"hello": "world"}')), /it is not an Open Referral UK services response/);
  });

  it('exits 2 for an unknown --from or --to format', () => {
    assertUsageError(cli('convert', '--from', 'hsds', good), /^local-offer convert: unknown format "hsds" for --from: the only format is "oruk"$/);
    assertUsageError(cli('convert', '--to', 'csv', good), /^local-offer convert: unknown format "csv" for --to/);
  });

  it('exits 2 for both or neither of --from and --to', () => {
    assertUsageError(cli('convert', '--from', 'oruk', '--to', 'oruk', good), /^local-offer convert: give --from or --to, not both$/);
    assertUsageError(cli('convert', good), /^local-offer convert: say which way to convert: --from oruk or --to oruk$/);
    assertUsageError(cli('convert'), /say which way to convert/);
  });

  it('exits 2 for other usage errors', () => {
    assertUsageError(cli('convert', '--from', 'oruk'), /name the file to convert/);
    assertUsageError(cli('convert', '--from', 'oruk', good, good), /name one file to convert, not 2/);
    assertUsageError(cli('convert', '--from', 'oruk', good, '--wat'), /unknown option --wat/);
    assertUsageError(cli('convert', '--from', 'oruk', good, '-o'), /-o needs a value/);
    assertUsageError(cli('convert', '--from'), /--from needs a value/);
    assertUsageError(cli('convert', '--to', 'oruk', good, '--care-leavers-only'), /--care-leavers-only only applies with --from/);
  });

  it('exits 2 when the output cannot be written', () => {
    assertOneLine(
      cli('convert', '--from', 'oruk', good, '--quiet', '-o', join(scratch, 'no-such-folder', 'out.json')),
      /^local-offer convert: cannot write .*out\.json: no such file or folder$/,
    );
  });

  it('prints its own usage for --help, exit 0', () => {
    const result = cli('convert', '--help');
    assert.equal(result.code, 0);
    assert.match(result.out, /^Usage: local-offer convert --from oruk <services\.json>/);
    assert.match(result.out, /--care-leavers-only/);
    assert.match(result.out, /--council-code <code>/);
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
    const back = importOruk(file, 'round-the-clock-back.json');
    assert.deepEqual(back.offer.contacts.find((entry) => entry.id === contactId).openingHours, hours);
  });

  it('reports holiday hours in our extension that are not in our format', () => {
    const list = readJson(exportRoundTheClock().file);
    const contact = list.contents.flatMap((service) => service.contacts ?? []).find((c) => c.local_offer_elements?.holidayHours);
    contact.local_offer_elements.holidayHours = { closedDates: ['Christmas'] };
    const back = importOruk(write('broken-holidays.json', JSON.stringify(list)), 'broken-holidays-back.json');
    assert.match(back.report, /holidayHours.*not bank-holiday hours and closed dates in our format/);
  });
});
