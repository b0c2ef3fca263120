/**
 * Day arithmetic on calendar days (year, month, day), for the stages that
 * resolve or compare dates. Everything goes through Date.UTC and the getUTC*
 * getters, so the machine's time zone never matters and nothing reads the clock;
 * an outlet's zone enters only as an explicit offset ("+09:00").
 */
import type { Precision } from '../../lib/corpus/schema';

export interface Ymd {
  y: number;
  /** 1–12 */
  m: number;
  d: number;
}

export interface DayRange {
  start: Ymd;
  end: Ymd;
  precision: Precision;
}

export type CalendarUnit = 'day' | 'week' | 'month' | 'year';

const DAY_MS = 86_400_000;
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function fromUtc(ms: number): Ymd {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function toUtc(day: Ymd): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

export function addDays(day: Ymd, days: number): Ymd {
  return fromUtc(Date.UTC(day.y, day.m - 1, day.d + days));
}

export function daysBetween(from: Ymd, to: Ymd): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export function weekdayOf(day: Ymd): number {
  return new Date(toUtc(day)).getUTCDay();
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isRealDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Month arithmetic on (year, month) pairs. */
export function shiftMonth(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function formatDay(day: Ymd): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

export function parseIsoDay(text: string): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(y, m, d) ? { y, m, d } : null;
}

export function dayRange(day: Ymd): DayRange {
  return { start: day, end: day, precision: 'day' };
}

export function monthRange(y: number, m: number): DayRange {
  return { start: { y, m, d: 1 }, end: { y, m, d: daysInMonth(y, m) }, precision: 'month' };
}

export function yearRange(y: number): DayRange {
  return { start: { y, m: 1, d: 1 }, end: { y, m: 12, d: 31 }, precision: 'year' };
}

export function interval(start: Ymd, end: Ymd): DayRange {
  return { start, end, precision: 'interval' };
}

/** Monday of the (Monday–Sunday) week containing the day. */
export function mondayOf(day: Ymd): Ymd {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

export function weekRange(day: Ymd): DayRange {
  const monday = mondayOf(day);
  return interval(monday, addDays(monday, 6));
}

/** The corpus form of a range: "2025-01-13", "2025-01", "2025" or "start/end" (a one-day span is its day). */
export function formatValue(range: DayRange): string {
  switch (range.precision) {
    case 'day':
      return formatDay(range.start);
    case 'month':
      return `${pad(range.start.y, 4)}-${pad(range.start.m)}`;
    case 'year':
      return pad(range.start.y, 4);
    case 'interval':
      // "until 9pm tonight" from publication: a span of one day is written as that day.
      return daysBetween(range.start, range.end) === 0 ? formatDay(range.start) : `${formatDay(range.start)}/${formatDay(range.end)}`;
  }
}

// Weekday searches relative to an anchor day.
export function weekdayOnOrBefore(anchor: Ymd, weekday: number): Ymd {
  return addDays(anchor, -((weekdayOf(anchor) - weekday + 7) % 7));
}
export function weekdayOnOrAfter(anchor: Ymd, weekday: number): Ymd {
  return addDays(anchor, (weekday - weekdayOf(anchor) + 7) % 7);
}
export function weekdayAfter(anchor: Ymd, weekday: number): Ymd {
  return addDays(anchor, ((weekday - weekdayOf(anchor) + 6) % 7) + 1);
}
export function weekdayBefore(anchor: Ymd, weekday: number): Ymd {
  return addDays(anchor, -(((weekdayOf(anchor) - weekday + 6) % 7) + 1));
}

/** The same day of month some months earlier, clamped to that month's length. */
export function sameDayMonthsBefore(day: Ymd, months: number): Ymd {
  const { y, m } = shiftMonth(day.y, day.m, -months);
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** The given day of some month, counted from the anchor's month; null when that month is too short. */
export function dayInMonth(anchor: Ymd, months: number, day: number): Ymd | null {
  const { y, m } = shiftMonth(anchor.y, anchor.m, months);
  return isRealDate(y, m, day) ? { y, m, d: day } : null;
}

/** The day, month or year some units from a base day (a week is seven days and stays a day). */
export function shiftRange(base: Ymd, amount: number, unit: CalendarUnit): DayRange {
  if (unit === 'day') return dayRange(addDays(base, amount));
  if (unit === 'week') return dayRange(addDays(base, amount * 7));
  if (unit === 'month') {
    const { y, m } = shiftMonth(base.y, base.m, amount);
    return monthRange(y, m);
  }
  return yearRange(base.y + amount);
}

/** "+09:00" / "-0500" → minutes east of UTC; 0 when unreadable. */
export function parseOffsetMinutes(offset: string): number {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** Noon of a day in a zone, as an instant: a reference that stays on that day in the zone whatever is added to it by hours. */
export function noonInZone(day: Ymd, offsetMinutes: number): Date {
  return new Date(Date.UTC(day.y, day.m - 1, day.d, 12) - offsetMinutes * 60_000);
}

/** Memoised: clustering asks for the same few days' neighbours very many times. */
const shiftedDays = new Map<string, string>();

/** "2025-01-13" shifted by `delta` days, as an ISO day. */
export function shiftDay(day: string, delta: number): string {
  const key = `${day}|${delta}`;
  const cached = shiftedDays.get(key);
  if (cached !== undefined) return cached;
  const [year, month, date] = day.split('-').map(Number);
  const shifted = new Date(Date.UTC(year!, month! - 1, date! + delta)).toISOString().slice(0, 10);
  shiftedDays.set(key, shifted);
  return shifted;
}

/** The time zone furthest east (UTC+14): a calendar day begins there first. */
const EAST_MOST_MINUTES = 14 * 60;

/**
 * Has `day` already begun somewhere on Earth at the instant `time` ("HH:MM") on `publicationDay` in a zone of
 * `offsetMinutes`? A day begins at UTC+14 at 10:00 UTC of the day before.
 */
export function dayBegunSomewhere(day: Ymd, publicationDay: Ymd, time: string, offsetMinutes: number): boolean {
  const clock = /^(\d{1,2}):(\d{2})/.exec(time);
  if (!clock) return false;
  const instant = toUtc(publicationDay) + (Number(clock[1]) * 60 + Number(clock[2]) - offsetMinutes) * 60_000;
  return instant >= toUtc(day) - EAST_MOST_MINUTES * 60_000;
}
