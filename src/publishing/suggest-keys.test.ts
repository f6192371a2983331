import { expect } from '@open-wc/testing';
import { minimalOffer } from '../test-support/offer-fixture.js';
import { withHint } from './publisher-hints.js';
import { knownKeys, rootSchema, schemasAt } from './schema-walk.js';
import { didYouMean, editDistance, suggestKey } from './suggest-keys.js';

const keysAt = (...path: string[]) => knownKeys(schemasAt(rootSchema('offer'), path));

describe('edit distance', () => {
  it('counts insertions, deletions, changes, and a swap of neighbours as one', () => {
    expect(editDistance('residentOf', 'residentsOf')).to.equal(1);
    expect(editDistance('phnoe', 'phone')).to.equal(1);
    expect(editDistance('kitten', 'sitting')).to.equal(3);
    expect(editDistance('', 'abc')).to.equal(3);
    expect(editDistance('same', 'same')).to.equal(0);
  });
});

describe('the properties known at a place, read from the schema', () => {
  it('walks objects, optional properties and list items', () => {
    expect(keysAt('entitlements', '0', 'eligibility')).to.include.members(['statuses', 'minAge', 'maxAge', 'careLeaversOf', 'residentsOf', 'conditions']);
    expect(keysAt('contacts', '3')).to.include.members(['phone', 'website', 'openingHours']);
    expect(keysAt('entitlements', '0', 'links', '2')).to.deep.equal(['title', 'url']);
    expect(keysAt('publisher', 'name'), 'text has no properties').to.deep.equal([]);
    expect(keysAt('nowhere'), 'outside the schema').to.deep.equal([]);
  });
});

describe('did you mean', () => {
  const suggest = (written: string, ...path: string[]) => {
    const suggestion = suggestKey(written, keysAt(...path));
    return suggestion && didYouMean(suggestion);
  };

  it('names a property one or two slips away, or written in another case or with underscores', () => {
    expect(suggest('residentOf', 'entitlements', '0', 'eligibility')).to.equal(': did you mean "residentsOf"?');
    expect(suggest('min_age', 'entitlements', '0', 'eligibility')).to.equal(': did you mean "minAge"?');
    expect(suggest('Postcode', 'contacts', '0', 'address')).to.equal(': did you mean "postcode"?');
    expect(suggest('emial', 'contacts', '0')).to.equal(': did you mean "email"?');
  });

  it('names a property the written one begins, or that begins it', () => {
    expect(suggest('careLeavers', 'entitlements', '0', 'eligibility')).to.equal(': did you mean "careLeaversOf"?');
  });

  it('knows the names publishers bring from other formats, where their target is known', () => {
    const pence = ': did you mean "amountPence"? Amounts are in pence: £3,000 is 300000';
    for (const written of ['amount', 'amount_pence', 'amountGBP', 'value']) expect(suggest(written, 'entitlements', '0', 'value'), written).to.equal(pence);
    for (const written of ['openingTimes', 'opening_hours', 'hours'])
      expect(suggest(written, 'contacts', '0'), written).to.equal(': did you mean "openingHours"?');
    expect(suggest('telephone', 'contacts', '0')).to.equal(': did you mean "phone"?');
    expect(suggest('tel', 'contacts', '0')).to.equal(': did you mean "phone"?');
    expect(suggest('url', 'contacts', '0')).to.equal(': did you mean "website"?');
    expect(suggest('url', 'providers', '0')).to.equal(': did you mean "website"?');
    expect(suggest('amount', 'contacts', '0'), 'no amountPence on a contact').to.equal(undefined);
  });

  it('says nothing when no known property is close, and never names one the object already has', () => {
    expect(suggest('county', 'entitlements', '0', 'eligibility')).to.equal(undefined);
    expect(suggest('futureField', 'entitlements', '0')).to.equal(undefined);
    expect(suggest('xy', 'entitlements', '0'), 'two letters are too short to guess from').to.equal(undefined);
    expect(suggestKey('telephone', keysAt('contacts', '0'), ['id', 'phone'])).to.equal(undefined);
  });

  it('adds the suggestion to the warning about an unknown property, from the place in the document', () => {
    const offer = minimalOffer();
    offer.entitlements[0].eligibility.residentOf = ['E10000024'];
    const issue = { path: '/entitlements/0/eligibility/residentOf', message: 'M', severity: 'warning' as const };
    expect(withHint('offer', offer, issue).message).to.equal('M: did you mean "residentsOf"?');
    expect(withHint('directory', offer, issue).message, 'a directory has no entitlements').to.equal('M');
  });
});
