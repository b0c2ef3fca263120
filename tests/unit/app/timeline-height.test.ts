// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  chooseTimelineHeight,
  clampTimelineHeight,
  MAX_TIMELINE_HEIGHT,
  MIN_TIMELINE_HEIGHT,
  readTimelineHeight,
} from '../../../src/features/timeline/components/timeline-height';

afterEach(() => localStorage.clear());

const stored = (value: string | null) => ({ getItem: () => value });

describe('the timeline height the reader chose', () => {
  it('is kept within what still shows an axis and a lane, and what leaves room for the page', () => {
    expect(clampTimelineHeight(10)).toBe(MIN_TIMELINE_HEIGHT);
    expect(clampTimelineHeight(5000)).toBe(MAX_TIMELINE_HEIGHT);
    expect(clampTimelineHeight(300.4)).toBe(300);
  });

  it('reads a stored height back, clamped, and ignores anything else', () => {
    expect(readTimelineHeight(stored('288'))).toBe(288);
    expect(readTimelineHeight(stored('9999'))).toBe(MAX_TIMELINE_HEIGHT);
    expect(readTimelineHeight(stored(null))).toBeNull();
    expect(readTimelineHeight(stored('tall'))).toBeNull();
    expect(readTimelineHeight(stored('-40'))).toBeNull();
    expect(readTimelineHeight(undefined)).toBeNull();
    expect(
      readTimelineHeight({
        getItem: () => {
          throw new Error('storage is off');
        },
      }),
    ).toBeNull();
  });

  it('is remembered in this browser, and forgotten when the default is chosen', () => {
    chooseTimelineHeight(400);
    expect(readTimelineHeight(localStorage)).toBe(400);
    chooseTimelineHeight(100);
    expect(readTimelineHeight(localStorage)).toBe(MIN_TIMELINE_HEIGHT);
    chooseTimelineHeight(null);
    expect(readTimelineHeight(localStorage)).toBeNull();
  });
});
