/**
 * The loader under faults: addresses changed faster than they load, a cache that must not grow for ever,
 * time limits a page got wrong, one failure shared by several elements, and failures the browser names
 * only "failed".
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';
import { shadow, visibleText } from '../test-support/element-helpers.js';
import { CACHE_SIZE, cachedFileCount, clearOfferCache, loadOffer } from './offer-loader.js';

/** Every fetch the page makes, with the signal it was given. */
function watchFetches(): { calls: { url: string; signal: AbortSignal | undefined }[]; restore: () => void } {
  const calls: { url: string; signal: AbortSignal | undefined }[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), signal: init?.signal ?? undefined });
    return original(input, init);
  };
  return { calls, restore: () => (window.fetch = original) };
}

describe('the offer loader', () => {
  beforeEach(async () => {
    clearOfferCache();
    await fetch('/__host__/reset');
  });

  it('aborts the requests of addresses an element no longer shows, and shows the last', async () => {
    const fetches = watchFetches();
    try {
      const card = await fixture<HTMLElement>(html`<local-offer-contact></local-offer-contact>`);
      for (let i = 0; i < 60; i++) {
        card.setAttribute('src', `/__host__/offer/manchester?delay=400&v=${i}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      card.setAttribute('src', '/__host__/offer/southwark?delay=100');
      await waitUntil(() => visibleText(card).includes('Southwark'), 'the last address was not shown', { timeout: 5000 });
      const superseded = fetches.calls.filter((call) => call.url.includes('manchester'));
      expect(superseded.length).to.be.greaterThan(50);
      expect(
        superseded.every((call) => call.signal?.aborted),
        'every superseded request was aborted',
      ).to.equal(true);
    } finally {
      fetches.restore();
    }
  });

  it(`keeps at most ${CACHE_SIZE} files, forgetting the least recently used`, async () => {
    for (let i = 0; i < CACHE_SIZE + 20; i++) await loadOffer(`/__host__/offer/manchester?v=${i}`);
    expect(cachedFileCount()).to.equal(CACHE_SIZE);
    const before = await (await fetch('/__host__/count/offer/manchester')).json();
    await loadOffer(`/__host__/offer/manchester?v=${CACHE_SIZE + 19}`);
    expect(await (await fetch('/__host__/count/offer/manchester')).json(), 'a recent file comes from the cache').to.equal(before);
  });

  it('reads a time limit it cannot use (abc, 0, -1, more than 2^31-1 ms) as the default, not as "took too long"', async () => {
    for (const timeout of ['abc', '0', '-1', '3000000000']) {
      clearOfferCache();
      const card = await fixture<HTMLElement>(html`<local-offer-contact src="/__host__/offer/manchester?delay=200" timeout=${timeout}></local-offer-contact>`);
      await waitUntil(() => /Manchester|cannot be shown/.test(visibleText(card)), timeout, { timeout: 5000 });
      expect(visibleText(card), timeout).not.to.contain('took too long');
      expect(visibleText(card), timeout).to.contain('Manchester City Council');
    }
  });

  it('recovers every element showing a file when one of them is told to try again', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <local-offer-contact src="/__host__/flaky/manchester?shared=1"></local-offer-contact>
      <local-offer-checklist src="/__host__/flaky/manchester?shared=1"></local-offer-checklist>
      <local-offer-contact src="/__host__/flaky/manchester?shared=1" roles="advocacy"></local-offer-contact>
    </div>`);
    const elements = Array.from(page.children) as HTMLElement[];
    await waitUntil(() => elements.every((element) => shadow(element, '[part="error"]')), 'not every element showed the failure');
    shadow(elements[1]!, '[part="retry-button"]')!.click();
    await waitUntil(() => elements.every((element) => /Manchester/.test(visibleText(element))), 'not every element recovered', { timeout: 5000 });
    expect(elements.every((element) => !shadow(element, '[part="error"]'))).to.equal(true);
  });

  it('shows "Loading" inside <local-offer> while it tries again, not a blank', async () => {
    const provider = await fixture<HTMLElement>(
      html`<local-offer src="/__host__/flaky/southwark?delay=600"><local-offer-contact></local-offer-contact></local-offer>`,
    );
    const card = provider.querySelector('local-offer-contact')!;
    await waitUntil(() => shadow(provider, '[part="retry-button"]'), 'no Try again', { timeout: 5000 });
    shadow(provider, '[part="retry-button"]')!.click();
    await waitUntil(() => /Loading contact details/.test(visibleText(card)), 'the card was blank while the offer loaded again', { timeout: 1000 });
    await waitUntil(() => /Southwark/.test(visibleText(card)), 'the card did not recover', { timeout: 5000 });
  });

  it('tells the website team a redirect loop from a server that refuses other sites (CORS)', async () => {
    const looping = await fixture<HTMLElement>(html`<local-offer-contact src="/__host__/redirect-loop/offer"></local-offer-contact>`);
    await waitUntil(() => shadow(looping, '[part="error"]'), 'no error for the loop', { timeout: 8000 });
    shadow(looping, '[part="error-details"]')!.setAttribute('open', '');
    expect(visibleText(shadow(looping, '[part="error-details"]')!)).to.contain('redirects, and the browser gave up following it');
    // 127.0.0.1 is another origin than localhost, and the test server sends no CORS header.
    const other = new URL(location.href);
    other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const refused = await fixture<HTMLElement>(html`<local-offer-contact src=${new URL('/__host__/offer/manchester', other).href}></local-offer-contact>`);
    await waitUntil(() => shadow(refused, '[part="error"]'), 'no error for CORS', { timeout: 8000 });
    shadow(refused, '[part="error-details"]')!.setAttribute('open', '');
    expect(visibleText(shadow(refused, '[part="error-details"]')!)).to.contain('does not let other websites read it');
    await expect(refused).to.be.accessible();
  });

  it('reads a file that is not all UTF-8, and warns the website team', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const card = await fixture<HTMLElement>(html`<local-offer-contact src="/__host__/latin1/manchester"></local-offer-contact>`);
      await waitUntil(() => /Manchester/.test(visibleText(card)), 'not shown');
      expect(warnings.some((warning) => warning.includes('not all UTF-8'))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });
});
