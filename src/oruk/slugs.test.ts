import { expect } from '@open-wc/testing';
import { isSlug, slugify, UniqueSlugs } from './slugs.js';

describe('oruk slugs', () => {
  it('makes lower-case slugs from names, without accents or punctuation', () => {
    expect(slugify('Leaving Care Team (North)')).to.equal('leaving-care-team-north');
    expect(slugify('Séance-Hall & Café')).to.equal('seance-hall-and-cafe');
    expect(slugify('  !!! ')).to.equal(undefined);
  });

  it('stops at a whole word within the length, or cuts a single long word', () => {
    expect(slugify('one two three', 9)).to.equal('one-two');
    expect(slugify('abcdefghij', 4)).to.equal('abcd');
  });

  it('hands out unique slugs: a second "youth-club" is "youth-club-2"', () => {
    const slugs = new UniqueSlugs();
    expect(['youth-club', 'youth-club', 'youth-club', 'youth-club-2'].map((slug) => slugs.take(slug))).to.deep.equal([
      'youth-club',
      'youth-club-2',
      'youth-club-3',
      'youth-club-2-2',
    ]);
    expect(slugs.has('youth-club-3')).to.equal(true);
    expect(slugs.has('youth-club-4')).to.equal(false);
  });

  it('keeps slugs within 120 characters, without a trailing hyphen, and never empty', () => {
    const slugs = new UniqueSlugs();
    const long = `${'a'.repeat(111)}-bbbbbbbbbbbb`;
    expect(slugs.take(long)).to.equal('a'.repeat(111));
    expect(slugs.take(long)).to.equal(`${'a'.repeat(111)}-2`);
    expect(slugs.take('')).to.equal('item');
  });

  it('stays fast with many slugs of the same name', () => {
    const slugs = new UniqueSlugs();
    let last = '';
    for (let i = 0; i < 20000; i++) last = slugs.take('youth-club');
    expect(last).to.equal('youth-club-20000');
  });

  it('tells a slug from other text', () => {
    for (const slug of ['a', 'leaving-care-team', 'e06000023']) expect(isSlug(slug), slug).to.equal(true);
    for (const text of [undefined, '', 'Leaving', 'a--b', '-a', 'a-', 'a b']) expect(isSlug(text), String(text)).to.equal(false);
  });
});
