import { memo, useId } from 'react';
import { ErrorBoundary } from '../../../components/error-boundary';
import { StatusMessage } from '../../../components/status-message';
import { lazyComponent } from '../../../lib/lazy-component';
import { useHydrated } from '../../../lib/use-hydrated';
import { TIMELINE_HEIGHT } from './timeline-height';
import type { TimelineViewProps } from './timeline-view';

export type TimelinePanelProps = TimelineViewProps;

// vis-timeline (+ moment, hammer, xss) is the heaviest thing on the page: load it
// in its own chunk, so the article list and event list paint without waiting.
const timelineView = lazyComponent<TimelineViewProps>(() => import('./timeline-view').then((module) => module.TimelineView));

/** Start fetching the chart's chunk now, beside the index, rather than once the page has been taken over. */
export function preloadTimelineChart(): void {
  timelineView.preload().catch(() => {
    // Reported where the chart is drawn (its error boundary); nothing to add here.
  });
}

/**
 * The timeline chart with its caption. The chart loads lazily and only in the
 * browser (the prerendered page and hydration show the placeholder); the
 * placeholder has the chart's height, so nothing below it moves when it arrives.
 */
export const TimelinePanel = memo(function TimelinePanel(props: TimelinePanelProps) {
  const hydrated = useHydrated();
  const captionId = useId();
  return (
    <figure className="m-0" aria-labelledby={captionId}>
      <ErrorBoundary label="The timeline chart">
        <Chart hydrated={hydrated} {...props} />
      </ErrorBoundary>
      <figcaption id={captionId} className="mt-1 text-xs text-stone-600">
        Top lane: when each event happened (hatched: the day is not stated). Below: when each outlet published, in its local date.{' '}
        {/* Help for the hands the reader has: a phone has no Ctrl key and no wheel. */}
        <span className="sm:hidden">Swipe to move in time, pinch to zoom.</span>
        <span className="hidden sm:inline">Drag to pan, Ctrl + scroll to zoom; by keyboard, arrow keys move between items, Enter selects, + and − zoom.</span>
      </figcaption>
    </figure>
  );
});

/** The chart once its chunk is here and the page has been taken over; until then its placeholder, at its height. */
function Chart({ hydrated, ...props }: TimelinePanelProps & { hydrated: boolean }) {
  const placeholder = (
    <div className={TIMELINE_HEIGHT}>
      <StatusMessage title="Loading timeline…" />
    </div>
  );
  return hydrated ? <timelineView.Component {...props} fallback={placeholder} /> : placeholder;
}
