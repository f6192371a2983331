// The published JSON Schema, checked with an independent validator (ajv, draft 2020-12).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = new URL('../..', import.meta.url).pathname;
const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const offerSchema = read('schema/offer.schema.json');
const directorySchema = read('schema/directory.schema.json');

function compile(schema) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('schema/*.schema.json', () => {
  it('accepts every example offer and the example directory', () => {
    const validateOffer = compile(offerSchema);
    const validateDirectory = compile(directorySchema);
    const files = readdirSync(join(root, 'schema/examples')).filter((f) => f.endsWith('.json'));
    assert.ok(files.length >= 4);
    for (const file of files) {
      const document = read(`schema/examples/${file}`);
      const validate = file === 'directory.json' ? validateDirectory : validateOffer;
      assert.equal(validate(document), true, `${file}: ${JSON.stringify(validate.errors)}`);
    }
  });

  it('accepts the schema 1.1 test offer, with every new form real offers need', () => {
    const validate = compile(offerSchema);
    const offer = read('test/fixtures/offers/schema-1-1.json');
    assert.equal(validate(offer), true, JSON.stringify(validate.errors));
    assert.equal(compile(directorySchema)(read('test/fixtures/offers/directory-1-1.json')), true);
  });

  it('refuses what our validator refuses in the schema itself', () => {
    const validate = compile(offerSchema);
    const offer = read('schema/examples/manchester.json');
    offer.entitlements[0].links = [{ title: 'x', url: 'javascript:alert(1)' }];
    offer.lastReviewed = '2026-02-30';
    offer.entitlements[1].area = 'money';
    assert.equal(validate(offer), false);
    const paths = validate.errors.map((e) => e.instancePath);
    assert.ok(paths.includes('/entitlements/0/links/0/url'), paths.join());
    assert.ok(paths.includes('/lastReviewed'), paths.join());
    assert.ok(paths.includes('/entitlements/1/area'), paths.join());
  });

  it('has an $id, and a title and description on every property', () => {
    for (const schema of [offerSchema, directorySchema]) {
      assert.match(schema.$id, /^https:\/\/.+\.schema\.json$/);
      const missing = [];
      const walk = (node, where) => {
        if (!node || typeof node !== 'object') return;
        for (const [name, property] of Object.entries(node.properties ?? {})) {
          if (!property.title || !property.description) missing.push(`${where}/${name}`);
          walk(property, `${where}/${name}`);
        }
        if (node.items) walk(node.items, `${where}[]`);
      };
      walk(schema, '');
      assert.deepEqual(missing, []);
    }
  });
});
