// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  chooseTimelineHeight,
  clampTimelineHeight,
  MAX_TIMELINE_HEIGHT,
  MIN_TIMELINE_HEIGHT,
  readTimelineHeight,
  useTimelineHeight,
} from '../../../src/features/timeline/components/timeline-height';

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

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

describe('useTimelineHeight', () => {
  it('reads storage once, not on every render, and follows a height chosen here or in another tab', () => {
    chooseTimelineHeight(300);
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    const { result, rerender } = renderHook(() => useTimelineHeight());
    expect(result.current).toBe(300);
    const reads = getItem.mock.calls.length;
    for (let n = 0; n < 5; n++) rerender();
    expect(getItem.mock.calls.length).toBe(reads);
    act(() => chooseTimelineHeight(350));
    expect(result.current).toBe(350);
    // Another tab stores a height: the storage event says so.
    localStorage.setItem('parallax.timeline-height', '420');
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: 'parallax.timeline-height' })));
    expect(result.current).toBe(420);
  });
});
