/**
 * isAllowedUrl answers most links with a regular expression and parses the rest with the engine's own URL
 * parser. These tests hold the two to the same answer in each engine the suite runs (Chromium, Firefox and
 * WebKit parse URLs with different code), for links near the edges of the quick form: hosts of numbers,
 * punycode, hyphens, underscores and other scripts, ports, and every kind of character after the host.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isAllowedUrl, isAllowedUrlByParsing, safeHref } from './url.js';
import { readOffer } from './parse.js';
import { minimalOffer } from '../test-support/offer-fixture.js';

const pick = <T>(...values: T[]) => fc.constantFrom(...values);

const label = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
  fc.stringMatching(/^[A-Z0-9-]{1,6}$/),
  pick('xn--bcher-kva', 'xn--zz', 'XN--a', 'ab--cd', '-a', 'a-', '0x1f', '0', '255', '1e3', 'a'.repeat(64), 'ex_ample', 'bücher', 'ß', 'a%41', ''),
);

const host = fc.array(label, { minLength: 1, maxLength: 4 }).chain((labels) => pick(labels.join('.'), `${labels.join('.')}.`, `${labels.join('.')}..`));

const port = fc.oneof(
  pick('', ':', ':0', ':80', ':9999', ':65535', ':65536', ':99999', ':8a'),
  fc.integer({ min: 0, max: 99_999 }).map((n) => `:${n}`),
);

const afterHost = fc.oneof(
  pick('', '/', '?', '#', '/a/b?c=d&e=f#g', "/!$&'()*+,;=:@~", '/%zz', '/%41', '/ spaced', '/tab\there', '/[x]', '/<b>', '/"q"', '/\\back', '/|^`{}'),
  fc.string({ maxLength: 12 }).map((rest) => `/${rest}`),
  fc.string({ maxLength: 6 }),
);

const scheme = pick('https://', 'http://', 'HTTPS://', 'Http://', 'https:/', 'https:', 'ftp://', ' https://', 'https:\\\\');

const link = fc.tuple(scheme, host, port, afterHost).map((parts) => parts.join(''));

describe('isAllowedUrl', () => {
  it('gives the URL parser’s answer for links near the quick form', () => {
    let quick = 0;
    fc.assert(
      fc.property(link, (value) => {
        const answer = isAllowedUrl(value);
        if (answer) quick++;
        expect(answer, value).to.equal(isAllowedUrlByParsing(value));
      }),
      { numRuns: 5000, seed: 2026 },
    );
    // Both answers are met often, so the agreement is not one-sided.
    expect(quick).to.be.within(500, 4500);
  });

  it('reads plain council links, and refuses what may not reach an href', () => {
    for (const value of [
      'https://www.nottinghamshire.gov.uk/care/children-and-families/care-leavers',
      'https://www.gov.uk/government/publications/local-offer-guidance?x=1&y=2#part-2',
      'http://localhost:8000/offer.json',
      'tel:0115 496 0123',
      'mailto:team@council.gov.uk',
      'sms:07700900000',
    ])
      expect(isAllowedUrl(value), value).to.equal(true);
    for (const value of ['javascript:alert(1)', 'data:text/html,x', 'https://', 'https:///', 'https://999.1.1.1/', 'ftp://example.org/', ''])
      expect(isAllowedUrl(value), value).to.equal(false);
    expect(safeHref(' \n https://example.org/')).to.equal('https://example.org/');
    expect(safeHref('\u0001javascript:alert(1)')).to.equal(undefined);
  });

  it('answers a link of megabytes, and an offer with one keeps its other parts', () => {
    const huge = `https://${'a.'.repeat(5_000_000)}b/`;
    expect(isAllowedUrl(huge)).to.equal(isAllowedUrlByParsing(huge));
    const offer = minimalOffer() as { entitlements: { links?: { title: string; url: string }[] }[] };
    offer.entitlements[0]!.links = [{ title: 'Too long', url: huge }];
    const read = readOffer(offer);
    expect(read.ok).to.equal(true);
    expect(read.ok && read.value.entitlements.length).to.equal(offer.entitlements.length);
    expect(read.issues.map((issue) => issue.message).join(' ')).to.contain('2000');
  });
});
