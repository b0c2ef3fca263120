import type { CorpusIndex } from '../../lib/corpus/corpus-index';
import type { Entity } from '../../lib/corpus/schema';

export interface EntityCount {
  entity: Entity;
  /** Mentions in articles of shown outlets (articles with no known outlet count as shown). */
  mentions: number;
  articles: number;
  /** Per shown outlet, in corpus outlet order; outlets with no mention are left out. */
  byOutlet: Array<{ outletId: string; mentions: number }>;
}

/** Each entity's mentions under the outlet filter. */
export function countMentions(index: CorpusIndex, entity: Entity, hiddenOutlets: readonly string[]): EntityCount {
  const hidden = new Set(hiddenOutlets);
  const perOutlet = new Map<string, number>();
  const articles = new Set<string>();
  let mentions = 0;
  for (const mention of entity.mentions) {
    const outletId = index.articleById.get(mention.articleId)?.outletId ?? '';
    if (hidden.has(outletId)) continue;
    mentions += 1;
    articles.add(mention.articleId);
    if (outletId) perOutlet.set(outletId, (perOutlet.get(outletId) ?? 0) + 1);
  }
  const byOutlet = index.corpus.outlets
    .filter((outlet) => perOutlet.has(outlet.id))
    .map((outlet) => ({ outletId: outlet.id, mentions: perOutlet.get(outlet.id) ?? 0 }));
  return { entity, mentions, articles: articles.size, byOutlet };
}

/** Case, accents, hyphens and spaces folded: "cho tae yul" finds "Cho Tae-yul". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The name or alias the query matches (name first), or null. An empty query matches the name. */
export function matchEntity(entity: Entity, query: string): string | null {
  const folded = foldForSearch(query);
  if (!folded) return entity.name;
  for (const surface of [entity.name, ...entity.aliases]) if (foldForSearch(surface).includes(folded)) return surface;
  return null;
}

/** "The Japan News (Yomiuri Shimbun)" → "Japan News": short enough for a count line. */
export function shortOutletName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/u, '').replace(/^The\s+/u, '') || name;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "Cho Tae-yul: 19 mentions in 5 articles". */
export function mentionSummary(count: EntityCount): string {
  return `${count.entity.name}: ${plural(count.mentions, 'mention')} in ${plural(count.articles, 'article')}`;
}
