import { expect } from '@open-wc/testing';
import { ConversionReport } from './conversion-report.js';

describe('oruk conversion report', () => {
  it('keeps entries in order, counts them by kind, and writes one line each, kind first', () => {
    const report = new ConversionReport();
    report.mapped('content[0].name', '→ title');
    report.assumed('content[0]', 'area "employment"');
    report.dropped('content[0].fees', 'empty string');
    report.dropped('content[1]', 'no name');
    report.note('', 'read a list of 2 services');
    expect(report.entries.map((entry) => entry.kind)).to.deep.equal(['mapped', 'assumed', 'dropped', 'dropped', 'note']);
    expect([report.count('mapped'), report.count('assumed'), report.count('dropped'), report.count('note')]).to.deep.equal([1, 1, 2, 1]);
    expect(report.lines()).to.deep.equal([
      'mapped  content[0].name: → title',
      'assumed content[0]: area "employment"',
      'dropped content[0].fees: empty string',
      'dropped content[1]: no name',
      'note    read a list of 2 services',
    ]);
  });

  it('starts empty', () => {
    const report = new ConversionReport();
    expect(report.lines()).to.deep.equal([]);
    expect(report.count('dropped')).to.equal(0);
  });
});
