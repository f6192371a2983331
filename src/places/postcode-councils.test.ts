import { expect } from '@open-wc/testing';
import { councilsForPostcode } from './postcode-councils.js';
import { normalisePostcode } from '../net/postcode-lookup.js';

async function fixtures(): Promise<Record<string, string>[]> {
  const text = await (await fetch('/data/postcodes/postcode-council-fixtures.csv')).text();
  const rows = text
    .trim()
    .split('\n')
    .map((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '')));
  const [header, ...body] = rows;
  return body.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])));
}

describe('councilsForPostcode (the mapping rule)', () => {
  it('maps every fixture postcode to the councils postcodes.io says', async () => {
    const rows = await fixtures();
    expect(rows.length).to.equal(22);
    for (const row of rows) {
      const place = councilsForPostcode({
        postcode: row.postcode,
        country: row.country,
        codes: { admin_district: row.codes_admin_district, admin_county: row.codes_admin_county },
      });
      if (row.lad_type === 'not-england') {
        expect(place.kind, row.postcode).to.equal('outside-england');
        continue;
      }
      expect(place.kind, row.postcode).to.equal('england');
      if (place.kind !== 'england') continue;
      expect(place.upperTier.code, row.postcode).to.equal(row.upper_tier_gss);
      expect(place.district?.code, row.postcode).to.equal(row.codes_admin_district);
      if (row.lad_type === 'district') expect(place.upperTier.tier, row.postcode).to.equal('county');
      else expect(place.upperTier.code, row.postcode).to.equal(place.district!.code);
    }
  });

  it('names the country outside England', () => {
    expect(councilsForPostcode({ codes: { admin_district: 'W06000015', admin_county: 'W99999999' } })).to.include({
      kind: 'outside-england',
      country: 'Wales',
    });
    expect(councilsForPostcode({ codes: { admin_district: 'S12000033', admin_county: 'S99999999' } })).to.include({ country: 'Scotland' });
    expect(councilsForPostcode({ codes: { admin_district: 'N09000003' } })).to.include({ country: 'Northern Ireland' });
    expect(councilsForPostcode({ country: 'Channel Islands', codes: { admin_district: 'L99999999', admin_county: 'L99999999' } })).to.include({
      country: 'the Channel Islands',
    });
  });

  it('treats an English code it does not know as unknown, not as a wrong council', () => {
    expect(councilsForPostcode({ codes: { admin_district: 'E06999999', admin_county: 'E99999999' } }).kind).to.equal('unknown-council');
    expect(councilsForPostcode({ codes: {} }).kind).to.equal('unknown-council');
  });
});

describe('normalisePostcode', () => {
  it('normalises case and spaces', () => {
    expect(normalisePostcode(' sw1a2dd ')).to.equal('SW1A 2DD');
    expect(normalisePostcode('m1   1ad')).to.equal('M1 1AD');
  });
  it('refuses what cannot be a postcode', () => {
    for (const input of ['', 'hello', 'NG5', '12345', 'SW1A 2DDD', '<script>', 'javascript:alert(1)'])
      expect(normalisePostcode(input), input).to.equal(undefined);
  });
});
