import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define.js';
import { clearOfferCache } from '../../context/offer-loader.js';
import { COUNCILS } from '../../places/council-registry.js';
import { shadow, shadowAll, typeText, visibleText } from '../../test-support/element-helpers.js';
import { onPhone } from '../../test-support/phone.js';
import type { LocalOfferCoverageElement } from './local-offer-coverage.js';

const NOW = new Date('2026-11-23T10:00:00Z');
const startUrl = location.href.split('?')[0]!;

async function coverage(attributes = 'directory="/schema/examples/directory.json"'): Promise<LocalOfferCoverageElement> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  container.innerHTML = `<local-offer-coverage ${attributes}></local-offer-coverage>`;
  const el = container.firstElementChild as LocalOfferCoverageElement;
  el.now = NOW;
  await el.updateComplete;
  await waitUntil(() => shadow(el, '[part="table"]') || shadow(el, '[part="error"]'), 'no coverage shown', { timeout: 10_000 });
  return el;
}

const row = (el: LocalOfferCoverageElement, code: string) => shadow(el, `tr#row-${code}`)!;
const rowText = (el: LocalOfferCoverageElement, code: string) => visibleText(row(el, code));
const firstColumn = (el: LocalOfferCoverageElement) => shadowAll(el, 'tbody tr th').map((th) => th.textContent!.trim());

describe('<local-offer-coverage>', () => {
  beforeEach(async () => {
    clearOfferCache();
    history.replaceState(null, '', startUrl);
    await fetch('/__host__/reset');
  });
  after(() => history.replaceState(null, '', startUrl));

  it('draws a hexagon for every district-level council in England, and says in words what the map shows', async () => {
    const el = await coverage();
    const hexes = shadowAll(el, '[part="hex"]');
    const districtLevel = COUNCILS.filter((council) => council.tier !== 'county').map((council) => council.code);
    expect(districtLevel).to.have.length(296);
    expect(hexes.map((hex) => hex.getAttribute('data-code')).sort()).to.deep.equal([...districtLevel].sort());
    const svg = shadow(el, '[part="map-svg"]')!;
    expect(svg.getAttribute('aria-labelledby')).to.equal('map-caption');
    const caption = visibleText(shadow(el, '[part="map-caption"]')!);
    expect(caption).to.contain("A map of England's 296 district-level councils");
    // Example directory: Manchester, Southwark, Eastleigh, Telford and Rochdale publish their own; the
    // seven Nottinghamshire districts are in the county's joint offer.
    expect(caption).to.contain("Own offer: 5; Joint offer: 7; County's offer only: 0; No offer listed: 284");
    const ashfield = hexes.find((hex) => hex.getAttribute('data-code') === 'E07000170')!;
    expect(ashfield.getAttribute('aria-label')).to.equal("Ashfield: In Nottinghamshire's joint offer");
    expect(ashfield.querySelector('polygon')!.getAttribute('data-category')).to.equal('joint');
    expect(visibleText(shadow(el, '[part="legend"]')!)).to.contain('Joint offer: 7');
    await expect(el).to.be.accessible();
  });

  it('has the same data as a table: offer, review date (stale or not), allowance against the recommended figure, council tax', async () => {
    const el = await coverage();
    const table = shadow(el, '[part="table"]')!;
    expect(visibleText(table.querySelector('caption')!)).to.equal('Local Offers of councils in England');
    expect(shadowAll(el, 'tbody tr')).to.have.length(317);
    expect(rowText(el, 'E10000024'))
      .to.contain('Publishes its own offer')
      .and.contain('£3,500, above the £3,000 the government recommends')
      .and.contain('Until 25');
    expect(rowText(el, 'E06000020')).to.contain('up to £3,559, above the £3,000 the government recommends');
    expect(rowText(el, 'E08000005')).to.contain('1 June 2025: more than 12 months ago').and.contain('£3,000, the amount the government recommends');
    expect(rowText(el, 'E07000086')).to.contain('Publishes its own offer').and.contain('Until 25, in part').and.contain('Not in the offer');
    expect(rowText(el, 'E07000170')).to.contain("In Nottinghamshire's joint offer");
    expect(rowText(el, 'E10000016')).to.contain('No offer listed').and.contain('Not known');
    expect(row(el, 'E10000024').querySelector('th')!.getAttribute('scope')).to.equal('row');
  });

  it('sorts the table by a column, both ways, and says which way in aria-sort', async () => {
    const el = await coverage();
    const button = () => shadow(el, '[part="sort-button"][data-sort="setting-up-home"]')!;
    button().click();
    await el.updateComplete;
    expect(button().closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    const ascending = firstColumn(el);
    expect(ascending[0], 'least first: Manchester and Rochdale give £3,000').to.equal('Manchester City Council');
    expect(ascending.slice(-1)[0], 'nothing known sorts last').to.match(/Council|Borough/);
    button().click();
    await el.updateComplete;
    expect(button().closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    const descending = firstColumn(el);
    expect(descending[0], 'most first').to.equal('Telford & Wrekin Council');
    expect(descending.indexOf('Kent County Council'), 'nothing known still sorts last').to.be.greaterThan(20);
  });

  it('filters the table by name and by what councils publish, and says how many it shows', async () => {
    const el = await coverage();
    const search = shadow(el, '[part="filter-input"]') as HTMLInputElement;
    search.focus();
    await typeText('ash');
    await el.updateComplete;
    expect(firstColumn(el)).to.include('Ashfield District Council').and.include('Ashford Borough Council');
    expect(visibleText(shadow(el, '[part="row-count"]')!)).to.match(/^Showing \d+ councils of 317$/);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    const show = shadow(el, '[part="show-select"]') as HTMLSelectElement;
    show.value = 'stale';
    show.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(firstColumn(el)).to.deep.equal(['Rochdale Metropolitan Borough Council']);
    expect(visibleText(shadow(el, '[part="row-count"]')!)).to.equal('Showing 1 council of 317');
  });

  it('is used with the keyboard alone: one tab stop on the map, arrows between hexagons, Enter opens the row', async () => {
    const el = await coverage();
    const active = () => shadowAll(el, '[part="hex"]').filter((hex) => hex.getAttribute('tabindex') === '0');
    expect(active(), 'one tab stop').to.have.length(1);
    const start = active()[0]!;
    (start as unknown as HTMLElement).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const moved = el.shadowRoot!.activeElement!;
    expect(moved.getAttribute('part')).to.equal('hex');
    expect(moved.getAttribute('data-code')).to.not.equal(start.getAttribute('data-code'));
    expect(active()).to.deep.equal([moved]);
    await sendKeys({ press: 'Enter' });
    const code = moved.getAttribute('data-code')!;
    await waitUntil(() => el.shadowRoot!.activeElement === row(el, code).querySelector('th'), 'Enter did not move to the row');
    expect(row(el, code).classList.contains('selected')).to.equal(true);
    expect(visibleText(shadow(el, '[part="announcement"]')!)).to.match(/is shown in the table\.$/);
  });

  it('colours the map by another measure, with the key in words', async () => {
    const el = await coverage();
    (shadow(el, '#measure-setting-up-home') as HTMLInputElement).click();
    await el.updateComplete;
    const legend = visibleText(shadow(el, '[part="legend"]')!);
    expect(legend).to.contain('Above the recommended amount: 9').and.contain('The recommended amount: 2');
    const ashfield = shadow(el, '[part="hex"][data-code="E07000170"]')!;
    expect(ashfield.getAttribute('aria-label')).to.equal('Ashfield: £3,500, above the £3,000 the government recommends');
    expect(visibleText(shadow(el, '[part="source-note"]')!)).to.contain('£3,000 is from the national catalogue');
    await expect(el).to.be.accessible();
  });

  it('keeps the measure and the sort in the address bar: a link restores them, and Back undoes', async () => {
    const el = await coverage();
    (shadow(el, '#measure-reviewed') as HTMLInputElement).click();
    shadow(el, '[part="sort-button"][data-sort="reviewed"]')!.click();
    shadow(el, '[part="sort-button"][data-sort="reviewed"]')!.click();
    await el.updateComplete;
    const params = new URL(location.href).searchParams;
    expect([params.get('lo-map-measure'), params.get('lo-map-sort')]).to.deep.equal(['reviewed', '-reviewed']);
    const link = location.href;
    el.remove();
    history.replaceState(null, '', link);
    const restored = await coverage();
    expect((shadow(restored, '#measure-reviewed') as HTMLInputElement).checked).to.equal(true);
    expect(shadow(restored, '[part="sort-button"][data-sort="reviewed"]')!.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    expect(firstColumn(restored).slice(0, 2), 'newest review first, then by name').to.deep.equal(['Ashfield District Council', 'Bassetlaw District Council']);
    history.back();
    await waitUntil(
      () => shadow(restored, '[part="sort-button"][data-sort="reviewed"]')!.closest('th')!.getAttribute('aria-sort') === 'ascending',
      'Back did not undo',
    );
  });

  it('reads a coverage report file, and explains a file that is not one', async () => {
    const report = {
      reportVersion: '1.0',
      generated: '2026-11-20',
      staleAfterMonths: 12,
      councils: [
        { councilCode: 'E06000001', publishes: true, valid: true, lastReviewed: '2026-10-01', stale: false, settingUpHome: { pence: 280_000 } },
        { councilCode: 'E06000002', publishes: true, valid: false },
        { councilCode: 'not a code', publishes: true },
      ],
    };
    await fetch('/__host__/store/coverage-report', { method: 'PUT', body: JSON.stringify(report) });
    const good = await coverage('report="/__host__/stored/coverage-report"');
    expect(rowText(good, 'E06000001')).to.contain('Publishes its own offer').and.contain('£2,800, below the £3,000 the government recommends');
    expect(rowText(good, 'E06000002')).to.contain('Its offer file has errors');
    const bad = await coverage('report="/__host__/offer/manchester"');
    expect(visibleText(shadow(bad, '[part="error"]')!)).to.contain('The coverage report could not be read.');
  });

  it('reads the report `local-offer directory build --report` writes, and shows what the directory shows', async () => {
    // test/fixtures/coverage-report/examples-report.json: the command-line tool's report of the example directory.
    const el = await coverage('report="/test/fixtures/coverage-report/examples-report.json"');
    expect(rowText(el, 'E10000024'))
      .to.contain('Publishes its own offer')
      .and.contain('£3,500, above the £3,000 the government recommends')
      .and.contain('Until 25');
    expect(rowText(el, 'E06000020')).to.contain('up to £3,559, above the £3,000 the government recommends');
    expect(rowText(el, 'E07000086')).to.contain('Publishes its own offer').and.contain('Until 25, in part');
    expect(rowText(el, 'E07000170')).to.contain("In Nottinghamshire's joint offer").and.contain('Until 25');
    expect(rowText(el, 'E08000005')).to.contain('more than 12 months ago');
    expect(rowText(el, 'E10000016')).to.contain('No offer listed');
    expect(visibleText(shadow(el, '[part="map-caption"]')!)).to.contain("Own offer: 5; Joint offer: 7; County's offer only: 0; No offer listed: 284");
  });

  it('on a phone, shows each row of the table as a card with its cells labelled', async () => {
    const phone = await onPhone();
    try {
      const el = await coverage();
      if (phone.width) el.style.width = phone.width;
      await el.updateComplete;
      const notts = row(el, 'E10000024');
      expect(getComputedStyle(notts).display).to.equal('block');
      const allowance = notts.querySelectorAll('td')[3]!;
      expect(visibleText(allowance)).to.contain('£3,500');
      // Each cell says its column: Chromium gives the resolved text, Firefox the attr() it comes from.
      expect(allowance.getAttribute('data-label')).to.equal('Setting-up-home allowance: ');
      expect(getComputedStyle(allowance, '::before').content).to.be.oneOf(['"Setting-up-home allowance: "', 'attr(data-label)']);
      expect(notts.getBoundingClientRect().width).to.be.at.most(360);
      expect(shadow(el, '[part="map-svg"]')!.getBoundingClientRect().width).to.be.at.most(360);
    } finally {
      await phone.restore();
    }
  });
});
