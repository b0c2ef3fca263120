import { useCallback, useMemo } from 'react';
import { ErrorBoundary } from '../../../components/error-boundary';
import { StatusMessage } from '../../../components/status-message';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import type { UpdateViewState, ViewState } from '../../../lib/view-state';
import { resolveWindow, timelineBounds, wallClockMs } from '../timeline-window';
import { emphasisedEventIds, visibleEvents } from '../visible-events';
import { EventDetail } from './event-detail';
import { EventList } from './event-list';
import { TimelinePanel } from './timeline-panel';

export type TimelineRegionProps = { index: CorpusIndex; view: ViewState; onNavigate: UpdateViewState };

/**
 * The timeline feature wired to the URL state: the chart (lazy), the accessible
 * event list beside the selected event's detail. Selection is `event`, the window
 * `from`/`to`, filters `hide` and `entities`, all in the URL.
 */
export function TimelineRegion({ index, view, onNavigate }: TimelineRegionProps) {
  const { corpus } = index;
  const hiddenKey = view.hiddenOutlets.join(',');
  const entitiesKey = view.entities.join(',');
  // Keyed on the joined strings: view is parsed afresh on every render.
  const hidden = useMemo(() => (hiddenKey ? hiddenKey.split(',') : []), [hiddenKey]);
  const events = useMemo(() => visibleEvents(index, hidden), [index, hidden]);
  const emphasised = useMemo(
    () => emphasisedEventIds(index, events, entitiesKey ? entitiesKey.split(',') : []),
    [index, events, entitiesKey],
  );
  const outlets = useMemo(() => corpus.outlets.filter((outlet) => !hidden.includes(outlet.id)), [corpus, hidden]);
  // As in the article list: articles with no known outlet cannot be switched off.
  const articles = useMemo(() => corpus.articles.filter((article) => !hidden.includes(article.outletId ?? '')), [corpus, hidden]);
  // From the whole corpus, so switching outlets off never moves the default window.
  const bounds = useMemo(() => {
    const publicationDays = corpus.articles
      .map((article) => wallClockMs(article.publishedAt))
      .filter((placed) => placed !== null)
      .map((placed) => new Date(placed.ms).toISOString().slice(0, 10));
    return timelineBounds(corpus.events, publicationDays);
  }, [corpus]);
  const undated = articles.filter((article) => wallClockMs(article.publishedAt) === null).length;

  const onSelect = useCallback((eventId: string | null) => onNavigate({ event: eventId }), [onNavigate]);
  // The window is view state too, but panning should not flood the history: replace, don't push.
  const onWindowChange = useCallback((from: string, to: string) => onNavigate({ from, to }, { replace: true }), [onNavigate]);
  const onOpenArticle = useCallback((articleId: string) => onNavigate({ article: articleId, sentence: null }), [onNavigate]);
  const limits = useMemo(() => (bounds ? { min: bounds.min, max: bounds.max } : undefined), [bounds]);
  const window = bounds ? resolveWindow(view.from, view.to, bounds.window) : null;
  const isDefaultWindow = !!bounds && window?.from === bounds.window.from && window.to === bounds.window.to;

  return (
    <section aria-labelledby="timeline-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="timeline-heading" className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
          Timeline
        </h2>
        {bounds && !isDefaultWindow ? (
          <button
            type="button"
            onClick={() => onNavigate({ from: null, to: null }, { replace: true })}
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
          selectedEventId={view.event}
          emphasisedEventIds={emphasised}
          window={window}
          limits={limits}
          onSelect={onSelect}
          onWindowChange={onWindowChange}
          onOpenArticle={onOpenArticle}
        />
      ) : (
        <StatusMessage title="Nothing dated to draw yet">The corpus has no events and no publication dates.</StatusMessage>
      )}
      {undated > 0 ? <p className="text-xs text-stone-600">{undated} article(s) without a publication date are not on the chart.</p> : null}
      <div className="grid gap-4 lg:grid-cols-[minmax(16rem,22rem)_1fr]">
        <EventList
          events={events}
          selectedEventId={view.event}
          emphasisedEventIds={emphasised}
          onSelect={onSelect}
          totalCount={corpus.events.length}
        />
        <div className="min-w-0">
          <ErrorBoundary label="The event detail">
            <EventDetail index={index} view={view} onNavigate={onNavigate} />
          </ErrorBoundary>
        </div>
      </div>
    </section>
  );
}
