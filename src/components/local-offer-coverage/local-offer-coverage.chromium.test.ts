/** Forced colours and reduced motion, which only Chromium can emulate from a test. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../define.js';
import { clearOfferCache } from '../../context/offer-loader.js';
import { emulateMediaFeatures, shadow, shadowAll } from '../../test-support/element-helpers.js';
import type { LocalOfferCoverageElement } from './local-offer-coverage.js';

async function coverage(): Promise<LocalOfferCoverageElement> {
  const el = await fixture<LocalOfferCoverageElement>(html`<local-offer-coverage directory="/schema/examples/directory.json"></local-offer-coverage>`);
  await waitUntil(() => shadow(el, '[part="table"]'), 'no coverage', { timeout: 10_000 });
  return el;
}

/** What a category's pattern tile and marks are painted with. */
function paint(el: LocalOfferCoverageElement, category: string) {
  const pattern = shadow(el, `pattern#pattern-${category}`)!;
  const tile = getComputedStyle(pattern.querySelector('rect')!).fill;
  const mark = pattern.querySelector('.mark');
  return { tile, mark: mark ? getComputedStyle(mark).stroke : 'none' };
}

describe('<local-offer-coverage> in forced colours and with reduced motion', () => {
  beforeEach(() => clearOfferCache());
  afterEach(() => emulateMediaFeatures([]));

  it('tells the categories apart by pattern, drawn in system colours, when colours are forced', async () => {
    const el = await coverage();
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    await waitUntil(() => matchMedia('(forced-colors: active)').matches, 'forced colours not emulated');
    const own = paint(el, 'own');
    const joint = paint(el, 'joint');
    const none = paint(el, 'none');
    expect(own.tile, 'own: solid in the text colour').to.not.equal(none.tile);
    expect(joint.tile, 'joint: the background, with lines').to.equal(none.tile);
    expect(joint.mark, 'the lines in the text colour').to.equal(own.tile);
    expect(shadow(el, 'pattern#pattern-county circle'), 'county: dots').to.exist;
    expect(shadowAll(el, '[part="legend-item"]').map((item) => item.textContent!.replace(/\s+/g, ' ').trim())).to.include('Joint offer: 7');
  });

  it('moves nothing when the reader asks for reduced motion', async () => {
    const el = await coverage();
    await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await waitUntil(() => matchMedia('(prefers-reduced-motion: reduce)').matches, 'reduced motion not emulated');
    expect(getComputedStyle(shadow(el, '[part="hex"] polygon')!).transitionDuration).to.equal('0s');
    await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    await waitUntil(() => matchMedia('(prefers-reduced-motion: no-preference)').matches, 'motion not restored');
    expect(getComputedStyle(shadow(el, '[part="hex"] polygon')!).transitionDuration, 'the test can fail').to.equal('0.1s');
  });
});
