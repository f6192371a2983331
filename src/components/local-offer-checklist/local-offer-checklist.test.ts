import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define.js';
import { clearOfferCache } from '../../context/offer-loader.js';
import { checkbox, checklist, downloadedText, jointOffer, ASHFIELD, GEDLING, NOW } from '../../test-support/checklist-fixtures.js';
import { offerUrl, shadow, shadowAll, typeText, untilSettled, visibleText } from '../../test-support/element-helpers.js';
import type { LocalOfferChecklistElement } from './local-offer-checklist.js';

const titles = (element: Element, within = '[part="area"]') => shadowAll(element, `${within} [part="item-title"]`).map((e) => e.textContent);

describe('<local-offer-checklist>', () => {
  beforeEach(() => {
    clearOfferCache();
    localStorage.clear();
  });

  it('prefills the profile from attributes and lists what applies, grouped by area', async () => {
    const element = await checklist(jointOffer());
    expect((shadow(element, '#age') as HTMLInputElement).value).to.equal('20');
    expect((shadow(element, '#situation-left-care-16-17') as HTMLInputElement).checked).to.equal(true);
    await waitUntil(() => (shadow(element, '#looked-after-yes') as HTMLInputElement).checked, 'arrow keys did not choose "Yes"');
    expect((shadow(element, '#lives-in') as HTMLSelectElement).value).to.equal(ASHFIELD);
    const items = titles(element);
    expect(items).to.include.members(['Setting-up-home allowance', 'Council tax exemption in Ashfield', 'Free coffee', 'A personal adviser up to age 25']);
    expect(items).not.to.include('Council tax exemption in Gedling');
    expect(items).not.to.include('Preparation for adulthood');
    const areaHeadings = shadowAll(element, '[part="area-heading"]').map((e) => e.textContent);
    // Money and housing first: what care leavers most often need (src/model/area-order.ts).
    expect(areaHeadings.slice(0, 2)).to.deep.equal(['Money (1 item)', 'Housing (2 items)']);
    expect(areaHeadings).to.include('Health and wellbeing (1 item)');
  });

  it('names the council that looked after you as the giver of national entitlements the offer leaves out', async () => {
    const element = await checklist(jointOffer());
    const adviser = () =>
      visibleText(
        shadowAll(element, '[part="item"]').find((li) => li.querySelector('[part="item-title"]')!.textContent === 'A personal adviser up to age 25')!,
      );
    expect(adviser()).to.contain('Who gives it Nottinghamshire County Council, the council that looked after you');
    // "Did Nottinghamshire County Council look after you?" "No": another council did, which the page cannot name.
    (shadow(element, '#looked-after-no') as HTMLInputElement).click();
    await element.updateComplete;
    expect(adviser()).to.contain('Who gives it The council that looked after you');
  });

  it("shows each item's value, why it applies, who gives it, how to claim, evidence and who to ask", async () => {
    const element = await checklist(jointOffer());
    const home = shadowAll(element, '[part="item"]').find((li) => li.querySelector('[part="item-title"]')!.textContent === 'Setting-up-home allowance')!;
    const text = visibleText(home);
    for (const expected of [
      '£2,500, once',
      'You were looked after by Nottinghamshire County Council',
      'The government recommends every council gives this',
      'Who gives it Nottinghamshire County Council',
    ])
      expect(text).to.contain(expected);
    expect(text, 'below what the government recommends, said neutrally').to.contain(
      'This offer says £2,500. That is less than the £3,000 the government recommends councils give (from 1 April 2023).',
    );
    home.querySelector('details')!.open = true;
    const details = visibleText(home.querySelector('details')!);
    for (const expected of ['Ask your personal adviser.', 'A quote for what you want to buy', 'Leaving Care Team', '0115 496 0123', 'Setting up home guide'])
      expect(details).to.contain(expected);
    expect(home.querySelector('details a[href="tel:01154960123"]')).to.exist;
    const ctax = shadowAll(element, '[part="item"]').find((li) => li.textContent!.includes('Council tax exemption in Ashfield'))!;
    expect(visibleText(ctax)).to.contain('You live in Ashfield District Council');
    expect(visibleText(ctax)).to.contain('100% off your council tax');
  });

  it('updates the list when the profile changes', async () => {
    const element = await checklist(jointOffer());
    const age = shadow(element, '#age') as HTMLInputElement;
    age.value = '15';
    age.dispatchEvent(new Event('input'));
    (shadow(element, '#situation-in-care') as HTMLInputElement).click();
    await element.updateComplete;
    expect(titles(element)).to.include('Preparation for adulthood');
    expect(titles(element)).not.to.include('Setting-up-home allowance');
    const livesIn = shadow(element, '#lives-in') as HTMLSelectElement;
    livesIn.value = GEDLING;
    livesIn.dispatchEvent(new Event('change'));
    age.value = '19';
    age.dispatchEvent(new Event('input'));
    (shadow(element, '#situation-left-care-16-17') as HTMLInputElement).click();
    await element.updateComplete;
    expect(titles(element)).to.include('Council tax exemption in Gedling');
    expect(titles(element)).not.to.include('Council tax exemption in Ashfield');
  });

  it('says what may apply when the profile is incomplete, and what to tell it', async () => {
    const element = await checklist(
      jointOffer(),
      (offer) => html`<local-offer .offer=${offer}><local-offer-checklist .now=${NOW}></local-offer-checklist></local-offer>`,
    );
    const maybe = shadow(element, '[part="may-apply"]')!;
    expect(visibleText(maybe)).to.contain('Setting-up-home allowance');
    // Said once, for the whole group: everything its items wait for.
    expect(visibleText(maybe)).to.contain('Tell us your time in care, your age, which council looked after you and where you live to check.');
    expect(maybe.querySelectorAll('[part="item"] .hint').length, 'not again on each item').to.equal(0);
    expect(titles(element)).to.deep.equal(['Free coffee']);
    await expect(element).to.be.accessible();
  });

  it('explains an age it cannot use, and keeps the last good one', async () => {
    const element = await checklist(jointOffer());
    const age = shadow(element, '#age') as HTMLInputElement;
    for (const typed of ['7', 'twenty', '2e1']) {
      age.value = typed;
      age.dispatchEvent(new Event('input'));
      await element.updateComplete;
      // A number field would hand "twenty" over as an empty value, silently taken as no answer.
      expect(visibleText(shadow(element, '#age-error')!), typed).to.contain('Enter an age from 14 to 30');
      expect(age.getAttribute('aria-invalid')).to.equal('true');
    }
    expect(titles(element)).to.include('Setting-up-home allowance');
    await expect(element).to.be.accessible();
  });

  it('counts ticks, announces progress, and keeps ticks across a reload', async () => {
    const offer = jointOffer();
    const element = await checklist(offer);
    const progress = shadow(element, '[part="progress"]')!;
    expect(progress.getAttribute('role')).to.equal('status');
    const total = titles(element).length;
    expect(progress.textContent).to.equal(`0 of ${total} ticked`);
    checkbox(element, 'Free coffee').click();
    checkbox(element, 'Setting-up-home allowance').click();
    await element.updateComplete;
    expect(shadow(element, '[part="progress"]')!.textContent).to.equal(`2 of ${total} ticked`);

    const reloaded = await checklist(offer, (o) => html`<local-offer .offer=${o}><local-offer-checklist .now=${NOW}></local-offer-checklist></local-offer>`);
    expect(checkbox(reloaded, 'Free coffee').checked).to.equal(true);
    expect(checkbox(reloaded, 'Setting-up-home allowance').checked).to.equal(true);
    expect((shadow(reloaded, '#age') as HTMLInputElement).value, 'answers are kept too').to.equal('20');
    expect(shadow(reloaded, '[part="progress"]')!.textContent).to.equal(`2 of ${total} ticked`);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('local-offer-elements/checklist/v1/'))).to.deep.equal([
      `local-offer-elements/checklist/v1/${offer.id}/1.0`,
    ]);
  });

  it('clears answers and ticks from the device with "Clear my answers"', async () => {
    const offer = jointOffer();
    const element = await checklist(offer);
    checkbox(element, 'Free coffee').click();
    await element.updateComplete;
    const clear = shadowAll(element, '[part="actions"] button').find((b) => b.textContent === 'Clear my answers')!;
    clear.click();
    await element.updateComplete;
    expect(checkbox(element, 'Free coffee').checked).to.equal(false);
    expect((shadow(element, '#age') as HTMLInputElement).value).to.equal('');
    expect(shadow(element, '[aria-live="polite"]')!.textContent).to.equal('Your answers have been cleared.');
    expect(Object.keys(localStorage).some((key) => key.includes(offer.id))).to.equal(false);
  });

  it('still works for the visit when storage is blocked, and says ticks will not be kept', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      const element = await checklist(jointOffer());
      expect(visibleText(shadow(element, '[part="storage-warning"]')!)).to.contain("can't be saved on this device");
      checkbox(element, 'Free coffee').click();
      await element.updateComplete;
      expect(checkbox(element, 'Free coffee').checked).to.equal(true);
      expect(shadow(element, '[part="progress"]')!.textContent).to.match(/^1 of/);
      await expect(element).to.be.accessible();
    } finally {
      if (descriptor) Object.defineProperty(window, 'localStorage', descriptor);
      else delete (window as any).localStorage;
    }
  });

  it('downloads the list as text with every item and its tick', async () => {
    const element = await checklist(jointOffer());
    checkbox(element, 'Free coffee').click();
    await element.updateComplete;
    const { link: download, text } = await downloadedText(element);
    expect(download.download).to.match(/^checklist-test-[a-z0-9]+-checklist\.txt$/);
    expect(download.isConnected, 'the temporary link is removed').to.equal(false);
    for (const title of titles(element)) expect(text).to.contain(`] ${title}`);
    expect(text).to.contain('[x] Free coffee — I already get this');
    expect(text).to.contain('[ ] Setting-up-home allowance — Not yet');
    expect(text).to.contain('How to get it: Ask your personal adviser.');
    expect(text).to.contain('Setting up home guide: https://example.org/home');
  });

  it('says "nothing is for you" only when the answers rule everything out, and gives the team\'s number', async () => {
    const offer = jointOffer();
    offer.entitlements = offer.entitlements.filter((e: any) => e.id === 'ctax-gedling');
    const element = await checklist(
      offer,
      (o) =>
        html`<local-offer .offer=${o}><local-offer-checklist .now=${NOW} age="19" situation="in-care-before-16" lives-in=${ASHFIELD}></local-offer-checklist></local-offer>`,
    );
    const guidance = shadow(element, '[part="guidance"]')!;
    expect(visibleText(guidance)).to.contain('From what you told us, nothing in this offer is for you.');
    expect(visibleText(guidance)).to.contain('If you think that is wrong, or things change, ask Leaving Care Team.');
    expect(guidance.querySelector('a[href="tel:01154960123"]')!.textContent).to.equal('Call 0115 496 0123');
    expect(shadow(element, '[part="progress"]'), 'no "0 of 0 ticked"').to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('with no answers or "not sure", shows kindly what may be for you and who can tell them, never a dead end', async () => {
    for (const situation of [undefined, 'not-sure']) {
      const offer = jointOffer();
      const element = await checklist(
        offer,
        (o) =>
          html`<local-offer .offer=${o}><local-offer-checklist .now=${NOW} age=${situation ? '19' : ''} situation=${situation ?? ''}></local-offer-checklist></local-offer>`,
      );
      const text = visibleText(element);
      expect(text, String(situation)).not.to.contain('nothing in this offer');
      expect(text, String(situation)).not.to.contain('0 of 0');
      const guidance = visibleText(shadow(element, '[part="guidance"]')!);
      expect(guidance).to.contain(
        situation
          ? 'That’s fine: lots of people are not sure. Here is what may be for you.'
          : 'Tell us about your time in care above to see exactly what you can get.',
      );
      expect(guidance).to.contain('Leaving Care Team can tell you which of these you can get. Call 0115 496 0123');
      expect(titles(element, '[part="may-apply"]')).to.include.members(['Setting-up-home allowance', 'A personal adviser up to age 25']);
      await expect(element).to.be.accessible();
      localStorage.clear();
    }
  });

  it('can be completed with the keyboard alone', async () => {
    const element = await checklist(
      jointOffer(),
      (offer) => html`<local-offer .offer=${offer}><local-offer-checklist .now=${NOW}></local-offer-checklist></local-offer>`,
    );
    (shadow(element, '#age') as HTMLInputElement).focus();
    await typeText('19');
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement!.id).to.equal('situation-in-care');
    await sendKeys({ press: 'ArrowDown' });
    expect(element.shadowRoot!.activeElement!.id).to.equal('situation-left-care-16-17');
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement!.id, 'the group starts on "not sure"').to.equal('looked-after-not-sure');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => (shadow(element, '#looked-after-yes') as HTMLInputElement).checked, 'arrow keys did not choose "Yes"');
    await element.updateComplete;
    expect(titles(element)).to.include('Setting-up-home allowance');
    // On to the first checkbox, and tick it.
    for (let i = 0; i < 20 && (element.shadowRoot!.activeElement as HTMLInputElement | null)?.type !== 'checkbox'; i++) await sendKeys({ press: 'Tab' });
    const box = element.shadowRoot!.activeElement as HTMLInputElement;
    expect(box.type).to.equal('checkbox');
    await sendKeys({ press: ' ' });
    await waitUntil(() => box.checked, 'Space did not tick the box');
    await element.updateComplete;
    expect(shadow(element, '[part="progress"]')!.textContent).to.match(/^1 of/);
  });

  it('passes axe while loading, and when its offer cannot be loaded', async () => {
    const loading = await fixture<LocalOfferChecklistElement>(html`<local-offer-checklist src="/__host__/offer/southwark?delay=3000"></local-offer-checklist>`);
    expect(visibleText(loading)).to.contain('Loading the Local Offer');
    await expect(loading).to.be.accessible();
    const failing = await fixture<LocalOfferChecklistElement>(
      html`<local-offer-checklist src="/__host__/status/500"><p>Ask your personal adviser for the list.</p></local-offer-checklist>`,
    );
    await waitUntil(() => shadow(failing, '[part="error"]'), 'no error shown');
    expect(visibleText(failing)).to.contain('Ask your personal adviser for the list.');
    await expect(failing).to.be.accessible();
  });

  it('passes axe on a real example offer, and works on its own with src', async () => {
    const element = await fixture<LocalOfferChecklistElement>(
      html`<local-offer-checklist src=${offerUrl('nottinghamshire')} .now=${NOW} age="22" situation="left-care-16-17"></local-offer-checklist>`,
    );
    await untilSettled(element);
    // Items whose conditions are in words are listed under "may also be for you", so count both lists.
    expect(shadowAll(element, '[part="item-title"]').length).to.be.greaterThan(10);
    expect(visibleText(shadow(element, '[part="may-apply"]')!)).to.contain('Only if');
    await expect(element).to.be.accessible();
  });
});
