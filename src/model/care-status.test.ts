import { expect } from '@open-wc/testing';
import type { CareStatus } from '../schema/vocabularies.js';
import { statusesForHistory, type CareHistory } from './care-status.js';
import { SITUATIONS, statusReadingsFor, statusesFor, type Situation } from './profile.js';

/**
 * Each row is one legal definition (Children Act 1989 as amended) or a boundary of one: the facts of a
 * young person's time in care, and the statuses the law gives them.
 */
const LAW: readonly [string, CareHistory, readonly CareStatus[]][] = [
  ['15, in care: looked after, not yet eligible (s.22)', { age: 15, inCareNow: true, inCareAfter16: false, thirteenWeeksSince14: true }, ['in-care']],
  ['16, in care 2 years: eligible (Sch. 2 para. 19B)', { age: 16, inCareNow: true, inCareAfter16: true, thirteenWeeksSince14: true }, ['in-care', 'eligible']],
  ['17, in care 8 weeks since 14: looked after, not eligible', { age: 17, inCareNow: true, inCareAfter16: true, thirteenWeeksSince14: false }, ['in-care']],
  ['17, left care at 16 after 20 weeks: relevant (s.23A)', { age: 17, inCareNow: false, inCareAfter16: true, thirteenWeeksSince14: true }, ['relevant']],
  [
    '19, in care from 15 until 18: former relevant (s.23C(1)(b))',
    { age: 19, inCareNow: false, inCareAfter16: true, thirteenWeeksSince14: true },
    ['former-relevant'],
  ],
  [
    '19, Staying Put with foster carers since 18: former relevant (s.23CZA)',
    { age: 19, inCareNow: false, inCareAfter16: true, thirteenWeeksSince14: true },
    ['former-relevant'],
  ],
  [
    '22, left care at 17 after 2 years: former relevant (s.23C(1)(a))',
    { age: 22, inCareNow: false, inCareAfter16: true, thirteenWeeksSince14: true },
    ['former-relevant'],
  ],
  [
    '17, in care 8 weeks after turning 16, now home: qualifying (s.24(1B))',
    { age: 17, inCareNow: false, inCareAfter16: true, thirteenWeeksSince14: false },
    ['qualifying'],
  ],
  ['20, in care 6 weeks at 17: qualifying (s.24(1B))', { age: 20, inCareNow: false, inCareAfter16: true, thirteenWeeksSince14: false }, ['qualifying']],
  ['21, in care 6 weeks at 17: qualifying ends at 21', { age: 21, inCareNow: false, inCareAfter16: true, thirteenWeeksSince14: false }, []],
  [
    '17, special guardianship order made when looked after: qualifying (s.24(1A))',
    { age: 17, inCareNow: false, inCareAfter16: false, thirteenWeeksSince14: false, specialGuardianshipFromCare: true },
    ['qualifying'],
  ],
  [
    '15, special guardianship order made when looked after: not yet 16',
    { age: 15, inCareNow: false, inCareAfter16: false, thirteenWeeksSince14: false, specialGuardianshipFromCare: true },
    [],
  ],
  ['20, looked after 20 weeks at 14 and 15 only: no status', { age: 20, inCareNow: false, inCareAfter16: false, thirteenWeeksSince14: true }, []],
  [
    '16, arrived alone at 15, in care: eligible, unaccompanied',
    { age: 16, inCareNow: true, inCareAfter16: true, thirteenWeeksSince14: true, unaccompanied: true },
    ['in-care', 'eligible', 'unaccompanied-asylum-seeking'],
  ],
  [
    '19, arrived alone at 16, in care until 18: former relevant, unaccompanied',
    { age: 19, inCareNow: false, inCareAfter16: true, thirteenWeeksSince14: true, unaccompanied: true },
    ['former-relevant', 'unaccompanied-asylum-seeking'],
  ],
];

describe('statusesForHistory: the legal definitions', () => {
  for (const [name, history, statuses] of LAW) {
    it(name, () => expect(statusesForHistory(history)).to.deep.equal(statuses));
  }
});

/** What a young person says, their age, and the readings of the law that follow (one = settled). */
const SAID: readonly [Situation, number | undefined, readonly (readonly CareStatus[])[]][] = [
  ['in-care', 15, [['in-care']]],
  ['in-care', 17, [['in-care', 'eligible']]],
  ['in-care', 19, [['former-relevant']]],
  ['left-care-16-17', 17, [['relevant']]],
  ['left-care-16-17', 19, [['former-relevant']]],
  ['left-care-16-17', 24, [['former-relevant']]],
  ['left-care-16-17', undefined, [['relevant'], ['former-relevant']]],
  ['short-time-in-care', 18, [['qualifying']]],
  ['short-time-in-care', 22, [[]]],
  ['special-guardianship', 19, [['qualifying']]],
  [
    'arrived-alone',
    17,
    [
      ['in-care', 'eligible', 'unaccompanied-asylum-seeking'],
      ['relevant', 'unaccompanied-asylum-seeking'],
    ],
  ],
  ['arrived-alone', 20, [['former-relevant', 'unaccompanied-asylum-seeking']]],
  ['in-care-before-16', 19, [[]]],
];

describe('statusReadingsFor: from answers to the law', () => {
  for (const [situation, age, readings] of SAID) {
    it(`"${situation}" at ${age ?? 'an unknown age'}`, () => expect(statusReadingsFor({ situation, age })).to.deep.equal(readings));
  }

  it('"not sure" allows every reading at that age, including no status at all', () => {
    const readings = statusReadingsFor({ situation: 'not-sure', age: 19 })!;
    expect(readings).to.deep.include.members([['former-relevant'], ['qualifying'], [], ['former-relevant', 'unaccompanied-asylum-seeking']]);
    expect(statusesFor({ situation: 'not-sure', age: 19 })).to.equal(undefined);
  });

  it('reads contradictory answers (left care at 16 or 17, aged 15) and no answer as unknown', () => {
    expect(statusReadingsFor({ situation: 'left-care-16-17', age: 15 })).to.equal(undefined);
    expect(statusReadingsFor({ age: 19 })).to.equal(undefined);
  });

  it('gives every situation at every age from 14 to 30 a reading or an honest unknown', () => {
    for (const situation of SITUATIONS) {
      for (let age = 14; age <= 30; age++) {
        const readings = statusReadingsFor({ situation, age });
        if (readings) expect(readings.length, `${situation} at ${age}`).to.be.greaterThan(0);
      }
    }
  });
});
