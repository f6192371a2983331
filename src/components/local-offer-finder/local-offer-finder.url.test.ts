import { expect, waitUntil } from '@open-wc/testing';
import { clearOfferCache } from '../../context/offer-loader.js';
import { shadow } from '../../test-support/element-helpers.js';
import { ASHFIELD, finder, picker, pickCouncil, setAnswers, startUrl, untilResults } from '../../test-support/finder-fixtures.js';

describe('<local-offer-finder> in the address bar', () => {
  beforeEach(async () => {
    clearOfferCache();
    history.replaceState(null, '', startUrl);
    await fetch('/__host__/reset');
  });
  after(() => history.replaceState(null, '', startUrl));

  it('keeps the view in the URL, restores it from a link, and Back returns to the previous view', async () => {
    const el = await finder();
    await pickCouncil(el, 'ashfield');
    await setAnswers(el, '21', 'left-care-16-17');
    await untilResults(el);
    (shadow(el, '#area-accommodation') as HTMLInputElement).click();
    await el.updateComplete;
    const params = new URL(location.href).searchParams;
    expect(params.get('lo-place')).to.equal(ASHFIELD);
    expect(params.get('lo-age')).to.equal('21');
    expect(params.get('lo-situation')).to.equal('left-care-16-17');
    expect(params.get('lo-areas')).to.equal('accommodation');
    const link = location.href;

    el.remove();
    history.replaceState(null, '', link);
    const restored = await finder();
    await untilResults(restored);
    expect(picker(restored).value).to.equal(ASHFIELD);
    expect((shadow(restored, '#age') as HTMLInputElement).value).to.equal('21');
    expect((shadow(restored, '#area-accommodation') as HTMLInputElement).checked).to.equal(true);

    (shadow(restored, '#area-accommodation') as HTMLInputElement).click();
    await restored.updateComplete;
    expect(new URL(location.href).searchParams.has('lo-areas')).to.equal(false);
    history.back();
    await waitUntil(() => (shadow(restored, '#area-accommodation') as HTMLInputElement).checked, 'Back did not restore the filter');
  });

  it('leaves the URL alone with no-url-state', async () => {
    const el = await finder({ 'no-url-state': '' });
    await pickCouncil(el, 'ashfield');
    expect(location.search).to.equal('');
  });

  it('follows no-url-state both ways: off, Back does nothing; on again, Back restores the view again', async () => {
    const el = await finder();
    await pickCouncil(el, 'ashfield');
    await untilResults(el);
    const withPlace = location.href;
    history.pushState(null, '', startUrl);
    el.noUrlState = true;
    await el.updateComplete;
    history.pushState(null, '', withPlace);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await el.updateComplete;
    expect(picker(el).value, 'not listening while switched off').to.equal(ASHFIELD);
    history.replaceState(null, '', startUrl);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await el.updateComplete;
    expect(picker(el).value, 'still not listening').to.equal(ASHFIELD);

    el.noUrlState = false;
    await el.updateComplete;
    history.replaceState(null, '', startUrl);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitUntil(() => picker(el).value === undefined, 'switched back on, it did not listen to Back again');
    history.replaceState(null, '', withPlace);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitUntil(() => picker(el).value === ASHFIELD, 'Back to a view with a place did not restore it');
  });
});
