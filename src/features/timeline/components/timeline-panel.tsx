import { memo, useEffect, useId, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { ErrorBoundary } from '../../../components/error-boundary';
import { StatusMessage } from '../../../components/status-message';
import { useHydrated } from '../../../lib/use-hydrated';
import { clampTimelineHeight, MAX_TIMELINE_HEIGHT, MIN_TIMELINE_HEIGHT, TIMELINE_HEIGHT, TIMELINE_HEIGHT_STEP } from './timeline-height';
import { timelineView } from './timeline-chart';
import type { TimelineViewProps } from './timeline-view';

export type TimelineResize = {
  /** The height the reader chose, or null for the default. */
  height: number | null;
  /** While dragging: show this height now (no re-render of the page). */
  preview: (height: number) => void;
  /** Keep this height (null: back to the default), remembered. */
  commit: (height: number | null) => void;
};

export type TimelinePanelProps = TimelineViewProps & { resize: TimelineResize };

/**
 * The timeline chart with its caption. The chart loads lazily and only in the
 * browser (the prerendered page and hydration show the placeholder); the
 * placeholder has the chart's height, so nothing below it moves when it arrives.
 */
export const TimelinePanel = memo(function TimelinePanel({ resize, ...props }: TimelinePanelProps) {
  const hydrated = useHydrated();
  const captionId = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  return (
    // Pinned to the top of the viewport on a desktop, so the story's dates stay in reach while the comparison is
    // read; on a phone it scrolls away (a pinned strip would take a third of the screen).
    <figure className="m-0 lg:sticky lg:top-0 lg:z-20 lg:border-b lg:border-stone-300 lg:bg-stone-50 lg:pt-1 lg:pb-1" aria-labelledby={captionId}>
      <div ref={chartRef}>
        <ErrorBoundary label="The timeline chart">
          <Chart hydrated={hydrated} {...props} />
        </ErrorBoundary>
      </div>
      <Resizer chartRef={chartRef} resize={resize} />
      <figcaption id={captionId} className="text-xs text-stone-600">
        Top lane: when each event happened (hatched: the day is not stated). Below: when each outlet published, in its local date.{' '}
        {/* Help for the hands the reader has: a phone has no Ctrl key and no wheel. */}
        <span className="sm:hidden">Swipe to move in time, pinch to zoom.</span>
        <span className="hidden sm:inline">Drag to pan, Ctrl + scroll to zoom; by keyboard, arrow keys move between items, Enter selects, + and − zoom.</span>
      </figcaption>
    </figure>
  );
});

/** The default desktop height (21rem), said before the chart can be measured (the prerender). */
const DEFAULT_HEIGHT = 336;

/**
 * The chart's lower edge: drag it, or focus it and use the arrow keys (Home
 * and End for the extremes), to make the chart shorter or taller; a double
 * click goes back to the default. vis-timeline follows its container's size
 * (it redraws on a ResizeObserver), so nothing is asked of it here.
 */
function Resizer({ chartRef, resize }: { chartRef: RefObject<HTMLDivElement | null>; resize: TimelineResize }) {
  const { height, preview, commit } = resize;
  const [measured, setMeasured] = useState<number | null>(null);
  const drag = useRef<{ startY: number; startHeight: number; height: number } | null>(null);
  // The default height depends on the screen's width: say the one drawn.
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setMeasured(Math.round(chart.getBoundingClientRect().height)));
    observer.observe(chart);
    return () => observer.disconnect();
  }, [chartRef]);
  const now = height ?? measured ?? DEFAULT_HEIGHT;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'PageUp' || event.key === 'PageDown' ? 3 * TIMELINE_HEIGHT_STEP : TIMELINE_HEIGHT_STEP;
    const next =
      event.key === 'ArrowUp' || event.key === 'PageUp'
        ? now - step
        : event.key === 'ArrowDown' || event.key === 'PageDown'
          ? now + step
          : event.key === 'Home'
            ? MIN_TIMELINE_HEIGHT
            : event.key === 'End'
              ? MAX_TIMELINE_HEIGHT
              : null;
    if (next === null) return;
    event.preventDefault();
    commit(clampTimelineHeight(next));
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startY: event.clientY, startHeight: now, height: now };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current) return;
    current.height = clampTimelineHeight(current.startHeight + event.clientY - current.startY);
    preview(current.height);
  };
  const onPointerUp = () => {
    const current = drag.current;
    drag.current = null;
    if (current && current.height !== current.startHeight) commit(current.height);
  };

  return (
    // A focusable separator is a widget (WAI-ARIA's window splitter), which the lint rules do not count as interactive.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      role="separator"
      aria-orientation="horizontal"
      aria-label="Timeline height"
      aria-valuenow={now}
      aria-valuemin={MIN_TIMELINE_HEIGHT}
      aria-valuemax={MAX_TIMELINE_HEIGHT}
      aria-valuetext={`${now} pixels tall`}
      title="Drag, or use the up and down arrow keys, to make the timeline shorter or taller; double-click for its usual height"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={() => commit(null)}
      className="group flex h-3 cursor-row-resize touch-none items-center justify-center rounded hover:bg-stone-200 focus-visible:outline-2 focus-visible:outline-blue-700"
    >
      <span aria-hidden="true" className="h-1 w-12 rounded-full bg-stone-400 group-hover:bg-stone-600" />
    </div>
  );
}

/** The chart once its chunk is here and the page has been taken over; until then its placeholder, at its height. */
function Chart({ hydrated, ...props }: TimelineViewProps & { hydrated: boolean }) {
  const placeholder = (
    <div className={TIMELINE_HEIGHT}>
      <StatusMessage title="Loading timeline…" />
    </div>
  );
  return hydrated ? <timelineView.Component {...props} fallback={placeholder} /> : placeholder;
}
