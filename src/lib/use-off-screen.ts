import { useDeferredValue, useEffect, useState, type RefObject } from 'react';

/**
 * A section counts as on screen when any of it is in the viewport. No margin:
 * a background render takes tens of milliseconds, far less than scrolling to
 * a section just below the fold.
 */
const NEAR_SCREEN = '0px';

/**
 * Whether any of the element is on the screen. True until the browser says
 * otherwise, and wherever IntersectionObserver is missing (server render,
 * unit tests), so by default nothing waits.
 */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1];
      if (last) setOnScreen(last.isIntersecting);
    }, { rootMargin: NEAR_SCREEN });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return onScreen;
}

/**
 * A view value as a section should render it: the new value at once while the
 * section is on screen; while it is off screen, the value of a background
 * render React does after the click's frame is painted (useDeferredValue), so
 * a click never waits for sections the reader cannot see.
 */
export function useUnlessOffScreen<T>(value: T, onScreen: boolean): T {
  const deferred = useDeferredValue(value);
  return onScreen ? value : deferred;
}
