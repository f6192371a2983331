/**
 * The browser's quick check (quick-check.ts, generated from the zod schema) and zod agree, tested with
 * fast-check: for real offers and directories changed at random, the quick check says yes exactly when
 * zod accepts the document as it is (its value equal to the input) with nothing to report. Every "no"
 * goes to zod itself in the browser, so agreement here means the elements read every file as zod does.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { minimalOffer } from '../test-support/offer-fixture.js';
import { parseDirectory, parseOffer } from './parse.js';
import { isCleanDirectory, isCleanOffer, readOfferQuickly } from './quick-read.js';
import type { ParseResult } from './issues.js';
import { AREAS, CARE_STATUSES, CONTACT_ROLES, PERIODS, VALUE_KINDS } from './vocabularies.js';
import { DIRECTORY, ENTITLEMENTS, OFFER_HEAD } from './generated/quick-check-schemas.js';
import type { QuickSchema } from './quick-check.js';

type Path = (string | number)[];

const load = async (path: string) => (await fetch(path)).json();

/** Equal as JSON, whatever the order of keys (zod writes them in the schema's order). */
function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJson((a as any)[key], (b as any)[key]));
  }
  return Object.is(a, b);
}

/** zod's verdict in the quick check's terms: accepted unchanged, with no issue at all. */
const zodClean = (result: ParseResult<unknown>, input: unknown) => result.ok && result.issues.length === 0 && sameJson(result.value, input);

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...path, index], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}

/** Values near every rule the schema has: lengths, ranges, patterns, formats, vocabularies. */
const tricky = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    ' padded',
    'padded ',
    'x',
    'a'.repeat(40),
    'a'.repeat(41),
    'a'.repeat(120),
    'a'.repeat(121),
    'a'.repeat(200),
    'a'.repeat(201),
    '😀'.repeat(20),
    '😀'.repeat(21),
    'https://example.org/',
    'HTTPS://EXAMPLE.ORG',
    ' https://example.org',
    'https://',
    'http:///x',
    'javascript:alert(1)',
    'tel:01234',
    'mailto:a@b.co',
    'sms:07700900000',
    'data:text/html,x',
    'team@council.gov.uk',
    'not an email',
    'a@b',
    '2026-02-28',
    '2026-02-29',
    '2028-02-29',
    '2026-13-01',
    '09:00',
    '24:00',
    '23:60',
    '9:00',
    'E10000024',
    'E07000170',
    'W06000001',
    'some-slug',
    'Not-A-Slug',
    '1.0',
    '1.1',
    '1.9',
    '2.0',
    '<b>bold</b>',
    'Tom &amp; Jerry',
    'R&D <3',
    '__proto__',
    ...AREAS,
    ...CARE_STATUSES,
    ...CONTACT_ROLES,
    ...PERIODS,
    ...VALUE_KINDS,
  ),
  fc.constantFrom(0, -1, 1, 2, 15, 16, 24, 25, 30, 31, 99, 100, 101, 1.5, -0, 100_000_000, 100_000_001, 2 ** 53, true, false, null),
  fc.constantFrom([], {}, ['x'], [{}]),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 40 }),
);

/** The schema of the value at `path`, if the path is inside the schema. */
function schemaAt(root: QuickSchema, path: Path): QuickSchema | undefined {
  let schema: QuickSchema | undefined = root;
  for (const segment of path) {
    if (!schema) return undefined;
    if (typeof segment === 'number') schema = schema.items;
    else if (root === OFFER_HEAD && schema === OFFER_HEAD && segment === 'entitlements') schema = { type: 'array', items: ENTITLEMENTS.items! };
    else schema = schema.properties?.[segment];
  }
  return schema;
}

/** Values on and just over each limit of a schema: the places a generated check and zod could differ. */
function valuesNear(schema: QuickSchema, current: unknown): unknown[] {
  const near: unknown[] = [];
  if (schema.type === 'string') {
    const max = schema.maxLength ?? 60;
    const text = typeof current === 'string' ? current : 'x';
    near.push(
      '',
      ' ',
      'a'.repeat(max),
      'a'.repeat(max + 1),
      ` ${'a'.repeat(max)}`,
      `${text} `,
      ` ${text}`,
      `${text}\n`,
      text.toUpperCase(),
      `${text}x`,
      text.slice(1),
      // Text that looks like HTML, which the quick check refuses as the cross-checks warn about it.
      `${text}<br>`,
      `${text} &amp; more`,
      `${text} & more`,
      `${text} <3`,
    );
    near.push('😀'.repeat(Math.floor(max / 2)), '😀'.repeat(Math.floor(max / 2) + 1));
    if (schema.enum) near.push(...schema.enum, `${schema.enum[0]} `);
  } else if (schema.type === 'integer' || schema.type === 'number') {
    const { minimum = 0, maximum = 100 } = schema;
    near.push(minimum, minimum - 1, maximum, maximum + 1, minimum + 0.5, '1', Number.MAX_SAFE_INTEGER + 2);
  } else if (schema.type === 'array') {
    const items = Array.isArray(current) ? current : [];
    near.push([], items.slice(0, Math.max(0, (schema.minItems ?? 1) - 1)), [...items, ...items]);
    if (schema.maxItems !== undefined && items.length) near.push(Array.from({ length: schema.maxItems + 1 }, () => structuredClone(items[0])));
  } else if (schema.type === 'object') {
    near.push({}, null, []);
  } else if (schema.type === 'boolean') {
    near.push(true, false, 'true', 0);
  }
  return near;
}

type Change =
  { kind: 'near'; pick: number } | { kind: 'replace'; value: unknown } | { kind: 'delete' } | { kind: 'add'; key: string; value: unknown } | { kind: 'copy' };

const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 8, arbitrary: fc.nat().map((pick) => ({ kind: 'near' as const, pick })) },
  { weight: 6, arbitrary: tricky.map((value) => ({ kind: 'replace' as const, value })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'delete' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), key: fc.constantFrom('colour', 'notes', '__proto__', 'id'), value: tricky }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'copy' as const }) },
);

function apply(root: QuickSchema, document: unknown, path: Path, what: Change): unknown {
  if (what.kind === 'near') {
    const schema = schemaAt(root, path);
    const current = path.reduce((node: any, segment) => node?.[segment], document);
    const values = schema ? valuesNear(schema, current) : [];
    return values.length ? apply(root, document, path, { kind: 'replace', value: values[what.pick % values.length] }) : document;
  }
  if (path.length === 0) return what.kind === 'replace' ? what.value : document;
  const copy = structuredClone(document) as any;
  const parent = path.slice(0, -1).reduce((node: any, segment) => node?.[segment], copy);
  const key = path[path.length - 1]!;
  if (what.kind === 'replace') parent[key] = what.value;
  else if (what.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (what.kind === 'copy') {
    // A second copy of an item: duplicate ids and the like, which only the cross-checks catch.
    if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
  } else {
    const target = parent[key];
    if (target && typeof target === 'object' && !Array.isArray(target))
      Object.defineProperty(target, what.key, { value: what.value, enumerable: true, configurable: true, writable: true });
  }
  return copy;
}

/** One to three changes anywhere in the document. */
const changed = (base: unknown, root: QuickSchema = OFFER_HEAD) =>
  fc.array(fc.tuple(fc.nat(), change), { minLength: 1, maxLength: 3 }).map((changes) =>
    changes.reduce<unknown>((document, [at, what]) => {
      const paths = pathsOf(document);
      return apply(root, document, paths[at % paths.length]!, what);
    }, base),
  );

describe('the quick check agrees with zod', () => {
  let offers: unknown[];
  let directories: unknown[];
  before(async () => {
    offers = [
      minimalOffer(),
      await load('/schema/examples/nottinghamshire.json'),
      await load('/schema/examples/manchester.json'),
      await load('/schema/examples/southwark.json'),
      await load('/test/fixtures/offers/schema-1-1.json'),
    ];
    directories = [await load('/schema/examples/directory.json'), await load('/test/fixtures/offers/directory-1-1.json')];
  });

  it('says yes to every example offer and directory, as zod does', () => {
    for (const offer of offers) expect(isCleanOffer(offer), (offer as { id: string }).id).to.equal(zodClean(parseOffer(offer), offer));
    for (const offer of offers) expect(isCleanOffer(offer)).to.equal(true);
    for (const directory of directories) expect(isCleanDirectory(directory)).to.equal(zodClean(parseDirectory(directory), directory));
  });

  it('says yes to an offer exactly when zod accepts it unchanged with nothing to report', () => {
    let yes = 0;
    let no = 0;
    for (const base of offers) {
      fc.assert(
        fc.property(changed(base), (document) => {
          const quick = isCleanOffer(document);
          quick ? yes++ : no++;
          expect(quick, JSON.stringify(parseOffer(document).issues.slice(0, 3))).to.equal(zodClean(parseOffer(document), document));
        }),
        { numRuns: 600, seed: 1411 },
      );
    }
    // Both answers were tried many times, so the property is not passing on one side only.
    expect(yes, 'documents the quick check passed').to.be.greaterThan(100);
    expect(no, 'documents the quick check refused').to.be.greaterThan(300);
  });

  it('says yes to a directory exactly when zod accepts it unchanged with nothing to report', () => {
    for (const base of directories) {
      fc.assert(
        fc.property(changed(base, DIRECTORY), (document) => {
          expect(isCleanDirectory(document)).to.equal(zodClean(parseDirectory(document), document));
        }),
        { numRuns: 600, seed: 1411 },
      );
    }
  });

  it('refuses text that looks like HTML anywhere but "$schema", as zod warns about it', () => {
    const offer = structuredClone(offers[1]) as any;
    offer.$schema = 'https://example.org/?a=1&amp;b=<b>2</b>';
    expect(zodClean(parseOffer(offer), offer), 'zod on $schema').to.equal(true);
    expect(isCleanOffer(offer), '$schema').to.equal(true);
    offer.entitlements[0].summary = 'Up to <b>£3,000</b>';
    expect(zodClean(parseOffer(offer), offer), 'zod on a summary').to.equal(false);
    expect(isCleanOffer(offer), 'a summary').to.equal(false);
  });

  it('keeps the limit on the number of items, though the items are checked a slice at a time', async () => {
    const offer = minimalOffer();
    const item = offer.entitlements[1];
    offer.entitlements = Array.from({ length: 100_001 }, (_, index) => ({ ...item, id: `item-${index}` }));
    expect(isCleanOffer(offer), 'zod allows 100,000 items').to.equal(false);
    offer.entitlements.length = 100_000;
    expect(isCleanOffer(offer)).to.equal(true);
  });

  it('reads every document as zod does, whether it passes the quick check or not', async () => {
    const samples = fc.sample(changed(offers[1]), { numRuns: 60, seed: 7 });
    for (const document of samples) {
      const quickly = await readOfferQuickly(structuredClone(document));
      const { readOffer } = await import('./parse.js');
      const fully = readOffer(structuredClone(document));
      expect(quickly.ok).to.equal(fully.ok);
      if (quickly.ok && fully.ok) expect(sameJson(quickly.value, fully.value)).to.equal(true);
      expect(JSON.stringify(quickly.issues)).to.equal(JSON.stringify(fully.issues));
    }
  });
});
