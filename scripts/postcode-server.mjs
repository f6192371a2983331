// A stand-in for postcodes.io, answering GET /postcodes/{postcode} in its format from the fixtures in
// data/postcodes/ — no internet. Used by `npm start` (the finder demo) and by the browser tests.
// Terminated postcodes (SE1 9ZZ) and unknown ones answer 404, as postcodes.io does.
import { readFileSync } from 'node:fs';
import { parseCsv } from './generate-councils.mjs';

const DATA = new URL('../data/postcodes/', import.meta.url);
const compact = (postcode) => postcode.replace(/\s+/g, '').toUpperCase();

function loadFixtures() {
  const [header, ...rows] = parseCsv(readFileSync(new URL('postcode-council-fixtures.csv', DATA), 'utf8'));
  const full = JSON.parse(readFileSync(new URL('postcodes-io-lookup-response-BR8-7RE.json', DATA), 'utf8'));
  const answers = new Map();
  for (const row of rows) {
    const record = Object.fromEntries(header.map((name, i) => [name, row[i]]));
    if (/TERMINATED/.test(record.notes)) continue;
    const result =
      compact(record.postcode) === compact(full.result.postcode)
        ? full.result
        : {
            postcode: record.postcode,
            country: record.country,
            admin_district: record.admin_district || null,
            admin_county: record.admin_county || null,
            codes: { admin_district: record.codes_admin_district, admin_county: record.codes_admin_county, lau2: record.codes_admin_district },
          };
    answers.set(compact(record.postcode), { status: 200, result });
  }
  return answers;
}

const answers = loadFixtures();

/** The postcodes.io answer for a path such as /postcodes/SW1A2DD, or undefined for other paths. */
export function answerPostcodeRequest(pathname) {
  const match = /^\/postcodes\/([^/]+)$/.exec(pathname);
  if (!match) return undefined;
  const postcode = compact(decodeURIComponent(match[1]));
  const found = answers.get(postcode);
  if (found) return { status: 200, body: found };
  const invalid = !/^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(postcode);
  return { status: 404, body: { status: 404, error: invalid ? 'Invalid postcode' : 'Postcode not found' } };
}
