/** Printing, which only Chromium can emulate from a test; the rest of the comparison's tests run in every engine. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../define.js';
import { clearOfferCache } from '../../context/offer-loader.js';
import { shadow } from '../../test-support/element-helpers.js';
import type { LocalOfferCompareElement } from './local-offer-compare.js';

describe('<local-offer-compare> in print', () => {
  beforeEach(() => clearOfferCache());

  it('prints the table, even from a narrow column, without the picker and buttons', async () => {
    const el = await fixture<LocalOfferCompareElement>(
      html`<local-offer-compare directory="/schema/examples/directory.json" councils="E10000024 E08000003" no-url-state></local-offer-compare>`,
    );
    el.style.width = '320px';
    await waitUntil(() => shadow(el, '[part="table"]'), 'no comparison', { timeout: 8000 });
    expect(getComputedStyle(shadow(el, '[part="table"]')!).display, 'narrow on screen: cards').to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(shadow(el, '[part="table"]')!).display).to.equal('table');
      expect(getComputedStyle(shadow(el, '[part="cards"]')!).display).to.equal('none');
      expect(getComputedStyle(shadow(el, '[part="controls"]')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
