// Open Referral UK, import: runs the real `local-offer convert --from oruk` command on the published ORUK
// examples and on a messy council feed in the style of a real ORUK 1.0 directory. Everything it reads is
// in test/fixtures/oruk (see its README for sources and licences), so it runs without /work/shared.
// oruk-export.test.mjs converts our example offers to ORUK and back; oruk-errors.test.mjs, bad input.
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoStackTrace, assertValidOffer, importOruk } from './oruk-helpers.mjs';
import { root, runTool, scratchFolder } from './helpers.mjs';

const scratch = scratchFolder('oruk-import');
const cli = (...args) => runTool(args);
const fixture = (path) => join(root, 'test/fixtures/oruk', path);

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
      const { offer, output, report } = importOruk(scratch, fixture(example), example.replace(/\W+/g, '-'));
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
    const { offer, report } = importOruk(scratch, fixture('hsds-3.0/examples/service_full.json'), 'hsds-contact.json');
    const contact = offer.contacts.find((c) => c.id === offer.entitlements[0].contactId);
    assert.equal(contact.name, 'Ann Persona');
    assert.equal(contact.phone, '+44 1234 234567 ext. 100', 'the quotes the example wraps the number in are removed');
    assert.deepEqual(contact.languages, ['Urdu']);
    assert.equal(contact.address.postcode, 'ABC 1234');
    assert.equal(contact.openingHours, undefined);
    assert.match(report, /dropped \(service\)\.schedules\[0\]: valid_to 2005-01-01 is in the past/);
  });

  it('says when a /services page is one page of several', () => {
    const { report } = importOruk(scratch, fixture('uk-profile-3.0/examples/service_list.json'), 'paged.json');
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
  const { offer, output, report } = importOruk(scratch, feed, 'bristol.json');
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
    const filtered = importOruk(scratch, feed, 'bristol-care-leavers.json', '--care-leavers-only');
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
      scratch,
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
