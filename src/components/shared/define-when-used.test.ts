/**
 * The one script tag loads an element's code when its tag appears. A phone that lost its signal at that
 * moment gets the code once it is back online, instead of the page's fallback for good; a missing file is
 * not asked for again.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineWhenUsed } from './define-when-used.js';

const MISSING_FILE = `${location.origin}/__host__/chunks/local-offer-finder-AbCd1234.js`;

describe('defineWhenUsed', () => {
  it('asks for the code again when the browser is back online, after failing offline', async () => {
    await fixture(html`<div><retry-when-online-test>Fallback</retry-when-online-test></div>`);
    let calls = 0;
    const warn = console.warn;
    console.warn = () => {};
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      defineWhenUsed('retry-when-online-test', async () => {
        calls++;
        if (calls === 1) throw new TypeError(`Failed to fetch dynamically imported module: ${MISSING_FILE}`);
        customElements.define('retry-when-online-test', class extends HTMLElement {});
      });
      await waitUntil(() => calls === 1, 'the code was not asked for');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(customElements.get('retry-when-online-test')).to.equal(undefined);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      console.warn = warn;
    }
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => customElements.get('retry-when-online-test'), 'the code was not asked for again once online');
    expect(calls).to.equal(2);
  });

  it('does not ask again for a file the website does not have', async () => {
    await fixture(html`<div><missing-chunk-test>Fallback</missing-chunk-test></div>`);
    let calls = 0;
    const error = console.error;
    const said: string[] = [];
    console.error = (message: string) => said.push(message);
    try {
      defineWhenUsed('missing-chunk-test', async () => {
        calls++;
        throw new TypeError(`Failed to fetch dynamically imported module: ${MISSING_FILE}`);
      });
      await waitUntil(() => said.length > 0, 'nothing said in the console');
    } finally {
      console.error = error;
    }
    expect(said[0]).to.contain('Copy the chunks folder');
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls).to.equal(1);
  });
});
