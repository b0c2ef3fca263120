import { isShownOutlet, type CorpusIndex } from './corpus/corpus-index';
import type { EventSummary } from './corpus/schema';
import { highlightStyle } from './entity-marks';

/** One highlighted name an event mentions, with its symbol and colour: what the list and the chart mark it with. */
export interface EventHighlight {
  entityId: string;
  name: string;
  /** Its place among the highlighted names (the URL's order). */
  position: number;
  symbol: string;
  className: string;
}

/** Per emphasised event, the highlighted names its evidence (from shown outlets) mentions, in highlight order. */
export type EventHighlights = ReadonlyMap<string, readonly EventHighlight[]>;

/** What the list and the chart are given: the events to emphasise, with their names when known. */
export type Emphasis = ReadonlySet<string> | EventHighlights;

/**
 * Events whose evidence from shown outlets mentions any highlighted entity,
 * each with the names it mentions; null when no (known) entity is highlighted,
 * meaning "emphasise nothing, dim nothing". The same events as emphasisedEventIds.
 */
export function eventHighlights(
  index: CorpusIndex,
  events: readonly EventSummary[],
  entityIds: readonly string[],
  hiddenOutlets: readonly string[],
): EventHighlights | null {
  const known = entityIds.filter((id) => index.entityById.has(id));
  if (known.length === 0) return null;
  const hidden = new Set(hiddenOutlets);
  const { outlets, events: all } = index.data;
  const shownPosition = (position: number) => position < 0 || isShownOutlet(outlets[position]?.id ?? '', hidden);
  const byEvent = new Map<string, EventHighlight[]>();
  entityIds.forEach((entityId, position) => {
    const entity = index.entityById.get(entityId);
    if (!entity) return;
    const style = highlightStyle(position);
    const mark: EventHighlight = { entityId, name: entity.name, position, symbol: style.symbol, className: style.className };
    for (const [eventPosition, ...outletPositions] of entity.events) {
      const event = eventPosition === undefined ? undefined : all[eventPosition];
      if (!event || !outletPositions.some(shownPosition)) continue;
      const list = byEvent.get(event.id);
      if (list) list.push(mark);
      else byEvent.set(event.id, [mark]);
    }
  });
  const shown = new Map<string, readonly EventHighlight[]>();
  for (const event of events) {
    const marks = byEvent.get(event.id);
    if (marks) shown.set(event.id, marks);
  }
  return shown;
}

const NONE: readonly EventHighlight[] = [];

/** The names an event is emphasised for; none when the emphasis carries no names (a plain set of ids). */
export function highlightsOf(emphasis: Emphasis | null, eventId: string): readonly EventHighlight[] {
  return emphasis instanceof Map ? (emphasis.get(eventId) ?? NONE) : NONE;
}

/** "① Cho Tae-yul ② Takeshi Iwaya": the names in words, with their symbols. */
export function highlightWords(marks: readonly EventHighlight[]): string {
  return marks.map((mark) => `${mark.symbol} ${mark.name}`).join(' ');
}
