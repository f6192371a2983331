import { expect } from '@open-wc/testing';
import { COUNCILS, countyOf } from '../../places/council-registry.js';
import type { Offer } from '../../schema/offer-schema.js';
import { categoryOf, coverageRows, filterRows, sortRows } from './coverage-measures.js';
import { deriveCoverage, readCoverageReport, type ListedOffer } from './coverage-report.js';
import { readCoverageState, writeCoverageState } from './coverage-url-state.js';
import { layoutHexes, neighbourOf, parseHexLines } from './hex-layout.js';
import { HEX_LINES } from './hexes.data.js';

const load = async (name: string) => (await (await fetch(`/schema/examples/${name}.json`)).json()) as Offer;
const options = { now: new Date('2026-11-23T10:00:00Z'), staleAfterMonths: 12, countyOf: (code: string) => countyOf(code)?.code, generated: '2026-11-23' };

describe('coverage (pure)', () => {
  it('works out who publishes, who is in a joint offer, validity, staleness and the two key figures', async () => {
    const notts = await load('nottinghamshire');
    const listed: ListedOffer[] = [
      { councilCode: 'E10000024', covers: notts.covers!, url: 'https://example.org/notts.json', offer: notts },
      { councilCode: 'E08000005', covers: [], offer: await load('rochdale') },
      { councilCode: 'E07000086', covers: [], offer: await load('eastleigh') },
      { councilCode: 'E09000028', covers: [], invalid: true },
      { councilCode: 'E08000003', covers: [], loadError: 'timeout' },
    ];
    const report = deriveCoverage(listed, options);
    const of = (code: string) => report.councils.find((entry) => entry.councilCode === code);
    expect(of('E10000024')).to.deep.include({
      publishes: true,
      valid: true,
      stale: false,
      settingUpHome: { pence: 350_000 },
      councilTax: { untilAge: 25, inPart: false },
    });
    expect(of('E07000170')).to.deep.include({
      publishes: false,
      coveredBy: 'E10000024',
      offerUrl: 'https://example.org/notts.json',
      councilTax: { untilAge: 25, inPart: false },
    });
    expect(of('E08000005')).to.include({ stale: true, lastReviewed: '2025-06-01' });
    expect(of('E07000086')!.councilTax).to.deep.equal({ untilAge: 25, inPart: true });
    expect(of('E07000086')!.settingUpHome, 'a district gives no allowance').to.equal(undefined);
    expect(of('E09000028')).to.deep.equal({ councilCode: 'E09000028', publishes: true, valid: false });
    expect(of('E08000003')).to.deep.equal({ councilCode: 'E08000003', publishes: true, loadError: 'timeout' });
    expect(of('E10000016'), 'nothing said of a council with no offer').to.equal(undefined);
    expect(readCoverageReport(JSON.parse(JSON.stringify(report)))).to.deep.equal(report);
  });

  it('reads the report documented in docs/compare-and-coverage.md exactly as it is written', async () => {
    const page = await (await fetch('/docs/compare-and-coverage.md')).text();
    const documented = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(page)![1]!);
    expect(readCoverageReport(documented)).to.deep.equal(documented);
  });

  it('reads only the documented shape from a report file', () => {
    expect(readCoverageReport([])).to.equal(undefined);
    const read = readCoverageReport({
      councils: [{ councilCode: 'E06000001', publishes: 'yes', settingUpHome: { pence: 'a lot' }, lastReviewed: 'soon' }, { councilCode: 'X' }],
    });
    expect(read!.councils).to.deep.equal([{ councilCode: 'E06000001', publishes: false, settingUpHome: {} }]);
  });

  it('puts every council in a category for each measure, a district with no offer under its county’s', async () => {
    const hampshire = await load('southwark');
    const report = deriveCoverage(
      [
        { councilCode: 'E10000014', covers: [], offer: { ...hampshire, publisher: { ...hampshire.publisher, councilCode: 'E10000014' } } },
        { councilCode: 'E07000086', covers: [], offer: await load('eastleigh') },
      ],
      options,
    );
    const rows = coverageRows(COUNCILS, report);
    expect(rows).to.have.length(317);
    const row = (code: string) => rows.find((r) => r.council.code === code)!;
    expect(categoryOf(row('E07000086'), 'publishes', 300_000)).to.equal('own');
    expect(categoryOf(row('E07000084'), 'publishes', 300_000), 'Basingstoke: Hampshire’s offer only').to.equal('county');
    expect(categoryOf(row('E07000084'), 'setting-up-home', 300_000), 'the county’s allowance applies').to.equal('above');
    expect(categoryOf(row('E07000084'), 'council-tax', 300_000), 'but not the county’s council tax').to.equal('unknown');
    expect(categoryOf(row('E07000086'), 'council-tax', 300_000)).to.equal('part');
    expect(categoryOf(row('E08000003'), 'reviewed', 300_000)).to.equal('unknown');
  });

  it('sorts with what is unknown last either way, and filters by name and status', async () => {
    const report = deriveCoverage([{ councilCode: 'E08000005', covers: [], offer: await load('rochdale') }], options);
    const rows = coverageRows(COUNCILS, report);
    for (const descending of [false, true]) {
      const sorted = sortRows(rows, { key: 'reviewed', descending });
      expect(sorted[0]!.council.code).to.equal('E08000005');
    }
    expect(sortRows(rows, { key: 'name', descending: false })[0]!.council.shortName).to.equal('Adur');
    expect(filterRows(rows, 'rochd', 'all').map((r) => r.council.code)).to.deep.equal(['E08000005']);
    expect(filterRows(rows, '', 'stale').map((r) => r.council.code)).to.deep.equal(['E08000005']);
    expect(filterRows(rows, '', 'none')).to.have.length(316);
  });

  it('reads and writes its view in the address bar, leaving out what is as it starts and anything malformed', () => {
    const href = writeCoverageState(
      { measure: 'council-tax', show: 'stale', query: 'ash', sort: { key: 'reviewed', descending: true } },
      'https://x.example/p?a=1#m',
    );
    expect(href).to.equal('https://x.example/p?a=1&lo-map-measure=council-tax&lo-map-show=stale&lo-map-q=ash&lo-map-sort=-reviewed#m');
    expect(readCoverageState(new URL(href).search)).to.deep.equal({
      measure: 'council-tax',
      show: 'stale',
      query: 'ash',
      sort: { key: 'reviewed', descending: true },
    });
    expect(writeCoverageState({ measure: 'publishes', show: 'all', query: '', sort: { key: 'name', descending: false } }, 'https://x.example/p')).to.equal(
      'https://x.example/p',
    );
    expect(readCoverageState('?a=1')).to.equal(undefined);
    expect(readCoverageState('?lo-map-measure=colour&lo-map-sort=-nonsense&lo-map-show=all')).to.deep.equal({ show: 'all' });
  });

  it('lays out the 296 hexagons north up, and the arrow keys reach a neighbour', () => {
    const layout = layoutHexes(parseHexLines(HEX_LINES));
    expect(layout.hexes).to.have.length(296);
    const at = (code: string) => layout.hexes.find((hex) => hex.code === code)!;
    const northumberland = at('E06000057');
    const cornwall = at('E06000052');
    expect(northumberland.y, 'north is up').to.be.lessThan(cornwall.y);
    expect(cornwall.x, 'west is left').to.be.lessThan(at('E07000112').x);
    for (const hex of layout.hexes) {
      expect(hex.x).to.be.within(0, layout.width);
      expect(hex.y).to.be.within(0, layout.height);
    }
    const middlesbrough = at('E06000002');
    expect(neighbourOf(layout.hexes, middlesbrough, 'right')!.code, 'Redcar is east of Middlesbrough').to.equal('E06000003');
    expect(neighbourOf(layout.hexes, middlesbrough, 'left')!.code).to.equal('E06000004');
    const westmost = layout.hexes.reduce((west, hex) => (hex.x < west.x ? hex : west));
    expect(neighbourOf(layout.hexes, westmost, 'left'), 'the edge of the map').to.equal(undefined);
    expect(neighbourOf(layout.hexes, at('E06000001'), 'down')!.y).to.be.greaterThan(at('E06000001').y);
  });

  it('holds every English hexagon of the HexJSON it was generated from', async () => {
    const hexjson = await (await fetch('/data/hexmaps/uk-local-authority-districts-2023.hexjson')).json();
    const english = Object.entries(hexjson.hexes as Record<string, { q: number; r: number }>).filter(([code]) => code.startsWith('E'));
    expect(parseHexLines(HEX_LINES)).to.deep.equal(english.map(([code, hex]) => ({ code, q: hex.q, r: hex.r })).sort((a, b) => a.code.localeCompare(b.code)));
  });
});
