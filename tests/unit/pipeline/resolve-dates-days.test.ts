/** Day arithmetic and zone-aware day keys (src/pipeline/text/days.ts), independent of the machine's zone. */
import { describe, expect, it } from 'vitest';
import {
  addDays, dayInMonth, daysBetween, formatValue, interval, monthRange, noonInZone, parseIsoDay, parseOffsetMinutes,
  shiftRange, weekdayAfter, weekdayBefore, weekdayOnOrBefore, weekRange, type Ymd,
} from '../../../src/pipeline/text/days';

/** The calendar day an instant falls on in a zone ("+09:00"): what a reader there would write. Only these tests need it. */
function dayInZone(instant: Date, offset: string): Ymd {
  const shifted = new Date(instant.getTime() + parseOffsetMinutes(offset) * 60_000);
  return { y: shifted.getUTCFullYear(), m: shifted.getUTCMonth() + 1, d: shifted.getUTCDate() };
}

describe('day arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays({ y: 2024, m: 2, d: 28 }, 1)).toEqual({ y: 2024, m: 2, d: 29 });
    expect(addDays({ y: 2023, m: 2, d: 28 }, 1)).toEqual({ y: 2023, m: 3, d: 1 });
    expect(addDays({ y: 2024, m: 12, d: 31 }, 1)).toEqual({ y: 2025, m: 1, d: 1 });
    expect(daysBetween({ y: 2024, m: 12, d: 29 }, { y: 2025, m: 1, d: 4 })).toBe(6);
  });

  it('finds weekdays strictly before, strictly after, and on or before a day', () => {
    const monday = { y: 2025, m: 1, d: 13 };
    expect(weekdayOnOrBefore(monday, 1)).toEqual(monday);
    expect(weekdayBefore(monday, 1)).toEqual({ y: 2025, m: 1, d: 6 });
    expect(weekdayAfter(monday, 1)).toEqual({ y: 2025, m: 1, d: 20 });
  });

  it('weeks run Monday–Sunday; a 31st is missing from short months; a month shift keeps month precision', () => {
    expect(formatValue(weekRange({ y: 2025, m: 1, d: 12 }))).toBe('2025-01-06/2025-01-12');
    expect(dayInMonth({ y: 2025, m: 1, d: 31 }, 1, 31)).toBeNull();
    expect(formatValue(shiftRange({ y: 2025, m: 1, d: 31 }, -1, 'month'))).toBe('2024-12');
    expect(formatValue(monthRange(2024, 2))).toBe('2024-02');
    expect(formatValue(interval({ y: 2019, m: 1, d: 1 }, { y: 2022, m: 11, d: 30 }))).toBe('2019-01-01/2022-11-30');
  });

  it('reads only real ISO days', () => {
    expect(parseIsoDay('2025-02-29')).toBeNull();
    expect(parseIsoDay('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseIsoDay('2025-1-5')).toBeNull();
  });
});

describe('zone-aware day keys', () => {
  it('reads offsets in both forms, and an unreadable one as UTC', () => {
    expect(parseOffsetMinutes('+09:00')).toBe(540);
    expect(parseOffsetMinutes('-0500')).toBe(-300);
    expect(parseOffsetMinutes('KST')).toBe(0);
  });

  it('an instant falls on the day a reader in the zone would write', () => {
    // 2025-01-13 20:30 UTC is already Jan. 14 in Seoul and still Jan. 13 in New York.
    const instant = new Date(Date.UTC(2025, 0, 13, 20, 30));
    expect(dayInZone(instant, '+09:00')).toEqual({ y: 2025, m: 1, d: 14 });
    expect(dayInZone(instant, '-05:00')).toEqual({ y: 2025, m: 1, d: 13 });
  });

  it('noon of a day in a zone stays on that day in the zone', () => {
    for (const offset of ['+14:00', '+09:00', '+00:00', '-12:00']) {
      const minutes = parseOffsetMinutes(offset);
      expect(dayInZone(noonInZone({ y: 2024, m: 12, d: 31 }, minutes), offset)).toEqual({ y: 2024, m: 12, d: 31 });
    }
  });
});
