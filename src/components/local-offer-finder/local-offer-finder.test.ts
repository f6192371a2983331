import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define.js';
import { clearOfferCache } from '../../context/offer-loader.js';
import { minimalOffer } from '../../test-support/offer-fixture.js';
import { PAGE_SIZE } from './finder-paging.js';
import { shadow, shadowAll, typeText, visibleText } from '../../test-support/element-helpers.js';
import {
  ASHFIELD,
  count,
  finder,
  itemTitles,
  NOTTS,
  picker,
  pickCouncil,
  results,
  openQuestions,
  setAnswers,
  showAll,
  startUrl,
  untilQuestions,
  untilResults,
} from '../../test-support/finder-fixtures.js';

describe('<local-offer-finder>', () => {
  beforeEach(async () => {
    clearOfferCache();
    history.replaceState(null, '', startUrl);
    await fetch('/__host__/reset');
  });
  after(() => history.replaceState(null, '', startUrl));

  it('asks where you live before showing anything, and passes axe', async () => {
    const el = await finder();
    expect(visibleText(results(el))).to.contain('Tell us where you live, or pick a council');
    expect(shadow(el, '#postcode'), 'no postcode field unless a lookup is configured').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the joined-up offer for a place picked from the list, saying who provides each item and why', async () => {
    const el = await finder();
    await pickCouncil(el, 'newark');
    expect(picker(el).value).to.equal('E07000175');
    await setAnswers(el, '20', 'left-care-16-17');
    await untilResults(el);
    expect((shadow(el, '#looked-after') as HTMLSelectElement).value, 'defaults to the upper tier where you live').to.equal(NOTTS);
    const text = visibleText(results(el));
    expect(text).to.contain('You live in Newark and Sherwood');
    expect(text).to.contain('You were looked after by Nottinghamshire');
    expect(text).to.contain('A right in law, everywhere in England');
    expect(text).to.contain('Newark and Sherwood District Council');
    expect(count(el)).to.match(/^\d+ things you can get(, and \d+ that may be for you)?$/);
    await expect(el).to.be.accessible();
  });

  it('names the council that looked after you as the giver of national entitlements its offer leaves out', async () => {
    const el = await finder();
    await pickCouncil(el, 'manchester');
    await setAnswers(el, '20', 'left-care-16-17');
    await untilResults(el);
    await showAll(el);
    // Manchester's example offer does not list the national "somewhere to live in the holidays while you study".
    const item = shadowAll(el, '[part="item"]').find(
      (e) => e.querySelector('[part="item-title"]')!.textContent === 'Somewhere to live in the holidays while you study',
    )!;
    expect(item, 'the national entitlement is shown').to.exist;
    expect(visibleText(item)).to.contain('Who gives it Manchester City Council, the council that looked after you');
  });

  it('finds councils forgivingly in the picker, with districts showing their county', async () => {
    const el = await finder();
    const input = picker(el).shadowRoot!.querySelector('input')!;
    for (const [typed, expected] of [
      ['Newark and Sherwood', 'Newark and Sherwood (Nottinghamshire)'],
      ['city of london', 'City of London'],
      ['CAMDEN', 'Camden'],
    ] as const) {
      input.focus();
      input.select();
      await typeText(typed);
      await waitUntil(() => picker(el).shadowRoot!.querySelector('[role="option"]'), `no options for ${typed}`);
      const options = Array.from(picker(el).shadowRoot!.querySelectorAll('[role="option"]')).map((o) => o.textContent);
      expect(options[0], typed).to.equal(expected);
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Escape' });
    }
    input.select();
    await typeText('zzzz');
    await picker(el).updateComplete;
    expect(visibleText(picker(el).shadowRoot!.querySelector('[role="status"]')!)).to.equal('No council matches that name');
  });

  it('tells you when a council has no offer in the directory, with its GOV.UK contact page', async () => {
    const el = await finder();
    await pickCouncil(el, 'sevenoaks');
    await untilResults(el);
    const missing = shadowAll(el, '[part="missing-offer"]').map((n) => visibleText(n));
    expect(missing).to.have.length(2);
    expect(missing[0]).to.contain("This list does not include Kent County Council's Local Offer yet.");
    expect(shadow(el, '[part="missing-offer"] a')!.getAttribute('href')).to.equal('https://www.gov.uk/find-local-council/kent');
    expect(itemTitles(el), 'national entitlements still show').to.include('A personal adviser up to age 25');
    expect(count(el), 'nothing is promised when only age and situation are unknown').to.match(/^\d+ things that may be for you$/);
    await expect(el).to.be.accessible();
    await setAnswers(el, '15', 'in-care');
    await waitUntil(() => !shadow(el, '#area-employment'), 'empty areas are not offered as filters');
  });

  it('shows a national entitlement once, with different amounts side by side', async () => {
    const offerFor = (id: string, code: string, name: string, amount: number) => {
      const offer = minimalOffer();
      offer.id = id;
      offer.publisher = { name, councilCode: code };
      offer.providers[0] = { id: 'council', name, kind: 'council', councilCode: code, tier: code.startsWith('E10') ? 'county' : 'district' };
      offer.contacts[0].providerId = 'council';
      offer.entitlements[0] = {
        ...offer.entitlements[0],
        providerId: 'council',
        eligibility: { statuses: ['former-relevant'] },
        value: { amountPence: amount, period: 'once' },
      };
      offer.entitlements[1].id = `${id}-coffee`;
      return offer;
    };
    const echo = (value: unknown) => `/__host__/echo?body=${encodeURIComponent(JSON.stringify(value))}`;
    const directory = {
      schemaVersion: '1.0',
      id: 'conflict',
      title: 'Conflict',
      lastUpdated: '2026-10-01',
      offers: [
        { councilCode: NOTTS, name: 'Nottinghamshire', url: echo(offerFor('notts', NOTTS, 'Nottinghamshire County Council', 300000)) },
        { councilCode: ASHFIELD, name: 'Ashfield', url: echo(offerFor('ashfield', ASHFIELD, 'Ashfield District Council', 350000)) },
      ],
    };
    const el = await finder({ directory: echo(directory) });
    await pickCouncil(el, 'ashfield');
    await setAnswers(el, '20', 'left-care-16-17');
    await untilResults(el);
    expect(itemTitles(el).filter((t) => t === 'Setting-up-home allowance')).to.have.length(1);
    const item = shadowAll(el, '[part="item"]').find((li) => li.textContent!.includes('Setting-up-home allowance'))!;
    const text = visibleText(item).replace(/ :/g, ':');
    expect(text).to.contain('Different councils give different amounts for this:');
    expect(text).to.contain('Nottinghamshire County Council: £3,000, once');
    expect(text).to.contain('Ashfield District Council: £3,500, once');
  });

  it('searches with synonyms, partial words and accents, filters by area, and announces the count', async () => {
    const el = await finder();
    await pickCouncil(el, 'ashfield');
    await setAnswers(el, '20', 'left-care-16-17');
    await untilResults(el);
    expect(shadow(el, '[part="count"]')!.getAttribute('role')).to.equal('status');
    const search = shadow(el, '#search') as HTMLInputElement;
    const type = async (text: string) => {
      search.value = text;
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
    };
    await type('ctax');
    expect(
      itemTitles(el).some((t) => /council tax/i.test(t)),
      itemTitles(el).join(),
    ).to.equal(true);
    await type('hous');
    expect(itemTitles(el).length).to.be.greaterThan(0);
    // An item matches by its words or by its area's name ("Housing").
    expect(
      shadowAll(el, '[part="item"]').every(
        (li) => /hous/i.test(li.textContent!) || /^Housing/.test(li.closest('[part="area"]')!.querySelector('[part="area-heading"]')!.textContent!),
      ),
    ).to.equal(true);
    await type('');
    const all = itemTitles(el).length;
    (shadow(el, '#area-employment') as HTMLInputElement).click();
    await el.updateComplete;
    // Jobs only, in the group of what you can get and in the group of what may be for you.
    const employment = shadowAll(el, '[part="area-heading"]').map((h) => h.textContent);
    expect(employment.length).to.be.greaterThan(0);
    for (const heading of employment) expect(heading).to.match(/^Jobs and apprenticeships \(\d+ items?\)$/);
    expect(itemTitles(el).length).to.be.lessThan(all);
    await type('xyzzy');
    expect(count(el)).to.equal('Nothing matches “xyzzy”.');
    await expect(el).to.be.accessible();
    shadowAll(el, 'button')
      .find((b) => b.textContent === 'Clear search and show all areas')!
      .click();
    await el.updateComplete;
    expect(itemTitles(el).length).to.equal(all);
  });

  it('forgets the chosen council once its name is edited away', async () => {
    const el = await finder({ 'no-url-state': '' });
    await pickCouncil(el, 'ashfield');
    expect(picker(el).value).to.equal(ASHFIELD);
    await openQuestions(el);
    const input = picker(el).shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ press: 'Backspace' });
    await waitUntil(() => picker(el).value === undefined, 'the old choice was kept');
    await el.updateComplete;
    expect(visibleText(results(el))).to.contain('Tell us where you live');
  });

  it('says what it is loading, and passes axe while it does', async () => {
    const el = await finder({ directory: '/__host__/offer/directory?delay=3000' });
    await pickCouncil(el, 'camden');
    await waitUntil(() => visibleText(results(el)).includes('Loading the offers for Camden'), 'no loading message');
    expect(shadow(el, '[part="results"] [role="status"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('explains a directory that cannot be loaded, with Retry', async () => {
    const el = await finder({ directory: '/__host__/status/503' });
    await pickCouncil(el, 'camden');
    await untilResults(el);
    expect(visibleText(shadow(el, '[part="error"]')!)).to.contain('had a problem (error 503)');
    expect(shadow(el, '[part="retry-button"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('can be used from start to finish with the keyboard alone', async () => {
    const el = await finder({ 'postcode-lookup': '/postcodes/{postcode}' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.id).to.equal('postcode');
    await typeText('M1 1AD');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => picker(el).value === 'E08000003', 'postcode did not choose Manchester');
    await untilResults(el);
    // The questions fold into a line of answers, and focus moves there, so the results come next.
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'answers', 'focus did not move to the answers');
    expect(visibleText(shadow(el, '[part="answers"]')!)).to.contain('Manchester');
    // Tab reaches "Change your answers"; Enter opens the questions again, at the first one.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.matches('[part="change-answers"]')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'looked-after', 'the questions did not open');
    // On through the questions to "Show what I can get", which folds them again.
    for (let i = 0; i < 30 && !el.shadowRoot!.activeElement?.matches('[part="show-results"]'); i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'answers', 'the questions did not fold again');
    // On to the search, which is behind a disclosure: Enter opens it.
    for (let i = 0; i < 15 && !el.shadowRoot!.activeElement?.matches('[part="filters-disclosure"] summary'); i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.id).to.equal('search');
    await typeText('uni');
    await el.updateComplete;
    expect(itemTitles(el).some((t) => /higher education|university/i.test(t))).to.equal(true);
    await sendKeys({ press: 'Tab' });
    const filter = el.shadowRoot!.activeElement as HTMLInputElement;
    expect(filter.id).to.match(/^area-/);
    await sendKeys({ press: ' ' });
    await waitUntil(() => filter.checked, 'Space did not tick the filter');
  });
});

describe('<local-offer-finder> with a large offer', () => {
  beforeEach(() => {
    clearOfferCache();
    history.replaceState(null, '', startUrl);
  });

  it('renders the first results, then more on request, while counting them all', async () => {
    const offer = minimalOffer();
    offer.publisher = { name: 'Camden', councilCode: 'E09000007' };
    offer.providers[0] = { id: 'camden', name: 'London Borough of Camden', kind: 'council', councilCode: 'E09000007', tier: 'london-borough' };
    offer.contacts[0].providerId = 'camden';
    offer.entitlements = Array.from({ length: 120 }, (_, i) => ({
      id: `item-${i}`,
      title: `Leisure item ${i}`,
      summary: 'Free entry.',
      area: 'health-and-wellbeing',
      basis: 'discretionary',
      providerId: 'camden',
    }));
    await fetch('/__host__/store/big-offer', { method: 'PUT', body: JSON.stringify(offer) });
    const directory = {
      schemaVersion: '1.0',
      id: 'big',
      title: 'Big',
      lastUpdated: '2026-10-01',
      offers: [{ councilCode: 'E09000007', name: 'Camden', url: '/__host__/stored/big-offer' }],
    };
    await fetch('/__host__/store/big-directory', { method: 'PUT', body: JSON.stringify(directory) });
    const el = await finder({ directory: '/__host__/stored/big-directory' });
    await pickCouncil(el, 'camden');
    await untilResults(el);
    const search = shadow(el, '#search') as HTMLInputElement;
    search.value = 'leisure';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(count(el)).to.equal('120 things you can get');
    expect(shadowAll(el, '[part="item"]')).to.have.length(PAGE_SIZE);
    const more = shadow(el, '[part="show-more"]')!;
    expect(more.textContent).to.equal(`Show ${PAGE_SIZE} more (of 120)`);
    for (let shown = 2 * PAGE_SIZE; shown < 120 + PAGE_SIZE; shown += PAGE_SIZE) {
      shadow(el, '[part="show-more"]')!.click();
      await el.updateComplete;
      expect(shadowAll(el, '[part="item"]')).to.have.length(Math.min(shown, 120));
    }
    expect(shadow(el, '[part="show-more"]')).to.equal(null);
  });
});

describe('<local-offer-finder> without a directory', () => {
  beforeEach(() => {
    clearOfferCache();
    history.replaceState(null, '', startUrl);
  });

  it('uses the offer of a surrounding <local-offer>', async () => {
    const provider = await fixture(
      html`<local-offer src="/__host__/offer/nottinghamshire"><local-offer-finder no-url-state></local-offer-finder></local-offer>`,
    );
    const el = provider.querySelector('local-offer-finder')!;
    await untilQuestions(el);
    await pickCouncil(el, 'ashfield');
    await untilResults(el);
    expect(visibleText(results(el))).to.contain('You live in Ashfield');
    await pickCouncil(el, 'camden');
    await untilResults(el);
    await waitUntil(() => shadowAll(el, '[part="missing-offer"]').length > 0, 'no missing-offer notice');
    expect(visibleText(shadow(el, '[part="missing-offer"]')!)).to.contain("This list does not include London Borough of Camden's Local Offer yet.");
  });

  it('with nothing to read offers from, tells the website team what the finder needs (not a src it does not have)', async () => {
    const el = await finder({}, (element) => element.removeAttribute('directory'));
    await pickCouncil(el, 'ashfield');
    await waitUntil(() => shadow(el, '[part="error"]'), 'no error shown');
    const text = visibleText(shadow(el, '[part="error"]')!);
    expect(text).to.contain('set its "directory" attribute');
    expect(text).not.to.contain('"src"');
  });

  it('uses offers set as a property, and explains an invalid one', async () => {
    const offer = await (await fetch('/schema/examples/manchester.json')).json();
    const el = await finder({ 'no-url-state': '' }, (f) => {
      f.removeAttribute('directory');
      f.offers = [offer];
    });
    await pickCouncil(el, 'manchester');
    await untilResults(el);
    expect(visibleText(results(el))).to.contain('Manchester City Council');
    el.offers = [{ ...offer, lastReviewed: 'yesterday' }];
    await waitUntil(() => shadow(el, '[part="error"]'), 'no error for an invalid offer');
    expect(visibleText(shadow(el, '[part="error"]')!)).to.contain('has mistakes');
  });
});
