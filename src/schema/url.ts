import { ALLOWED_URL_SCHEMES } from './vocabularies.js';

const allowed: ReadonlySet<string> = new Set(ALLOWED_URL_SCHEMES.map((scheme) => `${scheme}:`));

/** Leading white space and control characters, which browsers strip from an href before reading its scheme. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LEADING_JUNK = /^[\s\u0000-\u001f]+/;

/**
 * A plain web address that every URL parser reads with its host: http(s), a host of ASCII letters, digits
 * and hyphens whose last label starts with a letter (so it is never read as an IPv4 address), no
 * punycode (which a parser may refuse), a port below 10000, then only characters a path, query or
 * fragment may hold. Most links in offers are like this, and a regular expression is far quicker than
 * `new URL()` in a browser; anything else is parsed (url.property.test.ts holds the two to the same
 * answers). Only links of the schema's length at most: on megabytes of "a.a.a…" the expression runs out of
 * stack in Chromium and Firefox, and Firefox's parser refuses links over a megabyte that it would take.
 */
const PLAIN_WEB_ADDRESS_MAX_LENGTH = 2000;
const PLAIN_WEB_ADDRESS = /^https?:\/\/(?![^/?#]*xn--)(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\.?(?::\d{1,4})?(?:[/?#][\w\-.~!$&'()*+,;=:@/?#%]*)?$/i;

/**
 * True when a link is safe to put in an href: after leading white space is stripped (browsers strip it
 * too), it must parse as a URL with an allowed scheme, and web addresses must name a host.
 */
export function isAllowedUrl(value: string): boolean {
  if (typeof value !== 'string') return false;
  return (value.length <= PLAIN_WEB_ADDRESS_MAX_LENGTH && PLAIN_WEB_ADDRESS.test(value)) || isAllowedUrlByParsing(value);
}

/** isAllowedUrl by the browser's (or Node's) own URL parser: the reference the quick path agrees with. */
export function isAllowedUrlByParsing(value: string): boolean {
  const trimmed = value.replace(LEADING_JUNK, '');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return false;
  }
  if (!allowed.has(url.protocol)) return false;
  if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname === '') return false;
  return true;
}

/** The href to render for an untrusted link, or undefined when the link must not reach the DOM. */
export function safeHref(value: string | undefined): string | undefined {
  if (value === undefined || !isAllowedUrl(value)) return undefined;
  return value.replace(LEADING_JUNK, '');
}

/**
 * A tel: or sms: href for a phone number as people write it ("0115 496 0123"), or undefined when it has no
 * digits. Only digits and "+" go in, so the href can never carry another scheme.
 */
export function phoneHref(scheme: 'tel' | 'sms', number: string | undefined): string | undefined {
  const dialable = number?.replace(/[^\d+]/g, '') ?? '';
  return /\d/.test(dialable) ? `${scheme}:${dialable}` : undefined;
}
