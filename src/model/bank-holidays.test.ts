import { expect } from '@open-wc/testing';
import { addDays, bankHolidaysIn, easterSunday, isBankHoliday } from './bank-holidays.js';

// England and Wales, as published on GOV.UK (https://www.gov.uk/bank-holidays).
const PUBLISHED: Record<number, string[]> = {
  2020: ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28'],
  2021: ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2022: ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27'],
  2023: ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26'],
  2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
  2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
};

describe('bank holidays in England', () => {
  for (const [year, days] of Object.entries(PUBLISHED)) {
    it(`match GOV.UK's list for ${year}, substitute and proclaimed days included`, () => {
      expect([...bankHolidaysIn(Number(year))].sort()).to.deep.equal(days.map((day) => `${year}-${day}`));
    });
  }

  it('works out Easter across the centuries', () => {
    expect(easterSunday(2000)).to.deep.equal([4, 23]);
    expect(easterSunday(2038)).to.deep.equal([4, 25]);
    expect(easterSunday(2285)).to.deep.equal([3, 22]);
  });

  it('answers for single dates, and not for ordinary days', () => {
    expect(isBankHoliday('2026-12-28')).to.equal(true);
    expect(isBankHoliday('2026-12-26')).to.equal(false); // a Saturday: the holiday moves to Monday
    expect(isBankHoliday('2026-11-30')).to.equal(false);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
  });
});
