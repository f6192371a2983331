import { expect } from '@open-wc/testing';
import { countyOf } from '../places/council-registry.js';
import type { Eligibility } from '../schema/offer-schema.js';
import { assessEligibility } from './eligibility.js';
import { statusReadingsFor, type Profile } from './profile.js';

const NOTTS = 'E10000024';
const ASHFIELD = 'E07000170';
const PRESTON = 'E07000123';
const LEEDS = 'E08000035';

const judge = (rules: Eligibility, profile: Profile) => assessEligibility(rules, statusReadingsFor(profile), profile, (code) => countyOf(code)?.code);
const leftCareAt = (age: number | undefined, livesIn?: string): Profile => ({ age, situation: 'left-care-16-17', livesIn });

describe('assessEligibility: schema 1.1 rules', () => {
  it('assessed need is not unknown: with the rest settled, the item is for you (and says how it is decided)', () => {
    const result = judge({ statuses: ['former-relevant'], assessedNeed: true }, leftCareAt(19));
    expect(result.verdict).to.equal('applies');
    expect(result.unknowns).to.deep.equal([]);
  });

  it('alternatives: "18 to 21, or up to 25 in education"', () => {
    const rules: Eligibility = {
      statuses: ['former-relevant'],
      anyOf: [
        { minAge: 18, maxAge: 21 },
        { minAge: 22, maxAge: 24, conditions: 'in education or training' },
      ],
    };
    expect(judge(rules, leftCareAt(19)).verdict, 'at 19, the first holds').to.equal('applies');
    const at23 = judge(rules, leftCareAt(23));
    expect(at23.verdict, 'at 23, only if in education').to.equal('may-apply');
    expect(at23.unknowns).to.deep.equal(['conditions']);
    expect(judge(rules, leftCareAt(26)).verdict, 'at 26, neither').to.equal('does-not-apply');
    expect(judge(rules, leftCareAt(undefined)).unknowns, 'no age: the age would settle it').to.include('age');
    expect(judge(rules, { age: 19, situation: 'in-care-before-16' }).verdict, 'the rules outside anyOf still hold').to.equal('does-not-apply');
  });

  it('places excluded: "if you live outside Nottinghamshire" is not for someone in Ashfield, a district of it', () => {
    const rules: Eligibility = { notResidentsOf: [NOTTS] };
    expect(judge(rules, leftCareAt(19, ASHFIELD)).verdict).to.equal('does-not-apply');
    expect(judge(rules, leftCareAt(19, NOTTS)).verdict).to.equal('does-not-apply');
    expect(judge(rules, leftCareAt(19, LEEDS)).verdict).to.equal('applies');
    expect(judge(rules, leftCareAt(19)).unknowns).to.deep.equal(['lives-in']);
  });

  it('live in, or want to live in: living there settles it; living elsewhere leaves it to the young person', () => {
    const rules: Eligibility = { intendingResidentsOf: [PRESTON] };
    const there = judge(rules, leftCareAt(19, PRESTON));
    expect(there.verdict).to.equal('applies');
    expect(there.reasons).to.deep.equal([{ kind: 'lives-in', councilCode: PRESTON }]);
    const elsewhere = judge(rules, leftCareAt(19, LEEDS));
    expect(elsewhere.verdict).to.equal('may-apply');
    expect(elsewhere.unknowns).to.deep.equal(['conditions']);
    expect(judge({ residentsOf: [ASHFIELD], intendingResidentsOf: [PRESTON] }, leftCareAt(19, ASHFIELD)).verdict).to.equal('applies');
  });
});
