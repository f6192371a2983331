import { expect } from '@open-wc/testing';
import type { OpeningHours } from '../schema/index.js';
import { ConversionReport } from './conversion-report.js';
import { openingHoursFromSchedules, schedulesFromOpeningHours } from './opening-hours.js';
import type { JsonObject } from './oruk-types.js';

const TODAY = '2025-06-01';

function read(schedules: JsonObject[], options: { writtenByUs?: boolean } = {}): { hours: OpeningHours | undefined; report: ConversionReport } {
  const report = new ConversionReport();
  const sources = schedules.map((item, index) => ({ item, path: `schedules[${index}]` }));
  return { hours: openingHoursFromSchedules(sources, TODAY, report, options), report };
}

const lines = (report: ConversionReport) => report.lines().join('\n');

describe('oruk opening hours: schedules to openingHours', () => {
  it('reads 3.0 byday lists and times with or without seconds', () => {
    const { hours } = read([{ byday: 'MO,TU', opens_at: '09:00:00', closes_at: '17:00:00', freq: 'WEEKLY', interval: 1 }]);
    expect(hours).to.deep.equal({ monday: [{ opens: '09:00', closes: '17:00' }], tuesday: [{ opens: '09:00', closes: '17:00' }] });
  });

  it('reads 1.0 weekday numbers (1 is Monday, 0 and 7 are Sunday) and names, and reports the numbers', () => {
    const { hours, report } = read([
      { weekday: 1, opens_at: '10:00', closes_at: '12:00' },
      { weekday: '7', opens_at: '10:00', closes_at: '12:00' },
      { weekday: 'Friday', opens_at: '10:00', closes_at: '12:00' },
      { weekday: 'we', opens_at: '10:00', closes_at: '12:00' },
    ]);
    expect(Object.keys(hours!)).to.deep.equal(['monday', 'wednesday', 'friday', 'sunday']);
    expect(lines(report)).to.contain('assumed schedules[0].weekday: read weekday 1 as Monday (1 is Monday, as in ISO 8601)');
    expect(lines(report)).to.contain('read weekday "7" as Sunday');
    expect(read([{ weekday: 0, opens_at: '10:00', closes_at: '11:00' }]).hours).to.have.key('sunday');
  });

  it('reads 12-hour times', () => {
    const { hours } = read([{ byday: 'WE', opens_at: '6pm', closes_at: '8.30pm' }]);
    expect(hours).to.deep.equal({ wednesday: [{ opens: '18:00', closes: '20:30' }] });
    expect(read([{ byday: 'WE', opens_at: '12am', closes_at: '12pm' }]).hours).to.deep.equal({ wednesday: [{ opens: '00:00', closes: '12:00' }] });
  });

  it('splits an overnight session at midnight', () => {
    const { hours, report } = read([{ byday: 'SU', opens_at: '22:00', closes_at: '02:00' }]);
    expect(hours).to.deep.equal({ sunday: [{ opens: '22:00', closes: '24:00' }], monday: [{ opens: '00:00', closes: '02:00' }] });
    expect(lines(report)).to.contain('22:00 to 02:00 crosses midnight: split it at midnight');
  });

  it('reads 23:59 and 00:00 as closing at midnight', () => {
    expect(read([{ byday: 'MO', opens_at: '18:00', closes_at: '23:59' }]).hours).to.deep.equal({ monday: [{ opens: '18:00', closes: '24:00' }] });
    expect(read([{ byday: 'MO', opens_at: '18:00', closes_at: '00:00' }]).hours).to.deep.equal({ monday: [{ opens: '18:00', closes: '24:00' }] });
  });

  it('merges overlapping and touching times, in order', () => {
    const { hours } = read([
      { byday: 'MO', opens_at: '13:00', closes_at: '17:00' },
      { byday: 'MO', opens_at: '09:00', closes_at: '12:00' },
      { byday: 'MO', opens_at: '11:00', closes_at: '13:00' },
      { byday: 'MO', opens_at: '18:00', closes_at: '19:00' },
    ]);
    expect(hours).to.deep.equal({
      monday: [
        { opens: '09:00', closes: '17:00' },
        { opens: '18:00', closes: '19:00' },
      ],
    });
  });

  it('says alwaysOpen when every day is open all day', () => {
    expect(read([{ byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00:00', closes_at: '23:59:59' }]).hours).to.deep.equal({ alwaysOpen: true });
  });

  it('keeps the words of schedules that are not weekly as the note', () => {
    const { hours, report } = read([
      { byday: 'MO', opens_at: '09:00', closes_at: '17:00' },
      { freq: 'MONTHLY', byday: 'SA', description: 'First Saturday of the month, 10am to noon' },
      { freq: 'WEEKLY', interval: 2, description: 'Every other Tuesday' },
      { valid_from: '2030-01-01', byday: 'MO', opens_at: '09:00', closes_at: '10:00', description: 'From 2030' },
    ]);
    expect(hours).to.deep.equal({
      monday: [{ opens: '09:00', closes: '17:00' }],
      note: 'First Saturday of the month, 10am to noon Every other Tuesday From 2030',
    });
    expect(lines(report)).to.contain('assumed schedules[1]: freq is "MONTHLY", not WEEKLY: kept its description as the opening hours note');
    expect(lines(report)).to.contain('assumed schedules[2]: interval 2 repeats every 2 weeks');
    expect(lines(report)).to.contain('valid_from 2030-01-01 is in the future');
  });

  it('drops expired schedules, and those with nothing to keep', () => {
    const { hours, report } = read([
      { byday: 'MO', opens_at: '09:00', closes_at: '17:00', valid_to: '2019-03-31', description: 'Old hours' },
      { byday: '1MO', opens_at: '09:00', closes_at: '17:00' },
      { opens_at: '09:00', closes_at: '17:00' },
      { byday: 'TU', opens_at: 'soon', closes_at: '17:00' },
      { byday: 'TU', opens_at: '09:00', closes_at: '09:00' },
    ]);
    expect(hours).to.equal(undefined);
    const text = lines(report);
    expect(text).to.contain('dropped schedules[0]: valid_to 2019-03-31 is in the past, so it was left out');
    expect(text).to.contain('dropped schedules[1]: byday "1MO" names a day of the month ("1MO"), not a weekly day, and it has no description to keep');
    expect(text).to.contain('dropped schedules[2]: it names no day (no byday or weekday), and it has no description to keep');
    expect(text).to.contain('dropped schedules[3]: opens_at "soon" is not a time');
    expect(text).to.contain('dropped schedules[4]: opens_at and closes_at are both 09:00');
  });

  it('keeps notes, and drops a directory description of a weekly schedule unless our export wrote it', () => {
    const schedule = { byday: 'FR', opens_at: '09:00', closes_at: '12:00', notes: '<b>Closed</b> in August', description: 'Friday mornings' };
    const theirs = read([schedule]);
    expect(theirs.hours).to.deep.equal({ friday: [{ opens: '09:00', closes: '12:00' }], note: 'Closed in August' });
    expect(lines(theirs.report)).to.contain('dropped schedules[0].description: a weekly schedule is shown from its days and times');
    expect(lines(read([schedule], { writtenByUs: true }).report)).not.to.contain('.description');
  });

  it('keeps at most six opening times a day, and reports the rest', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ byday: 'SA', opens_at: `${10 + i}:00`, closes_at: `${10 + i}:30` }));
    const { hours, report } = read(many);
    expect(hours!.saturday).to.have.length(6);
    expect(lines(report)).to.contain('dropped schedules (Saturday): 2 opening times after the first 6');
  });
});

describe('oruk opening hours: openingHours to schedules', () => {
  const ids = (key: string) => `id:${key}`;

  it('writes one schedule per opening time, shared by the days that have it', () => {
    const nine = [{ opens: '09:00', closes: '17:00' }];
    const schedules = schedulesFromOpeningHours({ monday: nine, tuesday: nine, wednesday: nine, saturday: [{ opens: '10:00', closes: '24:00' }] }, 'svc', ids);
    expect(schedules).to.deep.equal([
      {
        id: 'id:monday,tuesday,wednesday 09:00-17:00',
        service_id: 'svc',
        freq: 'WEEKLY',
        interval: 1,
        byday: 'MO,TU,WE',
        opens_at: '09:00:00',
        closes_at: '17:00:00',
        description: 'Monday to Wednesday, 09:00 to 17:00',
      },
      {
        id: 'id:saturday 10:00-24:00',
        service_id: 'svc',
        freq: 'WEEKLY',
        interval: 1,
        byday: 'SA',
        opens_at: '10:00:00',
        closes_at: '23:59:59',
        description: 'Saturday, 10:00 to midnight',
      },
    ]);
  });

  it('names days that are not in a row one by one', () => {
    const hour = [{ opens: '09:00', closes: '10:00' }];
    const [schedule] = schedulesFromOpeningHours({ monday: hour, wednesday: hour, friday: hour }, 'svc', ids);
    expect(schedule!.description).to.equal('Monday, Wednesday and Friday, 09:00 to 10:00');
  });

  it('writes alwaysOpen as every day, all day, and a note alone as a schedule with a description', () => {
    const [always] = schedulesFromOpeningHours({ alwaysOpen: true, note: 'Staffed by volunteers' }, 'svc', ids);
    expect(always).to.include({ byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00:00', closes_at: '23:59:59', notes: 'Staffed by volunteers' });
    expect(schedulesFromOpeningHours({ note: 'By appointment' }, 'svc', ids)).to.deep.equal([
      { id: 'id:note', service_id: 'svc', description: 'By appointment' },
    ]);
  });

  it('reads its own schedules back to the same hours', () => {
    const hours: OpeningHours = {
      monday: [
        { opens: '09:00', closes: '12:30' },
        { opens: '13:30', closes: '17:00' },
      ],
      friday: [{ opens: '09:00', closes: '16:30' }],
      saturday: [{ opens: '22:00', closes: '24:00' }],
      note: 'Closed on bank holidays',
    };
    const schedules = schedulesFromOpeningHours(hours, 'svc', ids) as unknown as JsonObject[];
    expect(read(schedules, { writtenByUs: true }).hours).to.deep.equal(hours);
  });
});
