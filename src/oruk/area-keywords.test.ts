import { expect } from '@open-wc/testing';
import { areaOfTerm, guessArea } from './area-keywords.js';

describe('oruk area keywords', () => {
  it('places a service by the keywords in its words, saying which', () => {
    expect(guessArea(['Housing advice drop-in', 'Advice on tenancies, rent and homelessness.'])).to.deep.equal({
      area: 'accommodation',
      keywords: ['housing', 'homelessness', 'tenancies', 'rent'],
    });
    expect(guessArea(['Community Counselling'])).to.deep.equal({ area: 'health-and-wellbeing', keywords: ['counselling'] });
  });

  it('matches whole words only, ignoring case and accents', () => {
    expect(guessArea(['Support for parents'])?.area).to.equal('relationships');
    expect(guessArea(['Support for parents'])?.keywords).not.to.include('rent');
    expect(guessArea(['CV WRITING'])?.area).to.equal('employment');
    expect(guessArea(['Apprentice of the year'])).to.equal(undefined);
  });

  it('counts the name above the description', () => {
    // One employment word in the name outweighs one housing word in the description.
    expect(guessArea(['Jobs club', 'Meets at the housing office.'])?.area).to.equal('employment');
    expect(guessArea(['Meets at the housing office.', 'Jobs club'])?.area).to.equal('accommodation');
  });

  it('gives a tie to the area listed first in the statutory guidance', () => {
    expect(guessArea(['health and housing'])?.area).to.equal('health-and-wellbeing');
  });

  it('finds nothing in words that name no area', () => {
    expect(guessArea(['Tuesday afternoons', ''])).to.equal(undefined);
    expect(areaOfTerm('Social care')).to.equal(undefined);
    expect(areaOfTerm('Mental health')?.area).to.equal('health-and-wellbeing');
  });
});
