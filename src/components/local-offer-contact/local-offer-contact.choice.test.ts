/** Which contacts the card shows: `contact` (ids), `area` (where the young person lives), or `roles`. */
import { expect, fixture, html } from '@open-wc/testing';
import { clearOfferCache } from '../../context/offer-loader.js';
import { ASHFIELD, BASSETLAW, card, MONDAY_MORNING, MONDAY_NIGHT, nottinghamshire } from '../../test-support/contact-fixtures.js';
import { shadow, shadowAll, untilSettled, visibleText } from '../../test-support/element-helpers.js';
import type { LocalOfferContactElement } from './local-offer-contact.js';

const names = (contact: LocalOfferContactElement) => shadowAll(contact, '[part="contact-name"]').map((name) => name.textContent);

/** The accessible name of the card's region, from the ids its aria-labelledby lists. */
const regionName = (contact: LocalOfferContactElement) =>
  shadow(contact, 'section')!
    .getAttribute('aria-labelledby')!
    .split(' ')
    .map((id) => contact.shadowRoot!.getElementById(id)!.textContent!.trim())
    .join(' ');

/** Collects console warnings while `run` runs. */
async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('<local-offer-contact> showing one team', () => {
  beforeEach(() => clearOfferCache());

  it('shows the leaving care team for an area, and the out-of-hours line: Ashfield the mid team, Bassetlaw the north', async () => {
    const offer = await nottinghamshire();
    const ashfield = await card(offer, { area: ASHFIELD });
    expect(names(ashfield)).to.deep.equal(['Leaving Care Team (mid: Ashfield, Mansfield)', 'Emergency Duty Team (evenings, nights and weekends)']);
    const bassetlaw = await card(offer, { area: BASSETLAW });
    expect(names(bassetlaw)).to.deep.equal([
      'Leaving Care Team (north: Bassetlaw, Newark and Sherwood)',
      'Emergency Duty Team (evenings, nights and weekends)',
    ]);
    // The county's own code has no team of its own: the team that serves everywhere, else the first.
    bassetlaw.area = 'E10000024';
    await bassetlaw.updateComplete;
    expect(names(bassetlaw)[0]).to.equal('Leaving Care Team (north: Bassetlaw, Newark and Sherwood)');
  });

  it('takes the area from the attribute too', async () => {
    const provider = await fixture(
      html`<local-offer .offer=${await nottinghamshire()}><local-offer-contact area="E07000171" .now=${MONDAY_MORNING}></local-offer-contact></local-offer>`,
    );
    const contact = provider.querySelector('local-offer-contact')!;
    await untilSettled(contact);
    expect(names(contact)[0]).to.equal('Leaving Care Team (north: Bassetlaw, Newark and Sherwood)');
  });

  it('shows the contacts asked for by id, in that order, before area and roles', async () => {
    const contact = await card(await nottinghamshire(), { contact: 'complaints leaving-care-mid', area: BASSETLAW, roles: 'advocacy' });
    expect(names(contact)).to.deep.equal(['Complaints and compliments team', 'Leaving Care Team (mid: Ashfield, Mansfield)']);
    contact.contact = undefined;
    await contact.updateComplete;
    expect(names(contact)[0]).to.equal('Leaving Care Team (north: Bassetlaw, Newark and Sherwood)');
    contact.area = undefined;
    await contact.updateComplete;
    expect(names(contact)).to.deep.equal(['Speak Up Notts independent advocacy']);
  });

  it('names each card after its council and the team it shows, so cards on one page are told apart', async () => {
    const offer = await nottinghamshire();
    const whole = await card(offer);
    expect(regionName(whole)).to.equal('Get in touch Nottinghamshire County Council');
    const ashfield = await card(offer, { area: ASHFIELD });
    const bassetlaw = await card(offer, { area: BASSETLAW });
    expect(regionName(ashfield)).to.equal('Get in touch Nottinghamshire County Council Leaving Care Team (mid: Ashfield, Mansfield)');
    expect(regionName(bassetlaw)).to.equal('Get in touch Nottinghamshire County Council Leaving Care Team (north: Bassetlaw, Newark and Sherwood)');
  });

  it('says kindly, in place of a contact id the offer does not have, what the website team should fix, and warns in the console', async () => {
    const offer = await nottinghamshire();
    let contact!: LocalOfferContactElement;
    const warnings = await warningsDuring(async () => {
      contact = await card(offer, { contact: 'leaving-care-east' });
      // Another render with the same mistake does not warn again.
      contact.now = MONDAY_NIGHT;
      await contact.updateComplete;
    });
    const message = shadow(contact, '[part="missing-contact"]');
    expect(!!message, 'no message').to.equal(true);
    expect(visibleText(message!)).to.contain('Sorry, these contact details cannot be shown here.');
    expect(visibleText(message!)).to.contain(
      'For the website team: the offer has no contact with the id "leaving-care-east". Check the card\'s contact attribute.',
    );
    expect(!!shadow(contact, '[part="contacts"]'), 'a list of contacts').to.equal(false);
    expect(visibleText(contact)).not.to.contain('No contact details are published');
    expect(visibleText(contact), 'the rest of the card is there').to.contain('Under 25 and lost touch?');
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('"leaving-care-east"');
    expect(warnings[0]).to.contain('leaving-care-mid');
    await expect(contact).to.be.accessible();
  });

  it('shows the contacts it has and the message for the ones it has not, with the page fallback content', async () => {
    const offer = await nottinghamshire();
    let contact!: LocalOfferContactElement;
    const warnings = await warningsDuring(async () => {
      const provider = await fixture(html`<local-offer .offer=${offer}>
        <local-offer-contact contact="leaving-care-mid nope also-nope" .now=${MONDAY_MORNING}><p>Call the leaving care team on 0115 496 0000.</p></local-offer-contact>
      </local-offer>`);
      contact = provider.querySelector('local-offer-contact')!;
      await untilSettled(contact);
    });
    expect(names(contact)).to.deep.equal(['Leaving Care Team (mid: Ashfield, Mansfield)']);
    const message = visibleText(shadow(contact, '[part="missing-contact"]')!);
    expect(message).to.contain('no contacts with the ids "nope", "also-nope".');
    expect(message).to.contain('Call the leaving care team on 0115 496 0000.');
    expect(warnings.filter((warning) => warning.includes('<local-offer-contact>'))).to.deep.equal([
      `<local-offer-contact>: the offer "${offer.id}" has no contacts with the ids "nope", "also-nope". Its contact ids are: ${offer.contacts.map((c: { id: string }) => c.id).join(', ')}.`,
    ]);
    await expect(contact).to.be.accessible();
  });
});
