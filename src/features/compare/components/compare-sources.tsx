import { ErrorBoundary } from '../../../components/error-boundary';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import type { EventSources } from '../../../lib/corpus/event-detail-query';
import type { OutletSources } from '../event-sources';
import { DifferencesList } from './differences-list';
import { EventQuotes } from './event-quotes';
import { SourcePanels } from './source-panels';

export type CompareSourcesProps = {
  index: CorpusIndex;
  eventId: string;
  sources: EventSources;
  /** The event's evidence per shown outlet (sourcesByOutlet). */
  byOutlet: OutletSources[];
  hiddenOutlets: readonly string[];
  highlighted: readonly string[];
};

/**
 * The compared sources of one event: panels, quotes and differences. Its own
 * chunk (with the wording and mark rendering), loaded beside the event's
 * evidence: the page needs neither until an event is selected.
 */
export function CompareSources({ index, eventId, sources, byOutlet, hiddenOutlets, highlighted }: CompareSourcesProps) {
  return (
    <div data-compare-event={eventId} className="space-y-3">
      <ErrorBoundary label="The source panels">
        {/* Keyed by event: a panel opened to all its sentences folds again for the next event. */}
        <SourcePanels key={eventId} index={index} sources={byOutlet} hasWording={!!sources.detail.wording} highlighted={highlighted} />
      </ErrorBoundary>
      <section aria-labelledby="compare-quotes-heading" className="rounded border border-stone-300 bg-stone-50 p-3">
        <h3 id="compare-quotes-heading" className="mb-2 font-semibold text-stone-800">
          Quotes
        </h3>
        <ErrorBoundary label="The quotes">
          <EventQuotes eventId={eventId} sources={byOutlet} />
        </ErrorBoundary>
      </section>
      <section aria-labelledby="compare-differences-heading" className="rounded border border-stone-300 bg-stone-50 p-3">
        <h3 id="compare-differences-heading" className="mb-2 font-semibold text-stone-800">
          Differences between outlets
        </h3>
        <ErrorBoundary label="The differences">
          <DifferencesList index={index} sources={sources} hiddenOutlets={hiddenOutlets} />
        </ErrorBoundary>
      </section>
    </div>
  );
}
