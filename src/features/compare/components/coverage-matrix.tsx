import { useMemo } from 'react';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import { formatSpan } from '../../../lib/format';
import type { UpdateViewState, ViewState } from '../../../lib/view-state';
import { compareEvents, coverageCounts, plural, shownOutlets } from '../event-sources';

export type CoverageMatrixProps = { index: CorpusIndex; view: ViewState; onNavigate: UpdateViewState };

/**
 * Events × outlets: who reported what, and with how many sentences. Every cell
 * is a button that selects the event. Follows the outlet filter: hidden outlets
 * lose their column, and events only they report lose their row.
 */
export function CoverageMatrix({ index, view, onNavigate }: CoverageMatrixProps) {
  const outlets = shownOutlets(index, view.hiddenOutlets);
  const rows = useMemo(
    () =>
      [...index.corpus.events].sort(compareEvents).map((event) => ({ event, counts: coverageCounts(index, event) })),
    [index],
  );
  const shownRows = rows.filter(({ counts }) => outlets.some((outlet) => counts.has(outlet.id)));
  const dropped = rows.length - shownRows.length;

  return (
    <section aria-labelledby="coverage-heading" className="space-y-2">
      <h2 id="coverage-heading" className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
        Coverage
      </h2>
      <p className="text-sm text-stone-700">
        Which outlet reports which event, and in how many sentences. Choose a cell to compare that event.
        {dropped > 0 ? ` ${plural(dropped, 'event')} reported only by hidden outlets not shown.` : ''}
      </p>
      {/* The table scrolls on its own on narrow screens instead of widening the page. */}
      <div className="relative overflow-x-auto rounded border border-stone-300 bg-white">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Coverage: events by outlet, with the number of sentences each outlet gives the event</caption>
          <thead>
            <tr className="bg-stone-100">
              {/* The event column stays in view while a narrow screen scrolls the outlets sideways. */}
              <th scope="col" className="sticky left-0 z-10 bg-stone-100 px-2 py-1.5 text-left font-semibold text-stone-700">
                Event
              </th>
              {outlets.map((outlet) => (
                <th key={outlet.id} scope="col" className="px-2 py-1.5 text-left font-semibold text-stone-700">
                  {outlet.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shownRows.map(({ event, counts }) => {
              const selected = event.id === view.event;
              return (
                <tr key={event.id} data-event-id={event.id} className={`border-t border-stone-200 ${selected ? 'bg-sky-50 outline outline-2 outline-sky-700' : ''}`}>
                  <th
                    scope="row"
                    className={`sticky left-0 z-10 min-w-[10rem] px-2 py-1 text-left align-top font-normal ${selected ? 'bg-sky-50' : 'bg-white'}`}
                  >
                    <span className="block text-xs text-stone-600 tabular-nums">{formatSpan(event.start, event.end, event.precision)}</span>
                    <span className={selected ? 'font-semibold' : ''}>{event.title}</span>
                    {selected ? <span className="sr-only"> (selected)</span> : null}
                    {event.main ? null : <span className="ml-1 text-xs text-stone-600">(background)</span>}
                  </th>
                  {outlets.map((outlet) => {
                    const count = counts.get(outlet.id) ?? 0;
                    return (
                      <td key={outlet.id} className="px-1 py-1 align-top">
                        <button
                          type="button"
                          aria-current={selected ? true : undefined}
                          onClick={() => onNavigate({ event: event.id })}
                          aria-label={`${event.title}: ${count > 0 ? `${outlet.name}, ${plural(count, 'sentence')}` : `not reported by ${outlet.name}`}`}
                          className={`w-full rounded px-2 py-1 text-left hover:bg-stone-100 ${
                            count > 0 ? 'border border-teal-700 bg-teal-50 font-medium text-teal-900' : 'border border-dashed border-stone-300 text-stone-600'
                          }`}
                        >
                          {count > 0 ? (
                            <>
                              <span aria-hidden="true">✓ </span>
                              {plural(count, 'sentence')}
                            </>
                          ) : (
                            '—'
                          )}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
