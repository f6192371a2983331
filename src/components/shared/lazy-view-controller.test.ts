/**
 * An element whose view is loaded apart (the checklist, the finder, the contact card alone) says
 * "Loading" until both its offer and its view are here, and says a part of the tool is missing when the
 * view's file cannot be loaded, instead of waiting for ever or blaming the connection (unless the device
 * is offline, when Try again asks for the file again).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../../define.js';
import { COMMON_STRINGS } from '../../i18n/strings/common.js';
import { TRUST_STRINGS } from '../../i18n/strings/trust.js';
import { minimalOffer } from '../../test-support/offer-fixture.js';
import { visibleText } from '../../test-support/element-helpers.js';
import { LazyView, LazyViewController } from './lazy-view-controller.js';
import { OfferConsumerElement } from './offer-consumer-element.js';

/** A file of the library the test server does not have (it answers 404), and one on a port nothing answers. */
const MISSING_FILE = `${location.origin}/__host__/chunks/checklist-view-AbCd1234.js`;
const UNREACHABLE_FILE = 'http://127.0.0.1:9/js/chunks/checklist-view-AbCd1234.js';

/** What the test's element loads as its view: a promise the test settles. */
let settle: { resolve: (view: { text: string }) => void; reject: (error: unknown) => void };

class LazyViewTestElement extends OfferConsumerElement {
  protected readonly localizer = this.createLocalizer({ ...COMMON_STRINGS, ...TRUST_STRINGS });
  private readonly view = new LazyViewController(this, new LazyView(() => new Promise<{ text: string }>((resolve, reject) => (settle = { resolve, reject }))));

  protected override render() {
    return this.renderOffer('loading', (loaded) => litHtml`<p part="shown">${this.view.view!.text} ${loaded.offer.title}</p>`, this.view);
  }
}
customElements.define('lazy-view-test', LazyViewTestElement);

/** Cards of one kind share their view, as contact cards do: one load for the page. */
let settleShared: typeof settle;
const SHARED_VIEW = new LazyView(() => new Promise<{ text: string }>((resolve, reject) => (settleShared = { resolve, reject })));

class SharedViewTestElement extends OfferConsumerElement {
  protected readonly localizer = this.createLocalizer({ ...COMMON_STRINGS, ...TRUST_STRINGS });
  private readonly view = new LazyViewController(this, SHARED_VIEW);

  protected override render() {
    return this.renderOffer('loading', (loaded) => litHtml`<p part="shown">${this.view.view!.text} ${loaded.offer.title}</p>`, this.view);
  }
}
customElements.define('shared-view-test', SharedViewTestElement);

async function inProvider(): Promise<Element> {
  const provider = await fixture(html`<local-offer .offer=${minimalOffer()}><lazy-view-test><p>Call 0115 496 0000</p></lazy-view-test></local-offer>`);
  return provider.querySelector('lazy-view-test')!;
}

describe('an element whose view is loaded apart', () => {
  it('says Loading while the offer is here and its view is not, then shows the offer', async () => {
    const element = await inProvider();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(visibleText(element.shadowRoot!)).to.equal('Loading the Local Offer…');
    expect(element.shadowRoot!.querySelector('[aria-busy="true"]')).not.to.equal(null);
    settle.resolve({ text: 'Shown:' });
    await waitUntil(() => element.shadowRoot!.querySelector('[part="shown"]'), 'the offer was not shown when the view came');
    expect(visibleText(element.shadowRoot!)).to.equal(`Shown: ${minimalOffer().title}`);
  });

  it('says a part of the tool is missing when the view cannot be loaded, with the page’s own content', async () => {
    const element = await inProvider();
    // The page asks the file once more, plainly: this test server answers 404, as a website without chunks/ does.
    settle.reject(new TypeError(`Failed to fetch dynamically imported module: ${MISSING_FILE}`));
    await waitUntil(() => element.shadowRoot!.querySelector('[part="error"]'), 'no error shown');
    const text = visibleText(element);
    expect(text).to.contain('Part of the Local Offer tool on this website is missing');
    expect(element.shadowRoot!.querySelector('[part="error-details"]')!.textContent).to.contain(MISSING_FILE);
    expect(text, 'the fallback content').to.contain('Call 0115 496 0000');
    expect(element.shadowRoot!.querySelector('[part="retry-button"]'), 'copying the folder is the fix, not trying again').to.equal(null);
  });

  it('says the device is offline when the view could not come then, and Try again asks for it again', async () => {
    const element = await inProvider();
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      settle.reject(new TypeError(`Failed to fetch dynamically imported module: ${MISSING_FILE}`));
      await waitUntil(() => element.shadowRoot!.querySelector('[part="error"]'), 'no error shown');
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    expect(visibleText(element.shadowRoot!.querySelector('[part="error"]')!)).to.contain('You seem to be offline');
    const firstLoad = settle;
    (element.shadowRoot!.querySelector('[part="retry-button"]') as HTMLButtonElement).click();
    await waitUntil(() => settle !== firstLoad, 'Try again did not ask for the view again');
    settle.resolve({ text: 'Shown:' });
    await waitUntil(() => element.shadowRoot!.querySelector('[part="shown"]'), 'the offer was not shown when the view came');
    expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('says the connection failed when the file does not answer at all, with Try again', async () => {
    const element = await inProvider();
    settle.reject(new TypeError(`Failed to fetch dynamically imported module: ${UNREACHABLE_FILE}`));
    await waitUntil(() => element.shadowRoot!.querySelector('[part="error"]'), 'no error shown');
    expect(visibleText(element.shadowRoot!.querySelector('[part="error"]')!)).to.contain('We could not reach the Local Offer');
    (element.shadowRoot!.querySelector('[part="retry-button"]') as HTMLButtonElement).click();
    await (element as LazyViewTestElement).updateComplete;
    expect(element.shadowRoot!.querySelector('[part="error"]'), 'Try again shows Loading, so a new failure is announced anew').to.equal(null);
    expect(visibleText(element.shadowRoot!)).to.equal('Loading the Local Offer…');
  });

  it('mends every card sharing the view when one card’s Try again loads it, and a card added later asks again', async () => {
    const provider = await fixture(
      html`<local-offer .offer=${minimalOffer()}><shared-view-test></shared-view-test><shared-view-test></shared-view-test></local-offer>`,
    );
    const [first, second] = [...provider.querySelectorAll('shared-view-test')];
    await waitUntil(() => settleShared, 'the view was not asked for');
    settleShared.reject(new TypeError(`Failed to fetch dynamically imported module: ${UNREACHABLE_FILE}`));
    await waitUntil(() => first!.shadowRoot!.querySelector('[part="error"]') && second!.shadowRoot!.querySelector('[part="error"]'), 'both cards say so');
    const failed = settleShared;
    // A card the page adds now asks for the view again: the connection may be back.
    const third = document.createElement('shared-view-test');
    provider.append(third);
    await waitUntil(() => settleShared !== failed, 'the card added later did not ask again');
    settleShared.resolve({ text: 'Shown:' });
    for (const card of [first!, second!, third]) {
      await waitUntil(() => card.shadowRoot!.querySelector('[part="shown"]'), 'a card was left on the error');
    }
  });
});
