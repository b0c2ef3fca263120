import type { CorpusIndex } from '../../lib/corpus/corpus-index';
import type { TimelineEvent } from '../../lib/corpus/schema';

/**
 * The events a reader sees under the outlet filter. An event stays when any of
 * its evidence comes from a visible outlet; its evidence and outlet list are then
 * cut down to the visible outlets, so counts ("reported by N outlets") match what
 * is on screen. Order: chronological, then by id.
 */
export function visibleEvents(index: CorpusIndex, hiddenOutlets: readonly string[]): TimelineEvent[] {
  const hidden = new Set(hiddenOutlets);
  const outletOf = (articleId: string) => index.articleById.get(articleId)?.outletId ?? null;
  // Articles without a known outlet cannot be switched off, as in the article list.
  const isVisible = (articleId: string) => !hidden.has(outletOf(articleId) ?? '');
  const result: TimelineEvent[] = [];
  for (const event of index.corpus.events) {
    const evidence = event.evidence.filter((item) => isVisible(item.articleId));
    if (evidence.length === 0) continue;
    const reporting = new Set(evidence.map((item) => outletOf(item.articleId)).filter((id): id is string => id !== null));
    // Keep the corpus outlet order of event.outlets; add any evidence outlet it missed.
    const outlets = [...event.outlets.filter((id) => reporting.has(id)), ...[...reporting].filter((id) => !event.outlets.includes(id))];
    result.push(evidence.length === event.evidence.length && outlets.length === event.outlets.length ? event : { ...event, evidence, outlets });
  }
  return result.sort(compareEvents);
}

export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.start.localeCompare(b.start) || (a.end ?? a.start).localeCompare(b.end ?? b.start) || a.id.localeCompare(b.id);
}

/**
 * Events whose evidence sentences mention any highlighted entity; null when no
 * (known) entity is highlighted, meaning "emphasise nothing, dim nothing".
 */
export function emphasisedEventIds(index: CorpusIndex, events: readonly TimelineEvent[], entityIds: readonly string[]): Set<string> | null {
  const entities = entityIds.map((id) => index.entityById.get(id)).filter((entity) => entity !== undefined);
  if (entities.length === 0) return null;
  const sentences = new Set(entities.flatMap((entity) => entity.mentions.map((mention) => mention.sentenceId)));
  return new Set(events.filter((event) => event.evidence.some((item) => sentences.has(item.sentenceId))).map((event) => event.id));
}
