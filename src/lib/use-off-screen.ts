import { startTransition, useEffect, useState, type RefObject } from 'react';
import { afterNextPaint, whenIdle } from './when-idle';

/**
 * Where a section is: `on` screen (any of it in the viewport), `near` (within
 * a screen's height of it) or `far`.
 */
export type ScreenDistance = 'on' | 'near' | 'far';

/** How far out a section counts as near: a screen's height, more than one scroll gesture covers. */
const NEAR_MARGIN = '100% 0px';

/**
 * Where the element is relative to the viewport. `on` until the browser says
 * otherwise, and wherever IntersectionObserver is missing (server render,
 * unit tests), so by default nothing waits.
 */
export function useScreenDistance(ref: RefObject<Element | null>): ScreenDistance {
  const [onScreen, setOnScreen] = useState(true);
  const [near, setNear] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const last = (entries: IntersectionObserverEntry[]) => entries[entries.length - 1]?.isIntersecting;
    const screen = new IntersectionObserver((entries) => {
      const intersecting = last(entries);
      if (intersecting !== undefined) setOnScreen(intersecting);
    });
    const margin = new IntersectionObserver(
      (entries) => {
        const intersecting = last(entries);
        // Coming near, a far section catches up on what changed meanwhile: in the background, not in a scroll frame.
        if (intersecting !== undefined) startTransition(() => setNear(intersecting));
      },
      { rootMargin: NEAR_MARGIN },
    );
    screen.observe(element);
    margin.observe(element);
    return () => {
      screen.disconnect();
      margin.disconnect();
    };
  }, [ref]);
  return onScreen ? 'on' : near ? 'near' : 'far';
}

/**
 * A value as it was when the last frame was painted: a change reaches the caller in a
 * background render (a transition) once the frame showing the click is painted. Not
 * useDeferredValue: React starts that render right after the click's, and at 4× CPU
 * slowdown it often ran (and committed) before the browser could paint the click.
 * `paints`: after that many frames (the chart: after the panes' frame). `plain`: an update React renders in one
 * go as soon as it can, not in slices a frame may cut into (a pane the reader is waiting for).
 */
export function useAfterPaint<T>(value: T, paints = 1, plain = false): T {
  const [held, setHeld] = useState(() => value);
  useEffect(() => {
    if (Object.is(held, value)) return;
    return afterNextPaint(() => (plain ? setHeld(() => value) : startTransition(() => setHeld(() => value))), paints);
  }, [held, value, paints, plain]);
  return held;
}

/**
 * A view value as a section should render it. On screen: the new value at
 * once. Near: the new value in a background render after the click's frame
 * is painted (useAfterPaint). Far: the value it last showed until the page
 * is idle (or the section comes near), so a click never waits for it, and a
 * screen reader reading there gets the current view soon after.
 * `plain`: near, the new value comes as a plain update after that paint, rendered in one go ahead of the chart's
 * redraw (which waits a paint more), not as a transition that the chart's frames cut into (what the reader asked
 * to see, just below the fold: the selected event's comparison).
 */
export function useUnlessOffScreen<T>(value: T, distance: ScreenDistance, plain = false): T {
  const afterPaint = useAfterPaint(value, 1, plain);
  const current = distance === 'on' ? value : afterPaint;
  const [held, setHeld] = useState(() => current);
  if (distance !== 'far' && held !== current) setHeld(() => current);
  const stale = distance === 'far' && held !== value;
  useEffect(() => {
    if (!stale) return;
    return whenIdle(() => startTransition(() => setHeld(() => value)));
  }, [stale, value]);
  return distance === 'far' ? held : current;
}

/**
 * A view value as a heavy pane (the event detail, the comparison) renders it: on screen, the change arrives in the
 * frame right after the click's (a plain update once that frame is painted, so the click's frame paints only the
 * control pressed, and before the chart, which follows a frame later); near or far as useUnlessOffScreen.
 * `stale` says the pane still shows the value before the click.
 */
export function usePaneValue<T>(value: T, distance: ScreenDistance): { shown: T; stale: boolean } {
  const pane = useAfterPaint(value, 1, true);
  const section = useUnlessOffScreen(value, distance);
  const shown = distance === 'on' ? pane : section;
  return { shown, stale: !Object.is(shown, value) };
}
