import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { ErrorBoundary } from '../../../components/error-boundary';
import { StatusMessage } from '../../../components/status-message';
import { isShownOutlet, outletKey, type CorpusIndex } from '../../../lib/corpus/corpus-index';
import { eventDetailsQueryOptions, prefetchEventDetail } from '../../../lib/corpus/event-detail-query';
import { usePaneValue, useScreenDistance, useUnlessOffScreen } from '../../../lib/use-off-screen';
import { navigateView, useViewValue } from '../../../lib/view-state';
import { resolveWindow, timelineBounds, wallClockMs } from '../timeline-window';
import { visibleEvents } from '../../../lib/corpus/visible-events';
import { eventHighlights } from '../../../lib/event-highlights';
import { EventDetail } from './event-detail';
import { EventList } from './event-list';
import { chooseTimelineHeight, useTimelineHeight } from './timeline-height';
import { TimelinePanel, type TimelineResize } from './timeline-panel';

export type TimelineRegionProps = {
  index: CorpusIndex;
  /** What the page shows of the selected event below its detail (the shell puts the comparison there, beside the list). */
  main?: ReactNode;
};

const onSelect = (eventId: string | null) => navigateView({ event: eventId });
// The window is view state too, but panning should not flood the history: replace, don't push.
const onWindowChange = (from: string, to: string) => navigateView({ from, to }, { replace: true });
const onOpenArticle = (articleId: string) => navigateView({ article: articleId, sentence: null });

/**
 * The timeline feature wired to the URL state: the chart (lazy), the accessible
 * event list beside the selected event's detail. Selection is `event`, the window
 * `from`/`to`, filters `hide` and `entities`, all in the URL. Each piece gets
 * memoised inputs, so selecting an event re-renders the list and the detail, not
 * the chart's data.
 */
export function TimelineRegion({ index, main }: TimelineRegionProps) {
  const selectedEventId = useViewValue('event');
  const hidden = useViewValue('hiddenOutlets');
  const highlighted = useViewValue('entities');
  const from = useViewValue('from');
  const to = useViewValue('to');
  const queryClient = useQueryClient();
  const { data } = index;
  const sectionRef = useRef<HTMLElement>(null);
  const height = useTimelineHeight();
  // While dragging, the height goes straight to the CSS variable: the list and the comparison do not re-render per move.
  const resize = useMemo<TimelineResize>(
    () => ({
      height,
      preview: (next) => sectionRef.current?.style.setProperty('--timeline-height', `${next}px`),
      commit: (next) => {
        // Back to the default: React clears only what it set, not a dragged preview.
        if (next === null) sectionRef.current?.style.removeProperty('--timeline-height');
        chooseTimelineHeight(next);
      },
    }),
    [height],
  );
  const heightStyle = useMemo(() => (height === null ? undefined : ({ '--timeline-height': `${height}px` } as CSSProperties)), [height]);

  const events = useMemo(() => visibleEvents(index, hidden), [index, hidden]);
  // The emphasised events with the highlighted names each mentions: the list and the chart mark them by symbol.
  const emphasised = useMemo(() => eventHighlights(index, events, highlighted, hidden), [index, events, highlighted, hidden]);
  // A name pressed far below (the names index, the comparison's end) re-marks the list once the click's frame is
  // painted, when the list is off screen: its selection and filter still follow at once.
  const listRef = useRef<HTMLDivElement>(null);
  // The selected event's detail shows a new selection in the click's frame, and an outlet switched in the next.
  const detailRef = useRef<HTMLDivElement>(null);
  const detailHidden = usePaneValue(hidden, useScreenDistance(detailRef));
  const detailStale = detailHidden.stale;
  const listEmphasis = useUnlessOffScreen(emphasised, useScreenDistance(listRef));
  const outlets = useMemo(() => data.outlets.filter((outlet) => !hidden.includes(outlet.id)), [data, hidden]);
  const articles = useMemo(() => {
    const hiddenSet = new Set(hidden);
    return data.articles.filter((article) => isShownOutlet(outletKey(article.outletId), hiddenSet));
  }, [data, hidden]);
  // From the whole corpus, so switching outlets off never moves the default window.
  const bounds = useMemo(() => {
    const publicationDays = data.articles
      .map((article) => wallClockMs(article.publishedAt))
      .filter((placed) => placed !== null)
      .map((placed) => new Date(placed.ms).toISOString().slice(0, 10));
    return timelineBounds(data.events, publicationDays);
  }, [data]);
  // The articles without a publication date, read once per corpus: an outlet toggle only counts the shown ones
  // (reading every article's date again cost about 1 ms per toggle at 1,000 articles and 4× CPU slowdown).
  const undatedIds = useMemo(() => new Set(data.articles.filter((article) => wallClockMs(article.publishedAt) === null).map((article) => article.id)), [data]);
  const undated = useMemo(() => (undatedIds.size === 0 ? 0 : articles.filter((article) => undatedIds.has(article.id)).length), [articles, undatedIds]);
  const limits = useMemo(() => (bounds ? { min: bounds.min, max: bounds.max } : undefined), [bounds]);
  const window = useMemo(() => (bounds ? resolveWindow(from, to, bounds.window) : null), [bounds, from, to]);
  const isDefaultWindow = !!bounds && window?.from === bounds.window.from && window.to === bounds.window.to;
  const onPreview = useCallback((eventId: string) => prefetchEventDetail(queryClient, index, eventId), [queryClient, index]);
  // Evidence fetched ahead for the events in view: the list's rows in view (the likeliest clicks), then the events
  // drawn in the chart's window, nearest its middle first. A click on any of them never waits for a fetch.
  const [listInView, setListInView] = useState<string[]>([]);
  useEffect(() => {
    // A chunk of its own (the first paint needs none of it), loaded once; a failed load only means no fetching ahead.
    const started = import('../../../lib/corpus/prefetch-in-view').then(
      (ahead) => ahead.prefetchViewWhenIdle(queryClient, index, listInView, events, window, eventDetailsQueryOptions),
      () => undefined,
    );
    return () => void started.then((cancel) => cancel?.());
  }, [queryClient, index, listInView, events, window]);

  return (
    <section ref={sectionRef} aria-labelledby="timeline-heading" className="space-y-3" style={heightStyle}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        {/* Named for screen readers; the axis says what it is to the eye, and the line it took is the chart's. */}
        <h2 id="timeline-heading" className="sr-only">
          Timeline
        </h2>
        {bounds && !isDefaultWindow ? (
          <button
            type="button"
            onClick={() => navigateView({ from: null, to: null }, { replace: true })}
            className="rounded border border-stone-400 px-2 py-0.5 text-xs hover:bg-stone-100"
          >
            Reset timeline window
          </button>
        ) : null}
      </div>
      {bounds && window ? (
        <TimelinePanel
          events={events}
          articles={articles}
          outlets={outlets}
          selectedEventId={selectedEventId}
          emphasisedEventIds={emphasised}
          window={window}
          limits={limits}
          onSelect={onSelect}
          onWindowChange={onWindowChange}
          onOpenArticle={onOpenArticle}
          onPreview={onPreview}
          resize={resize}
        />
      ) : (
        <StatusMessage title="Nothing dated to draw yet">The corpus has no events and no publication dates.</StatusMessage>
      )}
      {undated > 0 ? <p className="text-xs text-stone-600">{undated} article(s) without a publication date are not on the chart.</p> : null}
      {/* The rail (the event list) beside the selected event; on a phone the event comes first, the list after it. */}
      {/* On a desktop what scrolls into view (a focused control, the coverage table's target) stops below the pinned chart. */}
      <div className="grid gap-4 lg:grid-cols-[minmax(16rem,21rem)_minmax(0,1fr)] lg:[&_*]:scroll-mt-[calc(var(--timeline-height,21rem)+4.5rem)]">
        <div className="order-2 min-w-0 lg:order-1">
        <div ref={listRef}>
        <EventList
          events={events}
          selectedEventId={selectedEventId}
          emphasisedEventIds={listEmphasis}
          onSelect={onSelect}
          totalCount={data.events.length}
          onPreview={onPreview}
          outlets={outlets}
          onRowsInView={setListInView}
        />
        </div>
        </div>
        {/* The scroll target of a choice made far from here (the coverage table). */}
        <div ref={detailRef} id="selected-event" className="order-1 min-w-0 scroll-mt-3 space-y-6 lg:order-2">
          <ErrorBoundary label="The event detail">
            {/* Busy while it follows the click (dimmed a tenth of a second in: an update landing sooner never dims). */}
            <div aria-busy={detailStale || undefined} className={`transition-opacity ${detailStale ? 'opacity-50 delay-100 duration-150' : 'duration-100'}`}>
              <EventDetail index={index} eventId={selectedEventId} hiddenOutlets={detailHidden.shown} />
            </div>
          </ErrorBoundary>
          {main}
        </div>
      </div>
    </section>
  );
}
