import type { CorpusIndex } from '../../lib/corpus/corpus-index';
import type { Article, Outlet, Quote, Sentence, TimelineEvent, WordingSpan } from '../../lib/corpus/schema';

/** One evidence sentence of an event, with where it sits. */
export interface SourceSentence {
  article: Article;
  sentence: Sentence;
  /** 1-based position among the article's sentences. */
  number: number;
  quotes: Quote[];
  /** Shared and unique wording from the corpus; empty when the event has none. */
  wording: WordingSpan[];
}

/** What one outlet wrote about an event: its articles, each with its evidence sentences in article order. */
export interface OutletSources {
  outlet: Outlet;
  articles: Array<{ article: Article; sentences: SourceSentence[] }>;
  sentenceCount: number;
}

/** Outlets in corpus order, minus those the outlet filter hides. */
export function shownOutlets(index: CorpusIndex, hiddenOutlets: readonly string[]): Outlet[] {
  const hidden = new Set(hiddenOutlets);
  return index.corpus.outlets.filter((outlet) => !hidden.has(outlet.id));
}

/**
 * An event's evidence grouped by outlet, then article (corpus order), then
 * sentence (article order). Every listed outlet gets an entry, empty when it
 * does not report the event.
 */
export function sourcesByOutlet(index: CorpusIndex, event: TimelineEvent, outlets: readonly Outlet[]): OutletSources[] {
  const wording = new Map((event.wording ?? []).map((entry) => [entry.sentenceId, entry.spans]));
  const articleOrder = new Map(index.corpus.articles.map((article, position) => [article.id, position]));
  const bySentence = new Map<string, SourceSentence>();
  for (const evidence of event.evidence) {
    if (bySentence.has(evidence.sentenceId)) continue;
    const found = index.sentenceById.get(evidence.sentenceId);
    if (!found) continue;
    const { article, sentence } = found;
    bySentence.set(sentence.id, {
      article,
      sentence,
      number: article.sentences.indexOf(sentence) + 1,
      quotes: article.quotes.filter((quote) => quote.sentenceId === sentence.id),
      wording: wording.get(sentence.id) ?? [],
    });
  }
  const all = [...bySentence.values()].sort(
    (a, b) => (articleOrder.get(a.article.id) ?? 0) - (articleOrder.get(b.article.id) ?? 0) || a.number - b.number,
  );
  return outlets.map((outlet) => {
    const mine = all.filter((item) => item.article.outletId === outlet.id);
    const articles: OutletSources['articles'] = [];
    for (const item of mine) {
      const last = articles[articles.length - 1];
      if (last && last.article.id === item.article.id) last.sentences.push(item);
      else articles.push({ article: item.article, sentences: [item] });
    }
    return { outlet, articles, sentenceCount: mine.length };
  });
}

/** Evidence sentences per outlet for every event: the coverage matrix's cells. */
export function coverageCounts(index: CorpusIndex, event: TimelineEvent): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentenceId of new Set(event.evidence.map((evidence) => evidence.sentenceId))) {
    const outletId = index.sentenceById.get(sentenceId)?.article.outletId;
    if (outletId) counts.set(outletId, (counts.get(outletId) ?? 0) + 1);
  }
  return counts;
}

/** Chronological, then by end and id: the order of the timeline's event list. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.start.localeCompare(b.start) || (a.end ?? a.start).localeCompare(b.end ?? b.start) || a.id.localeCompare(b.id);
}

export const plural = (count: number, word: string, many = `${word}s`) => `${count} ${count === 1 ? word : many}`;
