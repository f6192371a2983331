/**
 * The in-browser half of `npm run bench`: validation of a national directory (ours and ajv on the
 * published JSON Schema), the finder's keystroke-to-results time over 10,000 items (beside Fuse.js and our
 * search alone on the same items and queries), the contact card's first render, and the coverage map's
 * first render of all 317 councils once its data are there.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import Fuse from 'fuse.js';
import offerJsonSchema from '../schema/offer.schema.json' with { type: 'json' };
import '../src/define.js';
import { NATIONAL_ENTITLEMENTS } from '../src/entitlements/national-catalogue.js';
import { joinOffers } from '../src/model/joined-offer.js';
import { buildIndex, search } from '../src/model/search.js';
import { COUNCILS, countyOf } from '../src/places/council-registry.js';
import type { CoverageReport } from '../src/components/local-offer-coverage/coverage-report.js';
import { parseOfferText } from '../src/schema/parse.js';
import { isCleanOffer } from '../src/schema/quick-read.js';
import type { Offer } from '../src/schema/offer-schema.js';
// @ts-expect-error plain JS shared with the Node side
import { generateNationalOffers } from './generate.mjs';

const QUERIES = ['council tax', 'uni', 'flat', 'housing', 'bursary', 'leisure pass', 'mental health', 'job'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function keystrokes(): string[] {
  return QUERIES.flatMap((query) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)));
}

async function validation() {
  const texts: string[] = (generateNationalOffers(153, 40) as object[]).map((offer) => JSON.stringify(offer));
  // Both are CommonJS modules whose class and function sit on `default`.
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(offerJsonSchema);
  const ours: number[] = [];
  const zod: number[] = [];
  const theirs: number[] = [];
  for (let run = 0; run < 7; run++) {
    // What the elements do with a valid file: JSON.parse, then the quick check (quick-read.ts).
    ours.push(
      time(() =>
        texts.forEach((text) => {
          if (!isCleanOffer(JSON.parse(text))) throw new Error('generated offer does not pass the quick check');
        }),
      ),
    );
    // What the elements did before, and what they do with a file the quick check refuses: zod.
    zod.push(
      time(() =>
        texts.forEach((text) => {
          if (!parseOfferText(text).ok) throw new Error('generated offer is invalid');
        }),
      ),
    );
    theirs.push(
      time(() =>
        texts.forEach((text) => {
          if (!validate(JSON.parse(text))) throw new Error(JSON.stringify(validate.errors));
        }),
      ),
    );
  }
  return { offers: texts.length, items: texts.length * 40, oursMs: median(ours), zodMs: median(zod), ajvMs: median(theirs) };
}

async function finderKeystrokes() {
  const finder = document.createElement('local-offer-finder');
  finder.setAttribute('directory', '/bench/directory.json');
  document.body.append(finder);
  const root = finder.shadowRoot!;
  const started = performance.now();
  while (!root.querySelector('#search')) {
    if (performance.now() - started > 30_000) throw new Error('the finder did not show results');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const input = root.querySelector<HTMLInputElement>('#search')!;
  const count = root.querySelector('[part="count"]')!.textContent;
  const samples: number[] = [];
  for (const text of keystrokes()) {
    const start = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await finder.updateComplete;
    samples.push(performance.now() - start);
  }
  finder.remove();
  return { count, keystrokes: samples.length, medianMs: median(samples), maxMs: Math.max(...samples) };
}

async function searchAlone() {
  const directory = await (await fetch('/bench/directory.json')).json();
  const offers: Offer[] = [];
  for (const entry of directory.offers) {
    const result = parseOfferText(await (await fetch(`/bench/${entry.url}`)).text());
    if (result.ok) offers.push(result.value);
  }
  const items = joinOffers(
    offers,
    { age: 20, livesIn: 'E07000170', lookedAfterBy: 'E08000003' },
    { catalogue: NATIONAL_ENTITLEMENTS, countyOf: (code) => countyOf(code)?.code },
  );
  const index = buildIndex(items);
  const fuse = new Fuse(items, { keys: ['title', 'summary', 'tags'], threshold: 0.3, ignoreLocation: true });
  const ours = keystrokes().map((text) => time(() => search(index, text)));
  const theirs = keystrokes().map((text) => time(() => fuse.search(text)));
  return { items: items.length, oursMs: median(ours), fuseMs: median(theirs) };
}

async function contactFirstRender() {
  const offer = JSON.parse(JSON.stringify(generateNationalOffers(1, 40)[0]));
  const provider = document.createElement('local-offer');
  provider.offer = offer;
  const loaded = new Promise((resolve) => provider.addEventListener('local-offer-load', resolve, { once: true }));
  document.body.append(provider);
  await loaded;
  // The card's view is loaded once for the page, alongside the first offer: measured here is each card's
  // own render, with its data and code at hand, as for a second card on a page.
  const first = document.createElement('local-offer-contact');
  provider.append(first);
  for (let wait = 0; !first.shadowRoot?.querySelector('[part="contact"]'); wait++) {
    if (wait > 500) throw new Error("the contact card's view did not load");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  first.remove();
  const samples: number[] = [];
  for (let run = 0; run < 25; run++) {
    const start = performance.now();
    const contact = document.createElement('local-offer-contact');
    provider.append(contact);
    await contact.updateComplete;
    if (!contact.shadowRoot!.querySelector('[part="contact"]')) throw new Error('the contact card did not render');
    samples.push(performance.now() - start);
    contact.remove();
  }
  provider.remove();
  return { runs: samples.length, medianMs: median(samples) };
}

/** A national coverage report: every upper-tier council publishes, half the counties jointly with their districts. */
function nationalCoverage(): CoverageReport {
  const joint = new Set(
    COUNCILS.filter((c) => c.tier === 'county')
      .filter((_, i) => i % 2 === 0)
      .map((c) => c.code),
  );
  return {
    reportVersion: '1.0',
    generated: '2026-11-23',
    staleAfterMonths: 12,
    councils: COUNCILS.filter((c) => c.tier !== 'district' || joint.has(c.countyCode ?? '')).map((c, i) => ({
      councilCode: c.code,
      publishes: c.tier !== 'district',
      ...(c.tier === 'district' ? { coveredBy: c.countyCode! } : {}),
      valid: i % 17 !== 0,
      lastReviewed: i % 5 === 0 ? '2024-03-01' : '2026-06-01',
      stale: i % 5 === 0,
      settingUpHome: { pence: 280_000 + (i % 9) * 50_000 },
      ...(i % 3 ? { councilTax: { untilAge: 25, inPart: i % 4 === 0 } } : {}),
    })),
  };
}

async function coverageFirstRender() {
  const data = nationalCoverage();
  const rendered: number[] = [];
  const laidOut: number[] = [];
  for (let run = 0; run < 15; run++) {
    const start = performance.now();
    const coverage = document.createElement('local-offer-coverage');
    coverage.data = data;
    document.body.append(coverage);
    const root = coverage.shadowRoot!;
    // The data are there at once: the element renders "loading", then the map and table, with no wait between.
    for (let update = 0; root.querySelectorAll('tbody tr').length !== 317 || root.querySelectorAll('[part="hex"]').length !== 296; update++) {
      if (update > 20) throw new Error('the coverage map did not render');
      await coverage.updateComplete;
    }
    const inDom = performance.now() - start;
    // Style and layout of the map and the 317 rows, which the browser would do before the next frame.
    void root.querySelector('table')!.offsetHeight;
    // The first run also loads the drawing code; the figures are for the data arriving at a loaded element.
    if (run > 0) {
      rendered.push(inDom);
      laidOut.push(performance.now() - start);
    }
    coverage.remove();
  }
  return { runs: rendered.length, medianMs: median(rendered), maxMs: Math.max(...rendered), withLayoutMs: median(laidOut) };
}

(window as unknown as { runBench: () => Promise<unknown> }).runBench = async () => ({
  validation: await validation(),
  finder: await finderKeystrokes(),
  search: await searchAlone(),
  contact: await contactFirstRender(),
  coverage: await coverageFirstRender(),
});
