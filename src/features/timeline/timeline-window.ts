import type { EventSummary } from '../../lib/corpus/schema';

/** What the window arithmetic reads of an event. */
export type DatedEvent = Pick<EventSummary, 'start' | 'end' | 'main' | 'precision'>;

/**
 * Calendar arithmetic for the timeline. Every event is a calendar day (or a span of
 * days) in the story's own zone, so days are handled as UTC midnights and the
 * timeline renders in UTC: the viewer's zone can then never move an event to the
 * neighbouring day (a Seoul reader and a New York reader see the same dates).
 */

/** A window of whole calendar days, both ends included (YYYY-MM-DD). */
export interface DayWindow {
  from: string;
  to: string;
}

/** The window to open on, and how far the reader may pan. */
export interface TimelineBounds {
  window: DayWindow;
  min: string;
  max: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDay(value: string | null | undefined): value is string {
  if (!value) return false;
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return dayOf(ms) === value;
}

/**
 * Parsed days and publication times, kept: the chart asks for the same few
 * thousand on every view change of a large corpus. Emptied when it grows past
 * any corpus's worth, so it never holds more than that.
 */
const CACHE_LIMIT = 20_000;
const dayMs = new Map<string, number>();
const wallClock = new Map<string, { ms: number; dayOnly: boolean } | null>();

/** UTC midnight of a calendar day, in ms. */
export function dayToMs(day: string): number {
  const known = dayMs.get(day);
  if (known !== undefined) return known;
  const [year, month, date] = day.split('-').map(Number);
  const ms = Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1);
  if (dayMs.size >= CACHE_LIMIT) dayMs.clear();
  dayMs.set(day, ms);
  return ms;
}

/** The calendar day (YYYY-MM-DD, UTC) containing a moment. */
export function dayOf(ms: number | Date): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayOf(dayToMs(day) + days * DAY_MS);
}

/** The instants a day window covers: from its first midnight to the midnight after its last day. */
export function windowToRange(window: DayWindow): { start: Date; end: Date } {
  return { start: new Date(dayToMs(window.from)), end: new Date(dayToMs(window.to) + DAY_MS) };
}

/** The whole days a visible range touches; the inverse of windowToRange for whole-day ranges. */
export function rangeToWindow(start: Date | number, end: Date | number): DayWindow {
  const startMs = typeof start === 'number' ? start : start.getTime();
  const endMs = typeof end === 'number' ? end : end.getTime();
  return { from: dayOf(startMs), to: dayOf(Math.max(startMs, endMs - 1)) };
}

export function sameWindow(a: DayWindow, b: DayWindow): boolean {
  return a.from === b.from && a.to === b.to;
}

/** The last day an event covers. */
export function eventEnd(event: Pick<DatedEvent, 'start' | 'end'>): string {
  return event.end && event.end > event.start ? event.end : event.start;
}

/**
 * Where the timeline opens and how far it pans.
 * - window: the main (story) events with `marginDays` either side (only the day-precise
 *   ones when there are any: a month-long band would stretch the view), so the story
 *   fills the view; with no main events, every event; with no events, `extraDays`.
 * - min/max: everything (context events, publication days) plus the margin, so a
 *   reader can pan out to background months before the story.
 * Returns null when there is nothing dated at all.
 */
export function timelineBounds(events: readonly DatedEvent[], extraDays: string[] = [], marginDays = 3): TimelineBounds | null {
  const main = events.filter((event) => event.main);
  // Day-precise story events set the window; a vague "in early December" must not stretch it (panning reaches it).
  const mainDays = main.filter((event) => event.precision === 'day');
  const focus = mainDays.length > 0 ? mainDays : main.length > 0 ? main : events;
  const focusStarts = focus.map((event) => event.start);
  const focusEnds = focus.map(eventEnd);
  const extra = extraDays.filter(isDay);
  const windowStarts = focusStarts.length > 0 ? focusStarts : extra;
  const windowEnds = focusEnds.length > 0 ? focusEnds : extra;
  if (windowStarts.length === 0) return null;

  const first = minDay(windowStarts);
  const last = maxDay(windowEnds);
  // Item labels run to the right of their day: leave a third of the span so the last ones read whole.
  const spanDays = Math.round((dayToMs(last) - dayToMs(first)) / DAY_MS);
  const window = { from: addDays(first, -marginDays), to: addDays(last, Math.max(marginDays, Math.ceil(spanDays / 3))) };
  const allStarts = [...events.map((event) => event.start), ...extra, addDays(window.from, marginDays)];
  const allEnds = [...events.map(eventEnd), ...extra, window.to];
  return { window, min: addDays(minDay(allStarts), -marginDays), max: addDays(maxDay(allEnds), marginDays) };
}

/** The window from the URL when it is a valid pair of days, else the default. */
export function resolveWindow(from: string | null, to: string | null, fallback: DayWindow): DayWindow {
  if (isDay(from) && isDay(to) && from <= to) return { from, to };
  return fallback;
}

function minDay(days: string[]): string {
  return days.reduce((a, b) => (b < a ? b : a));
}

function maxDay(days: string[]): string {
  return days.reduce((a, b) => (b > a ? b : a));
}

/**
 * A publication time as the outlet's wall clock (its local date and time, offset
 * dropped), placed on the same UTC-rendered axis as the calendar-day events. An
 * article published 08:00 on 14 Jan in Tokyo thus sits on 14 Jan, the day its
 * readers saw it, not on 13 Jan (UTC). Day-only dates sit at noon.
 */
export function wallClockMs(publishedAt: string | null): Readonly<{ ms: number; dayOnly: boolean }> | null {
  if (!publishedAt) return null;
  const known = wallClock.get(publishedAt);
  if (known !== undefined) return known;
  const placed = parseWallClock(publishedAt);
  if (wallClock.size >= CACHE_LIMIT) wallClock.clear();
  wallClock.set(publishedAt, placed);
  return placed;
}

function parseWallClock(publishedAt: string): { ms: number; dayOnly: boolean } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(publishedAt);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match;
  const dayOnly = hour === undefined;
  return Object.freeze({
    ms: Date.UTC(Number(year), Number(month) - 1, Number(day), dayOnly ? 12 : Number(hour), dayOnly ? 0 : Number(minute)),
    dayOnly,
  });
}
