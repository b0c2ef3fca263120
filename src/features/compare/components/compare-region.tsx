import { ErrorBoundary } from '../../../components/error-boundary';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import type { UpdateViewState, ViewState } from '../../../lib/view-state';
import { DifferencesList } from './differences-list';
import { EventQuotes } from './event-quotes';
import { SourcePanels } from './source-panels';

export type CompareRegionProps = { index: CorpusIndex; view: ViewState; onNavigate: UpdateViewState };

/**
 * The selected event, outlet by outlet: source panels, who said what, and where
 * the outlets disagree. The event's title, dates and their resolution are the
 * timeline's event detail, just above; this region does not repeat them.
 */
export function CompareRegion({ index, view, onNavigate }: CompareRegionProps) {
  const event = view.event ? index.eventById.get(view.event) : undefined;
  return (
    <section aria-labelledby="compare-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h2 id="compare-heading" className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
          Compare outlets
        </h2>
        {event ? <p className="font-serif text-lg text-stone-900">{event.title}</p> : null}
      </div>
      {!event ? (
        <p className="rounded border border-dashed border-stone-300 p-3 text-sm text-stone-600">
          {view.event
            ? 'The selected event is not in this corpus.'
            : 'Select an event on the timeline, in the event list or in the coverage table to compare how each outlet reported it.'}
        </p>
      ) : (
        <>
          <ErrorBoundary label="The source panels">
            <SourcePanels index={index} view={view} onNavigate={onNavigate} event={event} />
          </ErrorBoundary>
          <section aria-labelledby="compare-quotes-heading" className="rounded border border-stone-300 bg-stone-50 p-3">
            <h3 id="compare-quotes-heading" className="mb-2 font-semibold text-stone-800">
              Quotes
            </h3>
            <ErrorBoundary label="The quotes">
              <EventQuotes index={index} view={view} onNavigate={onNavigate} event={event} />
            </ErrorBoundary>
          </section>
          <section aria-labelledby="compare-differences-heading" className="rounded border border-stone-300 bg-stone-50 p-3">
            <h3 id="compare-differences-heading" className="mb-2 font-semibold text-stone-800">
              Differences between outlets
            </h3>
            <ErrorBoundary label="The differences">
              <DifferencesList index={index} view={view} onNavigate={onNavigate} event={event} />
            </ErrorBoundary>
          </section>
        </>
      )}
    </section>
  );
}
