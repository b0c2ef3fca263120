import { startTransition, useEffect, useState } from 'react';

/** Set once the page has been taken over: a part mounted after that renders its browser form at once. */
let pageHydrated = false;

/**
 * False on the server and while React hydrates the prerendered page, true
 * after: for parts that exist only in the browser (the vis-timeline chart),
 * which must first render what the server rendered.
 *
 * The switch is a transition, not a synchronous update (useSyncExternalStore's
 * way): a synchronous re-render also runs its effects in the same task, so
 * the chart was built inside the task that took the page over, one long task
 * at load. As a transition it renders in slices and its effects run in a task
 * of their own.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(() => pageHydrated);
  useEffect(() => {
    pageHydrated = true;
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}
