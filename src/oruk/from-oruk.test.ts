import { expect } from '@open-wc/testing';
import type { Offer } from '../schema/index.js';
import { parseOffer } from '../schema/parse.js';
import { fromOruk, type FromOrukOptions, type FromOrukSuccess } from './from-oruk.js';

const TODAY = '2025-06-01';

async function fixture(path: string): Promise<unknown> {
  return (await fetch(`/test/fixtures/oruk/${path}`)).json();
}

function convert(input: unknown, options: Partial<FromOrukOptions> = {}): FromOrukSuccess & { lines: string } {
  const result = fromOruk(input, { today: TODAY, ...options });
  if (!result.ok) throw new Error(result.message);
  return { ...result, lines: result.report.lines().join('\n') };
}

function expectValid(offer: Offer): void {
  const result = parseOffer(JSON.parse(JSON.stringify(offer)));
  const errors = result.issues.filter((issue) => issue.severity === 'error');
  expect(errors, JSON.stringify(errors)).to.deep.equal([]);
}

describe('oruk fromOruk: the messy ORUK 1.0 council feed', () => {
  let feed: unknown;
  before(async () => {
    feed = await fixture('handmade/oruk-1.0-council-feed.json');
  });

  it('converts it into a valid offer, leaving out the defunct and nameless services', () => {
    const { offer, read, lines } = convert(feed);
    expectValid(offer);
    expect(read).to.deep.equal({ shape: 'a /services page with 7 services (content)', version: 'ORUK 1.0', services: 7, kept: 5 });
    expect(offer.entitlements.map((item) => item.id)).to.deep.equal([
      'leaving-care-service',
      'money-matters-budgeting-course',
      'night-line',
      'st-werburghs-youth-club',
      'housing-advice-drop-in',
    ]);
    expect(lines).to.contain('dropped content[5] "Closed drop-in for care leavers": status is "defunct": the service is not running');
    expect(lines).to.contain('dropped content[6]: the service has no name, so it cannot become an item');
  });

  it('builds each item from the fields of its service', () => {
    const { offer } = convert(feed);
    const leavingCare = offer.entitlements[0]!;
    expect(leavingCare).to.deep.include({
      title: 'Leaving Care Service',
      // "setting-up-home" and "somewhere to live" in its description.
      area: 'accommodation',
      basis: 'discretionary',
      providerId: 'bristol-city-council',
      eligibility: { minAge: 16, maxAge: 25, residentsOf: ['E06000023'] },
      howToClaim: 'You need to be referred (your personal adviser can do this).',
      links: [{ title: 'More about Leaving Care Service', url: 'https://bristol.example.org/leaving-care' }],
    });
    const course = offer.entitlements[1]!;
    expect(course.tags).to.deep.equal(['Money advice', 'Care Leavers 16-25', 'Training']);
    expect(course.details).to.equal('Cost: Free');
    expect(course.howToClaim).to.equal('Make an appointment first. You can use it in person.');
  });

  it('keeps only the services for care leavers with careLeaversOnly', () => {
    const { offer, lines } = convert(feed, { careLeaversOnly: true });
    expect(offer.entitlements.map((item) => item.id)).not.to.include('st-werburghs-youth-club');
    expect(offer.title).to.equal('City of Bristol: services for care leavers');
    expect(lines).to.contain('dropped content[3] "St Werburghs Youth Club": nothing says it is for care leavers (--care-leavers-only)');
  });
});

describe('oruk fromOruk: the published ORUK 3.0 examples', () => {
  for (const example of [
    'uk-profile-3.0/examples/service_full.json',
    'uk-profile-3.0/examples/organization_full.json',
    'uk-profile-3.0/examples/service_at_location_full.json',
    'hsds-3.0/examples/service_full.json',
  ]) {
    it(`converts ${example} into one valid item`, async () => {
      const { offer, read } = convert(await fixture(example));
      expectValid(offer);
      expect(read.version).to.equal('ORUK 3.0');
      expect(offer.entitlements.map((item) => [item.id, item.title, item.area])).to.deep.equal([
        ['community-counselling', 'Community Counselling', 'health-and-wellbeing'],
      ]);
      expect(offer.entitlements[0]!.eligibility).to.deep.include({ minAge: 12 });
      expect(offer.providers[0]!.name).to.equal('Example Organization Inc.');
    });
  }

  it('refuses input that holds no services', async () => {
    const result = fromOruk(await fixture('uk-profile-3.0/examples/taxonomy_term.json'), { today: TODAY });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.message).to.match(/^it is not an Open Referral UK services response/);
  });

  it('drops what is not a service, and a service whose minimum age no care leaver has', () => {
    const { offer, lines } = convert([null, ['a list'], 'text', { name: 'Over sixties club', minimum_age: 60 }, { name: 'Club', status: 'active' }]);
    expect(offer.entitlements.map((item) => item.id)).to.deep.equal(['club']);
    expect(lines).to.contain('dropped [0]: null, not a service');
    expect(lines).to.contain('dropped [1]: a list, not a service');
    expect(lines).to.contain('dropped [3] "Over sixties club": [3].minimum_age is 60: no care leaver is that old');
    expect(lines).to.contain('assumed [4].organization: missing: the publisher is the provider');
  });

  it('gives the status a line of its own, whatever it is', () => {
    const { offer, lines } = convert([
      { name: 'Club', status: 'Active' },
      { name: 'Group', status: { value: 'active' } },
      { name: 'Team', status: true },
    ]);
    expect(offer.entitlements.map((item) => item.id)).to.deep.equal(['club', 'group', 'team']);
    expect(lines).to.contain('mapped  [0].status: "active": the service is running, so it is kept (an offer lists only running services)');
    expect(lines).to.contain('dropped [1].status: an object where text was expected: read as a service that is running');
    expect(lines).to.contain('dropped [2].status: unreadable value true: read as a service that is running');
  });

  it('keeps a temporarily closed service with a tag, and makes ids unique', () => {
    const { offer, lines } = convert([
      { name: 'Club', status: 'Temporarily Closed' },
      { name: 'Club', status: 'active' },
      { name: '!!!', id: 'Svc 9', status: 'active' },
    ]);
    expect(offer.entitlements.map((item) => item.id)).to.deep.equal(['club', 'club-2', 'svc-9']);
    expect(offer.entitlements[0]!.tags).to.deep.equal(['temporarily closed']);
    expect(lines).to.contain('note    [0].status: temporarily closed: kept, with the tag "temporarily closed"');
  });
});

describe('oruk fromOruk: hostile and odd input (issues 12 and 17)', () => {
  it('converts a service whose description is 9.8 MB of unclosed tags', () => {
    const description = '<a'.repeat(4_900_000);
    const { offer } = convert([{ name: 'Club', status: 'active', description }]);
    expect(offer.entitlements[0]!.summary.length).to.be.at.most(600);
  });

  it('reads a contact with 200,000 phone numbers', () => {
    const phones = Array.from({ length: 200_000 }, (_, i) => ({ number: `0117 ${String(1_000_000 + i)}` }));
    const { offer } = convert([{ name: 'Club', status: 'active', contacts: [{ name: 'Team', phones }] }]);
    const [contact] = offer.contacts;
    expect(contact!.phone).to.equal('0117 1000000');
    expect(contact!.notes!.startsWith('Also call 0117 1000001 or 0117 1000002')).to.equal(true);
    expect(contact!.notes!.length).to.be.at.most(500);
  });

  it('gives 200,000 phone numbers of the service to a contact that has none', () => {
    const phones = Array.from({ length: 200_000 }, (_, i) => ({ number: `0117 ${String(1_000_000 + i)}` }));
    const { offer, lines } = convert([{ name: 'Club', status: 'active', phones, contacts: [{ name: 'Team', email: 'team@example.org' }] }]);
    expect(offer.contacts[0]!.phone).to.equal('0117 1000000');
    expect(lines).not.to.contain('every contact already has a phone of its own');
  });

  it('drops values that are only markup, in every field, and the offer stays valid', () => {
    const { offer, lines } = convert([
      {
        name: 'Club',
        status: 'active',
        description: 'A weekly club.',
        alert: '<b></b>',
        application_process: '<p></p>',
        attending_access: 'drop-in',
        fees: '<i> </i>',
        cost_options: [{ amount_description: '<b></b>' }, { amount: 2, option: '<b></b>' }],
        interpretation_services: '<br>',
        required_documents: [{ document: '<b></b>' }, { document: 'Photo ID' }],
        service_taxonomys: [{ taxonomy: { name: '<b></b>' } }, { taxonomy: { name: 'Youth clubs' } }],
        languages: [{ name: '<b></b>' }, { name: 'English' }],
        contacts: [{ name: 'Team', phones: [{ number: '0117 496 0100' }] }],
        service_at_locations: [{ location: { name: '<b></b>', addresses: [{ address_1: 'Hall', postal_code: '<b>SE1</b>' }] } }],
      },
    ]);
    expectValid(offer);
    const [item] = offer.entitlements;
    expect(item!.howToClaim).to.equal('You can just drop in.');
    expect(item!.details).to.equal('Cost: £2');
    expect(item!.evidence).to.deep.equal(['Photo ID']);
    expect(item!.tags).to.deep.equal(['Youth clubs']);
    expect(offer.contacts[0]).to.deep.include({ languages: ['English'], address: { lines: ['Hall'], postcode: 'SE1' } });
    expect(offer.contacts[0]).not.to.have.property('notes');
    for (const field of [
      '[0].alert',
      '[0].application_process',
      '[0].fees',
      '[0].cost_options[0]',
      '[0].interpretation_services',
      '[0].required_documents[0].document',
      '[0].service_taxonomys[0]',
      '[0].languages[0]',
    ]) {
      expect(lines, field).to.contain(`dropped ${field}: no text once its markup is removed`);
    }
  });

  it('takes the summary from the body, not the headings the description starts with', () => {
    const { offer } = convert([
      {
        name: 'Leaving Care Service',
        status: 'active',
        description:
          '<h2>Leaving Care Service</h2><h3>Who we are</h3><p>We support young people aged 16 to 25 who have been in care.</p><h3>How to apply</h3><p>Ask your social worker.</p>',
      },
    ]);
    const [item] = offer.entitlements;
    expect(item!.summary).to.equal('We support young people aged 16 to 25 who have been in care.');
    expect(item!.details).to.equal('Leaving Care Service\n\nWho we are\n\nHow to apply\n\nAsk your social worker.');
  });
});
