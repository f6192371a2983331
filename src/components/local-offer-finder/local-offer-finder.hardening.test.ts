/**
 * The finder given links and directories that are wrong: a link with an age in hex or a council that does
 * not exist, a directory that lists one council's offer for another, a bad or huge directory.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { clearOfferCache } from '../../context/offer-loader.js';
import { shadow, visibleText } from '../../test-support/element-helpers.js';
import { ASHFIELD, count, finder, itemTitles, openQuestions, pickCouncil, results, startUrl, untilResults } from '../../test-support/finder-fixtures.js';

const LAMBETH = 'E09000022';
const SOUTHWARK = 'E09000028';

/** A directory served by the test host; its offer addresses are relative to it (../offer/ is the examples). */
function directoryUrl(offers: readonly Record<string, unknown>[]): string {
  const body = JSON.stringify({ schemaVersion: '1.0', id: 'test-directory', title: 'Test directory', isExample: true, lastUpdated: '2026-10-01', offers });
  return `/__host__/echo/directory?body=${encodeURIComponent(body)}`;
}

async function storedDirectory(name: string, offers: readonly Record<string, unknown>[]): Promise<string> {
  const body = JSON.stringify({ schemaVersion: '1.0', id: 'test-directory', title: 'Test directory', isExample: true, lastUpdated: '2026-10-01', offers });
  await fetch(`/__host__/store/${name}`, { method: 'PUT', body });
  return `/__host__/stored/${name}`;
}

describe('<local-offer-finder> given wrong links and directories', () => {
  beforeEach(async () => {
    clearOfferCache();
    history.replaceState(null, '', startUrl);
    await fetch('/__host__/reset');
  });
  after(() => history.replaceState(null, '', startUrl));

  it('reads a link’s age the way the form does: lo-age=0x14 is no age, not 20', async () => {
    history.replaceState(null, '', `${startUrl}?lo-place=${SOUTHWARK}&lo-age=0x14`);
    const el = await finder();
    await untilResults(el);
    expect((shadow(el, '#age') as HTMLInputElement).value).to.equal('');
    expect(count(el)).to.match(/may be for you/);
  });

  it('says so when a link names a council code that is no council, instead of showing an offer for nowhere', async () => {
    history.replaceState(null, '', `${startUrl}?lo-place=E06999999`);
    const el = await finder();
    await el.updateComplete;
    expect(visibleText(shadow(el, '[part="unknown-place"]')!)).to.contain("We don't know the council in this link (E06999999)");
    expect(visibleText(results(el))).to.contain('Tell us where you live, or pick a council');
    expect(shadow(el, '[part="count"]'), 'no results for a made-up place').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says so when a link names a place and an unknown council as the one that looked after them, and which it shows', async () => {
    history.replaceState(null, '', `${startUrl}?lo-place=${ASHFIELD}&lo-cared-for-by=E10999999`);
    const el = await finder();
    await untilResults(el);
    expect(shadow(el, '[part="unknown-place"]'), 'the place is known').to.equal(null);
    const notice = visibleText(shadow(el, '[part="unknown-carer"]')!);
    expect(notice).to.contain('The link you used has a code we do not recognise (E10999999) for the council that looked after you.');
    expect(notice).to.contain('We have used Nottinghamshire, the council for where you live.');
    expect(visibleText(results(el))).to.contain('You were looked after by Nottinghamshire');
    // Choosing the council that looked after them answers it.
    await openQuestions(el);
    const select = shadow(el, '#looked-after') as HTMLSelectElement;
    select.value = 'E08000003';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(shadow(el, '[part="unknown-carer"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('does not show one council’s offer as another’s when the directory lists it wrongly', async () => {
    const directory = directoryUrl([{ councilCode: LAMBETH, name: 'Lambeth Council', url: '../offer/southwark' }]);
    const el = await finder({ directory });
    await pickCouncil(el, 'lambeth');
    await untilResults(el);
    const text = visibleText(results(el));
    expect(text).to.contain("The list of Local Offers gives London Borough of Southwark's offer for London Borough of Lambeth, but that offer does not cover");
    expect(itemTitles(el), 'Southwark’s own items are not offered to a Lambeth resident').not.to.include('Weekly money if you live on your own at 16 or 17');
  });

  it('leaves out a listing with a javascript: address and keeps the rest of the directory', async () => {
    const directory = directoryUrl([
      { councilCode: 'E08000003', name: 'Manchester City Council', url: 'javascript:alert(1)' },
      { councilCode: SOUTHWARK, name: 'London Borough of Southwark', url: '../offer/southwark' },
    ]);
    const el = await finder({ directory });
    await pickCouncil(el, 'southwark');
    await untilResults(el);
    expect(shadow(el, '[part="error"]')).to.equal(null);
    expect(itemTitles(el).length).to.be.greaterThan(5);
    expect(visibleText(results(el))).to.contain('London Borough of Southwark');
  });

  it('uses a directory of 5,000 listings, keeping the first thousand', async () => {
    const listings = [
      { councilCode: SOUTHWARK, name: 'London Borough of Southwark', url: '../offer/southwark' },
      ...Array.from({ length: 4999 }, (_, i) => ({
        councilCode: `E0600${String(1000 + i).padStart(4, '0')}`,
        name: `Council ${i}`,
        url: `../offer/manchester?${i}`,
      })),
    ];
    const el = await finder({ directory: await storedDirectory('five-thousand', listings) });
    await pickCouncil(el, 'southwark');
    await untilResults(el);
    expect(shadow(el, '[part="error"]')).to.equal(null);
    expect(visibleText(results(el))).to.contain('London Borough of Southwark');
  });

  it('words a broken directory as the list of offers, not as "the Local Offer file"', async () => {
    for (const [directory, words] of [
      ['/__host__/not-json/directory', 'The list of Local Offers is damaged'],
      [
        `/__host__/echo/directory?body=${encodeURIComponent('{"schemaVersion":"1.0","id":"x","title":"X","lastUpdated":"2026-10-01","offers":7}')}`,
        'The list of Local Offers has mistakes',
      ],
    ] as const) {
      clearOfferCache();
      const el = await finder({ directory });
      await pickCouncil(el, 'southwark');
      await waitUntil(() => shadow(el, '[part="error"]'), `no error shown: ${visibleText(results(el)).slice(0, 300)}`, { timeout: 5000 });
      const text = visibleText(shadow(el, '[part="error"]')!);
      expect(text).to.contain(words);
      expect(text).not.to.contain('The Local Offer file');
    }
  });
});
