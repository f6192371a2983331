/**
 * Forced colours and reduced motion, which only Chromium can emulate from a test (through CDP); these run
 * in Chromium only, the rest of the card's tests in every engine.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { clearOfferCache } from '../../context/offer-loader.js';
import { card, fullOffer } from '../../test-support/contact-fixtures.js';
import { emulateMediaFeatures } from '../../test-support/element-helpers.js';

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

  it('runs no animation when reduced motion is asked for', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const contact = await card(fullOffer());
    expect(contact.shadowRoot!.getAnimations().length).to.equal(0);
  });
});
