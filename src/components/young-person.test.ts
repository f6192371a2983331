/**
 * The young person the "about you" questions were rewritten for: 19, in care until 18, living in Ashfield,
 * looked after by Nottinghamshire. Run on the real example offers, in every engine, through the checklist
 * and the finder; then the answers that used to be dead ends.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';
import { clearOfferCache } from '../context/offer-loader.js';
import { offerUrl, shadow, shadowAll, untilSettled, visibleText } from '../test-support/element-helpers.js';
import type { LocalOfferChecklistElement } from './local-offer-checklist/local-offer-checklist.js';
import type { LocalOfferFinderElement } from './local-offer-finder/local-offer-finder.js';

const ASHFIELD = 'E07000170';
const NOTTS = 'E10000024';
const NOW = new Date('2026-12-01T10:00:00Z');

const itemText = (element: Element, title: string) => {
  const item = shadowAll(element, '[part="item"]').find((li) => li.querySelector('[part="item-title"]')!.textContent === title);
  expect(item, `"${title}" is shown`).to.exist;
  return visibleText(item!);
};

async function checklist(attributes: { age?: string; situation?: string }): Promise<LocalOfferChecklistElement> {
  const element = await fixture<LocalOfferChecklistElement>(
    html`<local-offer-checklist src=${offerUrl('nottinghamshire')} .now=${NOW} age=${attributes.age ?? ''} situation=${attributes.situation ?? ''}
      lives-in=${ASHFIELD} looked-after-by=${NOTTS}></local-offer-checklist>`,
  );
  await untilSettled(element);
  return element;
}

describe('a 19-year-old who was in care until 18, living in Ashfield', () => {
  beforeEach(() => {
    clearOfferCache();
    localStorage.clear();
  });

  it('sees in the checklist what applies to them, with the reasons', async () => {
    const element = await checklist({ age: '19', situation: 'left-care-16-17' });
    const applying = shadowAll(element, '[part="area"] [part="item-title"]').map((title) => title.textContent);
    expect(applying).to.include.members([
      'Your personal adviser',
      'Setting-up-home allowance',
      'Join any council’s housing register without a local connection',
    ]);
    expect(applying.length).to.be.greaterThan(10);
    expect(itemText(element, 'Setting-up-home allowance')).to.contain('You were looked after by Nottinghamshire County Council');
    expect(itemText(element, 'Join any council’s housing register without a local connection')).to.contain('A right in law, everywhere in England');
    const ashfield = shadowAll(element, '[part="area"] [part="item"]')
      .map((li) => visibleText(li))
      .filter((text) => text.includes('You live in Ashfield'));
    expect(ashfield.length, 'Ashfield’s own items say why').to.be.greaterThan(0);
    expect(shadow(element, '[part="progress"]')!.textContent).to.match(/^0 of \d+ ticked$/);
    expect(visibleText(element)).not.to.contain('nothing in this offer');
    await expect(element).to.be.accessible();
  });

  it('sees the same in the finder, with the reasons', async () => {
    history.replaceState(null, '', `${location.pathname}?lo-place=${ASHFIELD}&lo-age=19&lo-situation=left-care-16-17`);
    try {
      const element = await fixture<LocalOfferFinderElement>(
        html`<local-offer-finder directory="/schema/examples/directory.json" .now=${NOW}></local-offer-finder>`,
      );
      await waitUntil(() => shadow(element, '[part="count"]'), 'no results', { timeout: 8000 });
      expect(shadow(element, '[part="count"]')!.textContent).to.match(/^\d+ things you can get/);
      const text = visibleText(shadow(element, '[part="results"]')!);
      for (const reason of ['You live in Ashfield', 'You were looked after by Nottinghamshire', 'A right in law, everywhere in England'])
        expect(text).to.contain(reason);
      expect(shadow(element, '[part="guidance"]'), 'no "not sure" guidance once they have said').to.equal(null);
      await expect(element).to.be.accessible();
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('in Staying Put ("I\'m in care now" at 19) still gets care-leaver items', async () => {
    const element = await checklist({ age: '19', situation: 'in-care' });
    const applying = shadowAll(element, '[part="area"] [part="item-title"]').map((title) => title.textContent);
    expect(applying).to.include.members(['Your personal adviser', 'Setting-up-home allowance']);
    const maybe = shadowAll(element, '[part="may-apply"] [part="item-title"]').map((title) => title.textContent);
    expect([...applying, ...maybe]).to.include('Staying Put with your foster carers');
  });

  it('who is not sure, or has not answered, is told kindly what may be for them and who to call', async () => {
    for (const answers of [{ age: '19', situation: 'not-sure' }, {}]) {
      const element = await checklist(answers);
      const guidance = visibleText(shadow(element, '[part="guidance"]')!);
      expect(guidance).to.match(/lots of people are not sure|Tell us about your time in care/);
      expect(shadow(element, '[part="guidance"] a[href^="tel:"]'), 'the leaving care team’s number').to.exist;
      expect(shadowAll(element, '[part="may-apply"] [part="item-title"]').length).to.be.greaterThan(5);
      expect(visibleText(element)).not.to.contain('0 of 0');
      await expect(element).to.be.accessible();
      localStorage.clear();
      clearOfferCache();
    }
  });

  it('who has not said their time in care sees in the finder what may be for them, and who to call', async () => {
    history.replaceState(null, '', `${location.pathname}?lo-place=${ASHFIELD}&lo-age=19&lo-situation=not-sure`);
    try {
      const element = await fixture<LocalOfferFinderElement>(
        html`<local-offer-finder directory="/schema/examples/directory.json" .now=${NOW}></local-offer-finder>`,
      );
      await waitUntil(() => shadow(element, '[part="guidance"]'), 'no guidance', { timeout: 8000 });
      expect(visibleText(shadow(element, '[part="guidance"]')!)).to.contain('lots of people are not sure');
      expect(!!shadow(element, '[part="who-to-call"] a[href^="tel:"]'), 'the leaving care team’s number, first').to.equal(true);
      expect(shadow(element, '[part="count"]')!.textContent).to.match(/may be for you/);
      await expect(element).to.be.accessible();
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('sees announced rules apart, never as rights', async () => {
    const element = await checklist({ age: '19', situation: 'left-care-16-17' });
    const announced = shadow(element, '[part~="not-yet"]')!;
    expect(visibleText(announced)).to.contain('Not available yet');
    expect(visibleText(announced)).to.contain('Free prescriptions, dental treatment and eye care up to 25');
    expect(announced.querySelector('input[type="checkbox"]'), 'nothing to tick').to.equal(null);
    const applying = shadowAll(element, '[part="area"] [part="item-title"]').map((title) => title.textContent);
    expect(applying).not.to.include('Staying Close support up to 25');
  });
});
