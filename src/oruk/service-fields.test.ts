import { expect } from '@open-wc/testing';
import type { Provider } from '../schema/index.js';
import { ConversionReport } from './conversion-report.js';
import type { JsonObject } from './oruk-types.js';
import { readArea, readBasis, readEligibility, readEnum, readEvidence, readLinks, readTags, readValue, termsOf, type Terms } from './service-fields.js';

const lines = (report: ConversionReport) => report.lines().join('\n');
const noTerms = (): Terms => ({ foreign: [], ours: new Map() });
const foreign = (...names: string[]): Terms => ({ foreign: names.map((name, index) => ({ name, path: `svc.attributes[${index}]` })), ours: new Map() });

describe('oruk service fields: taxonomy terms', () => {
  it('reads 1.0 service_taxonomys and 3.0 attributes as plain text, and our own taxonomies by code', () => {
    const terms = termsOf(
      {
        service_taxonomys: [{ taxonomy: { name: 'Money <b>advice</b>' } }, { taxonomy: {} }],
        attributes: [
          { taxonomy_term: { name: 'Youth clubs', taxonomy: 'Bristol categories' } },
          { taxonomy_term: { code: 'employment', name: 'Work', taxonomy: 'local-offer-elements:area' } },
          { taxonomy_term: { term: 'relevant', taxonomy_detail: { name: 'local-offer-elements:care-status' } } },
          { taxonomy_term: { term: 'former-relevant', taxonomy: 'local-offer-elements:care-status' } },
          { no_term: true },
        ],
      },
      'svc',
    );
    expect(terms.foreign).to.deep.equal([
      { name: 'Money advice', path: 'svc.service_taxonomys[0]' },
      { name: 'Youth clubs', path: 'svc.attributes[0]' },
    ]);
    expect([...terms.ours.entries()]).to.deep.equal([
      ['local-offer-elements:area', ['employment']],
      ['local-offer-elements:care-status', ['relevant', 'former-relevant']],
    ]);
  });
});

describe('oruk service fields: area and basis', () => {
  it('takes the area from our taxonomy first', () => {
    const report = new ConversionReport();
    const terms: Terms = { foreign: [{ name: 'Housing', path: 'p' }], ours: new Map([['local-offer-elements:area', ['employment']]]) };
    expect(readArea('svc', 'svc "X"', 'Housing advice', '', terms, report)).to.equal('employment');
    expect(lines(report)).to.equal('mapped  svc.attributes: area "employment" from the local-offer-elements:area taxonomy');
  });

  it('lets the directory terms vote, the most votes winning', () => {
    const report = new ConversionReport();
    expect(readArea('svc', 'svc "X"', 'Club', '', foreign('Mental health', 'Housing', 'Counselling', 'Social care'), report)).to.equal('health-and-wellbeing');
    expect(lines(report)).to.equal('assumed svc "X": area "health-and-wellbeing" from taxonomy terms "Mental health", "Counselling"');
  });

  it('falls back to the words of the name and description, then to participation-in-society, reporting each', () => {
    const report = new ConversionReport();
    expect(readArea('svc', 'svc "X"', 'Jobs club', 'Find work.', foreign('Social care'), report)).to.equal('employment');
    expect(readArea('svc', 'svc "Y"', 'Tuesday group', 'We meet weekly.', noTerms(), report)).to.equal('participation-in-society');
    expect(report.lines()).to.deep.equal([
      'note    svc "X": taxonomy term "Social care" names none of the seven areas',
      'assumed svc "X": area "employment" from the words "jobs" in its name and description',
      'assumed svc "Y": no area could be found (no taxonomy term or keyword matches one): used "participation-in-society"',
    ]);
  });

  it('calls a council service discretionary and any other partner, unless our taxonomy says', () => {
    const report = new ConversionReport();
    const council: Provider = { id: 'c', name: 'Council', kind: 'council' };
    const charity: Provider = { id: 'h', name: 'Charity', kind: 'charity' };
    expect(readBasis('svc', 'l', noTerms(), council, false, report)).to.equal('discretionary');
    expect(readBasis('svc', 'l', noTerms(), charity, true, report)).to.equal('partner');
    expect(readBasis('svc', 'l', noTerms(), undefined, true, report), "the publisher's, a council").to.equal('discretionary');
    expect(readBasis('svc', 'l', noTerms(), undefined, false, report)).to.equal('partner');
    const ours: Terms = { foreign: [], ours: new Map([['local-offer-elements:basis', ['local-statutory']]]) };
    expect(readBasis('svc', 'l', ours, charity, false, report)).to.equal('local-statutory');
    const bogus: Terms = { foreign: [], ours: new Map([['local-offer-elements:basis', ['made-up']]]) };
    expect(readBasis('svc', 'l', bogus, charity, false, report)).to.equal('partner');
  });
});

describe('oruk service fields: eligibility', () => {
  it('gathers ages, care statuses, councils and conditions, keeping only known values', () => {
    const report = new ConversionReport();
    const terms: Terms = { foreign: [], ours: new Map([['local-offer-elements:care-status', ['relevant', 'nonsense', 'relevant', 'qualifying']]]) };
    const eligibility = readEligibility(
      { service_areas: [{ name: 'Bristol' }], eligibility_description: 'Care leavers only.' },
      'svc',
      { minAge: 16, maxAge: 24 },
      terms,
      { careLeaversOf: ['E06000023', 'E99999999', 7] },
      report,
    );
    expect(eligibility).to.deep.equal({
      statuses: ['relevant', 'qualifying'],
      minAge: 16,
      maxAge: 24,
      careLeaversOf: ['E06000023'],
      residentsOf: ['E06000023'],
      conditions: 'Care leavers only.',
    });
  });

  it('is undefined when nothing says who the service is for', () => {
    expect(readEligibility({}, 'svc', {}, noTerms(), undefined, new ConversionReport())).to.equal(undefined);
  });
});

describe('oruk service fields: tags, evidence, links and value', () => {
  it('makes tags from our tags, every term, the deliverable type and a temporary closure, each once', () => {
    const report = new ConversionReport();
    const terms: Terms = {
      foreign: foreign('Money advice', 'MONEY ADVICE', 'A very long taxonomy term name that goes past forty').foreign,
      ours: new Map([['local-offer-elements:tag', ['bus']]]),
    };
    const tags = readTags({ deliverable_type: 'financial support' }, 'svc', terms, 'temporarily closed', report);
    expect(tags).to.deep.equal(['bus', 'Money advice', 'A very long taxonomy term name that…', 'Financial Support', 'temporarily closed']);
    expect(tags.every((tag) => tag.length <= 40)).to.equal(true);
    expect(lines(report)).to.contain('mapped  svc.deliverable_type: "Financial Support" → tags');
  });

  it('keeps at most 20 tags and reports the rest', () => {
    const report = new ConversionReport();
    const names = Array.from({ length: 25 }, (_, i) => `Term ${i}`);
    expect(readTags({}, 'svc', foreign(...names), undefined, report)).to.have.length(20);
    expect(lines(report)).to.contain('dropped svc taxonomy terms: 5 tags after the first 20: an item has at most 20');
  });

  it('reads an enumerated field ignoring case, and reports values outside it', () => {
    const report = new ConversionReport();
    expect(readEnum({ attending_access: 'Drop-In' }, 'svc', 'attending_access', report)).to.equal('drop-in');
    expect(readEnum({ attending_access: 'drop in' }, 'svc', 'attending_access', report)).to.equal(undefined);
    expect(readEnum({ attending_access: '' }, 'svc', 'attending_access', report)).to.equal(undefined);
    expect(lines(report)).to.equal('dropped svc.attending_access: "drop in" is not one of referral, appointment, membership, drop-in');
  });

  it('reads required documents as evidence, at most 20', () => {
    const report = new ConversionReport();
    const documents = Array.from({ length: 22 }, (_, i) => ({ document: `<b>Document</b> ${i}` }));
    const evidence = readEvidence({ required_documents: documents }, 'svc', report);
    expect(evidence).to.have.length(20);
    expect(evidence[0]).to.equal('Document 0');
    expect(lines(report)).to.contain('dropped svc.required_documents: 2 documents after the first 20');
  });

  it('links to the service url when it is a web address, and drops other urls', () => {
    const report = new ConversionReport();
    expect(readLinks({ url: 'https://example.org/club' }, 'svc', 'Youth club', undefined, report)).to.deep.equal([
      { title: 'More about Youth club', url: 'https://example.org/club' },
    ]);
    expect(readLinks({ url: 'javascript:alert(1)' }, 'svc', 'Youth club', undefined, report)).to.deep.equal([]);
    expect(lines(report)).to.contain('dropped svc.url: "javascript:alert(1)" is not a web address (http or https)');
  });

  it('reads links and value from our extension, and reports ones not in our format', () => {
    const report = new ConversionReport();
    const links = [{ title: 'Apply', url: 'https://example.org/apply' }];
    const ours: JsonObject = { links, value: { amountPence: 120000, period: 'academic-year' } };
    expect(readLinks({ url: 'https://publisher.example.org' }, 'svc', 'Bursary', ours, report)).to.deep.equal(links);
    expect(readValue('svc', ours, report)).to.deep.equal({ amountPence: 120000, period: 'academic-year' });
    expect(readLinks({}, 'svc', 'Bursary', { links: [{ url: 'javascript:x' }] }, report)).to.deep.equal([]);
    expect(readValue('svc', { value: { amountPence: -1 } }, report)).to.equal(undefined);
    expect(readValue('svc', { value: { upTo: true } }, report)).to.equal(undefined);
    expect(readValue('svc', undefined, report)).to.equal(undefined);
    expect(report.lines()).to.deep.equal([
      'dropped svc.local_offer_elements.links: not a valid list of links',
      'dropped svc.local_offer_elements.value: not a valid item value',
      'dropped svc.local_offer_elements.value: not a valid item value',
    ]);
  });
});

describe('oruk service fields: values that are only markup (issue 12)', () => {
  it('keeps no taxonomy term that is only markup, and reports each when the tags are read', () => {
    const terms = termsOf(
      { service_taxonomys: [{ taxonomy: { name: '<b></b>' } }], attributes: [{ taxonomy_term: { name: '<i> </i>' } }, { taxonomy_term: { name: 'Sport' } }] },
      'svc',
    );
    expect(terms.foreign).to.deep.equal([{ name: 'Sport', path: 'svc.attributes[1]' }]);
    const report = new ConversionReport();
    expect(readTags({}, 'svc', terms, undefined, report)).to.deep.equal(['Sport']);
    expect(report.lines()).to.deep.equal([
      'dropped svc.service_taxonomys[0]: no text once its markup is removed',
      'dropped svc.attributes[0]: no text once its markup is removed',
      'mapped  svc taxonomy terms: "Sport" → tags',
    ]);
  });

  it('keeps no evidence that is only markup', () => {
    const report = new ConversionReport();
    expect(readEvidence({ required_documents: [{ document: '<p></p>' }, { document: 'Passport' }, { document: '' }] }, 'svc', report)).to.deep.equal([
      'Passport',
    ]);
    expect(report.lines()).to.deep.equal([
      'dropped svc.required_documents[0].document: no text once its markup is removed',
      'mapped  svc.required_documents: → evidence',
    ]);
  });
});
