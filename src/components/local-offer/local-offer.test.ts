import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define.js';
import { clearOfferCache } from '../../context/offer-loader.js';
import type { LocalOfferErrorEvent } from '../../events/local-offer-error-event.js';
import type { LocalOfferLoadEvent } from '../../events/local-offer-load-event.js';
import { minimalOffer } from '../../test-support/offer-fixture.js';
import { allElements, offerUrl, requestCount, shadow, untilSettled, visibleText } from '../../test-support/element-helpers.js';
import type { LocalOfferProviderElement } from './local-offer.js';

const NOW = new Date('2026-11-23T10:00:00Z');

async function providerWith(src: string, attributes = ''): Promise<LocalOfferProviderElement> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  container.innerHTML = `<local-offer src="${src}" ${attributes}><local-offer-contact></local-offer-contact></local-offer>`;
  const provider = container.querySelector('local-offer')!;
  (container.querySelector('local-offer-contact') as any).now = NOW;
  return provider;
}

async function errorOf(provider: LocalOfferProviderElement): Promise<HTMLElement> {
  await waitUntil(() => shadow(provider, '[part="error"]'), 'no error shown', { timeout: 5000 });
  return shadow(provider, '[part="error"]')!;
}

describe('<local-offer>', () => {
  beforeEach(async () => {
    clearOfferCache();
    await fetch('/__host__/reset');
  });

  it('loads src, fires local-offer-load and provides the offer to the elements inside', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const loaded = new Promise<LocalOfferLoadEvent>((resolve) => container.addEventListener('local-offer-load', resolve as any, { once: true }));
    container.innerHTML = `<local-offer src="${offerUrl('manchester.json')}"><local-offer-contact></local-offer-contact></local-offer>`;
    const event = await loaded;
    expect(event.loaded.offer.publisher.name).to.equal('Manchester City Council');
    expect(event.loaded.source).to.match(/\/__host__\/offer\/manchester$/);
    const contact = container.querySelector('local-offer-contact')!;
    await untilSettled(contact);
    expect(visibleText(contact)).to.contain('Manchester City Council');
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const provider = await fixture<LocalOfferProviderElement>(html`<local-offer>
      <script type="application/json">${JSON.stringify(minimalOffer())}</script>
      <local-offer-contact .now=${NOW}></local-offer-contact>
    </local-offer>`);
    const contact = provider.querySelector('local-offer-contact')!;
    await untilSettled(contact);
    expect(visibleText(contact)).to.contain('Leaving Care Team');
  });

  it('validates an offer set as a property: wrong outside its lists, it is refused with the JSON path', async () => {
    const offer = minimalOffer();
    offer.publisher.name = '';
    const provider = await fixture<LocalOfferProviderElement>(html`<local-offer .offer=${offer}></local-offer>`);
    const error = await errorOf(provider);
    expect(visibleText(error)).to.contain('has mistakes');
    expect(visibleText(error)).to.contain('/publisher/name');
  });

  it('leaves out a bad entitlement, shows the rest, and tells the website team where, behind a disclosure', async () => {
    const offer = minimalOffer();
    offer.entitlements[0].title = '';
    const provider = await fixture<LocalOfferProviderElement>(html`<local-offer .offer=${offer}><local-offer-checklist></local-offer-checklist></local-offer>`);
    const checklist = provider.querySelector('local-offer-checklist')!;
    await untilSettled(checklist);
    expect(!!shadow(provider, '[part="error"]'), 'the offer is not refused').to.equal(false);
    expect(visibleText(checklist)).to.contain('Free coffee');
    expect(visibleText(checklist), 'the bad item is left out').not.to.contain('Money for your first home.');
    const note = shadow(checklist, '[part="dropped-note"]') as HTMLDetailsElement;
    expect(note.open, 'closed, so young people are not troubled by it').to.equal(false);
    expect(visibleText(note)).to.contain('1 part of this Local Offer is not valid');
    expect(note.textContent).to.contain('/entitlements/0');
    await expect(checklist).to.be.accessible();
  });

  const failures: [string, string, RegExp, boolean][] = [
    ['a missing file (404)', '/__host__/status/404', /could not be found \(error 404\)/, false],
    ['a server error (500)', '/__host__/status/500', /had a problem \(error 500\)/, true],
    ['a body that is not JSON', '/__host__/not-json/x', /damaged/, false],
    ['a server that never connects', 'http://localhost:1/offer.json', /could not reach/, true],
  ];
  for (const [label, src, message, retryable] of failures) {
    it(`shows a visible, announced error for ${label} and fires local-offer-error`, async () => {
      const container = await fixture<HTMLElement>(html`<div></div>`);
      const failed = new Promise<LocalOfferErrorEvent>((resolve) => container.addEventListener('local-offer-error', resolve as any, { once: true }));
      container.innerHTML = `<local-offer src="${src}"><local-offer-contact></local-offer-contact></local-offer>`;
      const event = await failed;
      const provider = container.querySelector('local-offer')!;
      const error = await errorOf(provider);
      expect(error.getAttribute('role')).to.equal('alert');
      expect(visibleText(error)).to.match(message);
      expect(!!shadow(provider, '[part="retry-button"]')).to.equal(retryable);
      expect(event.error.retryable).to.equal(retryable);
      // The contact card inside does not repeat the error.
      expect(visibleText(container.querySelector('local-offer-contact')!)).not.to.match(/cannot be shown/);
      await expect(provider).to.be.accessible();
    });
  }

  it('times out a slow server, and Retry loads it', async () => {
    const provider = await providerWith('/__host__/flaky/manchester?delay=1500', 'timeout="300"');
    const error = await errorOf(provider);
    expect(visibleText(error)).to.contain('took too long');
    provider.timeout = 5000;
    shadow(provider, '[part="retry-button"]')!.click();
    const contact = provider.querySelector('local-offer-contact')!;
    await waitUntil(() => visibleText(contact).includes('Manchester City Council'), 'retry did not load', { timeout: 5000 });
    expect(shadow(provider, '[part="error"]')).to.equal(null);
  });

  it('retries a failed request with the keyboard alone', async () => {
    const provider = await providerWith('/__host__/flaky/southwark');
    await errorOf(provider);
    const retry = shadow(provider, '[part="retry-button"]')!;
    // Past "Details for the website team" to the button.
    await sendKeys({ press: 'Tab' });
    expect(provider.shadowRoot!.activeElement!.matches('summary')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(provider.shadowRoot!.activeElement).to.equal(retry);
    await sendKeys({ press: 'Enter' });
    const contact = provider.querySelector('local-offer-contact')!;
    await waitUntil(() => visibleText(contact).includes('Southwark'), 'retry did not load', { timeout: 5000 });
  });

  it('names the JSON pointer of schema errors, behind a disclosure for the website team', async () => {
    const offer = minimalOffer();
    offer.entitlements[1].providerId = 'ghost';
    offer.lastReviewed = '2026-02-30';
    const provider = await fixture<LocalOfferProviderElement>(html`<local-offer .offer=${offer}></local-offer>`);
    const error = await errorOf(provider);
    const details = error.querySelector('details')!;
    expect(details.open).to.equal(false);
    details.open = true;
    expect(visibleText(details)).to.contain('/lastReviewed');
    expect(shadow(provider, '[part="retry-button"]')).to.equal(null);
    await expect(provider).to.be.accessible();
  });

  it('explains when it was given no offer at all', async () => {
    const provider = await fixture<LocalOfferProviderElement>(html`<local-offer></local-offer>`);
    expect(visibleText(await errorOf(provider))).to.contain('No Local Offer was given');
  });

  it('leaves a sibling widget on the same page working', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    container.innerHTML = `
      <local-offer id="bad" src="/__host__/status/500"><local-offer-contact></local-offer-contact></local-offer>
      <local-offer id="good" src="${offerUrl('southwark.json')}"><local-offer-contact></local-offer-contact></local-offer>`;
    const good = container.querySelector('#good local-offer-contact')!;
    await untilSettled(good);
    expect(visibleText(good)).to.contain('Southwark');
    await errorOf(container.querySelector<LocalOfferProviderElement>('#bad')!);
  });

  it('makes one request for two elements with the same src', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    container.innerHTML = `
      <local-offer-contact src="${offerUrl('manchester.json')}"></local-offer-contact>
      <local-offer-contact src="${offerUrl('manchester.json')}"></local-offer-contact>`;
    for (const contact of Array.from(container.children)) await untilSettled(contact);
    expect(await requestCount('offer/manchester')).to.equal(1);
  });

  it('logs warnings to the console and shows none to the young person', async () => {
    const offer = minimalOffer();
    offer.futureField = true;
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const provider = await fixture<LocalOfferProviderElement>(
        html`<local-offer .offer=${offer}><local-offer-contact .now=${NOW}></local-offer-contact></local-offer>`,
      );
      const contact = provider.querySelector('local-offer-contact')!;
      await untilSettled(contact);
      expect(warnings.map((args) => String(args[0]))).to.include.members([
        'Local Offer (inline) /futureField: "futureField" is not a property this library knows, so it is ignored',
      ]);
      expect(visibleText(provider)).not.to.contain('futureField');
    } finally {
      console.warn = original;
    }
  });

  it('renders hostile text as text, and never puts a javascript: link in the page', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const short = '<img src=x onerror=alert(1)>';
    const offer = minimalOffer();
    offer.title = hostile;
    offer.publisher.name = hostile;
    Object.assign(offer.contacts[0], {
      name: hostile,
      notes: hostile,
      address: { lines: [hostile], postcode: 'NG1 1AA' },
      languages: [short],
      sms: short,
      email: 'team@example.org',
    });
    offer.contacts[0].openingHours.note = hostile;
    const provider = await fixture<LocalOfferProviderElement>(
      html`<local-offer .offer=${offer}><local-offer-contact .now=${NOW}></local-offer-contact></local-offer>`,
    );
    const contact = provider.querySelector('local-offer-contact')!;
    await untilSettled(contact);
    expect(contact.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
    expect(visibleText(contact)).to.contain('<img src=x onerror="window.__pwned=1">');
    expect((window as any).__pwned).to.equal(undefined);
    for (const link of allElements(contact).filter((e) => e.hasAttribute('href'))) {
      expect(link.getAttribute('href')).to.match(/^(https?:|tel:|mailto:|sms:)/);
    }
    // A javascript: website is not valid: it is left out, and the contact is shown without it.
    const bad = minimalOffer();
    bad.contacts[0].website = 'javascript:window.__pwned=1';
    const withBadWebsite = await fixture<LocalOfferProviderElement>(
      html`<local-offer .offer=${bad}><local-offer-contact .now=${NOW}></local-offer-contact></local-offer>`,
    );
    const badContact = withBadWebsite.querySelector('local-offer-contact')!;
    await untilSettled(badContact);
    expect(visibleText(badContact)).to.contain('0115 496 0123');
    expect(allElements(badContact).some((e) => (e.getAttribute('href') ?? '').includes('javascript'))).to.equal(false);
    expect(shadow(badContact, '[part="dropped-note"]')!.textContent).to.contain('/contacts/0/website');
  });

  it('passes axe while loading', async () => {
    const provider = await providerWith('/__host__/offer/manchester?delay=2000');
    const contact = provider.querySelector('local-offer-contact')!;
    await contact.updateComplete;
    expect(visibleText(contact)).to.contain('Loading contact details');
    await expect(provider).to.be.accessible();
    await expect(contact).to.be.accessible();
  });
});
