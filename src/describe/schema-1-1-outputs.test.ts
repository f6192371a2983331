/**
 * Issue 13's table, row by row: each thing a real offer says that schema 1.0 could not, written in schema
 * 1.1, must read the same in every output a young person sees: the checklist, its downloaded text, and
 * the finder. (Print is in schema-1-1-print.chromium.test.ts; the ORUK export in test/node.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';
import type { LocalOfferChecklistElement } from '../components/local-offer-checklist/local-offer-checklist.js';
import type { LocalOfferFinderElement } from '../components/local-offer-finder/local-offer-finder.js';
import { clearOfferCache } from '../context/offer-loader.js';
import { downloadedText } from '../test-support/checklist-fixtures.js';
import { shadow, untilSettled, visibleText } from '../test-support/element-helpers.js';
import { HIDDEN, SCHEMA_1_1_DIRECTORY, SCHEMA_1_1_OFFER, SHOWN } from '../test-support/schema-1-1-expectations.js';

const NOW = new Date('2026-11-23T10:00:00Z');
const ASHFIELD = 'E07000170';
const NOTTS = 'E10000024';

async function checklist(): Promise<LocalOfferChecklistElement> {
  const element = await fixture<LocalOfferChecklistElement>(
    html`<local-offer-checklist src=${SCHEMA_1_1_OFFER} .now=${NOW} age="19" situation="left-care-16-17" lives-in=${ASHFIELD} looked-after-by=${NOTTS}></local-offer-checklist>`,
  );
  await untilSettled(element);
  return element;
}

/** Every item shown, pressing "Show more" until there is no more. */
async function showAll(element: HTMLElement): Promise<void> {
  for (let more = shadow(element, '[part="show-more"]'); more; more = shadow(element, '[part="show-more"]')) {
    more.click();
    await (element as any).updateComplete;
  }
}

function expectAllWords(text: string, output: string): void {
  for (const [row, words] of SHOWN) for (const phrase of words) expect(text, `${output}: ${row}`).to.contain(phrase);
  for (const title of HIDDEN) expect(text, `${output} must not show "${title}"`).not.to.contain(title);
}

describe('schema 1.1: what real offers say reads the same in every output', () => {
  beforeEach(() => {
    clearOfferCache();
    localStorage.clear();
  });

  it('validates, and the checklist shows every row in words', async () => {
    const element = await checklist();
    expect(!!shadow(element, '[part="error"]'), 'the offer loads').to.equal(false);
    expect(!!shadow(element, '[part="dropped-note"]'), 'nothing left out').to.equal(false);
    await showAll(element);
    expectAllWords(visibleText(element), 'checklist');
    await expect(element).to.be.accessible();
  });

  it('downloads the same words as text', async () => {
    const element = await checklist();
    const { text } = await downloadedText(element);
    expectAllWords(text.replace(/\s+/g, ' '), 'download');
    // The national amount the screen shows for a catalogue item is in the text too (it used to be left out).
    expect(text).to.match(/Student finance without your parents’ income/);
    expect(text).to.contain('Worth: up to £1,200 each academic year');
  });

  it('and the finder says the same for someone who lives in Ashfield', async () => {
    const start = location.href;
    history.replaceState(null, '', `?lo-place=${ASHFIELD}&lo-cared-for-by=${NOTTS}&lo-age=19&lo-situation=left-care-16-17`);
    try {
      const element = await fixture<LocalOfferFinderElement>(html`<local-offer-finder directory=${SCHEMA_1_1_DIRECTORY} .now=${NOW}></local-offer-finder>`);
      await waitUntil(() => shadow(element, '[part="count"]') || shadow(element, '[part="error"]'), 'no results', { timeout: 8000 });
      expect(!!shadow(element, '[part="error"]'), 'the offer loads').to.equal(false);
      await showAll(element);
      expectAllWords(visibleText(element), 'finder');
      await expect(element).to.be.accessible();
    } finally {
      history.replaceState(null, '', start);
    }
  });
});
