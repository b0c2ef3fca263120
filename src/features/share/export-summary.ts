import type { CorpusIndex } from '../../lib/corpus/corpus-index';
import { emphasisedEventIds, visibleEvents } from '../../lib/corpus/visible-events';

/**
 * What an export of the view would hold, from the index alone (shown before the
 * reader asks for it): how many events, and by what rule. The same events as
 * exportEvents, by the timeline's own filter and emphasis.
 */
export function exportSummary(index: CorpusIndex, hiddenOutlets: readonly string[], entityIds: readonly string[]): { count: number; rule: string } {
  const events = visibleEvents(index, hiddenOutlets);
  const emphasised = emphasisedEventIds(index, events, entityIds, hiddenOutlets);
  const hidden = new Set(hiddenOutlets);
  const shown = index.data.outlets.filter((outlet) => !hidden.has(outlet.id)).length;
  const names = entityIds.map((id) => index.entityById.get(id)?.name).filter((name) => name !== undefined);
  return {
    count: emphasised ? emphasised.size : events.length,
    rule: describeRule(shown, index.data.outlets.length, names),
  };
}

export function describeRule(shown: number, total: number, highlighted: readonly string[]): string {
  // "Any of": an event one shown outlet reports is in; "all 4 outlets" read as if each had to report it.
  const outlets = shown === total ? `any of the ${total} outlets shown` : `any of the ${shown} outlets shown (${total - shown} of ${total} hidden)`;
  const names = highlighted.length > 0 ? `, only events whose evidence mentions ${highlighted.join(' or ')}` : '';
  return `Events reported by ${outlets}${names}; evidence from the shown outlets only.`;
}

