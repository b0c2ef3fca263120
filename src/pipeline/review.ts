/**
 * Where the ingest is unsure, and what would settle it: metadata attributed,
 * inferred or missing, dates it could not resolve, references that fit several
 * events, and sentences placed by inference. Pure: read by publish.ts (the
 * index's `review`) and by the CLI (a summary after writing).
 */
import type { Article, ContextSentence, Corpus, CorpusIndexData, DateMention, Provenanced, TimelineEvent } from '../lib/corpus/schema';
import { formatPublished } from '../lib/format';

export type ReviewItem = NonNullable<CorpusIndexData['review']>[number];
export type ReviewSnippet = ReviewItem['snippets'][number];

/** resolve-dates' reason when an article has no publication day to count from: the publication date item covers it. */
const NO_ANCHOR = 'no publication date to anchor on';

/** The placeholder a missing publication date gets in its snippet; the manifest refuses it until filled in. */
export const DATE_PLACEHOLDER = 'YYYY-MM-DD';

const SOURCE_WORDS: Partial<Record<Provenanced['source'], { verb: string; from: string }>> = {
  editorial: { verb: 'attributed', from: 'from the editorial notes' },
  inferred: { verb: 'inferred', from: 'reasoned from clues in the text' },
};

/** Every item, grouped by article in corpus order (outlet, publication date, dates, references, inference). */
export function reviewItems(corpus: Corpus): ReviewItem[] {
  const outletById = new Map(corpus.outlets.map((outlet) => [outlet.id, outlet]));
  const datesByArticle = new Map<string, DateMention[]>();
  for (const date of corpus.dates) datesByArticle.set(date.articleId, [...(datesByArticle.get(date.articleId) ?? []), date]);
  const eventById = new Map(corpus.events.map((event) => [event.id, event]));
  const eventsBySentence = new Map<string, TimelineEvent[]>();
  for (const event of corpus.events) {
    for (const sentenceId of new Set(event.evidence.map((item) => item.sentenceId))) {
      eventsBySentence.set(sentenceId, [...(eventsBySentence.get(sentenceId) ?? []), event]);
    }
  }

  return corpus.articles.flatMap((article) => {
    const dates = datesByArticle.get(article.id) ?? [];
    const unresolved = dates.filter((date) => date.value === null);
    // With no publication date, every relative date is unresolved for that one reason: one item, not one per date.
    const unanchored = article.metadata.publishedAt.source === 'missing' ? unresolved.filter((date) => date.reason === NO_ANCHOR) : [];
    const items: ReviewItem[] = [];
    const outletItem = outletReview(article, outletById.get(article.outletId ?? '')?.name ?? null);
    if (outletItem) items.push(outletItem);
    const publishedItem = publishedReview(article, dates, unanchored);
    if (publishedItem) items.push(publishedItem);
    for (const date of unresolved) if (!unanchored.includes(date)) items.push(dateReview(article, date, eventsBySentence.get(date.sentenceId) ?? []));
    for (const entry of article.context ?? []) {
      if (entry.reason.startsWith('unsure:')) items.push(referenceReview(article, entry, eventById));
    }
    const inference = inferenceReview(article, corpus.events);
    if (inference) items.push(inference);
    return items;
  });
}

function outletReview(article: Article, outletName: string | null): ReviewItem | null {
  const field = article.metadata.outlet;
  if (field.source === 'missing') {
    return {
      articleId: article.id,
      kind: 'outlet',
      title: 'Outlet unknown: the text names none and the manifest has no line for it',
      detail: `Shown as “${outletName ?? 'Unknown outlet'}” until it is given.`,
      sentenceIds: [],
      action:
        'Add it to seeds/manifest.json: replace <outlet-id> in both lines with a short lowercase id (kyodo, say) and fill in the name and two-letter country code. ' +
        'An outlet already under “outlets” needs only the article line.',
      snippets: [
        { file: 'manifest.json', under: 'outlets', text: `"<outlet-id>": ${inline({ name: '<outlet name>', country: '<two-letter code, e.g. JP>' })}` },
        { file: 'manifest.json', under: 'articles', text: articleLine(article.file, { outlet: '<outlet-id>' }) },
      ],
    };
  }
  const words = SOURCE_WORDS[field.source];
  if (!words || field.value === null) return null;
  return {
    articleId: article.id,
    kind: 'outlet',
    title: `Outlet ${words.verb}, not stated: ${field.value}`,
    detail: provenanceDetail(words.from, field),
    sentenceIds: [],
    action: 'Once confirmed (on the outlet’s own page, say), mark it stated in seeds/manifest.json.',
    snippets: [{ file: 'manifest.json', under: 'articles', text: articleLine(article.file, { outlet: { value: article.outletId ?? field.value, source: 'manifest' } }) }],
  };
}

function publishedReview(article: Article, dates: DateMention[], unanchored: DateMention[]): ReviewItem | null {
  const field = article.metadata.publishedAt;
  if (field.source === 'missing') {
    const placed = unanchored.length > 0 ? ` Unplaced: ${unanchored.map((date) => `“${date.text}” in ${shortId(article.id, date.sentenceId)}`).join(', ')}.` : '';
    return {
      articleId: article.id,
      kind: 'published',
      title: `Publication date unknown${unanchored.length > 0 ? `, so ${countOf(unanchored.length, 'date')} in it cannot be placed` : ''}`,
      detail: `The text states none and the manifest has no line for it.${placed}`,
      sentenceIds: unique(unanchored.map((date) => date.sentenceId)),
      action:
        `Add it to seeds/manifest.json, replacing the placeholder ${DATE_PLACEHOLDER} with the day it was published (the build refuses the placeholder); ` +
        'a time with its offset, 2025-01-14T09:00:00+09:00, is better when the page gives one.',
      snippets: [{ file: 'manifest.json', under: 'articles', text: articleLine(article.file, { publishedAt: { value: DATE_PLACEHOLDER, source: 'manifest' } }) }],
    };
  }
  const words = SOURCE_WORDS[field.source];
  if (!words || field.value === null) return null;
  const counted = dates.filter((date) => date.anchor?.startsWith('published')).length;
  return {
    articleId: article.id,
    kind: 'published',
    title: `Publication date ${words.verb}, not stated: ${formatPublished(field.value)}`,
    detail: `${provenanceDetail(words.from, field)}${counted > 0 ? ` ${countOf(counted, 'date')} in the article ${counted === 1 ? 'is' : 'are'} counted from it.` : ''}`,
    sentenceIds: [],
    action: 'Once confirmed, mark it stated in seeds/manifest.json.',
    snippets: [{ file: 'manifest.json', under: 'articles', text: articleLine(article.file, { publishedAt: { value: field.value, source: 'manifest' } }) }],
  };
}

function dateReview(article: Article, date: DateMention, events: TimelineEvent[]): ReviewItem {
  const where = shortId(article.id, date.sentenceId);
  const event = events[0];
  return {
    articleId: article.id,
    kind: 'date',
    title: `Date not resolved: “${date.text}” in ${where}`,
    detail: `${capitalise(date.reason ?? 'could not be resolved')}.`,
    sentenceIds: [date.sentenceId],
    // No manifest or editorial field dates a single mention; an event note at least tells readers.
    action: event
      ? `No manifest or editorial line can date it. The sentence is on “${event.title}”: to tell readers, note it on that event in seeds/editorial.json (a note replaces one the event already has).`
      : 'No manifest or editorial line can date it, and the sentence is on no event: read it in the article to judge whether that matters.',
    snippets: event
      ? [{ file: 'editorial.json', under: 'events', text: inline({ id: event.id, note: `“${date.text}” (${date.sentenceId}) is not dated by the text.` }) }]
      : [],
  };
}

function referenceReview(article: Article, { sentenceId, reason, candidates: ids = [] }: ContextSentence, eventById: Map<string, TimelineEvent>): ReviewItem {
  const what = reason.replace(/^unsure:\s*/, '').replace(/;\s*an editorial merge or split settles it\.?$/, '');
  // The events the stage found it fits, as they are after editorial edits: a merged or hidden one drops out.
  const found = ids.map((id) => eventById.get(id)).filter((event) => event !== undefined);
  const candidates = found.length >= 2 ? found : [];
  const [first, ...others] = candidates;
  return {
    articleId: article.id,
    kind: 'reference',
    title: `Reference fits several events, in ${shortId(article.id, sentenceId)}`,
    detail: `${capitalise(what)}. The sentence is left off the timeline rather than guessed.`,
    sentenceIds: [sentenceId],
    action:
      (first
        ? 'If these events are one happening told twice, merge them in seeds/editorial.json'
        : 'If the events it fits are one happening told twice, merge them in seeds/editorial.json: put their ids (in the address as event=… when one is selected) in place of the placeholders') +
      '. If they are different happenings, the sentence rightly stays off the timeline and nothing needs doing.',
    snippets: [{ file: 'editorial.json', under: 'events', text: inline(first ? { id: first.id, merge: others.map((event) => event.id) } : { id: '<event-id>', merge: ['<other-event-id>'] }) }],
  };
}

function inferenceReview(article: Article, events: TimelineEvent[]): ReviewItem | null {
  const byEvent = events
    .map((event) => ({ event, items: event.evidence.filter((item) => item.articleId === article.id && (item.how === 'continues' || item.how === 'participants')) }))
    .filter(({ items }) => items.length > 0);
  const sentenceIds = unique(byEvent.flatMap(({ items }) => items.map((item) => item.sentenceId)));
  if (sentenceIds.length === 0) return null;
  const order = new Map(article.sentences.map((sentence, position) => [sentence.id, position]));
  sentenceIds.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const describe = (items: typeof byEvent[number]['items'], how: 'continues' | 'participants', [one, many]: [string, string]) => {
    const ids = items.filter((item) => item.how === how).map((item) => shortId(article.id, item.sentenceId));
    return ids.length > 0 ? `${ids.join(', ')} ${ids.length === 1 ? one : many}` : null;
  };
  return {
    articleId: article.id,
    kind: 'inference',
    title: `${countOf(sentenceIds.length, 'sentence')} placed by inference, not by a date or a name`,
    detail: byEvent
      .map(
        ({ event, items }) =>
          `On “${event.title}”: ${[
            describe(items, 'continues', ['carries on the sentence before', 'carry on the sentence before']),
            describe(items, 'participants', ['names its people speaking or acting', 'name its people speaking or acting']),
          ].filter(Boolean).join('; ')}.`,
      )
      .join(' '),
    sentenceIds,
    action: 'If one is not about its event, split it out in seeds/editorial.json: keep only the wrong sentences and replace the placeholder title (the build takes any title).',
    snippets: byEvent
      // A split must leave the event some evidence; an event wholly placed by inference cannot be split this way.
      .filter(({ event, items }) => new Set(event.evidence.map((item) => item.sentenceId)).size > new Set(items.map((item) => item.sentenceId)).size)
      .map(({ event, items }) => ({
        file: 'editorial.json' as const,
        under: 'events' as const,
        text: inline({ id: event.id, split: { id: `${event.id}-${article.id}`, title: '<what these sentences report>', sentences: unique(items.map((item) => item.sentenceId)) } }),
      })),
  };
}

function provenanceDetail(from: string, field: Provenanced): string {
  const note = field.note ? `: ${field.note}` : '';
  const text = field.textValue && !field.note?.includes(field.textValue) ? ` The text itself reads “${field.textValue}”.` : '';
  return `${capitalise(from)}${note}.${text}`;
}

/** `"005_file.txt": { … }`: one line under "articles". */
function articleLine(file: string, fields: Record<string, unknown>): string {
  return `${JSON.stringify(file)}: ${inline(fields)}`;
}

/** JSON on one line with spaces, as the seeds' own files are written. */
export function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value).map(([key, entry]) => `${JSON.stringify(key)}: ${inline(entry)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** "s9" for "004-s9": how the reader numbers sentences. */
export function shortId(articleId: string, sentenceId: string): string {
  return sentenceId.startsWith(`${articleId}-`) ? sentenceId.slice(articleId.length + 1) : sentenceId;
}

const countOf = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const unique = <T>(values: T[]) => [...new Set(values)];

/** The CLI's summary: counts by kind, then per file each item's title and the lines to paste (inferred placements as counts). */
export function reviewSummary(corpus: Corpus, items: ReviewItem[], seedsFolder = 'seeds'): string {
  if (items.length === 0) return 'nothing to check: every outlet and publication date is stated, every date resolved, every sentence placed by a date or a name\n';
  const fileOf = new Map(corpus.articles.map((article) => [article.id, article.file]));
  const ofKind = (kind: ReviewItem['kind']) => items.filter((item) => item.kind === kind);
  const inferred = ofKind('inference');
  const counts = [
    [ofKind('outlet').length, 'outlet', 'not stated'],
    [ofKind('published').length, 'publication date', 'not stated'],
    [ofKind('date').length, 'date', 'unresolved'],
    [ofKind('reference').length, 'reference', 'fitting several events'],
  ] as const;
  const parts = counts.filter(([count]) => count > 0).map(([count, noun, what]) => `${countOf(count, noun)} ${what}`);
  if (inferred.length > 0) parts.push(`${countOf(unique(inferred.flatMap((item) => item.sentenceIds)).length, 'sentence')} in ${countOf(inferred.length, 'article')} placed by inference`);
  const lines = [`${countOf(items.length, 'thing')} to check: ${parts.join(', ')}.`];
  let article = '';
  for (const item of items) {
    if (item.kind === 'inference') continue;
    if (item.articleId !== article) {
      article = item.articleId;
      lines.push(`  ${fileOf.get(article) ?? article}`);
    }
    lines.push(`    - ${item.title}`);
    for (const snippet of item.snippets) lines.push(`      in ${seedsFolder}/${snippet.file}, under "${snippet.under}":`, `        ${snippet.text}`);
  }
  // Split templates for inferred placements belong in the app, where the sentences can be read first.
  if (inferred.length > 0) {
    lines.push(`  Placed by inference (read them in the app, under “Needs checking”): ${inferred.map((item) => `${fileOf.get(item.articleId) ?? item.articleId} (${item.sentenceIds.length})`).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
