import { expect } from '@open-wc/testing';
import { looksLikeHtml } from './looks-like-html.js';

/** The expression looksLikeHtml replaces: right answers, but it backtracks on hostile text. */
const BACKTRACKING = /<\/?[a-zA-Z][^>]*>|<!--|&(?:#\d+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/;

const MEGABYTES = 4 * 1024 * 1024;

describe('looksLikeHtml', () => {
  it('finds tags', () => {
    for (const text of ['<b>bold</b>', 'end of paragraph</p>', 'line<br/>', '<br>', '<p\nclass="x">', 'a <span title="x">b', '<a href="x">link']) {
      expect(looksLikeHtml(text), text).to.equal(true);
    }
  });

  it('finds character references and comments', () => {
    for (const text of ['Fish &amp; chips', 'it&#39;s', '&#x27;', '&#X2F;', '&frac12;', '&nbsp;', 'a <!-- note']) {
      expect(looksLikeHtml(text), text).to.equal(true);
    }
  });

  it('leaves plain text alone, with its angle brackets and ampersands', () => {
    for (const text of [
      '',
      'Free bus pass',
      '5 < 6 and 7 > 3',
      '<3 you',
      'x > y < z',
      'a <b',
      '< b>',
      '</ p>',
      '<1>',
      'Tom & Jerry',
      'Tom&Jerry',
      '&amp',
      '& amp;',
      '&#;',
      '&#x;',
      '&#12a;',
      '&1;',
      '<!- not a comment ->',
    ]) {
      expect(looksLikeHtml(text), text).to.equal(false);
    }
  });

  it('answers as the expression it replaces, on every short string of the characters that matter', () => {
    const alphabet = ['<', '>', '/', 'a', '&', '#', 'x', '1', ';', '!', '-', ' '];
    const mismatches: string[] = [];
    let checked = 0;
    const visit = (prefix: string, depth: number) => {
      if (looksLikeHtml(prefix) !== BACKTRACKING.test(prefix)) mismatches.push(prefix);
      checked++;
      if (depth > 0) for (const character of alphabet) visit(prefix + character, depth - 1);
    };
    visit('', 5);
    expect(checked).to.equal(271453);
    expect(mismatches).to.deep.equal([]);
  });

  it('returns at once on megabytes of hostile text', () => {
    // Each of these makes the expression above scan to the end of the text from every "<" or "&".
    expect(looksLikeHtml('<a'.repeat(MEGABYTES / 2))).to.equal(false);
    expect(looksLikeHtml(`${'<a'.repeat(MEGABYTES / 2)}>`)).to.equal(true);
    expect(looksLikeHtml('</a '.repeat(MEGABYTES / 4))).to.equal(false);
    expect(looksLikeHtml(`&${'a'.repeat(MEGABYTES)}`)).to.equal(false);
    expect(looksLikeHtml('&#1'.repeat(MEGABYTES / 3))).to.equal(false);
    expect(looksLikeHtml(`${'&a'.repeat(MEGABYTES / 2)};`)).to.equal(true);
  });
});
