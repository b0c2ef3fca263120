import { createElement, startTransition, useEffect, useState, type ComponentType, type ReactNode } from 'react';

export interface LazyComponent<P> {
  /** Start loading now (idle time, a likely next click); safe to call again. */
  preload: () => Promise<ComponentType<P>>;
  /** Renders the component once loaded and `fallback` until then; a failed load is thrown to the nearest error boundary. */
  Component: ComponentType<P & { fallback: ReactNode }>;
}

/**
 * A component in its own chunk, without React.lazy's suspension: `fallback`
 * shows until the chunk is here. React holds back content that resolves after
 * a suspension for up to 300 ms (its fallback throttle), which would sit inside
 * every first click and first chart; this shows the component on the render
 * after it arrives, and at once when it was preloaded.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));
  function Component({ fallback, ...props }: P & { fallback: ReactNode }) {
    const [state, setState] = useState<{ component: ComponentType<P> | null; error: unknown }>(() => ({ component: loaded, error: null }));
    useEffect(() => {
      if (state.component || state.error) return;
      let active = true;
      preload().then(
        // A transition: the arriving part (at load, the chart and the comparison) renders in slices with yields
        // between them, not in one task; nothing else waits on it.
        (component) => active && startTransition(() => setState({ component, error: null })),
        (error: unknown) => active && setState({ component: null, error }),
      );
      return () => {
        active = false;
      };
    }, [state]);
    if (state.error) throw state.error;
    const component = state.component ?? loaded;
    return component ? createElement(component, props as P) : fallback;
  }
  return { preload, Component };
}
