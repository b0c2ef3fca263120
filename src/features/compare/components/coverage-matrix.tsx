import { memo, useMemo, useRef, useState } from 'react';
import { isShownOutlet, type CorpusIndex } from '../../../lib/corpus/corpus-index';
import type { EventSummary, Outlet } from '../../../lib/corpus/schema';
import { describeWhen } from '../../../lib/format';
import { useScreenDistance, useUnlessOffScreen } from '../../../lib/use-off-screen';
import { navigateView, useViewValue } from '../../../lib/view-state';
import { compareEvents, plural, shownOutlets } from '../event-sources';

export type CoverageMatrixProps = { index: CorpusIndex };

/** Rows per page: a long corpus is read a page at a time rather than as thousands of rows. */
export const COVERAGE_PAGE_SIZE = 25;

/**
 * Events × outlets: who reported what, and with how many sentences. A reporting
 * outlet's cell is a button that selects the event. Follows the outlet filter: hidden outlets
 * lose their column, and events only they report lose their row. A long corpus
 * is paged (the page holding the selected event opens), and a page shows the
 * columns of the outlets reporting any of its events.
 */
export const CoverageMatrix = memo(function CoverageMatrix({ index }: CoverageMatrixProps) {
  const sectionRef = useRef<HTMLElement>(null);
  const distance = useScreenDistance(sectionRef);
  const selectedEventId = useUnlessOffScreen(useViewValue('event'), distance);
  const hidden = useUnlessOffScreen(useViewValue('hiddenOutlets'), distance);
  const outlets = useMemo(() => shownOutlets(index, hidden), [index, hidden]);
  const rows = useMemo(() => {
    const hiddenSet = new Set(hidden);
    return [...index.data.events].sort(compareEvents).filter((event) => Object.keys(event.coverage).some((key) => key !== '' && isShownOutlet(key, hiddenSet)));
  }, [index, hidden]);
  const dropped = index.data.events.length - rows.length;
  const pageCount = Math.max(1, Math.ceil(rows.length / COVERAGE_PAGE_SIZE));
  const selectedPage = useMemo(() => {
    const position = rows.findIndex((event) => event.id === selectedEventId);
    return position < 0 ? null : Math.floor(position / COVERAGE_PAGE_SIZE);
  }, [rows, selectedEventId]);
  // The page follows the selection when it changes; the reader may page away from it afterwards.
  const [page, setPage] = useState(selectedPage ?? 0);
  const [seenSelection, setSeenSelection] = useState(selectedPage);
  if (seenSelection !== selectedPage) {
    setSeenSelection(selectedPage);
    if (selectedPage !== null) setPage(selectedPage);
  }
  const current = Math.min(page, pageCount - 1);
  const pageRows = useMemo(() => rows.slice(current * COVERAGE_PAGE_SIZE, (current + 1) * COVERAGE_PAGE_SIZE), [rows, current]);
  const columns = useMemo(() => outlets.filter((outlet) => pageRows.some((event) => (event.coverage[outlet.id] ?? 0) > 0)), [outlets, pageRows]);
  const quiet = outlets.length - columns.length;

  return (
    <section ref={sectionRef} aria-labelledby="coverage-heading" className="space-y-2">
      <h2 id="coverage-heading" className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
        Coverage
      </h2>
      <p className="text-sm text-stone-700">
        Which outlet reports which event, and in how many sentences. Choose a sentence count to compare that event.
        {dropped > 0 ? ` ${plural(dropped, 'event')} reported only by hidden outlets not shown.` : ''}
        {quiet > 0 ? ` ${plural(quiet, 'shown outlet')} reporting none of ${pageCount > 1 ? 'these' : 'the'} events ${quiet === 1 ? 'has' : 'have'} no column.` : ''}
      </p>
      {pageCount > 1 ? (
        <nav aria-label="Coverage pages" className="flex flex-wrap items-center gap-2 text-sm">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)} className="rounded border border-stone-400 px-2 py-0.5 hover:bg-stone-100 disabled:opacity-50">
            Previous events
          </button>
          <span aria-live="polite">
            Events {current * COVERAGE_PAGE_SIZE + 1}–{current * COVERAGE_PAGE_SIZE + pageRows.length} of {rows.length}
          </span>
          <button
            type="button"
            disabled={current >= pageCount - 1}
            onClick={() => setPage(current + 1)}
            className="rounded border border-stone-400 px-2 py-0.5 hover:bg-stone-100 disabled:opacity-50"
          >
            Next events
          </button>
        </nav>
      ) : null}
      {/* The table scrolls on its own on narrow screens instead of widening the page. A stacking context (isolate):
          its sticky event column is painted as the table's, not as layers of the page's root (see ClaimTable). */}
      <div className="relative isolate overflow-x-auto rounded border border-stone-300 bg-white">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Coverage: events by outlet, with the number of sentences each outlet gives the event</caption>
          <thead>
            <tr className="bg-stone-100">
              {/* The event column stays in view while a narrow screen scrolls the outlets sideways. */}
              <th scope="col" className="sticky left-0 z-10 bg-stone-100 px-2 py-1.5 text-left font-semibold text-stone-700">
                Event
              </th>
              {columns.map((outlet) => (
                <th key={outlet.id} scope="col" className="px-2 py-1.5 text-left font-semibold text-stone-700">
                  {outlet.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {pageRows.map((event) => (
              <CoverageRow key={event.id} event={event} outlets={columns} selected={event.id === selectedEventId} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});

/** One event's row; memoised, so a new selection redraws two rows, not the table. */
const CoverageRow = memo(function CoverageRow({ event, outlets, selected }: { event: EventSummary; outlets: Outlet[]; selected: boolean }) {
  return (
    <tr data-event-id={event.id} className={`border-t border-stone-200 ${selected ? 'bg-sky-50 outline outline-2 outline-sky-700' : ''}`}>
      <th scope="row" className={`sticky left-0 z-10 min-w-[10rem] px-2 py-1 text-left align-top font-normal ${selected ? 'bg-sky-50' : 'bg-white'}`}>
        <span className="block text-xs text-stone-600 tabular-nums">{describeWhen(event.start, event.end, event.precision)}</span>
        <span className={selected ? 'font-semibold' : ''}>{event.title}</span>
        {selected ? <span className="sr-only"> (selected)</span> : null}
        {event.main ? null : <span className="ml-1 text-xs text-stone-600">(background)</span>}
      </th>
      {outlets.map((outlet) => {
        const count = event.coverage[outlet.id] ?? 0;
        // A silent outlet's cell is text, not a control: the row's reporting cells select the event. Its dash
        // is drawn by CSS and its words are two, so a page of a 1,000-article table (thousands of empty cells)
        // lays out and paints quickly; a screen reader names the cell's event and outlet from its headers.
        if (count === 0) {
          return (
            <td key={outlet.id} className="coverage-silent px-1 py-1 align-top">
              <span className="sr-only">not reported</span>
            </td>
          );
        }
        return (
          <td key={outlet.id} className="px-1 py-1 align-top">
            <button
              type="button"
              aria-current={selected ? true : undefined}
              onClick={() => {
                navigateView({ event: event.id });
                // The comparison is at the top of the page, far above the table: bring it into view (the shell's target).
                document.getElementById('selected-event')?.scrollIntoView({ block: 'start' });
              }}
              aria-label={`${event.title}: ${outlet.name}, ${plural(count, 'sentence')}`}
              className="w-full rounded border border-teal-700 bg-teal-50 px-2 py-1 text-left font-medium text-teal-900 hover:bg-teal-100"
            >
              <span aria-hidden="true">✓ </span>
              {plural(count, 'sentence')}
            </button>
          </td>
        );
      })}
    </tr>
  );
});
