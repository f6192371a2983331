// The council registry is packed into a compact text (src/places/councils.data.ts) to keep the bundle small.
// This checks that what the built library decodes is, field by field, what the source CSV says. It reads
// dist/, which `npm test` builds before the Node tests.
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from '../../scripts/generate-councils.mjs';
import { COUNCILS } from '../../dist/src/places/council-registry.js';

const [header, ...rows] = parseCsv(readFileSync(new URL('../../data/england-councils-extended.csv', import.meta.url), 'utf8'));
const csv = rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));

describe('council registry', () => {
  it('holds every council in the CSV, once', () => {
    assert.equal(COUNCILS.length, csv.length);
    assert.equal(new Set(COUNCILS.map((council) => council.code)).size, csv.length);
  });

  it('decodes every field of every council as the CSV gives it', () => {
    const byCode = new Map(COUNCILS.map((council) => [council.code, council]));
    for (const row of csv) {
      const council = byCode.get(row.gss_code);
      assert.ok(council, `${row.gss_code} is missing`);
      assert.deepEqual(
        { ...council },
        {
          code: row.gss_code,
          name: row.name,
          shortName: row.short_name,
          onsName: row.ons_name,
          // The CSV calls the City of London Corporation "other"; it runs children's services as a London borough does.
          tier: row.type === 'other' && row.gss_code.startsWith('E09') ? 'london-borough' : row.type,
          ...(row.county_gss_code ? { countyCode: row.county_gss_code } : {}),
          region: row.region_name,
          ...(row.gov_uk_slug ? { govUkUrl: `https://www.gov.uk/find-local-council/${row.gov_uk_slug}` } : {}),
        },
        row.gss_code,
      );
    }
  });
});
