import { memo, useEffect, useMemo, useRef } from 'react';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import { useEventDetail } from '../../../lib/corpus/event-detail-query';
import { usePaneValue, useScreenDistance, useUnlessOffScreen } from '../../../lib/use-off-screen';
import { useViewValue } from '../../../lib/view-state';
import { lazyComponent } from '../../../lib/lazy-component';
import { whenIdle } from '../../../lib/when-idle';
import { shownOutlets, sourcesByOutlet } from '../event-sources';

import type { CompareSourcesProps } from './compare-sources';

const compareSources = lazyComponent<CompareSourcesProps>(() => import('./compare-sources').then((module) => module.CompareSources));

export type CompareRegionProps = { index: CorpusIndex };

/**
 * The selected event, outlet by outlet: source panels, who said what, and where
 * the outlets disagree. The event's title, dates and their resolution are the
 * timeline's event detail, just above; this region does not repeat them. The
 * evidence is fetched when the event is selected (usually ahead, on hover).
 */
export const CompareRegion = memo(function CompareRegion({ index }: CompareRegionProps) {
  const sectionRef = useRef<HTMLElement>(null);
  const distance = useScreenDistance(sectionRef);
  // A selected event shows in the click's frame (it is what the reader asked to see). An outlet switched or a name
  // pressed: the click's frame paints the pressed control, and this region follows in the next (busy meanwhile).
  // Just below the fold (a tall event detail above it), the event comes in the frame after the click's, whole: as
  // a transition it waited behind the chart's redraws, 0.5–1.5 s at 1,000 articles and 4× (bench/probe.ts).
  const eventId = useUnlessOffScreen(useViewValue('event'), distance, true);
  const hiddenValue = usePaneValue(useViewValue('hiddenOutlets'), distance);
  const highlightedValue = usePaneValue(useViewValue('entities'), distance);
  const hidden = hiddenValue.shown;
  const highlighted = highlightedValue.shown;
  // Off screen a held value is nobody's reading matter: busy only where it shows.
  const stale = distance === 'on' && (hiddenValue.stale || highlightedValue.stale);
  const event = eventId ? index.eventById.get(eventId) : undefined;
  const { sources, isPending, error, retry } = useEventDetail(index, event ? event.id : null);
  const outlets = useMemo(() => shownOutlets(index, hidden), [index, hidden]);
  const byOutlet = useMemo(() => (sources ? sourcesByOutlet(index, sources, outlets) : null), [index, sources, outlets]);
  // The panels' code is fetched when the page is idle, so the first selection does not wait for it.
  useEffect(() => whenIdle(() => void compareSources.preload().catch(() => {})), []);

  const loading = (
    // Holds about a row of panels' height, so the page below does not jump when they arrive.
    <p role="status" className="min-h-40 rounded border border-stone-300 bg-white p-3 text-sm text-stone-600">
      Loading each outlet’s wording…
    </p>
  );

  return (
    <section
      ref={sectionRef}
      aria-labelledby="compare-heading"
      aria-busy={stale || (event && !byOutlet && !error) ? true : undefined}
      className={`space-y-3 transition-opacity ${stale ? 'opacity-50 delay-100 duration-150' : 'duration-100'}`}
    >
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h2 id="compare-heading" className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
          Compare outlets
        </h2>
        {event ? <p className="font-serif text-lg text-stone-900">{event.title}</p> : null}
      </div>
      {!event ? (
        <p className="rounded border border-dashed border-stone-300 p-3 text-sm text-stone-600">
          {eventId
            ? 'The selected event is not in this corpus.'
            : 'Select an event on the timeline, in the event list or in the coverage table to compare how each outlet reported it.'}
        </p>
      ) : error ? (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <p className="font-semibold">The sources of this event could not be loaded.</p>
          <p className="mt-1">{error.message}</p>
          <button type="button" onClick={() => void retry()} className="mt-2 rounded border border-red-400 bg-white px-2 py-1 font-medium hover:bg-red-100">
            Retry
          </button>
        </div>
      ) : !byOutlet || !sources || isPending ? (
        loading
      ) : (
        <compareSources.Component
          index={index}
          eventId={event.id}
          sources={sources}
          byOutlet={byOutlet}
          hiddenOutlets={hidden}
          highlighted={highlighted}
          fallback={loading}
        />
      )}
    </section>
  );
});
