/**
 * Property-based: mutate valid offers at random (delete, retype, inject hostile strings, add properties)
 * and check that parsing never throws and every problem comes with a usable JSON Pointer.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { minimalOffer } from '../test-support/offer-fixture.js';
import { fromPointer } from './issues.js';
import { parseOffer } from './parse.js';

type Path = (string | number)[];

const HOSTILE_STRINGS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  ' JAVASCRIPT:alert(1)',
  'data:text/html,<b>x</b>',
  '\u0000\u0007',
  '\ud800',
  '"}]},{',
  '__proto__',
  'constructor',
  'a'.repeat(20_000),
  '',
  '   ',
];

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...path, index], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}

function parentOf(root: any, path: Path): any {
  return path.slice(0, -1).reduce((node, segment) => node?.[segment], root);
}

type Mutation = { kind: 'delete' } | { kind: 'replace'; value: unknown } | { kind: 'add'; key: string; value: unknown };

function mutate(document: unknown, path: Path, mutation: Mutation): unknown {
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.value : document;
  const copy = structuredClone(document) as any;
  const parent = parentOf(copy, path);
  const key = path[path.length - 1]!;
  if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (mutation.kind === 'replace') {
    parent[key] = mutation.value;
  } else {
    const target = parent[key];
    if (target && typeof target === 'object' && !Array.isArray(target)) target[mutation.key] = mutation.value;
  }
  return copy;
}

const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(null, -1, 31, 1.5, 1e308, true, [], {}, '2023-02-30', '9999-99-99'),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'delete' }),
  anyValue.map((value): Mutation => ({ kind: 'replace', value })),
  fc
    .record({ key: fc.oneof(fc.string(), fc.constantFrom(...HOSTILE_STRINGS)), value: anyValue })
    .map(({ key, value }): Mutation => ({ kind: 'add', key, value })),
);

function pointerReachesDocument(document: unknown, pointer: string): boolean {
  // The value itself may be missing ("is required"), but its parent must exist.
  const segments = fromPointer(pointer);
  let node: any = document;
  for (const segment of segments.slice(0, -1)) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, segment)) return false;
    node = node[segment];
  }
  return true;
}

async function examples(): Promise<unknown[]> {
  const directory = await (await fetch('/schema/examples/directory.json')).json();
  const offers = await Promise.all(directory.offers.map(async (entry: { url: string }) => (await fetch(`/schema/examples/${entry.url}`)).json()));
  return [minimalOffer(), ...offers];
}

describe('parseOffer with randomly mutated offers', () => {
  it('never throws, and every issue has a pointer into the document and a message', async function () {
    this.timeout(60_000);
    const documents = await examples();
    expect(documents.length).to.be.greaterThan(3);
    for (const original of documents) {
      const paths = pathsOf(original);
      fc.assert(
        fc.property(fc.nat(paths.length - 1), mutation, (index, change) => {
          const mutated = mutate(original, paths[index]!, change);
          const result = parseOffer(mutated);
          expect(typeof result.ok).to.equal('boolean');
          for (const issue of result.issues) {
            expect(issue.path === '' || issue.path.startsWith('/'), issue.path).to.equal(true);
            expect(issue.message.length).to.be.greaterThan(0);
            expect(['error', 'warning']).to.include(issue.severity);
            expect(pointerReachesDocument(mutated, issue.path), `${issue.path} is not in the document`).to.equal(true);
          }
          if (!result.ok) expect(result.issues.some((issue) => issue.severity === 'error')).to.equal(true);
        }),
        { numRuns: 300, seed: 20261123 },
      );
    }
  });

  it('refuses any hostile string put where a link goes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HOSTILE_STRINGS), fc.string(), (hostile, tail) => {
        const offer = minimalOffer();
        offer.entitlements[0].links[0].url = hostile + tail;
        const result = parseOffer(offer);
        expect(result.ok).to.equal(false);
        expect(result.issues.map((issue) => issue.path)).to.include('/entitlements/0/links/0/url');
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('survives documents nested far deeper than any offer', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 5_000; i++) deep = { a: [deep] };
    const offer = minimalOffer();
    offer.entitlements[0].details = deep;
    offer.extra = deep;
    const result = parseOffer(offer);
    expect(result.ok).to.equal(false);
    expect(result.issues.map((issue) => issue.path)).to.include('/entitlements/0/details');
  });
});
