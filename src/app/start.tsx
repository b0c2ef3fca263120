import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot, type Root, type RootOptions } from 'react-dom/client';
import { preloadTimelineChart } from '../features/timeline/components/timeline-chart';
import type { CorpusIndex } from '../lib/corpus/corpus-index';
import { fetchCorpusIndex } from '../lib/corpus/corpus-index-query';
import { holdEarlyClicks, releaseEarlyClicks } from './early-clicks';
import { AppProvider } from './provider';
import { AppShell, isExpectedLoadFailure, preloadPage } from './shell';

const options: RootOptions = {
  // A corpus that cannot be loaded is shown to the reader with Retry (the shell's boundary); it is not a bug to log.
  onCaughtError(error, info) {
    if (isExpectedLoadFailure(error)) return;
    console.error(error, info.componentStack);
  },
};

const app = (initialIndex?: CorpusIndex) => (
  <StrictMode>
    <AppProvider initialIndex={initialIndex}>
      <AppShell />
    </AppProvider>
  </StrictMode>
);

export interface StartedApp {
  root: Root;
  /** Whether React took the prerendered page over (hydrated) or drew the page itself. */
  mode: 'hydrated' | 'rendered';
}

/**
 * Start the app in its element. The build prerenders the first screen into it
 * (src/app/prerender.tsx) and names the index it used; once that index is here
 * (index.html preloads it, beside the scripts), React takes the page over as it
 * is, without drawing it again. If the index is another one (a page cached
 * across a deploy) or does not load, the page is drawn afresh, which shows the
 * error with Retry. The dev server serves an empty element, drawn at once.
 */
export async function startApp(container: HTMLElement): Promise<StartedApp> {
  // The chart's chunk is the largest, and the workspace's is most of the page's own code: both fetched in parallel
  // with the index, not after it. A workspace that fails to load is reported where it is drawn (its error boundary).
  preloadTimelineChart();
  preloadPage().catch(() => {});
  const prerenderedFor = container.dataset.indexBuild;
  if (prerenderedFor) {
    // The prerendered page invites clicks before React listens: held, and replayed once the shell has hydrated.
    holdEarlyClicks(container);
    const index = await fetchCorpusIndex().catch(() => null);
    if (index?.data.build === prerenderedFor) {
      // A transition, so React hydrates in slices of a few ms and yields between them (a plain hydrateRoot is
      // one task for the whole page at load); the prerendered page is already on screen meanwhile, and a click
      // on a part not yet hydrated is replayed once it is.
      let root: Root | undefined;
      startTransition(() => {
        root = hydrateRoot(container, app(index), options);
      });
      return { root: root!, mode: 'hydrated' };
    }
    container.replaceChildren();
    releaseEarlyClicks();
  }
  const root = createRoot(container, options);
  root.render(app());
  return { root, mode: 'rendered' };
}
