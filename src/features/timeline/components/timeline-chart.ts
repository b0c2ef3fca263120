import { lazyComponent } from '../../../lib/lazy-component';
import type { TimelineViewProps } from './timeline-view';

// vis-timeline (+ moment, hammer, xss) is the heaviest thing on the page: load it
// in its own chunk, so the article list and event list paint without waiting.
// Apart from the panel, so the page's entry can start the chunk at boot without carrying the panel itself.
export const timelineView = lazyComponent<TimelineViewProps>(() => import('./timeline-view').then((module) => module.TimelineView));

/** Start fetching the chart's chunk now, beside the index, rather than once the page has been taken over. */
export function preloadTimelineChart(): void {
  timelineView.preload().catch(() => {
    // Reported where the chart is drawn (its error boundary); nothing to add here.
  });
}
