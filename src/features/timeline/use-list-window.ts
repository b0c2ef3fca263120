import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * Rows drawn beyond each edge of the visible part, so a fast scroll rarely shows blank space. Every drawn row is
 * redrawn by an outlet toggle (its coverage) or a highlight: 4 a side keeps about 14 rows drawn in a box of 6, not 22.
 */
const OVERSCAN = 4;

export interface ListWindow {
  /** First and one-past-last row to draw. */
  start: number;
  end: number;
  /** Scroll the list so a row is in view (keyboard moves), and draw it at once. */
  reveal: (row: number) => void;
}

/**
 * The rows of a long list that are in view of its scroll box, for lists whose
 * rows have known heights (`rowTop(i)` in px, `rowTop(count)` the total). Only
 * those rows are drawn, so a list of thousands costs what forty cost. Reads
 * the box's scroll position on scroll and on resize.
 */
export function useListWindow(listRef: RefObject<HTMLElement | null>, count: number, rowTop: (row: number) => number, enabled: boolean): ListWindow {
  const [view, setView] = useState({ top: 0, height: 0 });

  useEffect(() => {
    const list = listRef.current;
    if (!enabled || !list) return;
    let frame = 0;
    const read = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setView({ top: list.scrollTop, height: list.clientHeight }));
    };
    read();
    list.addEventListener('scroll', read, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(read);
    resize?.observe(list);
    return () => {
      cancelAnimationFrame(frame);
      list.removeEventListener('scroll', read);
      resize?.disconnect();
    };
  }, [listRef, enabled]);

  const rowAt = useCallback(
    (offset: number) => {
      // Binary search: the last row starting at or before the offset.
      let low = 0;
      let high = count;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (rowTop(middle + 1) <= offset) low = middle + 1;
        else high = middle;
      }
      return Math.min(low, Math.max(0, count - 1));
    },
    [count, rowTop],
  );

  const reveal = useCallback(
    (row: number) => {
      const list = listRef.current;
      if (!list) return;
      const top = rowTop(row);
      const bottom = rowTop(row + 1);
      const height = list.clientHeight;
      if (top < list.scrollTop) list.scrollTop = top;
      else if (bottom > list.scrollTop + height) list.scrollTop = bottom - height;
      setView({ top: list.scrollTop, height });
    },
    [listRef, rowTop],
  );

  if (!enabled) return { start: 0, end: count, reveal };
  const first = rowAt(view.top);
  const last = rowAt(view.top + Math.max(view.height, 1));
  return { start: Math.max(0, first - OVERSCAN), end: Math.min(count, last + 1 + OVERSCAN), reveal };
}
