import type {
  Article,
  ArticleBody,
  ArticleSummary,
  Corpus,
  CorpusIndexData,
  EntitySummary,
  EventDetail,
  EventDetailFile,
  EventSummary,
  PlacedSentence,
  SentenceMention,
  TimelineEvent,
} from '../lib/corpus/schema';
import { articleBodyPath, CORPUS_FILE, eventDetailPath, INDEX_FILE } from '../lib/corpus/paths';
import { reviewItems } from './review';

/**
 * Neighbouring events (in date order) share a detail file up to about this many
 * bytes of JSON: a reader moving along the timeline finds the next event's
 * evidence already fetched, and a large corpus is a few dozen files, not thousands.
 */
export const DETAIL_FILE_BYTES = 48_000;

/** The corpus as the built app fetches it: a small index, then details and bodies on demand. */
export interface PublishedCorpus {
  index: CorpusIndexData;
  /** Each file with its serialised contents (what the content-hashed key was computed from). */
  eventFiles: Array<{ key: string; file: EventDetailFile; json: string }>;
  articleBodies: Array<{ key: string; body: ArticleBody; json: string }>;
}

/** A short content hash (hex) of a text; the caller supplies it so this module stays free of Node. */
export type ContentHash = (text: string) => string;

/** Chronological, then by end and id: the timeline's order, so a detail file holds neighbours. */
function byDate(a: TimelineEvent, b: TimelineEvent): number {
  return a.start.localeCompare(b.start) || (a.end ?? a.start).localeCompare(b.end ?? b.start) || a.id.localeCompare(b.id);
}

/**
 * Split a validated corpus into the published files. Pure and deterministic: the
 * same corpus gives the same files, byte for byte. Every sentence, mention, quote
 * and date an event or article points at travels in the file that needs it.
 */
export function publishCorpus(corpus: Corpus, hash: ContentHash): PublishedCorpus {
  const sentenceById = new Map<string, PlacedSentence>();
  for (const article of corpus.articles) {
    article.sentences.forEach((sentence, position) => sentenceById.set(sentence.id, { articleId: article.id, number: position + 1, sentence }));
  }
  const outletOfArticle = new Map(corpus.articles.map((article) => [article.id, article.outletId]));
  const mentionsBySentence = new Map<string, SentenceMention[]>();
  for (const entity of corpus.entities) {
    for (const mention of entity.mentions) {
      const list = mentionsBySentence.get(mention.sentenceId) ?? [];
      list.push({ entityId: entity.id, sentenceId: mention.sentenceId, start: mention.start, end: mention.end });
      mentionsBySentence.set(mention.sentenceId, list);
    }
  }
  const quotesBySentence = new Map<string, Article['quotes']>();
  for (const article of corpus.articles) {
    for (const quote of article.quotes) {
      const list = quotesBySentence.get(quote.sentenceId) ?? [];
      list.push(quote);
      quotesBySentence.set(quote.sentenceId, list);
    }
  }
  const dateById = new Map(corpus.dates.map((date) => [date.id, date]));

  // Event details, packed in date order.
  const details = [...corpus.events].sort(byDate).map((event) => eventDetail(event));
  const detailKeyOf = new Map<string, string>();
  const eventFiles: PublishedCorpus['eventFiles'] = [];
  let pending: { events: EventDetail[]; bytes: number } = { events: [], bytes: 0 };
  const flush = () => {
    if (pending.events.length === 0) return;
    const file: EventDetailFile = { version: 1, events: pending.events };
    const json = serialise(file);
    const key = `${String(eventFiles.length + 1).padStart(3, '0')}-${hash(json)}`;
    for (const detail of pending.events) detailKeyOf.set(detail.id, key);
    eventFiles.push({ key, file, json });
    pending = { events: [], bytes: 0 };
  };
  for (const detail of details) {
    const bytes = JSON.stringify(detail).length;
    if (pending.events.length > 0 && pending.bytes + bytes > DETAIL_FILE_BYTES) flush();
    pending.events.push(detail);
    pending.bytes += bytes;
  }
  flush();

  function eventDetail(event: TimelineEvent): EventDetail {
    const sentenceIds = new Set(event.evidence.map((item) => item.sentenceId));
    for (const difference of event.differences ?? []) for (const item of difference.items) sentenceIds.add(item.sentenceId);
    for (const lead of event.leads ?? []) sentenceIds.add(lead.sentenceId);
    const sentences = [...sentenceIds].map((id) => sentenceById.get(id)).filter((placed) => placed !== undefined);
    const dateIds = [...new Set(event.evidence.map((item) => item.dateId).filter((id) => id !== null))];
    return {
      id: event.id,
      evidence: event.evidence,
      ...(event.wording ? { wording: event.wording } : {}),
      ...(event.differences ? { differences: event.differences } : {}),
      ...(event.claims ? { claims: event.claims } : {}),
      ...(event.checkedNames ? { checkedNames: event.checkedNames } : {}),
      ...(event.namingOutlets ? { namingOutlets: event.namingOutlets } : {}),
      ...(event.leads ? { leads: event.leads } : {}),
      sentences,
      dates: dateIds.map((id) => dateById.get(id)).filter((date) => date !== undefined),
      quotes: [...sentenceIds].flatMap((id) => quotesBySentence.get(id) ?? []),
      mentions: [...sentenceIds].flatMap((id) => mentionsBySentence.get(id) ?? []),
    };
  }

  // Article bodies, one file each.
  const articleBodies = corpus.articles.map((article) => {
    const body: ArticleBody = {
      version: 1,
      id: article.id,
      metadata: article.metadata,
      sentences: article.sentences,
      removed: article.removed,
      quotes: article.quotes,
      mentions: article.sentences.flatMap((sentence) => mentionsBySentence.get(sentence.id) ?? []),
      lineCount: article.lineCount,
      sha256: article.sha256,
      ...(article.context ? { context: article.context } : {}),
    };
    const json = serialise(body);
    return { key: `${article.id}-${hash(json)}`, body, json };
  });
  const bodyKeyOf = new Map(articleBodies.map(({ key, body }) => [body.id, key]));

  const articles: ArticleSummary[] = corpus.articles.map((article) => ({
    id: article.id,
    file: article.file,
    outletId: article.outletId,
    headline: article.headline,
    publishedAt: article.publishedAt,
    publishedPrecision: article.publishedPrecision,
    byline: article.byline,
    dateline: article.dateline,
    opening: article.sentences.find((sentence) => sentence.kind === 'body')?.text ?? null,
    sentenceCount: article.sentences.length,
    body: bodyKeyOf.get(article.id) ?? '',
  }));

  const events: EventSummary[] = corpus.events.map((event) => {
    const coverage: Record<string, number> = {};
    const counted = new Set<string>();
    for (const item of event.evidence) {
      if (counted.has(item.sentenceId)) continue;
      counted.add(item.sentenceId);
      const outlet = outletOfArticle.get(item.articleId) ?? '';
      coverage[outlet] = (coverage[outlet] ?? 0) + 1;
    }
    return {
      id: event.id,
      title: event.title,
      start: event.start,
      ...(event.end !== undefined ? { end: event.end } : {}),
      precision: event.precision,
      outlets: event.outlets,
      main: event.main,
      ...(event.note !== undefined ? { note: event.note } : {}),
      ...(event.editorial !== undefined ? { editorial: event.editorial } : {}),
      ...(event.dateConflicts !== undefined ? { dateConflicts: event.dateConflicts } : {}),
      coverage,
      detail: detailKeyOf.get(event.id) ?? '',
    };
  });

  // Entity → events, by position: which events' evidence sentences mention it, from which outlets.
  const outletPosition = new Map(corpus.outlets.map((outlet, position) => [outlet.id, position]));
  const eventsBySentence = new Map<string, number[]>();
  corpus.events.forEach((event, position) => {
    for (const sentenceId of new Set(event.evidence.map((item) => item.sentenceId))) {
      const list = eventsBySentence.get(sentenceId) ?? [];
      list.push(position);
      eventsBySentence.set(sentenceId, list);
    }
  });
  const entities: EntitySummary[] = corpus.entities.map((entity) => {
    const byOutlet: Record<string, { mentions: number; articles: number }> = {};
    const articlesByOutlet = new Map<string, Set<string>>();
    const outletsByEvent = new Map<number, Set<number>>();
    for (const mention of entity.mentions) {
      const outlet = outletOfArticle.get(mention.articleId) ?? '';
      const count = (byOutlet[outlet] ??= { mentions: 0, articles: 0 });
      count.mentions += 1;
      const seen = articlesByOutlet.get(outlet) ?? new Set<string>();
      seen.add(mention.articleId);
      articlesByOutlet.set(outlet, seen);
      count.articles = seen.size;
      for (const eventPosition of eventsBySentence.get(mention.sentenceId) ?? []) {
        const outlets = outletsByEvent.get(eventPosition) ?? new Set<number>();
        outlets.add(outletPosition.get(outlet) ?? -1);
        outletsByEvent.set(eventPosition, outlets);
      }
    }
    const events = [...outletsByEvent.entries()]
      .sort(([a], [b]) => a - b)
      .map(([eventPosition, outlets]) => [eventPosition, ...[...outlets].sort((a, b) => a - b)]);
    return { id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases, byOutlet, events };
  });

  // What the ingest is unsure of travels in the index: a short list the reader sees without fetching more.
  const content = { outlets: corpus.outlets, articles, events, entities, warnings: corpus.warnings, review: reviewItems(corpus) };
  return {
    index: { version: 1, build: hash(JSON.stringify(content)), ...content },
    eventFiles,
    articleBodies,
  };
}

const serialise = (value: unknown) => `${JSON.stringify(value)}\n`;

/**
 * The files to write, paths relative to the app's root: the whole corpus (as the
 * ingest serialised it), the index, the event details and the article bodies.
 */
export function publishedFiles(corpus: Corpus, corpusJson: string, hash: ContentHash): Array<{ path: string; contents: string }> {
  const published = publishCorpus(corpus, hash);
  return [
    { path: CORPUS_FILE, contents: corpusJson },
    { path: INDEX_FILE, contents: serialise(published.index) },
    ...published.eventFiles.map(({ key, json }) => ({ path: eventDetailPath(key), contents: json })),
    ...published.articleBodies.map(({ key, json }) => ({ path: articleBodyPath(key), contents: json })),
  ];
}
