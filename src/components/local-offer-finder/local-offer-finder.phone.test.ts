/**
 * What a young person sees first, on a phone (issue 14): who to call, how much there is, and results that
 * fit a phone until they open something.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../define.js';
import { clearOfferCache } from '../../context/offer-loader.js';
import { shadow, shadowAll, visibleText } from '../../test-support/element-helpers.js';
import { onPhone } from '../../test-support/phone.js';
import { ASHFIELD, finder, NOTTS, NOW, pickCouncil, startUrl, untilResults } from '../../test-support/finder-fixtures.js';
import type { LocalOfferFinderElement } from './local-offer-finder.js';

const MANCHESTER = 'E08000003';

async function finderAt(query: string): Promise<LocalOfferFinderElement> {
  history.replaceState(null, '', `${startUrl}?${query}`);
  const el = await fixture<LocalOfferFinderElement>(html`<local-offer-finder directory="/schema/examples/directory.json" .now=${NOW}></local-offer-finder>`);
  await untilResults(el);
  return el;
}

const calls = (el: LocalOfferFinderElement) =>
  shadowAll(el, '[part="who-to-call"] [part="call"]').map((call) => ({
    text: visibleText(call),
    tel: call.querySelector('a[href^="tel:"]')?.getAttribute('href') ?? '',
  }));

describe('<local-offer-finder> on a phone', () => {
  beforeEach(() => {
    clearOfferCache();
    history.replaceState(null, '', startUrl);
  });
  after(() => history.replaceState(null, '', startUrl));

  it('says who to call first: the team for Ashfield, with its number, whether it is open, and the out-of-hours line', async () => {
    const el = await finderAt(`lo-place=${ASHFIELD}`);
    const block = shadow(el, '[part="who-to-call"]')!;
    const results = shadow(el, '[part="results"]')!;
    const firstItem = shadow(el, '[part="item"]')!;
    expect(block.compareDocumentPosition(firstItem) & Node.DOCUMENT_POSITION_FOLLOWING, 'before the results').to.be.greaterThan(0);
    expect(results.contains(block)).to.equal(true);
    const [team, outOfHours] = calls(el);
    expect(team!.text).to.contain('Nottinghamshire, who looked after you');
    expect(team!.text, 'the team for Ashfield, of the three').to.contain('Leaving Care Team (mid: Ashfield, Mansfield)');
    expect(team!.tel).to.equal('tel:01154960120');
    // Monday 23 November 2026, 10am in London.
    expect(team!.text).to.match(/Open now, closes at 5pm/);
    expect(outOfHours!.text).to.contain('Out of hours, in an emergency');
    expect(outOfHours!.tel).to.equal('tel:01154960190');
    await expect(el).to.be.accessible();
  });

  it('gives both councils when the young person lives away from the one that looked after them', async () => {
    const el = await finderAt(`lo-place=${ASHFIELD}&lo-cared-for-by=${MANCHESTER}`);
    const [carer, local, outOfHours] = calls(el);
    expect(carer!.text).to.contain('Manchester, who looked after you');
    expect(carer!.tel).to.equal('tel:01614960100');
    expect(local!.text).to.contain('Nottinghamshire, where you live now');
    expect(local!.tel).to.equal('tel:01154960120');
    expect(outOfHours!.tel, 'the emergency line of the council responsible for them').to.equal('tel:01614960999');
  });

  it('folds the questions into a line of answers once a place is chosen, says how much there is, and can open them again', async () => {
    const el = await finder({ 'no-url-state': '' });
    expect(!!shadow(el, '[part="answers"]'), 'no answers before a place').to.equal(false);
    await pickCouncil(el, 'ashfield');
    await untilResults(el);
    const answers = shadow(el, '[part="answers"]')!;
    expect(visibleText(answers)).to.contain('Ashfield · looked after by Nottinghamshire');
    expect(el.shadowRoot!.activeElement === answers, 'focus moves to the answers').to.equal(true);
    expect((shadow(el, '[part="form"]')!.parentElement as HTMLElement).hidden, 'the questions are folded away').to.equal(true);
    const banner = shadow(el, '[part="results-summary"]')!;
    expect(visibleText(banner)).to.match(/^\d+ things that may be for you See them$/);
    shadow(el, '[part="results-summary"] a')!.click();
    expect(el.shadowRoot!.activeElement!.id, '"See them" moves focus to the list').to.equal('results-list');
    await expect(el).to.be.accessible();
    // "Answer 2 more questions" opens them at the age; "Show what I can get" folds them again.
    (shadowAll(el, '[part="guidance"] button')[0] as HTMLButtonElement).click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'age', 'the questions did not open at the age');
    shadow(el, '[part="show-results"]')!.click();
    await waitUntil(() => el.shadowRoot!.activeElement === shadow(el, '[part="answers"]'), 'the questions did not fold again');
  });

  it('fits the results for Ashfield in six phone screens until something is opened, money and housing first', async () => {
    const phone = await onPhone();
    try {
      const el = await finderAt(`lo-place=${ASHFIELD}`);
      el.parentElement!.style.width = phone.width;
      const height = el.getBoundingClientRect().height;
      expect(height, `${Math.round(height)} px`).to.be.at.most(6 * 740);
      if (phone.width) expect(el.scrollWidth, 'no sideways scrolling').to.be.at.most(344);
      else expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(360);
      const areas = shadowAll(el, '[part="area-heading"]').map((h) => h.textContent!.replace(/ \(.*$/, ''));
      expect(areas[0]).to.equal('Money');
      expect(areas[1]).to.equal('Housing');
      // One line per item, the rest behind "More about this".
      for (const item of shadowAll(el, '[part="item"]')) {
        expect(!!item.querySelector('[part="item-line"]')).to.equal(true);
        expect((item.querySelector('[part="item-details"]') as HTMLDetailsElement).open).to.equal(false);
      }
    } finally {
      await phone.restore();
    }
  });

  it('says "may be for you" once for the group, not on every item', async () => {
    const el = await finderAt(`lo-place=${ASHFIELD}`);
    const group = shadow(el, '[part="may-apply"]')!;
    expect(visibleText(group)).to.match(/^These may be for you Tell us your time in care/);
    expect(visibleText(group).match(/Tell us/g)!.length).to.equal(1);
    expect(!!shadow(el, '[part="item"] .tag'), 'no tag on each item').to.equal(false);
  });

  it('gives radios and checkboxes a 40px target, and the filters a legend that says what they filter', async () => {
    const el = await finderAt(`lo-place=${ASHFIELD}&lo-q=council`);
    const box = shadow(el, '[part="filters"] input[type="checkbox"]')!;
    expect(box.getBoundingClientRect().width).to.equal(40);
    expect(box.getBoundingClientRect().height).to.equal(40);
    expect(visibleText(shadow(el, '[part="filters"] legend')!)).to.equal('Show only these kinds of help');
    expect((shadow(el, '[part="filters-disclosure"]') as HTMLDetailsElement).open, 'open while a search is in use').to.equal(true);
  });
});

describe('<local-offer-checklist> on a phone', () => {
  beforeEach(() => {
    clearOfferCache();
    localStorage.clear();
  });

  it('says who to call first: the team for where the young person lives, and the out-of-hours line', async () => {
    const provider = await fixture(
      html`<local-offer src="/schema/examples/nottinghamshire.json"><local-offer-checklist .now=${NOW} lives-in="E07000171" looked-after-by=${NOTTS}></local-offer-checklist></local-offer>`,
    );
    const el = provider.querySelector('local-offer-checklist')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="who-to-call"]'), 'no who-to-call', { timeout: 8000 });
    const block = shadow(el, '[part="who-to-call"]')!;
    expect(block.compareDocumentPosition(shadow(el, '[part="profile"]')!) & Node.DOCUMENT_POSITION_FOLLOWING, 'before the questions').to.be.greaterThan(0);
    const text = visibleText(block);
    expect(text, 'Bassetlaw is served by the north team').to.contain('Leaving Care Team (north: Bassetlaw, Newark and Sherwood)');
    expect(block.querySelector('a[href="tel:01154960110"]')).to.exist;
    expect(block.querySelector('a[href="tel:01154960190"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('one bad item in a real offer', () => {
  beforeEach(() => {
    clearOfferCache();
    localStorage.clear();
  });

  it('still shows its contacts and its valid items, leaves out only what is bad, and tells the website team', async () => {
    // The 118 KB Nottinghamshire example with one javascript: link in one item, as in issue 14, and one item
    // whose area is not one the schema knows.
    const offer = await (await fetch('/schema/examples/nottinghamshire.json')).json();
    const ids = offer.entitlements.map((item: { id: string }) => item.id);
    const withBadLink = ids.indexOf('personal-adviser');
    const badItem = ids.indexOf('driving-lessons');
    expect(withBadLink).to.be.greaterThan(-1);
    expect(badItem).to.be.greaterThan(-1);
    offer.entitlements[withBadLink].links[0].url = 'javascript:alert(1)';
    offer.entitlements[badItem].area = 'not-an-area';
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const provider = await fixture(
        html`<local-offer .offer=${offer}>
          <local-offer-contact .now=${NOW} area=${ASHFIELD}></local-offer-contact>
          <local-offer-checklist .now=${NOW} lives-in=${ASHFIELD} looked-after-by=${NOTTS}></local-offer-checklist>
        </local-offer>`,
      );
      const contact = provider.querySelector('local-offer-contact')!;
      const checklist = provider.querySelector('local-offer-checklist')!;
      await waitUntil(() => contact.shadowRoot!.querySelector('a[href^="tel:"]'), 'the contact card shows no number', { timeout: 8000 });
      await waitUntil(() => checklist.shadowRoot!.querySelector('[part="item"]'), 'the checklist shows no items', { timeout: 8000 });
      expect(shadow(provider, '[part="error"]'), 'the offer is not refused').to.equal(null);
      expect(contact.shadowRoot!.querySelector('a[href="tel:01154960120"]'), 'the Ashfield team number').to.exist;
      expect(contact.shadowRoot!.querySelector('a[href="tel:01154960190"]'), 'the out-of-hours line').to.exist;
      const titles = shadowAll(checklist, '[part="item-title"]').map((title) => title.textContent!.trim());
      expect(titles).to.include('Free leisure pass in Ashfield');
      expect(titles, 'the item with a bad link is shown without it').to.include('Your personal adviser');
      expect(visibleText(checklist)).not.to.contain('Leaving care support in Nottinghamshire');
      expect(
        shadowAll(checklist, 'a').some((a) => (a.getAttribute('href') ?? '').startsWith('javascript')),
        'no javascript: link',
      ).to.equal(false);
      expect(titles, 'the bad item is left out').not.to.include('Driving lessons');
      const note = shadow(checklist, '[part="dropped-note"]') as HTMLDetailsElement;
      expect(note.open, 'closed, so young people are not troubled by it').to.equal(false);
      expect(visibleText(note)).to.contain('2 parts of this Local Offer are not valid');
      expect(note.textContent).to.contain(`/entitlements/${withBadLink}/links/0`);
      expect(note.textContent).to.contain(`/entitlements/${badItem}`);
      expect(
        warnings.some((w) => w.includes(`/entitlements/${badItem}`)),
        'a console warning names the item',
      ).to.equal(true);
      await expect(checklist).to.be.accessible();
      await expect(contact).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });
});
