import { describe, expect, it } from 'vitest';
import { chooseAxis, DAY_LABEL_PX, minorLabel, sparseDayLabels, SPARSE_MAX_DAYS } from '../../../src/features/timeline/timeline-axis';
import { dayToMs } from '../../../src/features/timeline/timeline-window';

// The seed story's opening window is Dec 8, 2024 → Jan 26, 2025: 50 days.
const STORY_DAYS = 50;

describe('chooseAxis', () => {
  it('labels every day at the story zoom on a desktop (a 1,207 px centre: 24 px a day)', () => {
    expect(chooseAxis(1207, STORY_DAYS)).toEqual({ scale: 'day', step: 1, sparse: false });
  });

  it('keeps day ticks on a phone (250 px: 5 px a day), labelling only the days with events', () => {
    expect(chooseAxis(250, STORY_DAYS)).toEqual({ scale: 'day', step: 1, sparse: true });
    // A ten-day window on the phone has room for every day.
    expect(chooseAxis(250, 10)).toEqual({ scale: 'day', step: 1, sparse: false });
  });

  it('moves to months, quarters and years as the window widens, never to more ticks than fit', () => {
    expect(chooseAxis(1207, SPARSE_MAX_DAYS + 1)).toEqual({ scale: 'month', step: 1, sparse: false });
    expect(chooseAxis(250, 365)).toEqual({ scale: 'month', step: 3, sparse: false });
    expect(chooseAxis(250, 3 * 365)).toEqual({ scale: 'year', step: 1, sparse: false });
    expect(chooseAxis(250, 100 * 365).scale).toBe('year');
    for (const [width, days] of [[1207, 20_000], [250, 20_000], [390, 2 * 365], [1207, 60]] as const) {
      const choice = chooseAxis(width, days);
      const tickDays = { day: 1, month: 30, year: 365 }[choice.scale] * choice.step;
      expect(days / tickDays, `${width}px, ${days} days`).toBeLessThan(width / 10);
    }
  });

  it('falls back to coarse ticks when the chart has no width yet (vis would otherwise pick milliseconds)', () => {
    expect(chooseAxis(0, 3 * 365).scale).not.toBe('day');
    expect(chooseAxis(0, 10)).toEqual({ scale: 'day', step: 1, sparse: false });
  });

  it('labels every day from DAY_LABEL_PX a day', () => {
    expect(chooseAxis(DAY_LABEL_PX * 10, 10).sparse).toBe(false);
    expect(chooseAxis(DAY_LABEL_PX * 10 - 1, 10).sparse).toBe(true);
  });
});

describe('sparseDayLabels', () => {
  const story = [
    { day: '2024-12-11', weight: 4 },
    { day: '2024-12-11', weight: 2 },
    { day: '2024-12-14', weight: 2 },
    { day: '2025-01-07', weight: 2 },
    { day: '2025-01-10', weight: 2 },
    { day: '2025-01-13', weight: 8 },
    { day: '2025-01-14', weight: 2 },
    { day: '2025-01-20', weight: 4 },
  ];

  it('on a phone keeps Dec 11 and Jan 13–14, dropping lighter days that would overlap them', () => {
    const labels = sparseDayLabels(story, 5);
    expect(labels.get('2024-12-11')).toBe('11');
    expect(labels.get('2025-01-13')).toBe('13–14');
    expect(labels.has('2025-01-14')).toBe(false);
    expect(labels.has('2024-12-14')).toBe(false);
    expect(labels.has('2025-01-10')).toBe(false);
    expect([...labels.values()]).toEqual(['11', '7', '13–14', '20']);
  });

  it('labels each day when there is room, still joining consecutive days', () => {
    const labels = sparseDayLabels(story, 15);
    expect([...labels.values()]).toEqual(['11', '14', '7', '10', '13–14', '20']);
  });

  it('never joins across a month boundary', () => {
    const labels = sparseDayLabels([{ day: '2024-12-31', weight: 1 }, { day: '2025-01-01', weight: 2 }], 10);
    expect([...labels.entries()]).toEqual([['2025-01-01', '1']]);
  });
});

describe('minorLabel', () => {
  const ms = dayToMs('2025-01-13');
  it('prints the day number, a sparse label or nothing, the month or the year', () => {
    expect(minorLabel(ms, { scale: 'day', step: 1, sparse: false }, new Map())).toBe('13');
    expect(minorLabel(ms, { scale: 'day', step: 1, sparse: true }, new Map([['2025-01-13', '13–14']]))).toBe('13–14');
    expect(minorLabel(ms, { scale: 'day', step: 1, sparse: true }, new Map())).toBe('');
    expect(minorLabel(ms, { scale: 'month', step: 1, sparse: false }, new Map())).toBe('Jan');
    expect(minorLabel(ms, { scale: 'year', step: 1, sparse: false }, new Map())).toBe('2025');
  });
});
