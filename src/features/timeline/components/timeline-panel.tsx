import { lazy, memo, Suspense } from 'react';
import { ErrorBoundary } from '../../../components/error-boundary';
import { StatusMessage } from '../../../components/status-message';
import type { TimelineViewProps } from './timeline-view';

export type TimelinePanelProps = TimelineViewProps;

// vis-timeline (+ moment, hammer, xss) is the heaviest thing on the page: load it
// in its own chunk, so the article list and event list paint without waiting.
const TimelineView = lazy(() => import('./timeline-view').then((module) => ({ default: module.TimelineView })));

/** The timeline chart, loaded lazily, with a fallback while it loads and a boundary if it fails. */
export const TimelinePanel = memo(function TimelinePanel(props: TimelinePanelProps) {
  return (
    <ErrorBoundary label="The timeline chart">
      {/* The placeholder holds about the chart's height, so the lists below do not jump when it arrives (layout shift). */}
      <Suspense
        fallback={
          <div className="min-h-[30rem]">
            <StatusMessage title="Loading timeline…" />
          </div>
        }
      >
        <TimelineView {...props} />
      </Suspense>
    </ErrorBoundary>
  );
});
