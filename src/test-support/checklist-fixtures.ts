/** A joint county offer and a checklist on it, shared by the checklist's test files. */
import { fixture, html } from '@open-wc/testing';
import '../define.js';
import type { LocalOfferChecklistElement } from '../components/local-offer-checklist/local-offer-checklist.js';
import { shadowAll, untilSettled } from './element-helpers.js';
import { minimalOffer } from './offer-fixture.js';

export const NOTTS = 'E10000024';
export const ASHFIELD = 'E07000170';
export const GEDLING = 'E07000173';
export const NOW = new Date('2026-11-23T10:00:00Z');

export function jointOffer(): Record<string, any> {
  const offer = minimalOffer();
  offer.id = `checklist-test-${Math.random().toString(36).slice(2)}`;
  offer.publisher = { name: 'Nottinghamshire County Council', councilCode: NOTTS };
  offer.covers = [NOTTS, ASHFIELD, GEDLING];
  offer.providers.push({ id: 'ashfield', name: 'Ashfield District Council', kind: 'council', councilCode: ASHFIELD, tier: 'district' });
  offer.providers.push({ id: 'gedling', name: 'Gedling Borough Council', kind: 'council', councilCode: GEDLING, tier: 'district' });
  offer.entitlements = [
    {
      id: 'home',
      title: 'Setting-up-home allowance',
      summary: 'Money for your first home.',
      area: 'accommodation',
      basis: 'national-statutory',
      nationalEntitlement: 'setting-up-home-allowance',
      providerId: 'notts',
      contactId: 'team',
      eligibility: { statuses: ['relevant', 'former-relevant'], minAge: 16, maxAge: 24, careLeaversOf: [NOTTS] },
      value: { amountPence: 250000, period: 'once' },
      howToClaim: 'Ask your personal adviser.',
      evidence: ['A quote for what you want to buy'],
      links: [{ title: 'Setting up home guide', url: 'https://example.org/home' }],
    },
    {
      id: 'ctax-ashfield',
      title: 'Council tax exemption in Ashfield',
      summary: 'No council tax to pay.',
      area: 'financial-literacy',
      basis: 'discretionary',
      providerId: 'ashfield',
      eligibility: { minAge: 18, maxAge: 24, residentsOf: [ASHFIELD] },
      value: { description: '100% off your council tax' },
    },
    {
      id: 'ctax-gedling',
      title: 'Council tax exemption in Gedling',
      summary: 'No council tax to pay.',
      area: 'financial-literacy',
      basis: 'discretionary',
      providerId: 'gedling',
      eligibility: { minAge: 18, maxAge: 24, residentsOf: [GEDLING] },
    },
    {
      id: 'prep',
      title: 'Preparation for adulthood',
      summary: 'Cooking and budgeting sessions.',
      area: 'relationships',
      basis: 'local-statutory',
      providerId: 'notts',
      eligibility: { statuses: ['in-care'], minAge: 14, maxAge: 17 },
    },
    { id: 'coffee', title: 'Free coffee', summary: 'A free coffee every week.', area: 'health-and-wellbeing', basis: 'community', providerId: 'cafe' },
  ];
  return offer;
}

export async function checklist(
  offer: Record<string, any>,
  template?: (offer: Record<string, any>) => ReturnType<typeof html>,
): Promise<LocalOfferChecklistElement> {
  const provider = await fixture(
    template?.(offer) ??
      html`<local-offer .offer=${offer}><local-offer-checklist .now=${NOW} age="20" situation="left-care-16-17" lives-in=${ASHFIELD} looked-after-by=${NOTTS}></local-offer-checklist></local-offer>`,
  );
  const element = provider.querySelector('local-offer-checklist')!;
  await untilSettled(element);
  return element;
}

export const checkbox = (element: Element, title: string) =>
  shadowAll(element, 'input[type="checkbox"]').find(
    (box) => box.closest('li')!.querySelector('[part="item-title"]')!.textContent === title,
  ) as HTMLInputElement;

/**
 * Presses "Download as text" and gives the link it made and the text it holds. The link's click is caught:
 * a real download would leave the browser's download UI holding the keyboard for the tests that follow
 * (Firefox).
 */
export async function downloadedText(element: Element): Promise<{ link: HTMLAnchorElement; text: string }> {
  let download: HTMLAnchorElement | undefined;
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    download = this;
  };
  try {
    shadowAll(element, '[part="actions"] button')
      .find((b) => b.textContent === 'Download as text')!
      .click();
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  return { link: download!, text: await (await fetch(download!.href)).text() };
}
