/** Issue 13's rows in print, which only Chromium can emulate from a test (see schema-1-1-outputs.test.ts). */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../define.js';
import type { LocalOfferChecklistElement } from '../components/local-offer-checklist/local-offer-checklist.js';
import { clearOfferCache } from '../context/offer-loader.js';
import { shadow, shadowAll, untilSettled, visibleText } from '../test-support/element-helpers.js';
import { HIDDEN, SCHEMA_1_1_OFFER, SHOWN } from '../test-support/schema-1-1-expectations.js';

describe('schema 1.1 in print', () => {
  beforeEach(() => {
    clearOfferCache();
    localStorage.clear();
  });

  it('prints every row in the same words as the screen', async () => {
    const element = await fixture<LocalOfferChecklistElement>(
      html`<local-offer-checklist src=${SCHEMA_1_1_OFFER} .now=${new Date('2026-11-23T10:00:00Z')} age="19" situation="left-care-16-17" lives-in="E07000170" looked-after-by="E10000024"></local-offer-checklist>`,
    );
    await untilSettled(element);
    for (let more = shadow(element, '[part="show-more"]'); more; more = shadow(element, '[part="show-more"]')) {
      more.click();
      await element.updateComplete;
    }
    await emulateMedia({ media: 'print' });
    try {
      await waitUntil(() => shadowAll(element, 'details').every((d) => (d as HTMLDetailsElement).open), 'details not opened for print');
      const text = visibleText(element);
      for (const [row, words] of SHOWN) for (const phrase of words) expect(text, `print: ${row}`).to.contain(phrase);
      for (const title of HIDDEN) expect(text).not.to.contain(title);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
