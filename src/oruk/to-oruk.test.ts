import { expect } from '@open-wc/testing';
import type { Offer } from '../schema/index.js';
import { parseOffer } from '../schema/parse.js';
import { minimalOffer } from '../test-support/offer-fixture.js';
import { fromOruk } from './from-oruk.js';
import type { OrukService } from './oruk-types.js';
import { describeValue, toOruk } from './to-oruk.js';
import { nameUuid } from './uuid.js';

async function example(name: string): Promise<Offer> {
  return (await (await fetch(`/schema/examples/${name}.json`)).json()) as Offer;
}

/** The minimal test offer, changed by `change`, checked to be valid. */
function offerWith(change: (offer: Record<string, any>) => void = () => {}): Offer {
  const offer = minimalOffer();
  change(offer);
  const parsed = parseOffer(offer);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

const serviceFor = (services: readonly OrukService[], itemId: string) => services.find((service) => service.local_offer_elements.id === itemId)!;

describe('oruk toOruk', () => {
  it('writes one ORUK 3.0 service per item, as one /services page with the offer in its extension', () => {
    const offer = offerWith();
    const { list, services } = toOruk(offer);
    expect(list).to.deep.include({ total_items: 2, total_pages: 1, page_number: 1, size: 2, first_page: true, last_page: true, empty: false });
    expect(list.contents).to.equal(services);
    expect(services.map((service) => service.name)).to.deep.equal(['Setting-up-home allowance', 'Free coffee']);
    expect(list.local_offer_elements).to.deep.equal({
      schemaVersion: '1.0',
      offer: {
        id: 'test-offer',
        title: 'Test Local Offer',
        isExample: true,
        publisher: { name: 'Ashfield District Council', councilCode: 'E07000170' },
        lastReviewed: '2026-09-01',
      },
    });
  });

  it('gives name-based ids: the same every time, from the offer id and the record', () => {
    const offer = offerWith();
    const service = toOruk(offer).services[0]!;
    expect(service.id).to.equal(nameUuid('test-offer/entitlement/setting-up-home'));
    expect(service.organization.id).to.equal(nameUuid('test-offer/provider/notts'));
    expect(toOruk(offer).list).to.deep.equal(toOruk(offerWith()).list);
  });

  it('maps the fields ORUK has', () => {
    const service = toOruk(offerWith()).services[0]!;
    expect(service).to.deep.include({
      description: 'Money for your first home.',
      url: 'https://example.org/setting-up-home',
      status: 'active',
      minimum_age: 18,
      maximum_age: 25,
      assured_date: '2026-09-01',
      last_modified: '2026-09-01T00:00:00Z',
    });
    expect(service.contacts![0]).to.deep.include({ name: 'Leaving Care Team', title: 'Leaving care team' });
    expect(service.phones!.map((phone) => [phone.number, phone.type])).to.deep.equal([['0115 496 0123', 'voice']]);
    expect(service.schedules!.map((schedule) => [schedule.byday, schedule.opens_at, schedule.closes_at])).to.deep.equal([['MO', '09:00:00', '17:00:00']]);
    expect(service.organization).to.deep.include({
      name: 'Nottinghamshire County Council',
      description: 'Nottinghamshire County Council is a county council in England (GSS code E10000024).',
    });
    expect(service.organization.organization_identifiers).to.deep.equal([
      {
        id: nameUuid('test-offer/provider-identifier/notts'),
        organization_id: service.organization.id,
        identifier_type: 'ONS GSS code',
        identifier: 'E10000024',
      },
    ]);
  });

  it('puts area, care statuses, basis, value and national entitlement in our taxonomies', () => {
    const service = toOruk(offerWith()).services[0]!;
    expect(service.attributes.map((attribute) => [attribute.taxonomy_term.taxonomy, attribute.taxonomy_term.code, attribute.link_type])).to.deep.equal([
      ['local-offer-elements:area', 'accommodation', 'category'],
      ['local-offer-elements:care-status', 'former-relevant', 'eligibility'],
      ['local-offer-elements:basis', 'national-statutory', 'basis'],
      ['local-offer-elements:value', '300000-pence-once', 'value'],
      ['local-offer-elements:national-entitlement', 'setting-up-home-allowance', 'national-entitlement'],
    ]);
    const value = service.attributes[3]!;
    expect(value.value).to.equal('300000');
    expect(value.taxonomy_term.name).to.equal('£3,000, once');
    expect(value.taxonomy_term_id, 'a term is shared by every service that has it').to.equal(nameUuid('taxonomy/local-offer-elements:value/300000-pence-once'));
    expect(service).not.to.have.property('cost_options');
  });

  it('writes amounts in words', () => {
    expect(describeValue({ amountPence: 120000, upTo: true, period: 'academic-year' })).to.equal('up to £1,200 each academic year');
    expect(describeValue({ amountPence: 1250, period: 'week' })).to.equal('£12.50 a week');
    expect(describeValue({ amountPence: 123456789 })).to.equal('£1,234,567.89');
    expect(describeValue({ description: 'Free driving lessons' })).to.equal('Free driving lessons');
    expect(describeValue({})).to.equal('A value');
  });

  it('takes a url from the offer or the provider when the item has no web link, and says so', () => {
    const { services, report } = toOruk(
      offerWith((offer) => {
        offer.sourceUrl = 'https://example.org/offer';
        offer.providers[1].website = 'https://cafe.example.org';
      }),
    );
    expect(services[1]!.url).to.equal('https://example.org/offer');
    expect(report.lines()).to.include('assumed entitlements[1] "free-coffee".url: the item has no web link: used the offer\'s sourceUrl');
    const bare = toOruk(offerWith());
    expect(bare.services[1]).not.to.have.property('url');
    expect(bare.report.lines().join('\n')).to.contain('dropped entitlements[1] "free-coffee".url: no web address at all');
  });

  it('writes the address, service areas, languages and evidence', () => {
    const service = toOruk(
      offerWith((offer) => {
        offer.contacts[0].address = { lines: ['County Hall', 'Loughborough Road', 'West Bridgford', 'Nottingham'], postcode: 'NG2 7QP' };
        offer.contacts[0].languages = ['English', 'Polish'];
        offer.entitlements[0].eligibility.residentsOf = ['E07000170'];
        offer.entitlements[0].evidence = ['Proof of address'];
      }),
    ).services[0]!;
    const address = service.service_at_locations![0]!.location.addresses[0]!;
    expect(address).to.deep.include({
      address_1: 'County Hall',
      address_2: 'Loughborough Road',
      address_3: 'West Bridgford',
      city: 'Nottingham',
      postal_code: 'NG2 7QP',
    });
    expect(service.service_areas!.map((area) => [area.name, area.uri])).to.deep.equal([
      ['Ashfield District Council', 'https://statistics.data.gov.uk/id/statistical-geography/E07000170'],
    ]);
    expect(service.languages!.map((language) => language.name)).to.deep.equal(['English', 'Polish']);
    expect(service.required_documents!.map((document) => document.document)).to.deep.equal(['Proof of address']);
  });

  it('puts a contact no item points at on its provider’s organization, and reports providers that run nothing', () => {
    const { services, report } = toOruk(
      offerWith((offer) => {
        offer.contacts.push({ id: 'out-of-hours', name: 'Emergency duty team', role: 'out-of-hours', providerId: 'notts', phone: '0300 500 8090' });
        offer.contacts.push({ id: 'orphan', name: 'Nobody', role: 'other', providerId: 'idle', phone: '0300 500 8091' });
        offer.providers.push({ id: 'idle', name: 'Idle Trust', kind: 'charity' });
      }),
    );
    const organizationContacts = services[0]!.organization.contacts!;
    expect(organizationContacts.map((contact) => contact.local_offer_elements.id)).to.deep.equal(['out-of-hours']);
    expect(organizationContacts[0]!.organization_id).to.equal(services[0]!.organization.id);
    const text = report.lines().join('\n');
    expect(text).to.contain('mapped  contacts[1] "out-of-hours": no item points at it: it goes on the organization of provider "notts"');
    expect(text).to.contain('dropped contacts[2] "orphan": no item points at it, and its provider runs no item');
    expect(text).to.contain('dropped providers[2] "idle": it runs no item');
  });

  it('leaves out an email ORUK would refuse', () => {
    const { services, report } = toOruk(
      offerWith((offer) => {
        offer.contacts[0].email = 'team@ashfield-.example';
      }),
    );
    expect(services[0]).not.to.have.property('email');
    expect(report.lines().join('\n')).to.contain("team@ashfield-.example would not pass ORUK's email format");
  });

  for (const name of ['southwark', 'manchester', 'nottinghamshire']) {
    it(`reads the ${name} example back unchanged: offer → ORUK → offer`, async () => {
      const offer = await example(name);
      const back = fromOruk(JSON.parse(JSON.stringify(toOruk(offer).list)), { today: '2025-06-01' });
      expect(back.ok).to.equal(true);
      if (!back.ok) return;
      const { $schema: _ours, providers, contacts, entitlements, ...header } = offer;
      const { $schema: _theirs, providers: backProviders, contacts: backContacts, entitlements: backEntitlements, ...backHeader } = back.offer;
      const byId = <T extends { id: string }>(list: readonly T[]) => Object.fromEntries(list.map((entry) => [entry.id, entry]));
      expect(backHeader).to.deep.equal(header);
      expect(backEntitlements).to.deep.equal(entitlements);
      expect(byId(backContacts)).to.deep.equal(byId(contacts));
      expect(byId(backProviders)).to.deep.equal(byId(providers));
    });
  }

  it('writes a description from the summary and details', async () => {
    const offer = await example('southwark');
    const withDetails = offer.entitlements.find((item) => item.details)!;
    expect(serviceFor(toOruk(offer).services, withDetails.id).description).to.equal(`${withDetails.summary}\n\n${withDetails.details}`);
  });
});
