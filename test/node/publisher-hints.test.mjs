// What `local-offer validate` tells a publisher beyond "this is wrong": what they probably meant, and how to
// write it. Runs the real command on files made as publishers make them, and checks the exact lines printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { root, runTool, scratchFolder, writeIn } from './helpers.mjs';

const scratch = scratchFolder('publisher-hints');
const example = readFileSync(join(root, 'schema/examples/manchester.json'), 'utf8');

/** The Manchester example with changes, written as publishers format files; gives its path and text. */
function variant(name, change) {
  const offer = JSON.parse(example);
  change(offer);
  const text = JSON.stringify(offer, null, 2);
  return { file: writeIn(scratch, name, text), text };
}

/** line:column of `inner` within the first `needle` in the text (the start of the needle by default). */
function place(text, needle, inner = needle) {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `${needle} not in the file`);
  const before = text.slice(0, index + needle.indexOf(inner)).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

/** Validates the file, checks the exit code, and gives the printed lines. */
function validate(file, code) {
  const result = runTool(['validate', file]);
  assert.equal(result.code, code, result.out + result.err);
  return result.out.split('\n');
}

function assertPrints(lines, expected) {
  assert.ok(lines.includes(expected), `the tool does not print\n  ${expected}\nIt prints:\n  ${lines.join('\n  ')}`);
}

const nationalItem = (offer, id) => offer.entitlements.find((item) => item.nationalEntitlement === id);

describe('local-offer validate: hints for publishers', () => {
  it('suggests the property an unknown one was probably meant to be, from those known at that place', () => {
    const { file, text } = variant('did-you-mean.json', (o) => {
      o.entitlements[1].eligibility.residentOf = ['E08000003'];
      o.entitlements[2].value = { amount: 3000, description: 'A grant' };
      o.contacts[0].openingTimes = o.contacts[0].openingHours;
      delete o.contacts[0].openingHours;
    });
    const lines = validate(file, 0);
    assertPrints(
      lines,
      `${file}:${place(text, '"residentOf": [', '[')}  /entitlements/1/eligibility/residentOf  warning: "residentOf" is not a property this library knows, so it is ignored: did you mean "residentsOf"?`,
    );
    assertPrints(
      lines,
      `${file}:${place(text, '"amount": 3000', '3000')}  /entitlements/2/value/amount  warning: "amount" is not a property this library knows, so it is ignored: did you mean "amountPence"? Amounts are in pence: £3,000 is 300000`,
    );
    assertPrints(
      lines,
      `${file}:${place(text, '"openingTimes": {', '{')}  /contacts/0/openingTimes  warning: "openingTimes" is not a property this library knows, so it is ignored: did you mean "openingHours"?`,
    );
  });

  it('shows the right shape of an object written as text', () => {
    const { file, text } = variant('object-as-text.json', (o) => {
      o.contacts[0].openingHours = 'Mon-Fri 9-5';
      o.entitlements[1].eligibility = 'Care leavers aged 16 to 24';
    });
    const lines = validate(file, 1);
    assertPrints(
      lines,
      `${file}:${place(text, '"Mon-Fri 9-5"')}  /contacts/0/openingHours  error: "openingHours" must be an object, not text. Write it like: {"monday": [{"opens": "09:00", "closes": "17:00"}]}, and put words in "note"`,
    );
    assertPrints(
      lines,
      `${file}:${place(text, '"Care leavers aged 16 to 24"')}  /entitlements/1/eligibility  error: "eligibility" must be an object, not text. Write it like: {"statuses": ["former-relevant"], "minAge": 18, "maxAge": 24}, and put words in "conditions"`,
    );
  });

  it('writes a date given another way as YYYY-MM-DD, reading slashes day first, and never guesses an impossible one', () => {
    const { file, text } = variant('dates.json', (o) => {
      o.lastReviewed = '01/04/2025';
      o.nextReviewDue = '31/04/2026';
    });
    const lines = validate(file, 1);
    const rule = 'must be a real calendar date written as YYYY-MM-DD';
    assertPrints(lines, `${file}:${place(text, '"01/04/2025"')}  /lastReviewed  error: "lastReviewed" ${rule}: write "2025-04-01"`);
    assertPrints(lines, `${file}:${place(text, '"31/04/2026"')}  /nextReviewDue  error: "nextReviewDue" ${rule}`);
  });

  it('makes a link of a web address without https://, a phone number and an email', () => {
    const { file, text } = variant('links.json', (o) => {
      o.contacts[0].website = 'www.council.gov.uk/care-leavers';
      o.providers[0].website = '0115 496 0123';
      o.publisher.website = 'team@council.gov.uk';
    });
    const lines = validate(file, 1);
    const rule = 'must be a web address starting https:// or http://, or a tel:, mailto: or sms: link';
    assertPrints(
      lines,
      `${file}:${place(text, '"www.council.gov.uk/care-leavers"')}  /contacts/0/website  error: "website" ${rule}. For a web address, write "https://www.council.gov.uk/care-leavers"`,
    );
    assertPrints(
      lines,
      `${file}:${place(text, '"0115 496 0123"')}  /providers/0/website  error: "website" ${rule}. For a phone number, write "tel:01154960123"`,
    );
    assertPrints(
      lines,
      `${file}:${place(text, '"team@council.gov.uk"')}  /publisher/website  error: "website" ${rule}. For an email address, write "mailto:team@council.gov.uk"`,
    );
  });

  it('names a comma after the last item, a missing comma and single quotes in plain words, where they are', () => {
    const trailing = writeIn(scratch, 'trailing.json', '{\n  "schemaVersion": "1.0",\n  "covers": ["E08000003",],\n}');
    assertPrints(
      validate(trailing, 1),
      `${trailing}:3:25  (root)  error: The file is not valid JSON. There is a comma after the last item: remove it (JSON allows no comma before } or ])`,
    );
    const missing = writeIn(scratch, 'missing.json', '{\n  "schemaVersion": "1.0"\n  "id": "x"\n}');
    assertPrints(validate(missing, 1), `${missing}:2:25  (root)  error: The file is not valid JSON. A comma is missing here, between two items: add one`);
    const quotes = writeIn(scratch, 'quotes.json', '{\n  "schemaVersion": \'1.0\'\n}');
    assertPrints(validate(quotes, 1), `${quotes}:2:20  (root)  error: The file is not valid JSON. Text must be in double quotes: write "1.0", not '1.0'`);
  });

  it('warns about an amount below the national figure, in the words its basis allows', () => {
    const { file, text } = variant('amounts.json', (o) => {
      nationalItem(o, 'setting-up-home-allowance').value.amountPence = 3000;
      nationalItem(o, 'higher-education-bursary').value.amountPence = 150000;
    });
    const lines = validate(file, 0);
    assertPrints(
      lines,
      `${file}:${place(text, '"amountPence": 3000,', '3000')}  /entitlements/13/value/amountPence  warning: "amountPence" is 3000, which is £30; the national figure for the setting-up-home allowance is £3,000. Amounts are in pence, so £3,000 is 300000`,
    );
    assertPrints(
      lines,
      `${file}:${place(text, '"amountPence": 150000', '150000')}  /entitlements/6/value/amountPence  warning: "amountPence" is £1,500, less than the £2,000 the law sets (from 1 September 2008)`,
    );
    const recommended = variant('recommended.json', (o) => {
      nationalItem(o, 'setting-up-home-allowance').value.amountPence = 250000;
    });
    assertPrints(
      validate(recommended.file, 0),
      `${recommended.file}:${place(recommended.text, '"amountPence": 250000', '250000')}  /entitlements/13/value/amountPence  warning: "amountPence" is £2,500, less than the £3,000 the government recommends (from 1 April 2023)`,
    );
  });

  it('warns about a period given without an amount', () => {
    const { file, text } = variant('period.json', (o) => {
      o.entitlements[1].value = { period: 'week', description: 'Help with bus fares' };
    });
    assertPrints(
      validate(file, 0),
      `${file}:${place(text, '"period": "week"', '"week"')}  /entitlements/1/value/period  warning: "period" is given without an amount: add "amountPence", or "notPublished": true if the amount is not published`,
    );
  });

  it('reports broken references in the same run as schema errors, where they are, once each', () => {
    const { file, text } = variant('both.json', (o) => {
      o.entitlements[0].area = 'nowhere';
      o.entitlements[2].providerId = 'nobody';
      o.entitlements[3].id = o.entitlements[1].id;
    });
    const lines = validate(file, 1);
    assertPrints(
      lines,
      `${file}:${place(text, '"providerId": "nobody"', '"nobody"')}  /entitlements/2/providerId  error: "providerId" "nobody" does not match the id of any provider in "providers"`,
    );
    const duplicate = JSON.parse(text).entitlements[1].id;
    const at = text.indexOf(`"id": "${duplicate}"`, text.indexOf(`"id": "${duplicate}"`) + 1);
    const before = text.slice(0, at + 6).split('\n');
    assertPrints(
      lines,
      `${file}:${before.length}:${before[before.length - 1].length + 1}  /entitlements/3/id  error: "id" "${duplicate}" is used twice in "entitlements" (first at /entitlements/1); ids must be unique`,
    );
    assert.equal(lines.filter((line) => line.includes('/entitlements/0/area')).length, 1, 'the schema error once');
    assert.match(lines.at(-2), /^1 file checked: 0 valid, 1 invalid \(3 errors, 0 warnings\)$/);
  });

  it('numbers items as the pointer does, counting from 0', () => {
    const { file, text } = variant('numbering.json', (o) => {
      o.entitlements[0].tags = ['fine', ''];
    });
    assertPrints(validate(file, 1), `${file}:${place(text, '""')}  /entitlements/0/tags/1  error: The item at /entitlements/0/tags/1 must not be empty`);
  });
});
