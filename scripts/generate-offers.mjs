// Realistic offers for any council in England, made from the example offers (schema/examples/): the same
// items, contacts and amounts, renamed and re-coded for the council. The directory build's tests serve them
// from a local server, and scripts/directory-build-bench.mjs serves 317 of them.
import { readFileSync } from 'node:fs';
import { COUNCILS, councilByCode } from '../dist/src/places/council-registry.js';

const root = new URL('..', import.meta.url);
const example = (name) => readFileSync(new URL(`schema/examples/${name}.json`, root), 'utf8');

/** Each template with the council it was written for, whose names and codes are replaced. */
const TEMPLATES = [
  { text: example('manchester'), code: 'E08000003', names: ['Manchester'], slug: 'manchester' },
  { text: example('southwark'), code: 'E09000028', names: ['Southwark'], slug: 'southwark' },
];

const slugOf = (name) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A copy of an example offer for `code`, with its lastReviewed; `variant` picks the template. */
export function offerFor(code, { lastReviewed = '2026-09-01', variant = 0 } = {}) {
  const council = councilByCode(code);
  if (!council) throw new Error(`${code} is not a council in England`);
  const template = TEMPLATES[variant % TEMPLATES.length];
  const from = councilByCode(template.code);
  let text = template.text.split(template.code).join(council.code).split(from.name).join(council.name);
  for (const name of template.names) text = text.split(name).join(council.shortName);
  text = text.split(template.slug).join(slugOf(council.shortName));
  const offer = JSON.parse(text);
  offer.lastReviewed = lastReviewed;
  for (const provider of offer.providers) if (provider.councilCode === council.code) provider.tier = council.tier;
  delete offer.$schema;
  return offer;
}

/** All 317 councils' codes, in the registry's order. */
export const ALL_CODES = COUNCILS.map((council) => council.code);
