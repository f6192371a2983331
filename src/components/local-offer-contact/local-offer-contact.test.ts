import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define.js';
import { clearOfferCache } from '../../context/offer-loader.js';
import { registerStrings } from '../../i18n/localize.js';
import { minimalOffer } from '../../test-support/offer-fixture.js';
import { card, fullOffer, MONDAY_MORNING, MONDAY_NIGHT } from '../../test-support/contact-fixtures.js';
import { offerUrl, shadow, shadowAll, untilSettled, visibleText } from '../../test-support/element-helpers.js';
import type { LocalOfferContactElement } from './local-offer-contact.js';

describe('<local-offer-contact>', () => {
  beforeEach(() => clearOfferCache());
  afterEach(() => registerStrings({ ctaHeading: undefined as any }));

  it('shows every field of a contact', async () => {
    const contact = await card(fullOffer());
    const text = visibleText(contact);
    for (const expected of [
      'Get in touch',
      'Leaving Care Team (south)',
      'Open now, closes at 5pm',
      'Call 0115 496 0123',
      'Text 07700 900123',
      'Email leaving.care@notts.example.org',
      'Visit the website',
      'County Hall',
      'West Bridgford',
      'NG2 7QP',
      'Arabic, Polish',
      'Ask for the duty worker.',
      'Closed on bank holidays.',
      'Last reviewed 1 September 2026',
    ]) {
      expect(text).to.contain(expected);
    }
    const first = shadowAll(contact, '[part="contact"]')[0]!;
    expect(first.querySelector('[part="phone-link"]')!.getAttribute('href')).to.equal('tel:01154960123');
    expect(first.querySelector('[part="sms-link"]')!.getAttribute('href')).to.equal('sms:07700900123');
    expect(first.querySelector('[part="email-link"]')!.getAttribute('href')).to.equal('mailto:leaving.care@notts.example.org');
    expect(first.querySelector('[part="website-link"]')!.getAttribute('href')).to.equal('https://example.org/leaving-care');
    const rows = Array.from(first.querySelectorAll('[part="hours"] tbody tr')).map((row) => visibleText(row));
    expect(rows).to.deep.equal([
      'Monday 8:30am to 5pm',
      'Tuesday 8:30am to 12:30pm and 1:30pm to 5pm',
      'Wednesday Closed',
      'Thursday Closed',
      'Friday 8:30am to 4:30pm',
      'Saturday Closed',
      'Sunday Closed',
    ]);
    expect(visibleText(shadowAll(contact, '[part="contact"]')[1]!)).to.contain('Open 24 hours, every day');
    // The role is said when the name does not say it already.
    expect(visibleText(first)).not.to.contain('Leaving care team');
    expect(visibleText(shadowAll(contact, '[part="contact"]')[1]!)).to.contain('Emergency Duty Team Out of hours emergency line');
  });

  it('leaves out absent fields entirely, with no empty labels', async () => {
    const offer = minimalOffer();
    offer.contacts = [{ id: 'team', name: 'Leaving Care Team', role: 'leaving-care-team', phone: '0115 496 0123' }];
    const contact = await card(offer);
    const item = shadow(contact, '[part="contact"]')!;
    expect(item.querySelector('dl, table, [part="status"], [part="sms-link"], [part="email-link"], [part="website-link"]')).to.equal(null);
    expect(visibleText(item)).to.equal('Leaving Care Team Call 0115 496 0123');
    for (const element of Array.from(item.querySelectorAll('*'))) {
      if (!element.matches('br')) expect(element.textContent!.trim(), element.outerHTML).not.to.equal('');
    }
  });

  it('shows the leaving-care team and out-of-hours line by default, or the roles asked for', async () => {
    const contact = await card(fullOffer());
    expect(shadowAll(contact, '[part="contact-name"]').map((e) => e.textContent)).to.deep.equal(['Leaving Care Team (south)', 'Emergency Duty Team']);
    contact.roles = 'complaints leaving-care-team';
    await contact.updateComplete;
    expect(shadowAll(contact, '[part="contact-name"]').map((e) => e.textContent)).to.deep.equal(['Complaints', 'Leaving Care Team (south)']);
    contact.roles = 'housing';
    await contact.updateComplete;
    expect(visibleText(contact)).to.contain('No contact details are published in this offer yet.');
    await expect(contact).to.be.accessible();
  });

  it('makes the out-of-hours number stand out while the office is closed', async () => {
    const open = await card(fullOffer(), {}, MONDAY_MORNING);
    expect(shadow(open, '[part="emergency"]')).to.equal(null);
    const closed = await card(fullOffer(), {}, MONDAY_NIGHT);
    const emergency = shadow(closed, '[part="emergency"]')!;
    expect(visibleText(emergency)).to.contain('The office is closed. In an emergency');
    expect(emergency.querySelector('a')!.getAttribute('href')).to.equal('tel:01154960999');
    expect(visibleText(closed)).to.contain('Closed, opens tomorrow at 8:30am');
    expect(shadow(closed, '.contact--emphasis')).to.exist;
    await expect(closed).to.be.accessible();
  });

  it('is closed on a bank holiday the offer closes on, lists its holiday closures, and brings out the emergency line', async () => {
    const offer = fullOffer();
    Object.assign(offer.contacts[0].openingHours, { bankHolidays: [], closedDates: ['2026-12-24', '2026-12-29', '2026-11-02', '2026-12-29'] });
    // Monday 31 August 2026, the summer bank holiday, at 10am.
    const contact = await card(offer, {}, new Date('2026-08-31T09:00:00Z'));
    const team = shadowAll(contact, '[part="contact"]')[0]!;
    expect(visibleText(team)).to.contain('Closed, opens tomorrow at 8:30am');
    expect(visibleText(shadow(contact, '[part="emergency"]')!)).to.contain('In an emergency');
    const rows = Array.from(team.querySelectorAll('[part="hours"] tbody tr'));
    expect(rows.map((row) => visibleText(row)).at(-1)).to.equal('Bank holidays Closed');
    expect(rows.filter((row) => row.classList.contains('today')).map((row) => visibleText(row))).to.deep.equal(['Bank holidays Closed']);
    // Once each, and not Thursday 24 December: the team does not open on Thursdays anyway.
    expect(visibleText(team.querySelector('[part="closed-dates"]')!)).to.equal('Also closed on Monday 2 November and Tuesday 29 December.');
    await expect(contact).to.be.accessible();
    contact.now = new Date('2026-12-24T10:00:00Z');
    await contact.updateComplete;
    expect(visibleText(team.querySelector('[part="closed-dates"]')!), 'past closures drop off').to.equal('Also closed on Tuesday 29 December.');
    expect(team.querySelector('[part="hours"] .today'), 'no row is today on a closed date').to.equal(null);
    // Christmas Day, a weekend, Boxing Day's substitute, the 29th, no hours midweek, New Year's Day, a weekend.
    expect(visibleText(team)).to.contain('Closed, opens on Monday 4 January at 8:30am');
  });

  it('updates the status as time passes, and announces the change', async () => {
    const contact = await card(fullOffer(), {}, new Date('2026-11-23T16:59:00Z'));
    expect(visibleText(contact)).to.contain('Open now, closes at 5pm');
    contact.now = new Date('2026-11-23T17:00:00Z');
    await contact.updateComplete;
    await waitUntil(() => shadow(contact, '[aria-live="polite"]')!.textContent!.includes('Closed'), 'no announcement');
    expect(visibleText(contact)).to.contain('Closed, opens tomorrow at 8:30am');
    expect(shadow(contact, '[part="emergency"]')).to.exist;
  });

  it('follows the real clock when no time is set', async () => {
    const provider = await fixture(html`<local-offer .offer=${fullOffer()}><local-offer-contact></local-offer-contact></local-offer>`);
    const contact = provider.querySelector('local-offer-contact')!;
    await untilSettled(contact);
    expect(visibleText(contact)).to.match(/Open now|Closed, opens/);
  });

  it('shows the call to action, with overridable text, and hides it on request', async () => {
    const contact = await card(fullOffer());
    expect(visibleText(shadow(contact, '[part="cta"]')!)).to.contain('Under 25 and lost touch? You can still get support');
    contact.ctaHeading = 'Lost touch with us?';
    contact.ctaText = 'Call us any time.';
    await contact.updateComplete;
    expect(visibleText(shadow(contact, '[part="cta"]')!)).to.equal('Lost touch with us? Call us any time.');
    contact.ctaHeading = undefined;
    registerStrings({ ctaHeading: 'Page-wide heading' });
    await contact.updateComplete;
    expect(visibleText(shadow(contact, '[part="cta"]')!)).to.contain('Page-wide heading');
    contact.strings = { ctaHeading: 'Element heading' };
    await contact.updateComplete;
    expect(visibleText(shadow(contact, '[part="cta"]')!)).to.contain('Element heading');
    contact.hideCta = true;
    await contact.updateComplete;
    expect(shadow(contact, '[part="cta"]')).to.equal(null);
    expect(contact.hasAttribute('hide-cta')).to.equal(true);
  });

  it('warns when the offer is older than 12 months, or as configured', async () => {
    const offer = fullOffer();
    offer.lastReviewed = '2025-10-01';
    const stale = await card(offer);
    expect(visibleText(shadow(stale, '[part="stale-warning"]')!)).to.contain('more than 12 months ago');
    expect(visibleText(shadow(stale, '[part="review"]')!)).to.equal('Last reviewed 1 October 2025');
    await expect(stale).to.be.accessible();
    stale.staleAfterMonths = 18;
    await stale.updateComplete;
    expect(shadow(stale, '[part="stale-warning"]')).to.equal(null);
    const fresh = await card(fullOffer());
    expect(shadow(fresh, '[part="stale-warning"]')).to.equal(null);
  });

  it('says when the offer is example data', async () => {
    const offer = fullOffer();
    expect(visibleText(shadow(await card(offer), '[part="example-notice"]')!)).to.contain('example data');
    offer.isExample = false;
    expect(shadow(await card(offer), '[part="example-notice"]')).to.equal(null);
  });

  it('works on its own with src, and shows its own error and fallback content when that fails', async () => {
    const alone = await fixture<LocalOfferContactElement>(
      html`<local-offer-contact src=${offerUrl('southwark.json')} .now=${MONDAY_MORNING}></local-offer-contact>`,
    );
    await untilSettled(alone);
    expect(visibleText(alone)).to.contain('Southwark');
    const failing = await fixture<LocalOfferContactElement>(
      html`<local-offer-contact src="/__host__/status/404"><p>Call the leaving care team on 0115 496 0000.</p></local-offer-contact>`,
    );
    await waitUntil(() => shadow(failing, '[part="error"]'), 'no error');
    expect(visibleText(failing)).to.contain('could not be found');
    expect(visibleText(failing)).to.contain('Call the leaving care team on 0115 496 0000.');
    await expect(failing).to.be.accessible();
  });

  it('can be used with the keyboard alone: every link and disclosure in order', async () => {
    const contact = await card(fullOffer());
    const links = shadowAll(contact, 'a, summary');
    expect(links.length).to.be.greaterThan(4);
    for (const link of links) {
      await sendKeys({ press: 'Tab' });
      expect(contact.shadowRoot!.activeElement === link, `focus on ${link.textContent}`).to.equal(true);
      // Firefox applies :focus-visible styles a moment after the key event, as the next frame paints.
      await waitUntil(() => getComputedStyle(link).backgroundColor === 'rgb(255, 221, 0)', `no yellow focus on ${link.textContent}`);
    }
  });

  it('passes axe when loaded, open and closed', async () => {
    await expect(await card(fullOffer(), {}, MONDAY_MORNING)).to.be.accessible();
    await expect(await card(fullOffer(), {}, MONDAY_NIGHT)).to.be.accessible();
  });

  describe('on a hostile page', () => {
    afterEach(() => {
      document.documentElement.style.fontSize = '';
    });

    it('keeps readable text on a page with html { font-size: 62.5% }', async () => {
      document.documentElement.style.fontSize = '62.5%';
      const contact = await card(fullOffer());
      expect(parseFloat(getComputedStyle(contact).fontSize)).to.be.at.least(16);
    });
  });
});
