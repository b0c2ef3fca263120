import { useMemo } from 'react';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import type { Outlet } from '../../../lib/corpus/schema';
import { describeWhen } from '../../../lib/format';
import { navigateView } from '../../../lib/view-state';
import { nearbyReports } from '../nearby-reports';

export type NearbyHintProps = {
  index: CorpusIndex;
  eventId: string;
  outlet: Outlet;
};

/**
 * Beside "Not reported by X": the events X does report that may be this one,
 * split by the ingest, each a button that opens it, so the reader can settle
 * it. Nothing when there is none.
 */
export function NearbyHint({ index, eventId, outlet }: NearbyHintProps) {
  // Once per event and outlet: a highlight or a filter re-renders the comparison, and the search reads every event.
  const nearby = useMemo(() => nearbyReports(index, eventId, outlet.id), [index, eventId, outlet.id]);
  if (nearby.length === 0) return null;
  return (
    <p className="mt-0.5 pl-4 text-xs text-stone-700">
      Perhaps under another event: {outlet.name} reports{' '}
      {nearby.map(({ event, shared }, position) => (
        <span key={event.id}>
          {position > 0 ? ' and ' : null}
          <button type="button" onClick={() => navigateView({ event: event.id })} className="text-left font-medium text-amber-900 underline hover:no-underline">
            {event.title}
          </button>{' '}
          ({describeWhen(event.start, event.end, event.precision)}, naming {shared.join(' and ')})
        </span>
      ))}
      .
    </p>
  );
}
