import { expect } from '@open-wc/testing';
import {
  COUNCILS,
  councilByCode,
  councilByName,
  countyOf,
  districtsOf,
  findCouncilsByName,
  isUpperTier,
  normaliseCouncilName,
  upperTierOf,
} from './council-registry.js';

describe('council registry', () => {
  it('holds all 317 councils in England, by tier', () => {
    const count = (tier: string) => COUNCILS.filter((council) => council.tier === tier).length;
    expect(COUNCILS.length).to.equal(317);
    expect(count('county')).to.equal(21);
    expect(count('district')).to.equal(164);
    expect(count('metropolitan')).to.equal(36);
    expect(count('london-borough')).to.equal(33); // 32 boroughs and the City of London
    expect(count('unitary')).to.equal(63);
    expect(COUNCILS.filter(isUpperTier).length).to.equal(153);
  });

  it('has unique codes, and every district has an existing county', () => {
    expect(new Set(COUNCILS.map((council) => council.code)).size).to.equal(317);
    for (const district of COUNCILS.filter((council) => council.tier === 'district')) {
      expect(countyOf(district.code)?.tier, district.name).to.equal('county');
    }
  });

  it('looks up by GSS code, forgiving case and spaces', () => {
    expect(councilByCode('E07000175')?.name).to.equal('Newark and Sherwood District Council');
    expect(councilByCode(' e10000024 ')?.name).to.equal('Nottinghamshire County Council');
    expect(councilByCode('E99999999')).to.equal(undefined);
    expect(councilByCode('W06000015')).to.equal(undefined);
  });

  it('looks up by name, forgiving case, punctuation and kind-of-council words', () => {
    for (const name of ['Newark and Sherwood', 'newark & sherwood', 'NEWARK AND SHERWOOD DISTRICT COUNCIL', 'Newark-and-Sherwood']) {
      expect(councilByName(name)?.code, name).to.equal('E07000175');
    }
    expect(councilByName('Kingston upon Hull, City of')?.code).to.equal('E06000010');
    expect(councilByName('city of london')?.code).to.equal('E09000001');
    expect(councilByName('London Borough of Southwark')?.code).to.equal('E09000028');
    expect(councilByName('Bristol, City of')?.code).to.equal('E06000023');
    expect(councilByName('County Durham')?.code).to.equal('E06000047');
    expect(councilByName('Atlantis')).to.equal(undefined);
  });

  it('keeps a city and its county apart', () => {
    expect(councilByName('Nottingham')?.code).to.equal('E06000018');
    expect(councilByName('Nottinghamshire')?.code).to.equal('E10000024');
    expect(normaliseCouncilName('Nottingham City Council')).to.equal('nottingham');
    expect(findCouncilsByName('Derby').map((council) => council.tier)).to.deep.equal(['unitary']);
  });

  it("lists a county's districts", () => {
    expect(districtsOf('E10000024').map((council) => council.shortName)).to.deep.equal([
      'Ashfield',
      'Bassetlaw',
      'Broxtowe',
      'Gedling',
      'Mansfield',
      'Newark and Sherwood',
      'Rushcliffe',
    ]);
    expect(districtsOf('E10000016')).to.have.length(12); // Kent
    expect(districtsOf('E06000018')).to.deep.equal([]);
  });

  it('finds the upper-tier council for any council', () => {
    expect(upperTierOf('E07000111')?.name).to.equal('Kent County Council'); // Sevenoaks
    expect(upperTierOf('E10000016')?.code).to.equal('E10000016');
    expect(upperTierOf('E08000003')?.code).to.equal('E08000003'); // Manchester
    expect(upperTierOf('E09000001')?.code).to.equal('E09000001');
    expect(upperTierOf('E06000053')?.shortName).to.equal('Isles of Scilly');
    expect(upperTierOf('X')).to.equal(undefined);
  });

  it('records the ONS name that postcodes.io returns', () => {
    expect(councilByCode('E06000010')?.onsName).to.equal('Kingston upon Hull, City of');
    expect(councilByCode('E07000111')?.onsName).to.equal('Sevenoaks');
    expect(councilByCode('E07000111')?.region).to.equal('South East');
  });
});
