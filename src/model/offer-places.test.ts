import { expect } from '@open-wc/testing';
import { parseOffer } from '../schema/parse.js';
import type { Offer } from '../schema/offer-schema.js';
import { minimalOffer } from '../test-support/offer-fixture.js';
import { asksWhoLookedAfter, offerCountyOf, offerCouncilNames, placesToAsk } from './offer-places.js';

const NOTTS = 'E10000024';
const ASHFIELD = 'E07000170';
const GEDLING = 'E07000173';

function offer(change: (raw: Record<string, any>) => void): Offer {
  const raw = minimalOffer();
  change(raw);
  const result = parseOffer(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('what an offer says about places', () => {
  const joint = offer((raw) => {
    raw.publisher = { name: 'Nottinghamshire County Council', councilCode: NOTTS };
    raw.covers = [NOTTS, ASHFIELD, GEDLING];
  });

  it('lets a county’s joint offer speak for the districts it covers, and only those', () => {
    const countyOf = offerCountyOf(joint);
    expect(countyOf(ASHFIELD)).to.equal(NOTTS);
    expect(countyOf(NOTTS), 'a county is not its own county').to.equal(undefined);
    expect(countyOf('E07000175'), 'Newark and Sherwood is not covered').to.equal(undefined);
    expect(offerCountyOf(offer(() => {}))(ASHFIELD), 'a district’s offer has no county view').to.equal(undefined);
  });

  it('names councils as the offer does, and leaves codes it does not know', () => {
    const names = offerCouncilNames(joint);
    expect(names(NOTTS)).to.equal('Nottinghamshire County Council');
    expect(names('E08000003')).to.equal('E08000003');
  });

  it('asks for the districts of a joint offer, and whether the publisher looked after you unless it is a district', () => {
    expect(placesToAsk(joint)).to.deep.equal([ASHFIELD, GEDLING]);
    expect(placesToAsk(offer(() => {}))).to.deep.equal([ASHFIELD]);
    expect(asksWhoLookedAfter(joint)).to.equal(true);
    expect(asksWhoLookedAfter(offer(() => {})), 'Ashfield is a district').to.equal(false);
  });
});
