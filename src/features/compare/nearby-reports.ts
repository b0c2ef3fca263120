import type { CorpusIndex } from '../../lib/corpus/corpus-index';
import type { EventSummary } from '../../lib/corpus/schema';

/** An event a silent outlet does report, close enough to the selected one that it may be the same happening. */
export interface NearbyReport {
  event: EventSummary;
  /** Names (people and bodies) that the outlet's evidence for it shares with the selected event's evidence. */
  shared: string[];
  /** Days between the two events' spans: 0 (the same day, or the same month or interval) or 1. */
  daysApart: number;
}

/** At most this many are offered per outlet: past two, a hint is a list to wade through. */
const MOST_NEARBY = 2;

/**
 * Where a silent outlet may have reported the selected event after all. "Not
 * reported by X" means no sentence of X's was put on the event; the ingest can
 * split one happening into two events (a day apart in two outlets' datings, or
 * worded differently), so an event X reports on the same day naming a person
 * or body of this one, or a day apart naming two, is offered for the reader to
 * check. Places are not counted: a capital is named by every event of a story.
 * A pair an editor has split apart (editorial knowledge) is settled, and not
 * offered. An event dated only to a month or an interval is near everything: it is
 * matched only with one of the same span ("October 2024" with "October 2024").
 */
export function nearbyReports(index: CorpusIndex, eventId: string, outletId: string): NearbyReport[] {
  const event = index.eventById.get(eventId);
  if (!event) return [];
  const names = namesByEvent(index);
  const ownNames = new Set([...(names.get(eventId)?.values() ?? [])].flatMap((ids) => [...ids]));
  if (ownNames.size === 0) return [];
  const start = dayNumber(event.start);
  const end = dayNumber(event.end ?? event.start);
  const found: NearbyReport[] = [];
  for (const other of index.data.events) {
    if (other.id === eventId || !other.outlets.includes(outletId) || editorSplit(event, other)) continue;
    const byDay = event.precision === 'day' && other.precision === 'day';
    const sameSpan = other.precision === event.precision && other.start === event.start && (other.end ?? other.start) === (event.end ?? event.start);
    if (!byDay && !sameSpan) continue;
    const gap = byDay ? Math.max(dayNumber(other.start) - end, start - dayNumber(other.end ?? other.start), 0) : 0;
    if (gap > 1) continue;
    const shared = [...(names.get(other.id)?.get(outletId) ?? [])].filter((id) => ownNames.has(id));
    if (shared.length < (gap === 0 ? 1 : 2)) continue;
    found.push({ event: other, shared: shared.map((id) => index.entityById.get(id)?.name ?? id), daysApart: gap });
  }
  return found.sort((a, b) => b.shared.length - a.shared.length || a.daysApart - b.daysApart).slice(0, MOST_NEARBY);
}

/** Whether an editor split one of the two events off the other ("split off ev-…", "split from ev-…"). */
const editorSplit = (a: EventSummary, b: EventSummary) =>
  (a.editorial ?? []).some((note) => note.startsWith('split') && note.endsWith(` ${b.id}`)) || (b.editorial ?? []).some((note) => note.startsWith('split') && note.endsWith(` ${a.id}`));

const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

/** Per event id, per outlet id: the people and bodies its evidence from that outlet names. Built once per index. */
const namesCache = new WeakMap<CorpusIndex, Map<string, Map<string, Set<string>>>>();
function namesByEvent(index: CorpusIndex): Map<string, Map<string, Set<string>>> {
  let byEvent = namesCache.get(index);
  if (byEvent) return byEvent;
  byEvent = new Map();
  for (const entity of index.data.entities) {
    if (entity.type === 'place') continue;
    for (const [position, ...outletPositions] of entity.events) {
      const eventId = position === undefined ? undefined : index.data.events[position]?.id;
      if (eventId === undefined) continue;
      let byOutlet = byEvent.get(eventId);
      if (!byOutlet) byEvent.set(eventId, (byOutlet = new Map()));
      for (const outletPosition of outletPositions) {
        const outletId = outletPosition < 0 ? '' : index.data.outlets[outletPosition]?.id;
        if (outletId === undefined) continue;
        let ids = byOutlet.get(outletId);
        if (!ids) byOutlet.set(outletId, (ids = new Set()));
        ids.add(entity.id);
      }
    }
  }
  namesCache.set(index, byEvent);
  return byEvent;
}
