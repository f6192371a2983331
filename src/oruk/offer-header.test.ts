import { expect } from '@open-wc/testing';
import type { Entitlement } from '../schema/index.js';
import { ConversionReport } from './conversion-report.js';
import { ContactRegistry } from './import-contacts.js';
import { ProviderRegistry } from './import-providers.js';
import { buildOffer, PUBLISHER_PROVIDER, serviceDates, type HeaderOptions, type ImportedParts, type ServiceDate } from './offer-header.js';
import type { JsonObject } from './oruk-types.js';

const TODAY = '2025-06-01';

function item(id: string, providerId: string): Entitlement {
  return { id, title: id, summary: `${id}.`, area: 'relationships', basis: 'partner', providerId };
}

/** The parts of an import: organizations by name and how many services each runs, then the items. */
function parts(organizations: [string, number][], items: Entitlement[] = [], dates: ServiceDate[] = []): ImportedParts {
  const providers = new ProviderRegistry();
  const report = new ConversionReport();
  for (const [name, services] of organizations) for (let i = 0; i < services; i++) providers.fromOrganization({ name }, 'org', report);
  return { providers, contacts: new ContactRegistry(), entitlements: items, dates };
}

function build(imported: ImportedParts, options: Partial<HeaderOptions> = {}, listExtension?: JsonObject, ofOrganization = false) {
  const report = new ConversionReport();
  const offer = buildOffer(
    imported,
    { today: TODAY, ...options },
    { count: imported.entitlements.length, ...(listExtension ? { listExtension } : {}), ofOrganization },
    report,
  );
  return { offer, report: report.lines().join('\n') };
}

describe('oruk offer header', () => {
  it('makes the council running the most services the publisher, and its area what the offer covers', () => {
    const { offer, report } = build(
      parts(
        [
          ['Youth Trust', 3],
          ['Bristol City Council', 2],
        ],
        [item('a', 'youth-trust')],
      ),
    );
    expect(offer.publisher).to.deep.equal({ name: 'Bristol City Council', councilCode: 'E06000023' });
    expect(offer.id).to.equal('city-of-bristol');
    expect(offer.title).to.equal('City of Bristol: services from its directory');
    expect(offer.covers).to.deep.equal(['E06000023']);
    expect(report).to.contain(
      'assumed publisher.name: "Bristol City Council": the council running the most services (give --council-code or --publisher to choose)',
    );
    expect(report).to.contain("assumed covers: E06000023: the publisher's council area");
  });

  it('never takes a partner organization for the publisher of a council directory, however many services it runs', () => {
    const parks = build(
      parts([
        ['Your Park Bristol and Bath', 5],
        ['Off the Record', 1],
      ]),
    );
    expect(parks.offer.publisher.name).to.equal('Publisher not known');
    expect(parks.report).to.contain(
      'assumed publisher.name: "Publisher not known": no council runs a service here, and a partner organization such as "Your Park Bristol and Bath" is not the publisher of a council\'s directory (give --council-code, or --publisher)',
    );
    const named = build(parts([['Your Park Bristol and Bath', 5]]), { councilCode: 'E06000023' });
    expect(named.offer.publisher).to.deep.equal({ name: 'Bristol City Council', councilCode: 'E06000023' });
    const nobody = build(parts([]));
    expect(nobody.offer.publisher.name).to.equal('Publisher not known');
    expect(nobody.offer.id).to.equal('publisher-not-known');
  });

  it("takes an organization's own record (an organization with its services) as its own", () => {
    const { offer, report } = build(parts([['Example Organization Inc.', 1]]), {}, undefined, true);
    expect(offer.publisher.name).to.equal('Example Organization Inc.');
    expect(report).to.contain('assumed publisher.name: "Example Organization Inc.": the organization whose record this is (give --publisher to choose)');
  });

  it("names the publisher from England's register with --council-code, whatever the feed calls the council", () => {
    const { offer } = build(parts([['BCC Children and Families', 3]]), { councilCode: 'E06000023' });
    expect(offer.publisher.name).to.equal('Bristol City Council');
  });

  it('takes the publisher, council code, id and title from the options', () => {
    const { offer, report } = build(parts([['Bristol City Council', 1]], [item('a', PUBLISHER_PROVIDER)]), {
      publisher: 'Bristol City Council',
      councilCode: 'E06000023',
      id: 'bristol',
      title: 'Bristol Local Offer',
      careLeaversOnly: true,
    });
    expect(offer).to.deep.include({ id: 'bristol', title: 'Bristol Local Offer' });
    expect(offer.publisher.councilCode).to.equal('E06000023');
    expect(offer.entitlements[0]!.providerId, 'an item with no organization is the publisher’s').to.equal('bristol-city-council');
    expect(report).to.contain('mapped  publisher.councilCode: E06000023 (--council-code)');
    expect(report).not.to.contain('assumed id');
  });

  it('names the council of --council-code as publisher when it runs no service, and adds it as a provider', () => {
    const { offer, report } = build(parts([['Youth Trust', 1]], [item('a', PUBLISHER_PROVIDER)]), { councilCode: 'E10000024', careLeaversOnly: true });
    expect(offer.publisher.name).to.equal('Nottinghamshire County Council');
    expect(offer.title).to.equal('Nottinghamshire: services for care leavers');
    expect(offer.providers.map((provider) => provider.id)).to.deep.equal(['youth-trust', 'nottinghamshire-county-council']);
    expect(offer.entitlements[0]!.providerId).to.equal('nottinghamshire-county-council');
    expect(report).to.contain(
      'assumed publisher.name: "Nottinghamshire County Council": the name of council E10000024 in England\'s register (--council-code)',
    );
  });

  it('uses the latest service date that is not in the future as lastReviewed, else today', () => {
    const dates = [
      { date: '2024-11-05', from: 'content[0].assured_date' },
      { date: '2023-01-01', from: 'content[1].last_modified' },
      { date: '2031-01-01', from: 'content[2].pc_metadata.date_modified' },
    ];
    const { offer, report } = build(parts([['Club', 1]], [], dates));
    expect(offer.lastReviewed).to.equal('2024-11-05');
    expect(report).to.contain('dropped lastReviewed: 1 service date is in the future and was not used');
    expect(report).to.contain('assumed lastReviewed: 2024-11-05: the latest last_modified or assured date of the services (content[0].assured_date)');
    expect(build(parts([['Club', 1]])).offer.lastReviewed).to.equal(TODAY);
  });

  it('gives every service date that was not used a line of its own', () => {
    const dates = [
      { date: '2024-11-05', from: 'content[0].assured_date' },
      { date: '2024-11-05', from: 'content[0].last_modified' },
      { date: '2023-01-01', from: 'content[1].last_modified' },
      { date: '2031-01-01', from: 'content[2].pc_metadata.date_modified' },
    ];
    const { report } = build(parts([['Club', 1]], [], dates));
    expect(report).to.contain('mapped  content[0].last_modified: 2024-11-05: the same as lastReviewed');
    expect(report).to.contain(
      'dropped content[1].last_modified: 2023-01-01: not used, as lastReviewed is the latest date, 2024-11-05 (content[0].assured_date)',
    );
    expect(report).to.contain('dropped content[2].pc_metadata.date_modified: 2031-01-01 is in the future, so it was not used for lastReviewed');
    expect(report).not.to.match(/^\w+ +content\[0\]\.assured_date:/m);
    const fromExtension = build(parts([['Club', 1]], [], dates), {}, { offer: { lastReviewed: '2024-11-05' } }).report;
    expect(fromExtension).to.contain('mapped  content[0].assured_date: 2024-11-05: the same as lastReviewed');
    expect(fromExtension).to.contain(
      "dropped content[1].last_modified: 2023-01-01: not used, as the list's local_offer_elements extension gives lastReviewed (2024-11-05)",
    );
  });

  it('finds the dates of a service in its fields and in Placecube metadata, and reports one that is not a date', () => {
    const report = new ConversionReport();
    expect(
      serviceDates({ last_modified: '2024-02-29T10:00:00Z', assured_date: '2024-02-30', pc_metadata: { date_assured: '2023-05-01' } }, 'svc', report),
    ).to.deep.equal([
      { date: '2024-02-29', from: 'svc.last_modified' },
      { date: '2023-05-01', from: 'svc.pc_metadata.date_assured' },
    ]);
    expect(report.lines()).to.deep.equal(['dropped svc.assured_date: "2024-02-30" is not a date']);
  });

  it('reads the header our export wrote in the list extension', () => {
    const extension = {
      schemaVersion: '1.0',
      offer: {
        id: 'southwark',
        title: 'Southwark Local Offer',
        summary: 'What we offer.',
        isExample: true,
        locale: 'en-GB',
        publisher: { name: 'Southwark Council', councilCode: 'E09000028', website: 'https://www.southwark.gov.uk', email: 'leaving.care@example.org' },
        covers: ['E09000028', 'E99999999'],
        lastReviewed: '2025-01-31',
        nextReviewDue: '2026-01-31',
        sourceUrl: 'https://www.southwark.gov.uk/local-offer',
      },
    };
    const { offer, report } = build(parts([['Southwark Council', 1]]), {}, extension);
    expect(offer).to.deep.include({
      id: 'southwark',
      title: 'Southwark Local Offer',
      summary: 'What we offer.',
      isExample: true,
      locale: 'en-GB',
      covers: ['E09000028'],
      lastReviewed: '2025-01-31',
      nextReviewDue: '2026-01-31',
      sourceUrl: 'https://www.southwark.gov.uk/local-offer',
    });
    expect(offer.publisher).to.deep.equal({
      name: 'Southwark Council',
      councilCode: 'E09000028',
      website: 'https://www.southwark.gov.uk',
      email: 'leaving.care@example.org',
    });
    expect(report).not.to.contain('assumed');
  });

  it('says when no service became an item', () => {
    const report = new ConversionReport();
    buildOffer(parts([]), { today: TODAY }, { count: 3 }, report);
    expect(report.lines()).to.include('note    no service became an item: the offer is empty');
  });
});
