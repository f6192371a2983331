import { expect } from '@open-wc/testing';
import { NATIONAL_ENTITLEMENTS } from '../../entitlements/national-catalogue.js';
import { countyOf } from '../../places/council-registry.js';
import type { Offer } from '../../schema/offer-schema.js';
import { comparableAmount, standingOf } from './comparable-amount.js';
import { buildComparison, type CompareCell } from './compare-rows.js';
import { parseCouncilList, readCompareState, writeCompareState } from './compare-url-state.js';

const load = async (name: string) => (await (await fetch(`/schema/examples/${name}.json`)).json()) as Offer;
const options = { catalogue: NATIONAL_ENTITLEMENTS, countyOf: (code: string) => countyOf(code)?.code, today: '2026-11-23' };
const rowOf = (groups: ReturnType<typeof buildComparison>, key: string) => groups.flatMap((g) => g.rows).find((row) => row.key === key)!;
const pence = (cell: CompareCell | undefined) => (cell?.kind === 'in-offer' ? cell.entries.map((e) => e.item.value?.amountPence) : cell?.kind);

describe('comparing offers (pure)', () => {
  it('puts both councils’ setting-up-home allowances on the catalogue’s row, above or the same as the recommended £3,000', async () => {
    const groups = buildComparison(
      [
        { code: 'E10000024', offer: await load('nottinghamshire') },
        { code: 'E08000003', offer: await load('manchester') },
      ],
      options,
    );
    const row = rowOf(groups, 'setting-up-home-allowance');
    expect(row.area).to.equal('accommodation');
    expect(row.national?.amountPence).to.equal(300_000);
    expect(pence(row.cells[0])).to.deep.equal([350_000]);
    expect(pence(row.cells[1])).to.deep.equal([300_000]);
    const [notts, manchester] = row.cells.map((cell) => (cell.kind === 'in-offer' ? cell.entries[0] : undefined));
    expect([notts?.standing, notts?.differencePence]).to.deep.equal(['above', 50_000]);
    expect(manchester?.standing).to.equal('same');
    expect(groups.map((g) => g.area)[0], 'areas in the statutory order').to.equal('health-and-wellbeing');
  });

  it('tells "not in this offer" from "not stated", and a council with no offer from both', async () => {
    const manchester = await load('manchester');
    const vague = structuredClone(manchester);
    vague.entitlements = vague.entitlements.map((item) =>
      item.nationalEntitlement === 'setting-up-home-allowance' ? { ...item, value: { description: 'Money for your first home' } } : item,
    );
    const groups = buildComparison(
      [
        { code: 'E08000003', offer: vague },
        { code: 'E09000028', offer: await load('southwark') },
        { code: 'E10000016', offer: undefined },
      ],
      options,
    );
    const allowance = rowOf(groups, 'setting-up-home-allowance');
    expect(allowance.cells[0]).to.include({ kind: 'in-offer', notStated: true });
    expect(allowance.cells[2]).to.deep.equal({ kind: 'no-offer' });
    // No example offer mentions the return-to-education help; the national column still shows it.
    expect(rowOf(groups, 'return-to-education-21-24').cells[0]).to.deep.equal({ kind: 'not-in-offer' });
  });

  it('lists each council’s own items under it, and in a district’s column only that district’s', async () => {
    const notts = await load('nottinghamshire');
    const groups = buildComparison(
      [
        { code: 'E07000170', offer: notts },
        { code: 'E10000024', offer: notts },
      ],
      options,
    );
    const leisure = rowOf(groups, 'local:health-and-wellbeing');
    const titles = (cell: CompareCell | undefined) => (cell?.kind === 'in-offer' ? cell.entries.map((e) => e.item.id) : []);
    expect(titles(leisure.cells[0])).to.include('ashfield-leisure-pass').and.not.include('bassetlaw-leisure-pass');
    expect(titles(leisure.cells[1])).to.include.members(['ashfield-leisure-pass', 'bassetlaw-leisure-pass']);
  });

  it('puts amounts in comparable terms: a week is 52 of them a year, a fixed count is a total, tiers do not compare', () => {
    expect(comparableAmount({ amountPence: 7500, period: 'week' })).to.deep.equal({ pence: 390_000, per: 'year', upTo: false, converted: true });
    expect(comparableAmount({ amountPence: 5790, period: 'week', count: 5 })).to.include({ pence: 28_950, per: 'once' });
    expect(comparableAmount({ amountPence: 120_000, period: 'academic-year', upTo: true })).to.include({
      pence: 120_000,
      per: 'year',
      upTo: true,
      converted: false,
    });
    expect(comparableAmount({ percentage: 100, kind: 'discount' })).to.include({ percentage: 100 });
    expect(comparableAmount({ tiers: [{ amountPence: 1 }, { amountPence: 2 }] })).to.equal(undefined);
    expect(comparableAmount({ amountPence: 500, kind: 'price' })).to.equal(undefined);
    expect(standingOf(comparableAmount({ amountPence: 250_000 }), comparableAmount({ amountPence: 300_000 }))).to.deep.equal({
      standing: 'below',
      differencePence: 50_000,
    });
    expect(standingOf(comparableAmount({ amountPence: 300_000, period: 'year' }), comparableAmount({ amountPence: 300_000 })), 'a year is not once').to.equal(
      undefined,
    );
  });

  it('reads and writes the councils in the address bar, ignoring what is not a council code', () => {
    expect(parseCouncilList('e10000024, E08000003 nonsense E08000003')).to.deep.equal(['E10000024', 'E08000003']);
    expect(parseCouncilList('E06000001 E06000002 E06000003 E06000004 E06000005')).to.have.length(4);
    expect(readCompareState('?lo-compare=E10000024,E08000003&x=1')).to.deep.equal(['E10000024', 'E08000003']);
    expect(readCompareState('?x=1')).to.equal(undefined);
    expect(writeCompareState(['E10000024', 'E08000003'], 'https://council.example/page?x=1#top')).to.equal(
      'https://council.example/page?x=1&lo-compare=E10000024%2CE08000003#top',
    );
    expect(writeCompareState([], 'https://council.example/page?lo-compare=E10000024')).to.equal('https://council.example/page');
  });
});
