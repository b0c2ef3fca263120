import type { CorpusIndex } from '../../lib/corpus/corpus-index';
import type { EventSources } from '../../lib/corpus/event-detail-query';
import type { ArticleSummary, EventSummary, Outlet, Quote, Sentence, SentenceMention, WordingSpan } from '../../lib/corpus/schema';

/** One evidence sentence of an event, with where it sits. */
export interface SourceSentence {
  article: ArticleSummary;
  sentence: Sentence;
  /** 1-based position among the article's sentences. */
  number: number;
  quotes: Quote[];
  /** Shared and unique wording from the corpus; empty when the event has none. */
  wording: WordingSpan[];
  mentions: SentenceMention[];
}

/** A sentence of an outlet with no evidence on the event that may speak of it (the ingest's lead; never evidence). */
export interface SourceLead {
  article: ArticleSummary;
  sentence: Sentence;
  number: number;
  /** Why it may speak of the event ("names Cho Tae-yul; says “met”"). */
  why: string;
  mentions: SentenceMention[];
}

/** What one outlet wrote about an event: its articles, each with its evidence sentences in article order. */
export interface OutletSources {
  outlet: Outlet;
  articles: Array<{ article: ArticleSummary; sentences: SourceSentence[] }>;
  sentenceCount: number;
  /** With no evidence: its sentences that may speak of the event, in article order (empty when it has evidence). */
  leads: SourceLead[];
  /** The entity ids its sentences were checked for (the event's people and bodies, most named first). */
  checked: readonly string[];
  /** With no evidence and no lead: whether its articles still name one of those (so it is never said to name none). */
  namesChecked: boolean;
}

/** Outlets in corpus order, minus those the outlet filter hides. */
export function shownOutlets(index: CorpusIndex, hiddenOutlets: readonly string[]): Outlet[] {
  const hidden = new Set(hiddenOutlets);
  return index.data.outlets.filter((outlet) => !hidden.has(outlet.id));
}

/**
 * An event's evidence grouped by outlet, then article (corpus order), then
 * sentence (article order). Every listed outlet gets an entry, empty when it
 * does not report the event.
 */
export function sourcesByOutlet(index: CorpusIndex, sources: EventSources, outlets: readonly Outlet[]): OutletSources[] {
  const articleOrder = articleOrderOf(index);
  const bySentence = new Map<string, SourceSentence>();
  for (const evidence of sources.detail.evidence) {
    if (bySentence.has(evidence.sentenceId)) continue;
    const placed = sources.sentenceById.get(evidence.sentenceId);
    const article = placed ? index.articleById.get(placed.articleId) : undefined;
    if (!placed || !article) continue;
    bySentence.set(placed.sentence.id, {
      article,
      sentence: placed.sentence,
      number: placed.number,
      quotes: sources.quotesBySentence.get(placed.sentence.id) ?? [],
      wording: sources.wordingBySentence.get(placed.sentence.id) ?? [],
      mentions: sources.mentionsBySentence.get(placed.sentence.id) ?? [],
    });
  }
  const all = [...bySentence.values()].sort(
    (a, b) => (articleOrder.get(a.article.id) ?? 0) - (articleOrder.get(b.article.id) ?? 0) || a.number - b.number,
  );
  const byOutlet = new Map<string | null, SourceSentence[]>();
  for (const item of all) {
    const list = byOutlet.get(item.article.outletId);
    if (list) list.push(item);
    else byOutlet.set(item.article.outletId, [item]);
  }
  const leadsByOutlet = new Map<string, SourceLead[]>();
  for (const lead of sources.detail.leads ?? []) {
    const placed = sources.sentenceById.get(lead.sentenceId);
    const article = index.articleById.get(lead.articleId);
    if (!placed || !article) continue;
    const entry = { article, sentence: placed.sentence, number: placed.number, why: lead.why, mentions: sources.mentionsBySentence.get(lead.sentenceId) ?? [] };
    const list = leadsByOutlet.get(lead.outletId);
    if (list) list.push(entry);
    else leadsByOutlet.set(lead.outletId, [entry]);
  }
  const checked = sources.detail.checkedNames ?? [];
  const naming = new Set(sources.detail.namingOutlets ?? []);
  return outlets.map((outlet) => {
    const mine = byOutlet.get(outlet.id) ?? [];
    const articles: OutletSources['articles'] = [];
    for (const item of mine) {
      const last = articles[articles.length - 1];
      if (last && last.article.id === item.article.id) last.sentences.push(item);
      else articles.push({ article: item.article, sentences: [item] });
    }
    return { outlet, articles, sentenceCount: mine.length, leads: mine.length > 0 ? [] : (leadsByOutlet.get(outlet.id) ?? []), checked, namesChecked: naming.has(outlet.id) };
  });
}

/** Each article's position in corpus order, built once per index: a thousand articles, asked on every select. */
const articleOrders = new WeakMap<CorpusIndex, Map<string, number>>();
function articleOrderOf(index: CorpusIndex): Map<string, number> {
  let order = articleOrders.get(index);
  if (!order) articleOrders.set(index, (order = new Map(index.data.articles.map((article, position) => [article.id, position]))));
  return order;
}

/** Chronological, then by end and id: the order of the timeline's event list. */
export function compareEvents(a: EventSummary, b: EventSummary): number {
  return a.start.localeCompare(b.start) || (a.end ?? a.start).localeCompare(b.end ?? b.start) || a.id.localeCompare(b.id);
}

/**
 * Up to this many shown outlets, each one that is silent on the event (reports
 * it, quotes someone) gets its own "not reported" box beside the others; past
 * it, the silent ones are named together in one, so a corpus of a hundred
 * outlets shows the few that spoke.
 */
export const SILENT_OUTLET_BOXES = 6;

export const plural = (count: number, word: string, many = `${word}s`) => `${count} ${count === 1 ? word : many}`;

/**
 * Sentences a panel shows before "Show all": the lede of each outlet side by
 * side, and a bounded page however many sentences a big event gathers.
 */
export const PANEL_SENTENCES = 4;

/**
 * An outlet's first `limit` evidence sentences, in article order, keeping
 * each article's group; articles left with none are dropped.
 */
export function firstSentences(articles: OutletSources['articles'], limit: number): OutletSources['articles'] {
  const kept: OutletSources['articles'] = [];
  let left = limit;
  for (const entry of articles) {
    if (left <= 0) break;
    const sentences = entry.sentences.slice(0, left);
    left -= sentences.length;
    kept.push({ article: entry.article, sentences });
  }
  return kept;
}
