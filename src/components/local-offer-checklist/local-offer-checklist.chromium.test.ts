/** Printing, which only Chromium can emulate from a test; the rest of the checklist's tests run in every engine. */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { clearOfferCache } from '../../context/offer-loader.js';
import { checkbox, checklist, jointOffer } from '../../test-support/checklist-fixtures.js';
import { shadow, shadowAll, visibleText } from '../../test-support/element-helpers.js';

describe('<local-offer-checklist> in print', () => {
  beforeEach(() => {
    clearOfferCache();
    localStorage.clear();
  });

  it('prints every item expanded, with its tick, and without the form and buttons', async () => {
    const element = await checklist(jointOffer());
    checkbox(element, 'Free coffee').click();
    await element.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      await waitUntil(() => shadowAll(element, 'details').every((d) => (d as HTMLDetailsElement).open), 'details not opened for print');
      expect(getComputedStyle(shadow(element, '[part="profile"]')!).display).to.equal('none');
      expect(getComputedStyle(shadow(element, '[part="actions"]')!).display).to.equal('none');
      const coffee = shadowAll(element, '[part="item"]').find((li) => li.textContent!.includes('Free coffee'))!;
      expect(visibleText(coffee)).to.contain('[x] I already get this');
      expect(visibleText(element)).to.contain('Ask your personal adviser.');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    await waitUntil(() => shadowAll(element, 'details').every((d) => !(d as HTMLDetailsElement).open), 'details not closed after print');
  });
});
