import { eventHighlights } from '../event-highlights';
import { isShownOutlet, type CorpusIndex } from './corpus-index';
import type { EventSummary } from './schema';

/**
 * The events a reader sees under the outlet filter. An event stays when any of
 * its evidence comes from a shown outlet; its outlets and coverage are then cut
 * down to the shown outlets, so counts ("reported by N outlets") match what is
 * on screen. Order: chronological, then by id.
 */
export function visibleEvents(index: CorpusIndex, hiddenOutlets: readonly string[]): EventSummary[] {
  // The timeline, the coverage table and the export summary ask with the same filter in one render; an outlet
  // switched off and on again asks for a filter it had before. The same filter gets the same list back, so
  // every memo downstream (the list's rows, the chart's items) is kept rather than rebuilt for it.
  let byFilter = filtered.get(index);
  if (!byFilter) filtered.set(index, (byFilter = new Map()));
  const key = [...hiddenOutlets].sort().join('\n');
  let events = byFilter.get(key);
  if (events) {
    // Most recently used last: the oldest filter is the one dropped.
    byFilter.delete(key);
  } else {
    events = filterEvents(index, hiddenOutlets);
    if (byFilter.size >= FILTERS_KEPT) byFilter.delete(byFilter.keys().next().value!);
  }
  byFilter.set(key, events);
  return events;
}

/** Filters remembered per index: a reader's recent outlet choices (each list holds the events once, shared). */
const FILTERS_KEPT = 8;
const filtered = new WeakMap<CorpusIndex, Map<string, EventSummary[]>>();

function filterEvents(index: CorpusIndex, hiddenOutlets: readonly string[]): EventSummary[] {
  const hidden = new Set(hiddenOutlets);
  const switchedOff = [...hidden].filter((key) => key !== '');
  const result: EventSummary[] = [];
  for (const event of chronologicalEvents(index)) {
    // Most events have no evidence from the few outlets switched off: kept as they are, without listing their outlets.
    if (!switchedOff.some((key) => Object.hasOwn(event.coverage, key))) {
      if (hasAnyKey(event.coverage)) result.push(event);
      continue;
    }
    const keys = Object.keys(event.coverage);
    const reporting = keys.filter((key) => isShownOutlet(key, hidden));
    if (reporting.length === 0) continue;
    if (reporting.length === keys.length) {
      result.push(event);
      continue;
    }
    const named = new Set(reporting.filter((key) => key !== ''));
    // Keep the corpus outlet order of event.outlets; add any evidence outlet it missed.
    const outlets = [...event.outlets.filter((id) => named.has(id)), ...[...named].filter((id) => !event.outlets.includes(id))];
    const coverage = Object.fromEntries(reporting.map((key) => [key, event.coverage[key] ?? 0]));
    result.push({ ...event, outlets, coverage });
  }
  return result;
}

function hasAnyKey(record: Record<string, unknown>): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

const chronological = new WeakMap<CorpusIndex, EventSummary[]>();

/** The index's events sorted once per index: an outlet toggle filters them and never sorts again. */
function chronologicalEvents(index: CorpusIndex): EventSummary[] {
  let sorted = chronological.get(index);
  if (!sorted) {
    sorted = [...index.data.events].sort(compareEvents);
    chronological.set(index, sorted);
  }
  return sorted;
}

export function compareEvents(a: EventSummary, b: EventSummary): number {
  return a.start.localeCompare(b.start) || (a.end ?? a.start).localeCompare(b.end ?? b.start) || a.id.localeCompare(b.id);
}

/**
 * Events whose evidence from shown outlets mentions any highlighted entity; null
 * when no (known) entity is highlighted, meaning "emphasise nothing, dim nothing".
 */
export function emphasisedEventIds(
  index: CorpusIndex,
  events: readonly EventSummary[],
  entityIds: readonly string[],
  hiddenOutlets: readonly string[],
): Set<string> | null {
  // The list and the chart mark events with eventHighlights; the export must count exactly those.
  const highlights = eventHighlights(index, events, entityIds, hiddenOutlets);
  return highlights === null ? null : new Set(highlights.keys());
}
