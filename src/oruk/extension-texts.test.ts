import { expect } from '@open-wc/testing';
import { ConversionReport } from './conversion-report.js';
import { plainAddress, plainLine, plainLines, plainLinks, plainOpeningHours, plainText, plainValue } from './extension-texts.js';

const MARKUP_ONLY = 'no text once its markup is removed';

describe('oruk extension texts: the words in our own extensions', () => {
  it('makes each value plain text, and drops and reports one that is only markup', () => {
    const report = new ConversionReport();
    expect(plainLine('<b>Leaving</b> care &amp; after', 'a', report)).to.equal('Leaving care & after');
    expect(plainLine('<p><br></p>', 'b', report)).to.equal(undefined);
    expect(plainLine(undefined, 'c', report)).to.equal(undefined);
    expect(plainText('<p>One.</p><p>Two.</p>', 'd', report)).to.equal('One.\n\nTwo.');
    expect(plainLines(['<i>Somali</i>', '<b></b>', 7, null], 'e', report)).to.deep.equal(['Somali', '7']);
    expect(report.lines()).to.deep.equal([`dropped b: ${MARKUP_ONLY}`, `dropped e[1]: ${MARKUP_ONLY}`]);
  });

  it('makes the note of opening hours, the lines of an address, link titles and a value description plain', () => {
    const report = new ConversionReport();
    const monday = [{ opens: '09:00', closes: '17:00' }];
    expect(plainOpeningHours({ monday, note: '<b>Closed</b> at Christmas' }, 'h', report)).to.deep.equal({ monday, note: 'Closed at Christmas' });
    expect(plainOpeningHours({ monday, note: '<b></b>' }, 'h', report)).to.deep.equal({ monday });
    expect(plainOpeningHours({ note: '<b></b>' }, 'i', report)).to.equal(undefined);
    expect(plainAddress({ lines: ['<b>City Hall</b>', '<br>'], postcode: '<i>BS1 5TR</i>' }, 'a', report)).to.deep.equal({
      lines: ['City Hall'],
      postcode: 'BS1 5TR',
    });
    expect(plainAddress({ lines: ['<p></p>'] }, 'b', report)).to.equal(undefined);
    expect(
      plainLinks(
        [
          { title: '<b>Apply</b>', url: 'https://example.org/apply' },
          { title: '<i></i>', url: 'https://example.org/other' },
        ],
        'links',
        report,
      ),
    ).to.deep.equal([{ title: 'Apply', url: 'https://example.org/apply' }]);
    expect(plainValue({ amountPence: 100, description: '<b>A pound</b>' }, 'v', report)).to.deep.equal({ amountPence: 100, description: 'A pound' });
    expect(plainValue({ amountPence: 100, description: '<b></b>' }, 'v', report)).to.deep.equal({ amountPence: 100 });
    expect(plainValue({ description: '<b></b>' }, 'w', report)).to.equal(undefined);
    expect(report.lines()).to.deep.equal([
      `dropped h.note: ${MARKUP_ONLY}`,
      `dropped i.note: ${MARKUP_ONLY}`,
      `dropped a.lines[1]: ${MARKUP_ONLY}`,
      `dropped b.lines[0]: ${MARKUP_ONLY}`,
      'dropped b: no line of the address has any text once its markup is removed',
      'dropped links[1]: its title has no text once its markup is removed, and a link needs one',
      `dropped v.description: ${MARKUP_ONLY}`,
      `dropped w.description: ${MARKUP_ONLY}`,
    ]);
  });
});
