import { expect } from '@open-wc/testing';
import { Localizer } from '../i18n/localize.js';
import { CONTACT_STRINGS } from '../i18n/strings/contact.js';
import { describeStatus } from '../components/local-offer-contact/contact-status.js';
import type { OpeningHours } from '../schema/offer-schema.js';
import { londonTime } from './london-time.js';
import { openStatus } from './opening-hours.js';

const office: OpeningHours = {
  monday: [{ opens: '08:30', closes: '17:00' }],
  tuesday: [{ opens: '08:30', closes: '17:00' }],
  wednesday: [{ opens: '08:30', closes: '17:00' }],
  thursday: [{ opens: '08:30', closes: '17:00' }],
  friday: [{ opens: '08:30', closes: '16:30' }],
};
const evenings = [{ opens: '00:00', closes: '08:30' }, { opens: '17:00', closes: '24:00' }];
const outOfHours: OpeningHours = {
  monday: evenings, tuesday: evenings, wednesday: evenings, thursday: evenings,
  friday: [{ opens: '00:00', closes: '08:30' }, { opens: '16:30', closes: '24:00' }],
  saturday: [{ opens: '00:00', closes: '24:00' }],
  sunday: [{ opens: '00:00', closes: '24:00' }],
};
const sundayOnly: OpeningHours = { sunday: [{ opens: '09:00', closes: '17:00' }] };

const localizer = new Localizer(CONTACT_STRINGS);
const status = (hours: OpeningHours, iso: string) => describeStatus(openStatus(hours, new Date(iso)), localizer);

describe('London time', () => {
  it('reads GMT in winter and BST in summer', () => {
    expect(londonTime(new Date('2026-11-23T10:00:00Z'))).to.deep.equal({ date: '2026-11-23', weekday: 'monday', minutes: 600 });
    expect(londonTime(new Date('2026-07-06T10:00:00Z'))).to.deep.equal({ date: '2026-07-06', weekday: 'monday', minutes: 660 });
  });
  it('moves to the next day at midnight London time, not UTC', () => {
    expect(londonTime(new Date('2026-07-06T23:30:00Z'))).to.deep.equal({ date: '2026-07-07', weekday: 'tuesday', minutes: 30 });
    expect(londonTime(new Date('2026-11-23T00:00:00Z')).minutes).to.equal(0);
  });
});

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
    const split: OpeningHours = { wednesday: [{ opens: '09:00', closes: '12:30' }, { opens: '13:30', closes: '17:00' }] };
    expect(status(split, '2026-11-25T12:00:00Z')).to.equal('Open now, closes at 12:30pm');
    expect(status(split, '2026-11-25T12:45:00Z')).to.equal('Closed, opens today at 1:30pm');
    expect(status(split, '2026-11-25T17:30:00Z')).to.equal('Closed, opens Wednesday at 9am');
  });

  it('joins back-to-back intervals into one stretch', () => {
    const joined: OpeningHours = { monday: [{ opens: '09:00', closes: '12:00' }, { opens: '12:00', closes: '17:00' }] };
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
    expect(status(sundayOnly, '2026-03-29T16:30:00Z')).to.equal('Closed, opens Sunday at 9am'); // 17:30 BST
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
});
