import { expect } from '@open-wc/testing';
import { isCountyCode, isDistrictCode, isSingleTierCode, isUpperTierCode, tierOfCode } from './gss.js';

describe('GSS codes', () => {
  it('tell a council’s tier from the prefix alone', () => {
    expect(tierOfCode('E06000018')).to.equal('unitary');
    expect(tierOfCode('E07000170')).to.equal('district');
    expect(tierOfCode('E08000003')).to.equal('metropolitan');
    expect(tierOfCode('E09000028')).to.equal('london-borough');
    expect(tierOfCode('E10000024')).to.equal('county');
    expect(tierOfCode('W06000015'), 'a Welsh council').to.equal(undefined);
    expect(tierOfCode('E99999999'), 'postcodes.io’s “no county”').to.equal(undefined);
  });

  it('answer the questions elements ask of a code', () => {
    expect(isCountyCode('E10000024')).to.equal(true);
    expect(isCountyCode('E07000170')).to.equal(false);
    expect(isDistrictCode('E07000170')).to.equal(true);
    expect(['E06000018', 'E08000003', 'E09000028', 'E10000024'].every(isUpperTierCode)).to.equal(true);
    expect(isUpperTierCode('E07000170')).to.equal(false);
    expect(isUpperTierCode('E99999999')).to.equal(false);
    expect(['E06000018', 'E08000003', 'E09000028'].every(isSingleTierCode)).to.equal(true);
    expect(isSingleTierCode('E10000024')).to.equal(false);
  });
});
