/**
 * Greedy string tiling of two outlets' word tokens: the phrases they share,
 * longest first, each token used at most once per side. Word alignment marks
 * shared wording with it and the differences stage pairs remarks with it, so it
 * lives here rather than in either stage. A run counts only when it is a phrase:
 * two content words, or one inside a run of three or more tokens.
 */
import type { WordToken } from '../compare-text';

export interface Run {
  a: number;
  b: number;
  length: number;
}

/** A run is a phrase worth marking, not a coincidence of function words or one name. */
export function isPhrase(tokens: readonly WordToken[], start: number, length: number): boolean {
  return isPhraseOf(tokens.map((token) => token.content), start, length);
}

function isPhraseOf(content: readonly boolean[], start: number, length: number): boolean {
  let count = 0;
  for (let k = start; k < start + length; k += 1) if (content[k]) count += 1;
  return count >= 2 || (count >= 1 && length >= 3);
}

/** Token words as small integers, so the tiling compares numbers, not strings. */
export class Interner {
  private readonly ids = new Map<string, number>();
  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
    }
    return id;
  }
}

export interface Coded {
  ids: Int32Array;
  content: boolean[];
  /** Adjacent word pairs: every phrase has at least two words, so no shared pair means no shared phrase. */
  pairs: Set<number>;
  /** Positions of each word, ascending: the tiling visits only cells where the two sentences agree. */
  positions: Map<number, number[]>;
}

export function encode(tokens: readonly WordToken[], interner: Interner): Coded {
  const ids = Int32Array.from(tokens, (token) => interner.id(token.norm));
  const pairs = new Set<number>();
  // Cantor-free pairing: ids stay far below 2^26 for any real event, so this is exact.
  for (let k = 0; k + 1 < ids.length; k += 1) pairs.add(ids[k]! * 67_108_864 + ids[k + 1]!);
  const positions = new Map<number, number[]>();
  ids.forEach((id, k) => {
    const list = positions.get(id);
    if (list) list.push(k);
    else positions.set(id, [k]);
  });
  return { ids, content: tokens.map((token) => token.content), pairs, positions };
}

export function sharesAPair(a: Coded, b: Coded): boolean {
  const [small, large] = a.pairs.size <= b.pairs.size ? [a.pairs, b.pairs] : [b.pairs, a.pairs];
  for (const pair of small) if (large.has(pair)) return true;
  return false;
}

/**
 * Greedy string tiling of two token lists: the common phrases, longest first,
 * each token used at most once per side. Returns the tiles.
 */
export function tilePhrases(a: readonly WordToken[], b: readonly WordToken[]): Run[] {
  const interner = new Interner();
  return tileCoded(encode(a, interner), encode(b, interner));
}

export function tileCoded(a: Coded, b: Coded): Run[] {
  const n = a.ids.length;
  const m = b.ids.length;
  const usedA = new Uint8Array(n);
  const usedB = new Uint8Array(m);
  const tiles: Run[] = [];
  // Run lengths of the previous and the current row, by column; a cell counts only if
  // its row stamp says it was written in that row, so no row is ever cleared.
  // (Plain loops and swaps: this runs for every pair of forms, so it allocates nothing per cell or row.)
  let previous = new Uint16Array(m);
  let current = new Uint16Array(m);
  let previousStamp = new Int32Array(m).fill(-1);
  let currentStamp = new Int32Array(m).fill(-1);
  let round = 0;
  // Each round tiles the longest phrase left; at most min(n, m) / 2 rounds.
  for (;;) {
    let bestA = 0;
    let bestB = 0;
    let bestLength = 0;
    for (let i = 0; i < n; i += 1) {
      // Stamps are unique per round and row, so nothing from an earlier round or row is read.
      const row = round * (n + 1) + i;
      const matches = usedA[i] ? undefined : b.positions.get(a.ids[i]!);
      for (let q = 0; matches !== undefined && q < matches.length; q += 1) {
        const j = matches[q]!;
        if (usedB[j]) continue;
        // Length of the common untiled run ending at (i, j). A shorter run can never
        // beat its own extension, so testing every cell finds the longest phrase.
        const length = (j > 0 && previousStamp[j - 1] === row - 1 ? previous[j - 1]! : 0) + 1;
        current[j] = length;
        currentStamp[j] = row;
        if (length > bestLength && isPhraseOf(a.content, i - length + 1, length)) {
          bestA = i - length + 1;
          bestB = j - length + 1;
          bestLength = length;
        }
      }
      const lengths = previous;
      previous = current;
      current = lengths;
      const stamps = previousStamp;
      previousStamp = currentStamp;
      currentStamp = stamps;
    }
    if (bestLength === 0) return tiles.sort((x, y) => x.a - y.a || x.b - y.b);
    usedA.fill(1, bestA, bestA + bestLength);
    usedB.fill(1, bestB, bestB + bestLength);
    tiles.push({ a: bestA, b: bestB, length: bestLength });
    round += 1;
  }
}
