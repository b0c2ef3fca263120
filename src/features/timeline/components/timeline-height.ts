import { useSyncExternalStore } from 'react';

/**
 * The chart's height, as Tailwind classes: shared by the chart and its
 * placeholder, so the page does not shift when vis-timeline arrives (it
 * scrolls its lanes inside this height). A strip, not a page: the selected
 * event must show on the first screen; taller on a desktop. A height the
 * reader chose is the --timeline-height variable (set on the timeline region),
 * which both classes defer to.
 */
export const TIMELINE_HEIGHT = 'h-[var(--timeline-height,15rem)] lg:h-[var(--timeline-height,21rem)]';

/** The heights the reader may drag the chart to, in CSS pixels: an axis and a lane at least; at most most of a laptop screen. */
export const MIN_TIMELINE_HEIGHT = 144;
export const MAX_TIMELINE_HEIGHT = 640;
/** One arrow key's step; Page Up and Page Down take three. */
export const TIMELINE_HEIGHT_STEP = 32;

const STORAGE_KEY = 'parallax.timeline-height';

export function clampTimelineHeight(height: number): number {
  return Math.round(Math.min(MAX_TIMELINE_HEIGHT, Math.max(MIN_TIMELINE_HEIGHT, height)));
}

/** The stored height, if there is a usable one (storage may be off, or hold anything). */
export function readTimelineHeight(storage: Pick<Storage, 'getItem'> | undefined): number | null {
  try {
    const value = Number(storage?.getItem(STORAGE_KEY));
    return Number.isFinite(value) && value > 0 ? clampTimelineHeight(value) : null;
  } catch {
    return null;
  }
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

const listeners = new Set<() => void>();

/**
 * The stored height as last read: read from storage once, then again only when this page chooses a height or
 * another tab stores one. React asks for it on every render of the chart's region (each click), and storage
 * reads are not free.
 */
let known: { height: number | null } | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab of the page resized its chart: follow it.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    known = null;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Keep a height (null: back to the default), remembered in this browser. */
export function chooseTimelineHeight(next: number | null): void {
  try {
    if (next === null) storage()?.removeItem(STORAGE_KEY);
    else storage()?.setItem(STORAGE_KEY, String(clampTimelineHeight(next)));
  } catch {
    // Storage full or off: nothing is remembered, and the chart keeps its default.
  }
  known = null;
  for (const listener of listeners) listener();
}

/**
 * The chart's height the reader chose, remembered in this browser; null for
 * the default. The prerendered page and hydration use the default (the server
 * has no storage), so the two agree; a remembered height applies just after.
 */
export function useTimelineHeight(): number | null {
  return useSyncExternalStore(
    subscribe,
    () => (known ??= { height: readTimelineHeight(storage()) }).height,
    () => null,
  );
}
