/**
 * Forced colours and reduced motion, which only Chromium can emulate from a test (through CDP); these run
 * in Chromium only, the rest of the card's tests in every engine.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { clearOfferCache } from '../../context/offer-loader.js';
import { ASHFIELD, card, fullOffer, MONDAY_NIGHT, nottinghamshire } from '../../test-support/contact-fixtures.js';
import { emulateMediaFeatures, shadow } from '../../test-support/element-helpers.js';

/** What a system colour keyword computes to right now. */
function systemColour(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

describe('<local-offer-contact> in Chromium media emulation', () => {
  beforeEach(() => clearOfferCache());
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
  });

  it('keeps a visible focus indicator in forced colours', async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const contact = await card(fullOffer());
    await sendKeys({ press: 'Tab' });
    const focused = contact.shadowRoot!.activeElement as HTMLElement;
    expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
    expect(getComputedStyle(focused).outlineWidth).to.equal('3px');
  });

  it('keeps the closed panel, the opened hours and the closed status ring outlined in forced colours', async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    const contact = await card(await nottinghamshire(), { area: ASHFIELD }, MONDAY_NIGHT);
    const text = systemColour('CanvasText');
    const bar = (element: Element, side: 'Left' | 'Top' = 'Left') => {
      const style = getComputedStyle(element);
      return `${style[`border${side}Style`]} ${style[`border${side}Width`]} ${style[`border${side}Color`]}`;
    };
    expect(bar(shadow(contact, '[part="emergency"]')!)).to.equal(`solid 10px ${text}`);
    const details = shadow(contact, '[part="hours-details"]') as HTMLDetailsElement;
    details.open = true;
    expect(bar(details.querySelector('.details-text')!)).to.equal(`solid 5px ${text}`);
    expect(bar(shadow(contact, '.hours')!, 'Top')).to.equal(`solid 1px ${text}`);
    const ring = getComputedStyle(shadow(contact, '.status--closed')!, '::before');
    expect(`${ring.borderTopStyle} ${ring.borderTopWidth} ${ring.borderTopColor}`).to.equal(`solid 2px ${text}`);
    expect(ring.backgroundColor).not.to.equal(text);
  });

  it('runs no animation when reduced motion is asked for', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const contact = await card(fullOffer());
    expect(contact.shadowRoot!.getAnimations().length).to.equal(0);
  });
});
