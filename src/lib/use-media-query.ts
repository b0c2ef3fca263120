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
      if (typeof window === 'undefined' || !window.matchMedia) return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => (typeof window === 'undefined' || !window.matchMedia ? fallback : window.matchMedia(query).matches),
    () => fallback,
  );
}

/** Tailwind's `md` breakpoint: from here the comparison is a table of outlet columns; below, one outlet at a time. */
export const WIDE_QUERY = '(min-width: 48rem)';
