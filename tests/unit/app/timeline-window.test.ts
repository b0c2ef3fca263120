import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/corpus/schema';
import {
  addDays,
  dayToMs,
  isDay,
  rangeToWindow,
  resolveWindow,
  timelineBounds,
  wallClockMs,
  windowToRange,
} from '../../../src/features/timeline/timeline-window';

const event = (id: string, start: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  title: id,
  start,
  precision: 'day',
  evidence: [{ articleId: 'a1', sentenceId: 'a1-s1', dateId: null }],
  outlets: ['o1'],
  main: true,
  ...extra,
});

describe('timelineBounds', () => {
  it('opens on the main events: three days before, a third of the span after for labels (Dec 11 → Jan 14 becomes Dec 8 → Jan 26)', () => {
    const events = [event('talks', '2025-01-13'), event('visit', '2024-12-11'), event('meeting', '2025-01-14')];
    expect(timelineBounds(events)?.window).toEqual({ from: '2024-12-08', to: '2025-01-26' });
  });

  it('lets the reader pan out to background events, but does not open on them', () => {
    const events = [
      event('visit', '2024-12-11'),
      event('meeting', '2025-01-14'),
      event('summit', '2023-11-01', { main: false, precision: 'month', end: '2023-11-30' }),
    ];
    const bounds = timelineBounds(events)!;
    expect(bounds.window).toEqual({ from: '2024-12-08', to: '2025-01-26' });
    expect(bounds.min).toBe('2023-10-29');
    expect(bounds.max).toBe('2025-01-29');
  });

  it('counts the last day of a span, and publication days, toward the limits', () => {
    const events = [event('month', '2024-12-01', { precision: 'month', end: '2024-12-31' })];
    const bounds = timelineBounds(events, ['2025-01-20', 'not a day'])!;
    expect(bounds.window).toEqual({ from: '2024-11-28', to: '2025-01-10' });
    expect(bounds.max).toBe('2025-01-23');
  });

  it('opens on the day-precise story events; a month-long story band is reached by panning', () => {
    const events = [
      event('martial-law', '2024-12-01', { precision: 'interval', end: '2024-12-10' }),
      event('call', '2024-12-11'),
      event('meeting', '2025-01-14'),
    ];
    const bounds = timelineBounds(events)!;
    expect(bounds.window).toEqual({ from: '2024-12-08', to: '2025-01-26' });
    expect(bounds.min).toBe('2024-11-28');
    // Without day-precise events, the vague ones set the window.
    expect(timelineBounds([events[0]!])!.window).toEqual({ from: '2024-11-28', to: '2024-12-13' });
  });

  it('falls back to every event, then to publication days, then to null', () => {
    expect(timelineBounds([event('ctx', '2024-05-05', { main: false })])?.window).toEqual({ from: '2024-05-02', to: '2024-05-08' });
    expect(timelineBounds([], ['2025-01-10', '2025-01-14'])?.window).toEqual({ from: '2025-01-07', to: '2025-01-17' });
    expect(timelineBounds([])).toBeNull();
  });

  it('crosses month, year and leap-day boundaries in UTC', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });
});

describe('windows and ranges', () => {
  it('covers whole days: the end is the midnight after the last day', () => {
    const range = windowToRange({ from: '2024-12-08', to: '2025-01-17' });
    expect(range.start.toISOString()).toBe('2024-12-08T00:00:00.000Z');
    expect(range.end.toISOString()).toBe('2025-01-18T00:00:00.000Z');
    expect(rangeToWindow(range.start, range.end)).toEqual({ from: '2024-12-08', to: '2025-01-17' });
  });

  it('reports the days a panned (partial-day) range touches', () => {
    expect(rangeToWindow(new Date('2024-12-09T13:00:00Z'), new Date('2025-01-02T06:00:00Z'))).toEqual({ from: '2024-12-09', to: '2025-01-02' });
  });

  it('takes the URL window only when it is a valid, ordered pair of days', () => {
    const fallback = { from: '2024-12-08', to: '2025-01-17' };
    expect(resolveWindow('2024-12-20', '2025-01-05', fallback)).toEqual({ from: '2024-12-20', to: '2025-01-05' });
    expect(resolveWindow('2025-01-05', '2024-12-20', fallback)).toBe(fallback);
    expect(resolveWindow('2025-02-30', '2025-03-01', fallback)).toBe(fallback);
    expect(resolveWindow(null, '2025-03-01', fallback)).toBe(fallback);
    expect(isDay('2025-1-5')).toBe(false);
  });
});

describe('wallClockMs', () => {
  it("places a publication at the outlet's local date and time, not the UTC one", () => {
    // 08:10 on 14 Jan in Tokyo is 23:10 on 13 Jan UTC; readers saw it on the 14th.
    expect(new Date(wallClockMs('2025-01-14T08:10:00+09:00')!.ms).toISOString()).toBe('2025-01-14T08:10:00.000Z');
    expect(wallClockMs('2025-01-13')).toEqual({ ms: Date.UTC(2025, 0, 13, 12), dayOnly: true });
    expect(wallClockMs(null)).toBeNull();
    expect(wallClockMs('sometime')).toBeNull();
  });

  it('answers a time asked again the same way (kept, and frozen so no caller can change it for the next)', () => {
    const first = wallClockMs('2025-01-14T08:10:00+09:00');
    expect(wallClockMs('2025-01-14T08:10:00+09:00')).toEqual(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(wallClockMs('sometime')).toBeNull();
    expect(dayToMs('2025-01-13')).toBe(Date.UTC(2025, 0, 13));
    expect(dayToMs('2025-01-13')).toBe(Date.UTC(2025, 0, 13));
  });
});
