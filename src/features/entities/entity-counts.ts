import { isShownOutlet, type CorpusIndex } from '../../lib/corpus/corpus-index';
import type { EntitySummary } from '../../lib/corpus/schema';

export interface EntityCount {
  entity: EntitySummary;
  /** Mentions in articles of shown outlets (articles with no known outlet count as shown). */
  mentions: number;
  articles: number;
  /** Per shown outlet, in corpus outlet order; outlets with no mention are left out. */
  byOutlet: Array<{ outletId: string; mentions: number }>;
}

/** Each entity's mentions under the outlet filter, from the index's per-outlet counts. */
export function countMentions(index: CorpusIndex, entity: EntitySummary, hiddenOutlets: readonly string[]): EntityCount {
  return countOne(entity, new Set(hiddenOutlets), outletPositions(index));
}

function countOne(entity: EntitySummary, hidden: ReadonlySet<string>, positions: ReadonlyMap<string, number>): EntityCount {
  let mentions = 0;
  let articles = 0;
  const byOutlet: Array<{ outletId: string; mentions: number; position: number }> = [];
  for (const [key, count] of Object.entries(entity.byOutlet)) {
    if (!isShownOutlet(key, hidden)) continue;
    mentions += count.mentions;
    // An article belongs to one outlet, so per-outlet article counts add up.
    articles += count.articles;
    const position = positions.get(key);
    if (position !== undefined) byOutlet.push({ outletId: key, mentions: count.mentions, position });
  }
  // The entity's own outlets in corpus order, not every outlet of the corpus tried against it (that made a toggle at
  // 1,000 articles cost entities × outlets).
  byOutlet.sort((a, b) => a.position - b.position);
  return { entity, mentions, articles, byOutlet: byOutlet.map(({ outletId, mentions: outletMentions }) => ({ outletId, mentions: outletMentions })) };
}

type CountsCache = {
  positions: Map<string, number>;
  /** Per outlet id, the positions (in `data.entities`) of the entities it mentions. */
  entitiesOf: Map<string, number[]>;
  /** Every outlet shown. */
  all: readonly EntityCount[] | null;
  /** Each entity's place in name order (localeCompare), by id. */
  nameRank: Map<string, number> | null;
  /** Recent outlet filters (key: the hidden ids, sorted), most recent last. */
  filtered: Map<string, readonly EntityCount[]>;
};

const caches = new WeakMap<CorpusIndex, CountsCache>();
/** Filters remembered per index: an outlet switched off and on again, or a few in turn, are not counted again. */
const FILTERS_KEPT = 12;

function cacheOf(index: CorpusIndex): CountsCache {
  let cache = caches.get(index);
  if (!cache) {
    cache = { positions: new Map(index.data.outlets.map((outlet, position) => [outlet.id, position])), entitiesOf: new Map(), all: null, nameRank: null, filtered: new Map() };
    const { entitiesOf } = cache;
    index.data.entities.forEach((entity, position) => {
      for (const key of Object.keys(entity.byOutlet)) {
        const list = entitiesOf.get(key);
        if (list) list.push(position);
        else entitiesOf.set(key, [position]);
      }
    });
    caches.set(index, cache);
  }
  return cache;
}

function outletPositions(index: CorpusIndex): ReadonlyMap<string, number> {
  return cacheOf(index).positions;
}

/**
 * Each entity's place in name order (`localeCompare`), sorted once per index: the index's lists sort by count, then
 * name, after every outlet toggle, and comparing names with localeCompare dominated that sort at 1,000 articles.
 */
export function nameRank(index: CorpusIndex): ReadonlyMap<string, number> {
  const cache = cacheOf(index);
  if (!cache.nameRank) {
    const sorted = [...index.data.entities].sort((a, b) => a.name.localeCompare(b.name));
    cache.nameRank = new Map(sorted.map((entity, rank) => [entity.id, rank]));
  }
  return cache.nameRank;
}

/**
 * Every entity's count under the outlet filter, in `data.entities` order. Counted once per index with every outlet
 * shown; under a filter only the entities a hidden outlet mentions are counted again, and every other entity keeps
 * its count object (so a memoised row of an untouched name is not redrawn). The same filter returns the same array.
 */
export function countAllMentions(index: CorpusIndex, hiddenOutlets: readonly string[]): readonly EntityCount[] {
  const cache = cacheOf(index);
  const none: ReadonlySet<string> = new Set();
  const all = (cache.all ??= index.data.entities.map((entity) => countOne(entity, none, cache.positions)));
  // Only ids that hide something: "" (no outlet) is always shown, and an id no entity has changes no count.
  const hidden = [...new Set(hiddenOutlets)].filter((id) => id !== '' && cache.entitiesOf.has(id)).sort();
  if (hidden.length === 0) return all;
  const key = hidden.join('\n');
  const known = cache.filtered.get(key);
  if (known) {
    // Most recently used last.
    cache.filtered.delete(key);
    cache.filtered.set(key, known);
    return known;
  }
  const hiddenSet = new Set(hidden);
  const counts = all.slice();
  for (const id of hidden)
    for (const position of cache.entitiesOf.get(id) ?? [])
      if (counts[position] === all[position]) counts[position] = countOne(index.data.entities[position]!, hiddenSet, cache.positions);
  cache.filtered.set(key, counts);
  if (cache.filtered.size > FILTERS_KEPT) cache.filtered.delete(cache.filtered.keys().next().value!);
  return counts;
}

/** Case, accents, hyphens and spaces folded: "cho tae yul" finds "Cho Tae-yul". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The name or alias the query matches (name first), or null. An empty query matches the name. */
export function matchEntity(entity: EntitySummary, query: string): string | null {
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
