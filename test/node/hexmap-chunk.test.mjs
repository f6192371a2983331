// Issue 16's limit: the coverage map's hexagons load when <local-offer-coverage> needs them, in no other
// element. Checked on what the build ships: the one script tag with its chunks, and the npm modules.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { root } from './helpers.mjs';

// A line of the generated hex data (Hartlepool), which only the map's module holds.
const HEX_LINE = 'E06000001 8 18';
const read = (path) => readFileSync(join(root, path), 'utf8');

describe('the hex map data', () => {
  it('is in one chunk of the one script tag, imported by nothing but the coverage element, and only by import()', () => {
    const chunks = readdirSync(join(root, 'dist/chunks')).filter((name) => name.endsWith('.js'));
    const holding = chunks.filter((name) => read(`dist/chunks/${name}`).includes(HEX_LINE));
    assert.equal(holding.length, 1, `chunks holding the hexagons: ${holding.join(', ')}`);
    assert.ok(!read('dist/local-offer.js').includes(HEX_LINE), 'not in the script itself');
    const [map] = holding;
    const importers = chunks.filter((name) => name !== map && read(`dist/chunks/${name}`).includes(`./${map}`));
    assert.deepEqual(
      importers.map((name) => name.replace(/-[\w-]{8}\.js$/, '')),
      ['local-offer-coverage'],
    );
    const importer = read(`dist/chunks/${importers[0]}`);
    assert.match(importer, new RegExp(`import\\("\\./${map.replace(/[.-]/g, '\\$&')}"\\)`), 'loaded by import(), when the element needs it');
    assert.doesNotMatch(importer, new RegExp(`from\\s*"\\./${map.replace(/[.-]/g, '\\$&')}"`), 'not a static import');
  });

  it('is imported, in the npm modules, only by the coverage element’s lazily loaded code', () => {
    const importers = [];
    const walk = (folder) => {
      for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
        const path = `${folder}/${entry.name}`;
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.js') && entry.name !== 'hexes.data.js' && read(path).includes('hexes.data.js')) importers.push(path);
      }
    };
    walk('dist/src');
    assert.deepEqual(importers, ['dist/src/components/local-offer-coverage/coverage-chunk.js']);
    assert.match(read('dist/src/components/local-offer-coverage/local-offer-coverage.js'), /import\('\.\/coverage-chunk\.js'\)/);
  });
});
