import { expect } from '@open-wc/testing';
import { parseDirectory, parseDirectoryText } from './parse.js';

function directory(): Record<string, any> {
  return {
    schemaVersion: '1.0',
    id: 'england',
    title: 'Local Offers in England',
    lastUpdated: '2026-10-01',
    offers: [
      { councilCode: 'E10000024', name: 'Nottinghamshire', url: 'nottinghamshire.json', covers: ['E07000170'] },
      { councilCode: 'E08000003', name: 'Manchester', url: 'https://example.org/offers/manchester.json' },
    ],
  };
}

describe('parseDirectory', () => {
  it('accepts relative and absolute web addresses', () => {
    const result = parseDirectory(directory());
    expect(result.issues).to.deep.equal([]);
    expect(result.ok).to.equal(true);
  });

  for (const url of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'has space.json', '']) {
    it(`refuses the offer address ${JSON.stringify(url)}`, () => {
      const doc = directory();
      doc.offers[1].url = url;
      const result = parseDirectory(doc);
      expect(result.ok).to.equal(false);
      expect(result.issues.map((issue) => issue.path)).to.include('/offers/1/url');
    });
  }

  it('refuses a council listed twice', () => {
    const doc = directory();
    doc.offers[1].councilCode = 'E10000024';
    const result = parseDirectory(doc);
    expect(result.ok).to.equal(false);
    expect(result.issues[0]).to.include({ path: '/offers/1/councilCode', severity: 'error' });
  });

  it('refuses a code that is not an English council', () => {
    const doc = directory();
    doc.offers[0].councilCode = 'W06000015';
    expect(parseDirectory(doc).issues[0]!.message).to.contain('GSS code of a council in England');
  });

  it('checks the schema version like an offer', () => {
    const doc = directory();
    doc.schemaVersion = '3.1';
    expect(parseDirectory(doc).issues[0]!.message).to.contain('cannot read');
  });

  it('reports text that is not JSON', () => {
    expect(parseDirectoryText('[1,').ok).to.equal(false);
  });
});
