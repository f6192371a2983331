import { expect } from '@open-wc/testing';
import { councilsToLoad, lookedAfterByFor, profileFor } from './finder-plan.js';

const ASHFIELD = 'E07000170';
const NOTTS = 'E10000024';
const MANCHESTER = 'E08000003';
const SOUTHWARK = 'E09000028';

describe('the finder’s plan', () => {
  it('takes the council that looked after them to be the upper tier where they live, unless they say', () => {
    expect(lookedAfterByFor({ livesIn: ASHFIELD })).to.equal(NOTTS);
    expect(lookedAfterByFor({ livesIn: SOUTHWARK })).to.equal(SOUTHWARK);
    expect(lookedAfterByFor({ livesIn: ASHFIELD, lookedAfterChoice: MANCHESTER })).to.equal(MANCHESTER);
    expect(lookedAfterByFor({ livesIn: ASHFIELD, lookedAfterChoice: 'unknown' })).to.equal(undefined);
    expect(lookedAfterByFor({})).to.equal(undefined);
  });

  it('loads the offers of who looked after them, and of the county and district where they live', () => {
    expect(councilsToLoad({ livesIn: ASHFIELD })).to.deep.equal([NOTTS, ASHFIELD]);
    expect(councilsToLoad({ livesIn: ASHFIELD, lookedAfterChoice: MANCHESTER })).to.deep.equal([MANCHESTER, NOTTS, ASHFIELD]);
    expect(councilsToLoad({ livesIn: SOUTHWARK })).to.deep.equal([SOUTHWARK]);
    expect(councilsToLoad({ lookedAfterChoice: MANCHESTER })).to.deep.equal([MANCHESTER]);
    expect(councilsToLoad({})).to.deep.equal([]);
  });

  it('judges items against a district, not a county picked as "where you live"', () => {
    expect(profileFor({ livesIn: ASHFIELD, age: 19, situation: 'left-care-16-17' })).to.deep.equal({
      age: 19,
      situation: 'left-care-16-17',
      livesIn: ASHFIELD,
      lookedAfterBy: NOTTS,
    });
    expect(profileFor({ livesIn: NOTTS }).livesIn).to.equal(undefined);
    expect(profileFor({ livesIn: NOTTS }).lookedAfterBy).to.equal(NOTTS);
  });
});
