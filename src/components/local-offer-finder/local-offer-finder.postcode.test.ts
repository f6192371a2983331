import { expect, waitUntil } from '@open-wc/testing';
import { clearOfferCache } from '../../context/offer-loader.js';
import { requestCount, shadow, visibleText } from '../../test-support/element-helpers.js';
import { finder, picker, startUrl, submitPostcode } from '../../test-support/finder-fixtures.js';

describe('<local-offer-finder> postcode lookup', () => {
  beforeEach(async () => {
    clearOfferCache();
    history.replaceState(null, '', startUrl);
    await fetch('/__host__/reset');
  });
  after(() => history.replaceState(null, '', startUrl));

  it('looks a postcode up only through the configured service, and maps it to district and county', async () => {
    const el = await finder({ 'postcode-lookup': '/postcodes/{postcode}' });
    await submitPostcode(el, 'br8 7re');
    await waitUntil(() => picker(el).value === 'E07000111', 'postcode not mapped');
    expect(visibleText(shadow(el, '[part="postcode-message"]')!)).to.equal('BR8 7RE is in Sevenoaks (Kent).');
    expect((shadow(el, '#looked-after') as HTMLSelectElement).value).to.equal('E10000016');
    expect(await requestCount('postcodes/BR87RE')).to.equal(1);
  });

  it('refuses a malformed postcode without any request', async () => {
    const el = await finder({ 'postcode-lookup': '/postcodes/{postcode}' });
    await submitPostcode(el, 'NOT A POSTCODE');
    await el.updateComplete;
    expect(visibleText(shadow(el, '[part="postcode-message"]')!)).to.equal('Enter a full UK postcode, like NG5 1AB');
    expect(shadow(el, '#postcode')!.getAttribute('aria-invalid')).to.equal('true');
    expect(await requestCount('postcodes/NOTAPOSTCODE')).to.equal(0);
    await expect(el).to.be.accessible();
  });

  const fallbacks: [string, string, string, RegExp][] = [
    ['outside England', '/postcodes/{postcode}', 'CF24 4NP', /CF24 4NP is in Wales/],
    ['terminated', '/postcodes/{postcode}', 'SE1 9ZZ', /We couldn't find SE1 9ZZ/],
    ['a failing lookup service', '/__host__/status/500?pc={postcode}', 'SE1 2DL', /couldn't look up postcodes just now/],
    ['a slow lookup service', '/postcodes/{postcode}?delay=9000', 'SE1 2DL', /couldn't look up postcodes just now/],
  ];
  for (const [label, template, postcode, message] of fallbacks) {
    it(`falls back to picking a council for ${label}`, async function () {
      this.timeout(15_000);
      const el = await finder({ 'postcode-lookup': template, timeout: '1500' });
      await submitPostcode(el, postcode);
      await waitUntil(() => message.test(visibleText(shadow(el, '[part="postcode-message"]')!)), `no message for ${label}`, { timeout: 10_000 });
      await waitUntil(() => picker(el).shadowRoot!.activeElement?.matches('input'), 'focus did not move to the council picker');
      expect(picker(el).value).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  }
});
