import { use, type ComponentType } from 'react';

export interface LazyPart<P> {
  /** Start loading now (at boot, beside the index; before the prerender); safe to call again. */
  preload: () => Promise<ComponentType<P>>;
  /** The component, suspending until its chunk is here: put it inside a <Suspense>. */
  Part: ComponentType<P>;
}

/**
 * A part of the prerendered page in its own chunk, which React can take over
 * later than the rest (selective hydration). Unlike src/lib/lazy-component.ts,
 * which draws a fallback until the chunk is here, this suspends: inside a
 * <Suspense> boundary the server's HTML stays on screen, untouched, until the
 * chunk arrives and React hydrates it; the boundary's fallback shows only
 * where nothing was prerendered (a page drawn afresh). Once loaded it renders
 * at once, without suspending: the prerender loads every part before it
 * renders, so the page holds them whole.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let pending: Loading<P> | null = null;
  const preload = () => {
    if (!pending) {
      const loading: Loading<P> = load().then(
        (component) => {
          // Marked as React marks a thenable it has seen settle, so use() reads it at once in any later render (the
          // server's, a part drawn afresh) rather than suspending for a tick.
          Object.assign(loading, { status: 'fulfilled', value: component });
          return component;
        },
        (error: unknown) => {
          Object.assign(loading, { status: 'rejected', reason: error });
          throw error;
        },
      );
      pending = loading;
    }
    return pending;
  };
  function Part(props: P) {
    const loading = preload();
    if (loading.status === 'rejected') {
      // To the nearest error boundary. A render after that one (its Try again) loads the chunk again; not the render
      // React itself repeats at once after an error, or every failed load would be retried without end.
      setTimeout(() => {
        if (pending === loading) pending = null;
      }, 0);
      throw loading.reason;
    }
    const Component = use(loading as Promise<ComponentType<P>>);
    return <Component {...props} />;
  }
  return { preload, Part };
}

type Loading<P> = Promise<ComponentType<P>> & { status?: 'fulfilled' | 'rejected'; reason?: unknown };
