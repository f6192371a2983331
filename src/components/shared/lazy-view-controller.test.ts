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
    settle.reject(new TypeError('Failed to fetch dynamically imported module: https://council.example/js/chunks/checklist-view-AbCd1234.js'));
    await waitUntil(() => element.shadowRoot!.querySelector('[part="error"]'), 'no error shown');
    const text = visibleText(element);
    expect(text).to.contain('Part of the Local Offer tool on this website is missing');
    expect(element.shadowRoot!.querySelector('[part="error-details"]')!.textContent).to.contain('https://council.example/js/chunks/checklist-view-AbCd1234.js');
    expect(text, 'the fallback content').to.contain('Call 0115 496 0000');
    expect(element.shadowRoot!.querySelector('[part="retry-button"]'), 'copying the folder is the fix, not trying again').to.equal(null);
  });

  it('says the device is offline when the view could not come then, and Try again asks for it again', async () => {
    const element = await inProvider();
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      settle.reject(new TypeError('Failed to fetch dynamically imported module: https://council.example/js/chunks/checklist-view-AbCd1234.js'));
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
});
