// Opening hours as the contact card says them: the model's openStatus, in the card's words.
import { expect } from '@open-wc/testing';
import { Localizer } from '../i18n/localize.js';
import { CONTACT_STRINGS } from '../i18n/strings/contact.js';
import { TIME_STRINGS } from '../i18n/strings/times.js';
import { describeStatus } from './open-status.js';
import type { OpeningHours } from '../schema/offer-schema.js';
import { closuresToMention, isAlwaysOpen, openStatus, upcomingClosedDates } from '../model/opening-hours.js';

const office: OpeningHours = {
  monday: [{ opens: '08:30', closes: '17:00' }],
  tuesday: [{ opens: '08:30', closes: '17:00' }],
  wednesday: [{ opens: '08:30', closes: '17:00' }],
  thursday: [{ opens: '08:30', closes: '17:00' }],
  friday: [{ opens: '08:30', closes: '16:30' }],
};
const evenings = [
  { opens: '00:00', closes: '08:30' },
  { opens: '17:00', closes: '24:00' },
];
const outOfHours: OpeningHours = {
  monday: evenings,
  tuesday: evenings,
  wednesday: evenings,
  thursday: evenings,
  friday: [
    { opens: '00:00', closes: '08:30' },
    { opens: '16:30', closes: '24:00' },
  ],
  saturday: [{ opens: '00:00', closes: '24:00' }],
  sunday: [{ opens: '00:00', closes: '24:00' }],
};
const sundayOnly: OpeningHours = { sunday: [{ opens: '09:00', closes: '17:00' }] };

const localizer = new Localizer({ ...CONTACT_STRINGS, ...TIME_STRINGS });
const status = (hours: OpeningHours, iso: string) => describeStatus(openStatus(hours, new Date(iso)), localizer);

describe('openStatus', () => {
  it('is open during office hours and says when it closes', () => {
    expect(status(office, '2026-11-23T10:00:00Z')).to.equal('Open now, closes at 5pm');
    expect(status(office, '2026-11-27T16:29:00Z')).to.equal('Open now, closes at 4:30pm');
  });

  it('is closed at the minute it closes, and opens tomorrow', () => {
    expect(status(office, '2026-11-23T17:00:00Z')).to.equal('Closed, opens tomorrow at 8:30am');
  });

  it('at midnight, opens today', () => {
    expect(status(office, '2026-11-24T00:00:00Z')).to.equal('Closed, opens today at 8:30am');
  });

  it('skips closed days: Friday evening opens Monday', () => {
    expect(status(office, '2026-11-27T18:00:00Z')).to.equal('Closed, opens Monday at 8:30am');
    expect(status(office, '2026-11-28T12:00:00Z')).to.equal('Closed, opens Monday at 8:30am');
  });

  it('on a Sunday late at night, opens tomorrow', () => {
    expect(status(office, '2026-11-29T23:30:00Z')).to.equal('Closed, opens tomorrow at 8:30am');
  });

  it('handles split hours with a lunch break', () => {
    const split: OpeningHours = {
      wednesday: [
        { opens: '09:00', closes: '12:30' },
        { opens: '13:30', closes: '17:00' },
      ],
    };
    expect(status(split, '2026-11-25T12:00:00Z')).to.equal('Open now, closes at 12:30pm');
    expect(status(split, '2026-11-25T12:45:00Z')).to.equal('Closed, opens today at 1:30pm');
    // A week ahead, "Wednesday" said on a Wednesday could be read as today: the date is named.
    expect(status(split, '2026-11-25T17:30:00Z')).to.equal('Closed, opens on Wednesday 2 December at 9am');
  });

  it('joins back-to-back intervals into one stretch', () => {
    const joined: OpeningHours = {
      monday: [
        { opens: '09:00', closes: '12:00' },
        { opens: '12:00', closes: '17:00' },
      ],
    };
    expect(status(joined, '2026-11-23T11:00:00Z')).to.equal('Open now, closes at 5pm');
  });

  it('says 24-hour lines are always open, whether flagged or written out', () => {
    expect(openStatus({ alwaysOpen: true }, new Date('2026-11-23T03:00:00Z'))).to.deep.equal({ state: 'always-open' });
    const allDay = [{ opens: '00:00', closes: '24:00' }];
    const written: OpeningHours = { monday: allDay, tuesday: allDay, wednesday: allDay, thursday: allDay, friday: allDay, saturday: allDay, sunday: allDay };
    expect(status(written, '2026-11-23T03:00:00Z')).to.equal('Open 24 hours, every day');
  });

  it('follows an out-of-hours line across midnight and the weekend', () => {
    expect(status(outOfHours, '2026-11-23T20:00:00Z')).to.equal('Open now, closes tomorrow at 8:30am');
    expect(status(outOfHours, '2026-11-27T20:00:00Z')).to.equal('Open now, closes Monday at 8:30am');
    expect(status(outOfHours, '2026-11-24T12:00:00Z')).to.equal('Closed, opens today at 5pm');
  });

  it('says a line that closes at 24:00 closes at midnight', () => {
    expect(status({ friday: [{ opens: '17:00', closes: '24:00' }] }, '2026-11-27T20:00:00Z')).to.equal('Open now, closes at midnight');
  });

  it('uses BST in summer: 5:30pm BST is after closing although it is 4:30pm UTC', () => {
    expect(status(office, '2026-07-06T16:30:00Z')).to.equal('Closed, opens tomorrow at 8:30am');
    expect(status(office, '2026-07-06T07:45:00Z')).to.equal('Open now, closes at 5pm');
  });

  it('is right on the day the clocks go forward (29 March 2026)', () => {
    expect(status(sundayOnly, '2026-03-29T00:30:00Z')).to.equal('Closed, opens today at 9am'); // 00:30 GMT
    expect(status(sundayOnly, '2026-03-29T08:30:00Z')).to.equal('Open now, closes at 5pm'); // 09:30 BST
    expect(status(sundayOnly, '2026-03-29T16:30:00Z')).to.equal('Closed, opens on Sunday 5 April at 9am'); // 17:30 BST
  });

  it('is right on the day the clocks go back (25 October 2026)', () => {
    expect(status(sundayOnly, '2026-10-25T00:30:00Z')).to.equal('Closed, opens today at 9am'); // 01:30 BST
    expect(status(sundayOnly, '2026-10-25T08:30:00Z')).to.equal('Closed, opens today at 9am'); // 08:30 GMT
    expect(status(sundayOnly, '2026-10-25T09:00:00Z')).to.equal('Open now, closes at 5pm'); // 09:00 GMT
    expect(status(sundayOnly, '2026-10-25T16:59:00Z')).to.equal('Open now, closes at 5pm');
  });

  it('says closed, with no time, for hours that never open', () => {
    expect(openStatus({ note: 'By appointment' }, new Date('2026-11-23T10:00:00Z'))).to.deep.equal({ state: 'never-open' });
    expect(status({}, '2026-11-23T10:00:00Z')).to.equal('Closed');
  });

  describe('bank holidays and closed dates', () => {
    const closedOnBankHolidays: OpeningHours = { ...office, bankHolidays: [] };

    it('keeps weekday hours on a bank holiday when the offer says nothing about bank holidays', () => {
      expect(status(office, '2026-12-28T10:00:00Z')).to.equal('Open now, closes at 5pm'); // Boxing Day's substitute
    });

    it('is closed on a bank holiday when the offer says so, and opens the next working day', () => {
      expect(status(closedOnBankHolidays, '2026-12-28T10:00:00Z')).to.equal('Closed, opens tomorrow at 8:30am');
      // Easter: Thursday evening, with Good Friday and Easter Monday closed, opens on Tuesday.
      expect(status(closedOnBankHolidays, '2026-04-02T17:30:00+01:00')).to.equal('Closed, opens Tuesday at 8:30am');
    });

    it('uses the bank-holiday hours when there are some', () => {
      const hours: OpeningHours = { ...office, bankHolidays: [{ opens: '10:00', closes: '14:00' }] };
      expect(status(hours, '2026-08-31T09:30:00+01:00')).to.equal('Closed, opens today at 10am');
      expect(status(hours, '2026-08-31T11:00:00+01:00')).to.equal('Open now, closes at 2pm');
    });

    it('is closed on closed dates, and names the date when the next opening is a week or more away', () => {
      const christmas: OpeningHours = { ...closedOnBankHolidays, closedDates: ['2026-12-24', '2026-12-29', '2026-12-30', '2026-12-31'] };
      expect(status(christmas, '2026-12-23T17:30:00Z')).to.equal('Closed, opens on Monday 4 January at 8:30am');
      expect(status(christmas, '2026-12-30T10:00:00Z')).to.equal('Closed, opens Monday at 8:30am');
      expect(status(christmas, '2026-12-23T10:00:00Z')).to.equal('Open now, closes at 5pm');
    });

    it('follows a 24-hour line up to the bank holiday it closes on', () => {
      const allWeek = { monday: [{ opens: '00:00', closes: '24:00' }] } as OpeningHours;
      const everyDay: OpeningHours = Object.fromEntries(
        ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => [day, allWeek.monday]),
      );
      expect(isAlwaysOpen(everyDay)).to.equal(true);
      expect(isAlwaysOpen({ ...everyDay, bankHolidays: [] })).to.equal(false);
      expect(isAlwaysOpen({ ...everyDay, alwaysOpen: true, closedDates: ['2026-12-25'] })).to.equal(true);
      const status = openStatus({ ...everyDay, bankHolidays: [] }, new Date('2026-12-20T12:00:00Z'));
      expect(status).to.deep.include({ state: 'open' });
      expect(status.state === 'open' && status.closes).to.deep.equal({ weekday: 'friday', date: '2026-12-25', minutes: 0, daysAhead: 5 });
      // Closing at 00:00 on Christmas Day is closing at midnight at the end of Christmas Eve.
      expect(describeStatus(status, localizer)).to.equal('Open now, closes Thursday at midnight');
      expect(describeStatus(openStatus({ ...everyDay, bankHolidays: [] }, new Date('2026-12-23T12:00:00Z')), localizer)).to.equal(
        'Open now, closes tomorrow at midnight',
      );
      expect(describeStatus(openStatus({ ...everyDay, bankHolidays: [] }, new Date('2026-08-20T12:00:00+01:00')), localizer)).to.equal(
        'Open now, closes on Sunday 30 August at midnight',
      );
    });

    it('forgets closed dates once they are past', () => {
      const allDay = [{ opens: '00:00', closes: '24:00' }];
      const everyDay: OpeningHours = {
        monday: allDay,
        tuesday: allDay,
        wednesday: allDay,
        thursday: allDay,
        friday: allDay,
        saturday: allDay,
        sunday: allDay,
        closedDates: ['2025-12-25'],
      };
      const now = new Date('2026-11-29T12:00:00Z');
      expect(isAlwaysOpen(everyDay, now)).to.equal(true);
      expect(openStatus(everyDay, now)).to.deep.equal({ state: 'always-open' });
      expect(isAlwaysOpen(everyDay), 'without a clock, any closed date counts').to.equal(false);
    });

    it('keeps an office with Saturday hours shut on Boxing Day when it falls on a Saturday', () => {
      const withSaturdays: OpeningHours = { ...closedOnBankHolidays, saturday: [{ opens: '10:00', closes: '13:00' }] };
      expect(status(withSaturdays, '2026-12-26T11:00:00Z')).to.equal('Closed, opens Tuesday at 8:30am');
      expect(status(withSaturdays, '2026-12-19T11:00:00Z')).to.equal('Open now, closes at 1pm');
    });

    it('mentions only the closed dates to come within a year, on days it would open, in order and once', () => {
      const hours: OpeningHours = { ...office, closedDates: ['2026-12-31', '2026-11-02', '2026-12-24', '2026-12-26', '2026-12-24', '2027-12-31'] };
      // 26 December 2026 is a Saturday; 31 December 2027 is more than a year away.
      expect(closuresToMention(hours, new Date('2026-11-29T12:00:00Z'))).to.deep.equal(['2026-12-24', '2026-12-31']);
      expect(upcomingClosedDates(hours, new Date('2026-11-29T12:00:00Z'))).to.deep.equal(['2026-12-24', '2026-12-26', '2026-12-31', '2027-12-31']);
    });

    it('lists the closed dates still to come from today', () => {
      const hours: OpeningHours = { ...office, closedDates: ['2026-12-31', '2026-11-02', '2026-12-24'] };
      expect(upcomingClosedDates(hours, new Date('2026-11-29T12:00:00Z'))).to.deep.equal(['2026-12-24', '2026-12-31']);
      expect(upcomingClosedDates(hours, new Date('2026-12-24T23:30:00Z')), 'today is still to come').to.deep.equal(['2026-12-24', '2026-12-31']);
      expect(upcomingClosedDates(hours, new Date('2026-12-25T00:30:00Z'))).to.deep.equal(['2026-12-31']);
    });
  });
});
