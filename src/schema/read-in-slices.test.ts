import { expect } from '@open-wc/testing';
import { minimalOffer } from '../test-support/offer-fixture.js';
import { readOffer } from './parse.js';
import { readOfferInSlices, SLICE } from './read-in-slices.js';

/** An offer with `count` valid items. */
function bigOffer(count: number): Record<string, any> {
  const offer = minimalOffer();
  const item = offer.entitlements[1];
  offer.entitlements = Array.from({ length: count }, (_, index) => ({ ...item, id: `item-${index}`, title: `  Item ${index}  ` }));
  return offer;
}

describe('readOfferInSlices', () => {
  it('reads a large valid offer exactly as readOffer does, giving the page a turn between slices', async () => {
    const offer = bigOffer(SLICE * 3 + 7);
    let turns = 0;
    const count = () => {
      turns++;
      if (turns < 100) setTimeout(count, 0);
    };
    setTimeout(count, 0);
    const result = await readOfferInSlices(offer);
    expect(turns, 'other tasks ran while it read').to.be.greaterThan(2);
    expect(result).to.deep.equal(readOffer(bigOffer(SLICE * 3 + 7)));
    if (result.ok) expect(result.value.entitlements[5]!.title, 'text is trimmed as the schema says').to.equal('Item 5');
  });

  it('leaves a large offer with a bad item, a duplicate id or a warning to readOffer, so its parts are left out as always', async () => {
    const bad = bigOffer(SLICE + 10);
    bad.entitlements[SLICE + 3].area = 'money';
    const duplicate = bigOffer(SLICE + 10);
    duplicate.entitlements[SLICE + 5].id = 'item-0';
    const unknown = bigOffer(SLICE + 10);
    unknown.entitlements[2].colour = 'red';
    for (const offer of [bad, duplicate, unknown]) {
      const result = await readOfferInSlices(structuredClone(offer));
      expect(result).to.deep.equal(readOffer(offer));
      expect(result.issues.length).to.be.greaterThan(0);
    }
    const dropped = await readOfferInSlices(bad);
    expect(dropped.dropped!.map((part) => part.path)).to.deep.equal([`/entitlements/${SLICE + 3}`]);
  });

  it('reads a small offer and a document that is not an offer as readOffer does', async () => {
    expect(await readOfferInSlices(minimalOffer())).to.deep.equal(readOffer(minimalOffer()));
    expect(await readOfferInSlices([1, 2])).to.deep.equal(readOffer([1, 2]));
    expect(await readOfferInSlices({ entitlements: new Array(SLICE + 1).fill({}) })).to.deep.equal(readOffer({ entitlements: new Array(SLICE + 1).fill({}) }));
  });
});
