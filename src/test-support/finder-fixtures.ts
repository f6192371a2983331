/** The finder on the example directory, and what tests do to it the way a person would. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { CouncilPickerElement } from '../components/local-offer-council-picker/local-offer-council-picker.js';
import type { LocalOfferFinderElement } from '../components/local-offer-finder/local-offer-finder.js';
import { shadow, shadowAll, typeText } from './element-helpers.js';

export const DIRECTORY = '/schema/examples/directory.json';
export const ASHFIELD = 'E07000170';
export const NOTTS = 'E10000024';
export const NOW = new Date('2026-11-23T10:00:00Z');
export const startUrl = location.href.split('?')[0]!;

export async function finder(attributes: Record<string, string> = {}, setup?: (el: LocalOfferFinderElement) => void): Promise<LocalOfferFinderElement> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  const element = document.createElement('local-offer-finder');
  element.setAttribute('directory', DIRECTORY);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.now = NOW;
  setup?.(element);
  container.append(element);
  await untilQuestions(element);
  return element;
}

/** The questions come with the council list, loaded as the finder arrives (instantly once loaded for the page). */
export async function untilQuestions(el: LocalOfferFinderElement): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => shadow(el, '[part="form"]') || shadow(el, '[part="error"]'), 'the questions did not show', { timeout: 8000 });
  await el.updateComplete;
}

export const picker = (el: LocalOfferFinderElement) => shadow(el, 'local-offer-council-picker') as CouncilPickerElement;
export const results = (el: LocalOfferFinderElement) => shadow(el, '[part="results"]')!;
export const itemTitles = (el: LocalOfferFinderElement) => shadowAll(el, '[part="item"] [part="item-title"]').map((e) => e.textContent!);
export const count = (el: LocalOfferFinderElement) => shadow(el, '[part="count"]')?.textContent ?? '';

export async function untilResults(el: LocalOfferFinderElement): Promise<void> {
  await waitUntil(() => shadow(el, '[part="count"]') || shadow(el, '[part="error"]'), 'no results shown', { timeout: 8000 });
}

export async function pickCouncil(el: LocalOfferFinderElement, typed: string, option = 0): Promise<void> {
  await openQuestions(el);
  const input = picker(el).shadowRoot!.querySelector('input')!;
  input.focus();
  input.select();
  await typeText(typed);
  for (let i = 0; i <= option; i++) await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

export async function submitPostcode(el: LocalOfferFinderElement, postcode: string): Promise<void> {
  const input = shadow(el, '#postcode') as HTMLInputElement;
  input.focus();
  await typeText(postcode);
  await sendKeys({ press: 'Enter' });
}

/** Every result, pressing "Show more" until there is no more. */
export async function showAll(el: LocalOfferFinderElement): Promise<void> {
  for (let more = shadow(el, '[part="show-more"]'); more; more = shadow(el, '[part="show-more"]')) {
    more.click();
    await el.updateComplete;
  }
}

/** Opens the questions again when a chosen place has folded them into a line of answers. */
export async function openQuestions(el: LocalOfferFinderElement): Promise<void> {
  const change = shadow(el, '[part="change-answers"]');
  if (!change) return;
  change.click();
  await el.updateComplete;
}

export async function setAnswers(el: LocalOfferFinderElement, age: string, situation: string): Promise<unknown> {
  await openQuestions(el);
  const ageInput = shadow(el, '#age') as HTMLInputElement;
  ageInput.value = age;
  ageInput.dispatchEvent(new Event('input'));
  const select = shadow(el, '#situation') as HTMLSelectElement;
  select.value = situation;
  select.dispatchEvent(new Event('change'));
  return el.updateComplete;
}
