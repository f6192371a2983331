/**
 * England's bank holidays for any year, worked out rather than listed, so the library does not go stale:
 * the fixed and Easter-based days, the Monday holidays, and the substitute days when Christmas, Boxing Day
 * or New Year's Day fall at a weekend. Days moved or added by proclamation (a coronation, a jubilee) cannot
 * be worked out, so the ones since 2020 are listed (a contact card only looks ahead); a council can add
 * any other closure to its offer's `closedDates`.
 */

/** Days the Government moved or added; each year's other bank holidays follow the rules below. */
const PROCLAIMED: Readonly<Record<number, { readonly remove: readonly string[]; readonly add: readonly string[] }>> = {
  2020: { remove: ['2020-05-04'], add: ['2020-05-08'] }, // VE Day anniversary
  2022: { remove: ['2022-05-30'], add: ['2022-06-02', '2022-06-03', '2022-09-19'] }, // Platinum Jubilee; the Queen's funeral
  2023: { remove: [], add: ['2023-05-08'] }, // the King's coronation
};

/** A date as "YYYY-MM-DD", from a UTC calendar date (no time of day, no time zone). */
function iso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** 0 for Sunday to 6 for Saturday. */
function dayOfWeek(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm), as [month, day]. */
export function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

function firstMonday(year: number, month: number): number {
  return 1 + ((8 - dayOfWeek(year, month, 1)) % 7);
}

function lastMonday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return last - ((dayOfWeek(year, month, last) + 6) % 7);
}

/** Christmas Day and Boxing Day, each moved to the next weekday that is not already a holiday. */
function christmas(year: number): string[] {
  const days: string[] = [];
  let next = 25;
  for (const day of [25, 26]) {
    next = Math.max(next, day);
    while ([0, 6].includes(dayOfWeek(year, 12, next))) next++;
    days.push(iso(year, 12, next));
    next++;
  }
  return days;
}

function newYear(year: number): string {
  const weekday = dayOfWeek(year, 1, 1);
  return iso(year, 1, weekday === 6 ? 3 : weekday === 0 ? 2 : 1);
}

const cache = new Map<number, ReadonlySet<string>>();

/** England's bank holidays in a year, as "YYYY-MM-DD" dates. */
export function bankHolidaysIn(year: number): ReadonlySet<string> {
  let days = cache.get(year);
  if (!days) {
    const [easterMonth, easterDay] = easterSunday(year);
    const set = new Set([
      newYear(year),
      iso(year, easterMonth, easterDay - 2), // Good Friday
      iso(year, easterMonth, easterDay + 1), // Easter Monday
      iso(year, 5, firstMonday(year, 5)),
      iso(year, 5, lastMonday(year, 5)),
      iso(year, 8, lastMonday(year, 8)),
      ...christmas(year),
    ]);
    for (const day of PROCLAIMED[year]?.remove ?? []) set.delete(day);
    for (const day of PROCLAIMED[year]?.add ?? []) set.add(day);
    days = set;
    cache.set(year, days);
  }
  return days;
}

/** Whether a "YYYY-MM-DD" date is a bank holiday in England. */
export function isBankHoliday(date: string): boolean {
  return bankHolidaysIn(Number(date.slice(0, 4))).has(date);
}

/** The date `days` after a "YYYY-MM-DD" date. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return iso(year, month, day + days);
}
