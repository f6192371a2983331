/**
 * The checklist when things go wrong around it: the same checklist in two tabs, a full device, an offer of
 * twenty thousand items, and attributes a page got wrong. Nothing a young person ticked may be lost.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../define.js';
import { clearOfferCache } from '../../context/offer-loader.js';
import { ASHFIELD, checkbox, checklist, jointOffer, NOTTS, NOW } from '../../test-support/checklist-fixtures.js';
import { shadow, shadowAll, untilSettled, visibleText } from '../../test-support/element-helpers.js';
import type { LocalOfferChecklistElement } from './local-offer-checklist.js';
// @ts-expect-error: plain JavaScript test data, shared with the benchmark
import { generateOffer } from '../../../bench/generate.mjs';

const KEY_PREFIX = 'local-offer-elements/checklist/v1/';
const stored = (offerId: string) => JSON.parse(localStorage.getItem(`${KEY_PREFIX}${offerId}/1.0`) ?? 'null') as { ticks: string[] } | null;

/** The same page in another tab: a same-origin frame has the same localStorage and gets its storage events. */
async function otherTab(offer: Record<string, unknown>): Promise<{ frame: HTMLIFrameElement; element: LocalOfferChecklistElement }> {
  await fetch(`/__host__/store/tab-offer-${offer.id}`, { method: 'PUT', body: JSON.stringify(offer) });
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en-GB"><body>
    <script type="module" src="/dist/local-offer.js"></script>
    <local-offer-checklist src="/__host__/stored/tab-offer-${offer.id}" age="20" situation="left-care-16-17" lives-in="${ASHFIELD}" looked-after-by="${NOTTS}"></local-offer-checklist></body></html>`;
  document.body.append(frame);
  await waitUntil(
    () => frame.contentDocument?.querySelector('local-offer-checklist')?.shadowRoot?.querySelector('[part="progress"]'),
    'the other tab did not load',
    {
      timeout: 8000,
    },
  );
  return { frame, element: frame.contentDocument!.querySelector('local-offer-checklist') as LocalOfferChecklistElement };
}

describe('<local-offer-checklist> under strain', () => {
  beforeEach(() => {
    clearOfferCache();
    localStorage.clear();
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('in two tabs, keeps the ticks of both, and "Clear my answers" in one wins over the other', async () => {
    const offer = jointOffer();
    await fetch(`/__host__/store/tab-offer-${offer.id}`, { method: 'PUT', body: JSON.stringify(offer) });
    const tabA = await fixture<LocalOfferChecklistElement>(
      html`<local-offer-checklist src="/__host__/stored/tab-offer-${offer.id}" .now=${NOW} age="20" situation="left-care-16-17" lives-in=${ASHFIELD} looked-after-by=${NOTTS}></local-offer-checklist>`,
    );
    await untilSettled(tabA);
    const { element: tabB } = await otherTab(offer);
    const inB = (title: string) =>
      Array.from(tabB.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')).find(
        (box) => box.closest('li')!.querySelector('[part="item-title"]')!.textContent === title,
      )!;

    checkbox(tabA, 'Free coffee').click();
    await waitUntil(() => inB('Free coffee').checked, 'tab B did not see tab A’s tick');
    inB('Setting-up-home allowance').click();
    await waitUntil(() => checkbox(tabA, 'Setting-up-home allowance').checked, 'tab A did not see tab B’s tick');
    expect(checkbox(tabA, 'Free coffee').checked, 'tab B’s save kept tab A’s tick').to.equal(true);
    expect(stored(offer.id as string)!.ticks.sort()).to.deep.equal(['setting-up-home-allowance', `${offer.id}/coffee`].sort());

    shadowAll(tabA, '[part="actions"] button')
      .find((b) => b.textContent === 'Clear my answers')!
      .click();
    await waitUntil(() => !inB('Free coffee').checked, 'tab B did not see the clearing');
    // Clearing wiped the answers too, so B's next tick is one that needs none: only it is stored.
    await waitUntil(() => inB('Free coffee') && !inB('Free coffee').checked, 'tab B did not clear');
    inB('Free coffee').click();
    await waitUntil(() => stored(offer.id as string) !== null, 'tab B did not save');
    expect(stored(offer.id as string)!.ticks, 'the ticks cleared in A do not come back').to.deep.equal([`${offer.id}/coffee`]);
    await waitUntil(() => checkbox(tabA, 'Free coffee').checked, 'tab A did not see the new tick');
  });

  it('says so when the device is full, and keeps the ticks for the visit', async () => {
    const element = await checklist(jointOffer());
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (key.startsWith(KEY_PREFIX)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
    try {
      checkbox(element, 'Free coffee').click();
      await element.updateComplete;
      const warning = shadow(element, '[part="storage-warning"]');
      expect(visibleText(warning!)).to.contain("This device's storage is full, so your latest answers could not be saved");
      expect(warning!.getAttribute('role')).to.equal('status');
      checkbox(element, 'Setting-up-home allowance').click();
      await element.updateComplete;
      expect(checkbox(element, 'Free coffee').checked, 'kept for the visit').to.equal(true);
      expect(shadow(element, '[part="progress"]')!.textContent).to.match(/^2 of/);
      await expect(element).to.be.accessible();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('shows an offer of 20,000 items a page at a time, counting them all', async () => {
    const offer = generateOffer('E10000024', 'Nottinghamshire County Council', 20_000, 3);
    await fetch('/__host__/store/huge-offer', { method: 'PUT', body: JSON.stringify(offer) });
    const element = await fixture<LocalOfferChecklistElement>(
      html`<local-offer-checklist src="/__host__/stored/huge-offer" .now=${NOW} age="20" situation="left-care-16-17"></local-offer-checklist>`,
    );
    await untilSettled(element, 30_000);
    expect(shadowAll(element, '[part="item"]').length).to.equal(100);
    const more = shadow(element, '[part="show-more"]')!;
    expect(more.textContent!.trim()).to.match(/^Show 100 more \(of \d{5}\)$/);
    const total = Number(/of (\d+) ticked/.exec(shadow(element, '[part="progress"]')!.textContent!)![1]);
    expect(total, 'the progress counts every item that applies, shown or not').to.be.greaterThan(10_000);
    expect(Number(/of (\d+)\)/.exec(more.textContent!)![1])).to.be.at.least(total);
    more.click();
    await element.updateComplete;
    expect(shadowAll(element, '[part="item"]').length).to.equal(200);
  });

  it('reads an age attribute it cannot use (abc, empty, 0x14) as no answer, not as NaN or 0', async () => {
    for (const age of ['abc', '', '0x14', '7']) {
      const element = await fixture<LocalOfferChecklistElement>(
        html`<local-offer .offer=${jointOffer()}><local-offer-checklist .now=${NOW} age=${age} situation="left-care-16-17"></local-offer-checklist></local-offer>`,
      );
      const card = element.querySelector('local-offer-checklist')!;
      await untilSettled(card);
      expect((shadow(card, '#age') as HTMLInputElement).value, age).to.equal('');
      const maybe = visibleText(shadow(card, '[part="may-apply"]')!);
      expect(maybe, `${age}: items with an age rule wait for the age`).to.match(/^These may also be for you Tell us your age\b/);
      expect(visibleText(card), age).not.to.contain('nothing in this offer is for you');
      localStorage.clear();
    }
  });
});
