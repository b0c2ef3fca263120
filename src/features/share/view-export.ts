import type { Corpus, TimelineEvent } from '../../lib/corpus/schema';
import type { ViewState } from '../../lib/view-state';
import { toCsv } from './csv';
import { describeRule } from './export-summary';

/**
 * What "the current view's events" are, for export:
 * - the events the timeline lists under the outlet filter: an event stays when
 *   any evidence comes from a shown outlet, and keeps only that evidence (the
 *   same rule as the timeline; articles with no known outlet are always shown);
 * - when names are highlighted (known entity ids in the URL), only the events
 *   whose kept evidence mentions at least one of them — the emphasised events;
 * - in date order. The selected event is flagged, not singled out.
 */
export interface ExportedEvidence {
  outletId: string | null;
  outlet: string | null;
  articleId: string;
  headline: string | null;
  publishedAt: string | null;
  sentenceId: string;
  sentence: string;
  /** The date expression that placed the sentence on the event, and what it resolved to. */
  dateText: string | null;
  dateValue: string | null;
  /** Names of the highlighted entities this sentence mentions. */
  highlighted: string[];
  link: string;
}

export interface ExportedEvent {
  id: string;
  title: string;
  start: string;
  end: string | null;
  precision: TimelineEvent['precision'];
  main: boolean;
  selected: boolean;
  outlets: string[];
  evidence: ExportedEvidence[];
}

export interface EventsExport {
  kind: 'parallax-events';
  /** The link that restores the exported view. */
  view: string;
  rule: string;
  shownOutlets: Array<{ id: string; name: string }>;
  hiddenOutlets: string[];
  highlightedEntities: Array<{ id: string; name: string }>;
  events: ExportedEvent[];
}

/** Builds an app link for a view patch (article + sentence for evidence). */
export type LinkFor = (patch: Partial<ViewState>) => string;

/**
 * The export of a view, built from the whole corpus (fetched when the reader
 * exports; the app itself never needs every sentence at once).
 */
export function exportEvents(corpus: Corpus, view: ViewState, linkFor: LinkFor): EventsExport {
  const articleById = new Map(corpus.articles.map((article) => [article.id, article]));
  const outletById = new Map(corpus.outlets.map((outlet) => [outlet.id, outlet]));
  const entityById = new Map(corpus.entities.map((entity) => [entity.id, entity]));
  const sentenceText = new Map(corpus.articles.flatMap((article) => article.sentences.map((sentence) => [sentence.id, sentence.text] as const)));
  const hidden = new Set(view.hiddenOutlets);
  const outletOf = (articleId: string) => articleById.get(articleId)?.outletId ?? null;
  const shown = (articleId: string) => !hidden.has(outletOf(articleId) ?? '');
  const entities = view.entities.map((id) => entityById.get(id)).filter((entity) => entity !== undefined);
  const mentionsBySentence = new Map<string, Set<string>>();
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const names = mentionsBySentence.get(mention.sentenceId) ?? new Set<string>();
      names.add(entity.name);
      mentionsBySentence.set(mention.sentenceId, names);
    }
  }
  const dateById = new Map(corpus.dates.map((date) => [date.id, date]));

  const events: ExportedEvent[] = [];
  for (const event of corpus.events) {
    const evidence = event.evidence.filter((item) => shown(item.articleId));
    if (evidence.length === 0) continue;
    if (entities.length > 0 && !evidence.some((item) => mentionsBySentence.has(item.sentenceId))) continue;
    const reporting = new Set(evidence.map((item) => outletOf(item.articleId)).filter((id): id is string => id !== null));
    events.push({
      id: event.id,
      title: event.title,
      start: event.start,
      end: event.end ?? null,
      precision: event.precision,
      main: event.main,
      selected: event.id === view.event,
      outlets: [...event.outlets.filter((id) => reporting.has(id)), ...[...reporting].filter((id) => !event.outlets.includes(id))],
      evidence: evidence.map((item) => {
        const article = articleById.get(item.articleId);
        const date = item.dateId ? dateById.get(item.dateId) : undefined;
        return {
          outletId: article?.outletId ?? null,
          outlet: outletById.get(article?.outletId ?? '')?.name ?? null,
          articleId: item.articleId,
          headline: article?.headline ?? null,
          publishedAt: article?.publishedAt ?? null,
          sentenceId: item.sentenceId,
          sentence: sentenceText.get(item.sentenceId) ?? '',
          dateText: date?.text ?? null,
          dateValue: date?.value ?? null,
          highlighted: [...(mentionsBySentence.get(item.sentenceId) ?? [])],
          link: linkFor({ article: item.articleId, sentence: item.sentenceId }),
        };
      }),
    });
  }
  events.sort((a, b) => a.start.localeCompare(b.start) || (a.end ?? a.start).localeCompare(b.end ?? b.start) || a.id.localeCompare(b.id));

  const shownOutlets = corpus.outlets.filter((outlet) => !hidden.has(outlet.id)).map(({ id, name }) => ({ id, name }));
  return {
    kind: 'parallax-events',
    view: linkFor({}),
    rule: describeRule(shownOutlets.length, corpus.outlets.length, entities.map((entity) => entity.name)),
    shownOutlets,
    hiddenOutlets: view.hiddenOutlets.filter((id) => outletById.has(id)),
    highlightedEntities: entities.map(({ id, name }) => ({ id, name })),
    events,
  };
}

export const EVENTS_CSV_HEADER = [
  'event_id', 'event_title', 'event_start', 'event_end', 'precision', 'main_story', 'selected',
  'outlet_id', 'outlet', 'article_id', 'headline', 'published_at', 'sentence_id', 'sentence',
  'date_expression', 'date_value', 'highlighted_mentions', 'link',
] as const;

/** One CSV record per evidence sentence, the event's fields repeated on each. */
export function eventsCsv(data: EventsExport): string {
  const rows = data.events.flatMap((event) =>
    event.evidence.map((item) => [
      event.id, event.title, event.start, event.end ?? '', event.precision, event.main, event.selected,
      item.outletId, item.outlet, item.articleId, item.headline, item.publishedAt, item.sentenceId, item.sentence,
      item.dateText, item.dateValue, item.highlighted.join('; '), item.link,
    ]),
  );
  return toCsv(EVENTS_CSV_HEADER, rows);
}
