/**
 * The contact card on a phone (issue 14): the hours in words first and the table behind a disclosure, one
 * team for an area in two screens, and the office being closed said calmly.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearOfferCache } from '../../context/offer-loader.js';
import { ASHFIELD, card, MONDAY_MORNING, MONDAY_NIGHT, nottinghamshire } from '../../test-support/contact-fixtures.js';
import { shadow, shadowAll, visibleText } from '../../test-support/element-helpers.js';
import { onPhone } from '../../test-support/phone.js';
import type { LocalOfferContactElement } from './local-offer-contact.js';

const MID = 'Leaving Care Team (mid: Ashfield, Mansfield)';
const EMERGENCY = 'Emergency Duty Team (evenings, nights and weekends)';
/** GOV.UK red, the error colour (--local-offer-color-error). */
const ERROR_RED = 'rgb(212, 53, 28)';

const contactNamed = (contact: LocalOfferContactElement, name: string) =>
  shadowAll(contact, '[part="contact"]').find((item) => item.querySelector('[part="contact-name"]')!.textContent === name)!;

describe('<local-offer-contact> on a phone', () => {
  beforeEach(() => clearOfferCache());

  it('says the week in words first, days with the same hours run together, and keeps the status', async () => {
    const contact = await card(await nottinghamshire(), { area: ASHFIELD });
    const lines = (name: string) => Array.from(contactNamed(contact, name).querySelectorAll('[part="hours-summary"] li')).map((li) => visibleText(li));
    // "Closed on bank holidays" once: the team's note says it already.
    expect(lines(MID)).to.deep.equal([
      'Monday to Thursday: 8:30am to 5pm',
      'Friday: 8:30am to 4:30pm',
      'Closed on bank holidays. Out of hours, call the emergency duty team.',
    ]);
    expect(lines(EMERGENCY)).to.deep.equal([
      'Monday to Thursday: midnight to 8:30am and 5pm to midnight',
      'Friday: midnight to 8:30am and 4:30pm to midnight',
      'Saturday and Sunday: Open 24 hours',
      'Bank holidays: Open 24 hours',
      'Open all day on bank holidays. If you are in danger right now, call 999.',
    ]);
    const mid = contactNamed(contact, MID);
    expect(visibleText(mid.querySelector('[part="status"]')!)).to.equal('Open now, closes at 5pm');
    // Words before the table, in reading order.
    const words = mid.querySelector('[part="hours-summary"]')!;
    const table = mid.querySelector('[part="hours"]')!;
    expect(words.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('keeps the day-by-day table in a closed "All opening hours" disclosure that Enter and Space open', async () => {
    const offer = await nottinghamshire();
    const contact = await card(offer, { contact: 'leaving-care-north' });
    const details = shadow(contact, '[part="hours-details"]') as HTMLDetailsElement;
    const summary = details.querySelector('summary')!;
    const table = details.querySelector<HTMLElement>('[part="hours"]')!;
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal('All opening hours: Leaving Care Team (north: Bassetlaw, Newark and Sherwood)');
    expect(details.open).to.equal(false);
    expect(table.checkVisibility(), 'the table is hidden while closed').to.equal(false);
    expect(visibleText(table.querySelector('caption')!)).to.contain('Opening hours');
    // Monday 23 November: today's row is marked, the bank holidays row and the closures are there.
    expect(visibleText(table.querySelector('.today')!)).to.equal('Monday 8:30am to 5pm');
    expect(visibleText(table.querySelector('tbody tr:last-child')!)).to.equal('Bank holidays Closed');
    expect(visibleText(details.querySelector('[part="closed-dates"]')!)).to.contain('Thursday 24 December');

    summary.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details.open, 'Enter did not open the disclosure');
    expect(table.checkVisibility(), 'the table shows once open').to.equal(true);
    await sendKeys({ press: ' ' });
    await waitUntil(() => !details.open, 'Space did not close the disclosure');
    await sendKeys({ press: ' ' });
    await waitUntil(() => details.open, 'Space did not open the disclosure');
  });

  it('fits the Ashfield team and the out-of-hours line in two screens of a 360 × 740 phone, open or closed', async () => {
    const offer = await nottinghamshire();
    const phone = await onPhone();
    try {
      for (const now of [MONDAY_MORNING, MONDAY_NIGHT]) {
        const contact = await card(offer, { area: ASHFIELD }, now);
        contact.parentElement!.style.width = phone.width;
        expect(shadowAll(contact, '[part="contact-name"]').map((name) => name.textContent)).to.deep.equal([MID, EMERGENCY]);
        const height = contact.getBoundingClientRect().height;
        expect(height, `${now.toISOString()}: ${height}px`).to.be.at.most(1480);
        // Not a card that lost its content: the hours, call to action and links are there.
        expect(height).to.be.greaterThan(800);
      }
    } finally {
      await phone.restore();
    }
  });

  it('says the office is closed as inset text, not as an error, with the out-of-hours number to hand', async () => {
    const contact = await card(await nottinghamshire(), { area: ASHFIELD }, MONDAY_NIGHT);
    const panel = shadow(contact, '[part="emergency"]')!;
    expect(panel.classList.contains('inset')).to.equal(true);
    expect(panel.getAttribute('role')).to.equal(null);
    const style = getComputedStyle(panel);
    for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) expect(style[`border${side}Color`], side).not.to.equal(ERROR_RED);
    expect(style.backgroundColor).not.to.equal(ERROR_RED);
    expect(style.borderLeftStyle).to.equal('solid');
    expect(parseFloat(style.borderLeftWidth)).to.be.at.least(5);
    const call = panel.querySelector<HTMLAnchorElement>('[part="phone-link"]')!;
    expect(call.getAttribute('href')).to.equal('tel:01154960190');
    expect(parseFloat(getComputedStyle(call).fontSize)).to.be.greaterThan(parseFloat(getComputedStyle(contact).fontSize));
    expect(call.getBoundingClientRect().height).to.be.at.least(44);
    // The closed status and the brought-out line are not red either.
    const status = contactNamed(contact, MID).querySelector('[part="status"]')!;
    expect(visibleText(status)).to.equal('Closed, opens tomorrow at 8:30am');
    expect(getComputedStyle(status, '::before').backgroundColor).not.to.equal(ERROR_RED);
    expect(getComputedStyle(status, '::before').borderTopColor).not.to.equal(ERROR_RED);
    expect(getComputedStyle(contactNamed(contact, EMERGENCY)).borderLeftColor).not.to.equal(ERROR_RED);
  });

  it('announces the office closing with the out-of-hours number, while the card is open', async () => {
    const contact = await card(await nottinghamshire(), { area: ASHFIELD }, new Date('2026-11-23T16:59:00Z'));
    expect(shadow(contact, '[part="emergency"]') === null).to.equal(true);
    contact.now = new Date('2026-11-23T17:00:00Z');
    await contact.updateComplete;
    const live = shadow(contact, '[aria-live="polite"]')!;
    await waitUntil(() => live.textContent!.includes('Closed'), 'no announcement');
    expect(live.textContent).to.contain('The office is closed. In an emergency, contact the out of hours team: Call 0115 496 0190');
    expect(shadow(contact, '[part="emergency"]') !== null).to.equal(true);
  });

  it('passes axe open, closed and showing one team', async () => {
    const offer = await nottinghamshire();
    await expect(await card(offer, { area: ASHFIELD }, MONDAY_MORNING)).to.be.accessible();
    await expect(await card(offer, { area: ASHFIELD }, MONDAY_NIGHT)).to.be.accessible();
    const one = await card(offer, { contact: 'leaving-care-mid' }, MONDAY_NIGHT);
    (shadow(one, '[part="hours-details"]') as HTMLDetailsElement).open = true;
    await expect(one).to.be.accessible();
  });
});
