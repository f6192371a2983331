import { expect } from '@open-wc/testing';
import { councilByCode } from '../places/council-registry.js';
import { ConversionReport } from './conversion-report.js';
import { ProviderRegistry } from './import-providers.js';

const lines = (report: ConversionReport) => report.lines().join('\n');

describe('oruk providers', () => {
  it('makes one provider per organization, however many services it runs', () => {
    const registry = new ProviderRegistry();
    const report = new ConversionReport();
    const council = { id: 'org-1', name: 'Bristol City Council', url: 'https://www.bristol.gov.uk', description: 'The council.' };
    const first = registry.fromOrganization(council, 'content[0].organization', report)!;
    const second = registry.fromOrganization({ ...council }, 'content[1].organization', report)!;
    expect(first.isNew).to.equal(true);
    expect(second.isNew).to.equal(false);
    expect(second.provider).to.equal(first.provider);
    expect(registry.providers).to.deep.equal([
      {
        id: 'bristol-city-council',
        name: 'Bristol City Council',
        kind: 'council',
        councilCode: 'E06000023',
        tier: 'unitary',
        website: 'https://www.bristol.gov.uk',
      },
    ]);
    expect(registry.serviceCounts.get('bristol-city-council')).to.equal(2);
    const text = lines(report);
    expect(text).to.contain('mapped  content[0].organization: organization "Bristol City Council" → providers "bristol-city-council" (with its website)');
    expect(text).to.contain('assumed content[0].organization: provider kind "council": its name contains "Council"');
    expect(text).to.contain('assumed content[0].organization: council code E06000023 (Bristol City Council): its name matches Bristol City Council');
    expect(text).to.contain("dropped content[0].organization.description: an offer's provider has a name, kind and website only");
    expect(text).not.to.contain('content[1]');
  });

  it('keeps names unique, takes markup out of them, and drops an organization with no name', () => {
    const registry = new ProviderRegistry();
    const report = new ConversionReport();
    registry.fromOrganization({ id: 'a', name: '<b>Youth</b> Club' }, 'a', report);
    registry.fromOrganization({ id: 'b', name: 'Youth Club' }, 'b', report);
    expect(registry.providers.map((provider) => [provider.id, provider.name])).to.deep.equal([
      ['youth-club', 'Youth Club'],
      ['youth-club-2', 'Youth Club'],
    ]);
    expect(registry.fromOrganization({ id: 'c', name: '<b></b>' }, 'c', report)).to.equal(undefined);
    expect(lines(report)).to.contain('dropped c: the organization has no name');
  });

  it('reports a website that is not a web address, and a council missing from the register', () => {
    const registry = new ProviderRegistry();
    const report = new ConversionReport();
    const use = registry.fromOrganization({ name: 'Council of Elrond', website: 'rivendell' }, 'org', report)!;
    expect(use.provider).to.deep.equal({ id: 'council-of-elrond', name: 'Council of Elrond', kind: 'council' });
    expect(lines(report)).to.contain('dropped org.website: "rivendell" is not a web address');
    expect(lines(report)).to.contain(`assumed org: "Council of Elrond" looks like a council but matches none in England's register: no council code`);
  });

  it('trusts the kind, council and id our export wrote', () => {
    const registry = new ProviderRegistry();
    const report = new ConversionReport();
    const use = registry.fromOrganization(
      { name: 'Southwark Council', description: 'made by us', local_offer_elements: { id: 'southwark', kind: 'council', councilCode: 'E09000028' } },
      'org',
      report,
    )!;
    expect(use.provider).to.deep.equal({ id: 'southwark', name: 'Southwark Council', kind: 'council', councilCode: 'E09000028', tier: 'london-borough' });
    expect(lines(report)).not.to.contain('assumed');
    expect(lines(report)).not.to.contain('description');
  });

  it('is full at 999 organizations, keeping room for the publisher, but still takes one it knows', () => {
    const registry = new ProviderRegistry();
    const report = new ConversionReport();
    for (let i = 0; i < 999; i++) registry.fromOrganization({ id: `o${i}`, name: `Organisation ${i}` }, `o${i}`, report);
    expect(registry.isFullFor({ id: 'new', name: 'New one' })).to.equal(true);
    expect(registry.isFullFor({ id: 'o5', name: 'Organisation 5' })).to.equal(false);
  });

  it('stands the publisher in as a provider, reusing a matching one', () => {
    const registry = new ProviderRegistry();
    const report = new ConversionReport();
    const bristol = councilByCode('E06000023');
    const made = registry.forPublisher('Bristol City Council', bristol, 'https://www.bristol.gov.uk', report);
    expect(made).to.deep.equal({
      id: 'bristol-city-council',
      name: 'Bristol City Council',
      kind: 'council',
      councilCode: 'E06000023',
      tier: 'unitary',
      website: 'https://www.bristol.gov.uk',
    });
    expect(registry.forPublisher('BRISTOL CITY COUNCIL', undefined, undefined, report)).to.equal(made);
    expect(registry.forPublisher('A Charity', undefined, undefined, report).kind).to.equal('other');
    expect(lines(report)).to.contain('assumed providers "bristol-city-council": added the publisher "Bristol City Council" as a provider (kind "council")');
  });
});
