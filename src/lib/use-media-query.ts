import { useSyncExternalStore } from 'react';

/**
 * Whether a CSS media query matches, following changes (a rotated phone, a
 * resized window). Where there is no matchMedia (the prerender, jsdom) it is
 * `fallback`. Used where a narrow screen gets a different structure, not just
 * different styles, so only one of the two is in the DOM.
 */
export function useMediaQuery(query: string, fallback: boolean): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = mediaQueryList(query);
      if (!list) return () => {};
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => mediaQueryList(query)?.matches ?? fallback,
    () => fallback,
  );
}

/**
 * One MediaQueryList per query, kept: React reads the snapshot on every render of
 * every user, and window.matchMedia builds and parses a new list each call.
 */
const lists = new Map<string, MediaQueryList>();
let listsFrom: typeof window.matchMedia | null = null;
function mediaQueryList(query: string): MediaQueryList | null {
  if (typeof window === 'undefined' || !window.matchMedia) return null;
  // Lists made by another matchMedia (a test's stand-in) are not this one's.
  if (listsFrom !== window.matchMedia) {
    lists.clear();
    listsFrom = window.matchMedia;
  }
  let list = lists.get(query);
  if (!list) {
    list = window.matchMedia(query);
    lists.set(query, list);
  }
  return list;
}

/** Tailwind's `md` breakpoint: from here the comparison is a table of outlet columns; below, one outlet at a time. */
export const WIDE_QUERY = '(min-width: 48rem)';
