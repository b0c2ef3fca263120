import type { CorpusIndexData, EventSummary } from './corpus/schema';

/** Outlets reporting an event (articles with no known outlet do not count as an outlet). */
export const eventOutletCount = (event: EventSummary) => Object.keys(event.coverage).filter((key) => key !== '').length;
const sentenceCount = (event: EventSummary) => Object.values(event.coverage).reduce((sum, count) => sum + count, 0);

/** The story's own events (background left out); all of them when none is marked the story's. */
function storyEvents(data: Pick<CorpusIndexData, 'events'>): readonly EventSummary[] {
  const main = data.events.filter((event) => event.main);
  return main.length > 0 ? main : data.events;
}

/**
 * The story's central event: among the story's own events (not background),
 * the one most outlets report. A dated happening beats a span on a tie (it is
 * what the articles are about, a span is usually the backdrop), then more
 * sentences, then the later one (news is written after its latest event).
 */
export function centralEvent(data: Pick<CorpusIndexData, 'events'>): EventSummary | null {
  let best: EventSummary | null = null;
  for (const event of storyEvents(data)) {
    if (!best) {
      best = event;
      continue;
    }
    const order =
      eventOutletCount(event) - eventOutletCount(best) ||
      Number(event.precision === 'day') - Number(best.precision === 'day') ||
      sentenceCount(event) - sentenceCount(best) ||
      event.start.localeCompare(best.start);
    if (order > 0) best = event;
  }
  return best;
}

/** The first and last day of the story's own events (background left out), or null when it has none. */
export function storySpan(data: Pick<CorpusIndexData, 'events'>): { start: string; end: string } | null {
  const events = storyEvents(data);
  if (events.length === 0) return null;
  let start = events[0]!.start;
  let end = events[0]!.end ?? events[0]!.start;
  for (const event of events) {
    if (event.start < start) start = event.start;
    const last = event.end ?? event.start;
    if (last > end) end = last;
  }
  return { start, end };
}
