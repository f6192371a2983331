import { expect } from '@open-wc/testing';
import { dateOf, describeBlank, isBlank, lineOf, numberOf, objectsIn, quote, textOf } from './json-reading.js';

describe('oruk json reading', () => {
  it('reads text, trimmed, with numbers as text and blanks as missing', () => {
    expect(textOf('  Club ')).to.equal('Club');
    expect(textOf(18)).to.equal('18');
    for (const blank of ['', '   ', null, undefined, NaN, {}, []]) expect(textOf(blank), String(blank)).to.equal(undefined);
  });

  it('reads one plain line, and nothing from a value that is only markup', () => {
    expect(lineOf(' <b>Youth</b>\n club ')).to.equal('Youth club');
    expect(lineOf('<b></b>')).to.equal(undefined);
    expect(lineOf('<p><br></p>')).to.equal(undefined);
    expect(lineOf(42)).to.equal('42');
    expect(lineOf(null)).to.equal(undefined);
  });

  it('reads numbers written as text, and real calendar dates', () => {
    expect(numberOf(' 18 ')).to.equal(18);
    expect(numberOf('-1')).to.equal(-1);
    expect(numberOf('18 years')).to.equal(undefined);
    expect(numberOf(Infinity)).to.equal(undefined);
    expect(dateOf('2024-02-29T10:00:00Z')).to.equal('2024-02-29');
    expect(dateOf('2023-02-29')).to.equal(undefined);
    expect(dateOf('29/02/2024')).to.equal(undefined);
  });

  it('lists the objects of an array with their indexes, and says why a value is blank', () => {
    expect(objectsIn([{ a: 1 }, 'x', null, { b: 2 }])).to.deep.equal([
      { item: { a: 1 }, index: 0 },
      { item: { b: 2 }, index: 3 },
    ]);
    expect(objectsIn('not a list')).to.deep.equal([]);
    expect([describeBlank(null), describeBlank(' '), describeBlank([]), describeBlank({}), describeBlank('x')]).to.deep.equal([
      'null',
      'empty string',
      'empty list',
      'an object where text was expected',
      'unreadable value "x"',
    ]);
    expect([isBlank({}), isBlank([]), isBlank(' '), isBlank(0), isBlank('a')]).to.deep.equal([true, true, true, false, false]);
  });

  it('quotes feed text on one line, shortened', () => {
    expect(quote('a\n  b')).to.equal('"a b"');
    expect(quote('abcdefghij', 5)).to.equal('"abcd…"');
  });
});
