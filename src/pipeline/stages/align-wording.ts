/**
 * Wording alignment: for each event reported by two or more outlets, mark in
 * every evidence sentence which stretches of wording other outlets' evidence
 * for the same event shares, and which only this outlet has.
 *
 * How:
 * - Sentences become word tokens (compare-text.ts): case, accents, apostrophes
 *   and hyphens folded, offsets kept on the original text.
 * - Every pair of evidence sentences from different outlets is aligned by greedy
 *   string tiling (text/phrase-tiling.ts): repeatedly take the longest common run of untiled tokens and
 *   tile it in both sentences. Unlike a single LCS diff this finds phrases that
 *   two outlets put in a different order ("… with the United States, reaffirmed
 *   the importance …" vs "reaffirmed the importance … with the United States").
 * - A run counts as shared wording only when it is a phrase, not a coincidence:
 *   two content words, or one content word inside a run of three or more tokens
 *   ("the importance of"). Function-word-only runs ("of the") never count, nor
 *   does a lone name.
 * - A token is shared with every outlet whose sentence tiled it. Runs of tokens
 *   with the same outlets become one span; stretches tiled by no other outlet are
 *   unique spans, trimmed to start and end on content words (a lone "the" between
 *   two shared phrases is left unmarked rather than called unique); a span of
 *   function words only is never marked, shared or unique.
 *
 * Events from a single outlet get no wording: with nothing to compare, every
 * word would be "unique", which tells a reader nothing.
 * Sentences of the same outlet (two articles of one paper) never count as
 * sharing with each other. Output is deterministic: spans are in text order,
 * `sharedWith` in corpus outlet order.
 */
import type { Article, Sentence, TimelineEvent, WordingSpan } from '../../lib/corpus/schema';
import { wordTokens, type WordToken } from '../compare-text';
import { encode, Interner, sharesAPair, tileCoded, type Coded, type Run } from '../text/phrase-tiling';
import type { Stage } from '../types';

export interface WordingContext {
  /** Outlet ids in corpus order, for a stable order of `sharedWith`. */
  outletOrder: string[];
}

export interface WordingInput {
  events: TimelineEvent[];
  articles: Article[];
}

/** Outlets in the order `sharedWith` lists them, and each one's place in it. */
interface OutletRanks {
  order: readonly string[];
  rank: ReadonlyMap<string, number>;
}

interface AlignedSentence {
  sentenceId: string;
  outletId: string;
  /** The outlet's place in OutletRanks. */
  outletRank: number;
  tokens: WordToken[];
  /** Sentences with the same words (wire copy, repeats) share one form and so one tiling per pair. */
  form: number;
  /** Per token, a bit row (`words` 32-bit words) of the other outlets sharing it, by rank. */
  sharedWith: Uint32Array;
}

function spansOf(sentence: AlignedSentence, outlets: OutletRanks, words: number): WordingSpan[] {
  const { tokens, sharedWith } = sentence;
  const sameRow = (k: number, other: number) => {
    for (let w = 0; w < words; w += 1) if (sharedWith[k * words + w] !== sharedWith[other * words + w]) return false;
    return true;
  };
  // Each token's sharing outlets in corpus order, as one comparable key; neighbours with the same outlets share it.
  const keys: string[] = [];
  for (let k = 0; k < tokens.length; k += 1) keys.push(k > 0 && sameRow(k, k - 1) ? keys[k - 1]! : outletKey(sharedWith, k, words, outlets.order));
  const spans: WordingSpan[] = [];
  let k = 0;
  while (k < tokens.length) {
    const group = keys[k]!;
    let last = k;
    while (last + 1 < tokens.length && keys[last + 1] === group) last += 1;
    if (group) {
      // A boundary function word shared with a different set of outlets than its
      // neighbours ("on", "’s") is left unmarked, like a function word alone.
      const hasContent = tokens.slice(k, last + 1).some((token) => token.content);
      if (hasContent) spans.push({ start: tokens[k]!.start, end: tokens[last]!.end, sharedWith: group.split(' ') });
    } else {
      // Unique stretch: trimmed to content words; none at all → left unmarked.
      let first = k;
      let end = last;
      while (first <= end && !tokens[first]!.content) first += 1;
      while (end >= first && !tokens[end]!.content) end -= 1;
      if (first <= end) spans.push({ start: tokens[first]!.start, end: tokens[end]!.end, sharedWith: [] });
    }
    k = last + 1;
  }
  return spans;
}

/** The outlets set in token k's bit row, in rank order, joined by spaces. */
function outletKey(rows: Uint32Array, k: number, words: number, order: readonly string[]): string {
  const ids: string[] = [];
  for (let w = 0; w < words; w += 1) {
    let bits = rows[k * words + w]!;
    while (bits !== 0) {
      const lowest = bits & -bits;
      ids.push(order[w * 32 + 31 - Math.clz32(lowest)]!);
      bits ^= lowest;
    }
  }
  return ids.join(' ');
}

/** Shared and unique wording of one event's evidence sentences. */
export function alignEvent(
  event: TimelineEvent,
  sentenceOf: (sentenceId: string) => { sentence: Sentence; outletId: string } | undefined,
  outlets: OutletRanks,
  tokensOf: (sentence: Sentence) => WordToken[] = (sentence) => wordTokens(sentence.text),
): NonNullable<TimelineEvent['wording']> | undefined {
  const words = Math.ceil(outlets.order.length / 32);
  const aligned: AlignedSentence[] = [];
  const seen = new Set<string>();
  const interner = new Interner();
  const formOf = new Map<string, number>();
  const coded: Coded[] = [];
  for (const evidence of event.evidence) {
    if (seen.has(evidence.sentenceId)) continue;
    seen.add(evidence.sentenceId);
    const found = sentenceOf(evidence.sentenceId);
    if (!found) continue;
    const tokens = tokensOf(found.sentence);
    const wordsKey = tokens.map((token) => token.norm).join(' ');
    let form = formOf.get(wordsKey);
    if (form === undefined) {
      form = coded.length;
      formOf.set(wordsKey, form);
      coded.push(encode(tokens, interner));
    }
    aligned.push({
      sentenceId: found.sentence.id,
      outletId: found.outletId,
      outletRank: outlets.rank.get(found.outletId)!,
      tokens,
      form,
      sharedWith: new Uint32Array(tokens.length * words),
    });
  }
  if (new Set(aligned.map((sentence) => sentence.outletId)).size < 2) return undefined;

  // The tiling of two sentences depends only on their forms (and which comes first).
  const tilesOf = new Map<number, Run[]>();
  const mark = (sentence: AlignedSentence, k: number, rank: number) => {
    sentence.sharedWith[k * words + (rank >>> 5)]! |= 1 << (rank & 31);
  };
  for (let x = 0; x < aligned.length; x += 1) {
    for (let y = x + 1; y < aligned.length; y += 1) {
      const one = aligned[x]!;
      const other = aligned[y]!;
      if (one.outletId === other.outletId) continue;
      const pair = one.form * coded.length + other.form;
      let tiles = tilesOf.get(pair);
      if (tiles === undefined) {
        const [a, b] = [coded[one.form]!, coded[other.form]!];
        tiles = sharesAPair(a, b) ? tileCoded(a, b) : [];
        tilesOf.set(pair, tiles);
      }
      for (const tile of tiles) {
        for (let k = 0; k < tile.length; k += 1) {
          mark(one, tile.a + k, other.outletRank);
          mark(other, tile.b + k, one.outletRank);
        }
      }
    }
  }
  return aligned.map((sentence) => ({ sentenceId: sentence.sentenceId, spans: spansOf(sentence, outlets, words) }));
}

export const alignWording: Stage<WordingContext, WordingInput, TimelineEvent[]> = (context, input) => {
  const sentences = new Map<string, { sentence: Sentence; outletId: string }>();
  for (const article of input.articles) {
    for (const sentence of article.sentences) sentences.set(sentence.id, { sentence, outletId: article.outletId ?? article.id });
  }
  // Outlets the corpus does not list (unattributed articles) sort after the listed ones, by id.
  const extra = [...new Set([...sentences.values()].map((entry) => entry.outletId))]
    .filter((id) => !context.outletOrder.includes(id))
    .sort();
  const order = [...context.outletOrder, ...extra];
  const outlets: OutletRanks = { order, rank: new Map(order.map((id, index) => [id, index])) };
  // A sentence is evidence for several events (and wire copy for many): tokenised once, and kept only until its
  // last event has read it, so the stage does not hold every sentence's tokens at once. Tokens are only read.
  const usesLeft = new Map<string, number>();
  for (const event of input.events) for (const id of new Set(event.evidence.map((item) => item.sentenceId))) usesLeft.set(id, (usesLeft.get(id) ?? 0) + 1);
  const tokensById = new Map<string, WordToken[]>();
  const tokensOf = (sentence: Sentence) => {
    const tokens = tokensById.get(sentence.id) ?? wordTokens(sentence.text);
    const left = (usesLeft.get(sentence.id) ?? 1) - 1;
    usesLeft.set(sentence.id, left);
    if (left > 0) tokensById.set(sentence.id, tokens);
    else tokensById.delete(sentence.id);
    return tokens;
  };
  return input.events.map((event) => {
    const { wording: _previous, ...rest } = event;
    const wording = alignEvent(event, (id) => sentences.get(id), outlets, tokensOf);
    return wording ? { ...rest, wording } : rest;
  });
};
