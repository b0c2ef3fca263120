/**
 * Building blocks for single-linkage grouping that stays linear on big corpora:
 * disjoint sets over item indexes, and a sweep that joins every pair of
 * overlapping spans without visiting the pairs one by one.
 */

/** Disjoint sets of item indexes 0..size-1, with path halving. */
export class DisjointSets {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, index) => index);
  }

  find(index: number): number {
    let node = index;
    while (this.parent[node] !== node) {
      const grandparent = this.parent[this.parent[node]!]!;
      this.parent[node] = grandparent;
      node = grandparent;
    }
    return node;
  }

  /** Puts `joining`'s set into `keeping`'s. */
  union(keeping: number, joining: number): void {
    const root = this.find(keeping);
    const other = this.find(joining);
    if (root !== other) this.parent[other] = root;
  }

  connected(a: number, b: number): boolean {
    return this.find(a) === this.find(b);
  }
}

/** A span of days as ISO strings, which compare in calendar order. */
export interface DaySpan {
  start: string;
  end: string;
}

/**
 * Joins every source with every later target whose span overlaps it: the
 * target starts on or before the source ends. `items` must be in order of
 * start. Linear, not one test per pair: the open sources a target meets all
 * join its set, so from then on they are one entry with their latest end.
 * Exactly the sets that joining pair by pair would make.
 */
export function joinOverlapping(
  items: readonly number[],
  spanOf: (item: number) => DaySpan,
  isSource: (item: number) => boolean,
  isTarget: (item: number) => boolean,
  sets: DisjointSets,
): void {
  let open: { member: number; end: string }[] = [];
  for (const item of items) {
    const span = spanOf(item);
    let joined: { member: number; end: string } | null = null;
    if (isTarget(item)) {
      for (const entry of open) {
        // Starts only grow: a source that ended before this start meets no later target either.
        if (entry.end < span.start) continue;
        sets.union(entry.member, item);
        if (joined === null) joined = { member: item, end: entry.end };
        else if (entry.end > joined.end) joined.end = entry.end;
      }
      open = joined === null ? [] : [joined];
    }
    if (isSource(item)) {
      if (joined !== null) {
        if (span.end > joined.end) joined.end = span.end;
      } else {
        open.push({ member: item, end: span.end });
      }
    }
  }
}

/**
 * Single-linkage groups of items, in order of their first member. Items with
 * equal signatures relate to everything alike, so only the first of each
 * signature (its representative) is linked by `link`, which must join the
 * representatives as relating every pair of them would.
 */
export function groupByRepresentatives<T>(
  items: T[],
  signatureOf: (item: T) => string,
  related: (a: T, b: T) => boolean,
  link: (representatives: number[], sets: DisjointSets) => void,
): T[][] {
  const sets = new DisjointSets(items.length);
  const firstOf = new Map<string, number>();
  const twins: [number, number][] = [];
  items.forEach((item, index) => {
    const key = signatureOf(item);
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, index);
    else twins.push([first, index]);
  });
  const representatives = [...firstOf.values()];
  link(representatives, sets);
  // A twin shares its representative's neighbours; it joins the group when there are any, or when twins relate.
  const groupSize = new Map<number, number>();
  for (const index of representatives) groupSize.set(sets.find(index), (groupSize.get(sets.find(index)) ?? 0) + 1);
  for (const [first, twin] of twins) {
    if ((groupSize.get(sets.find(first)) ?? 0) > 1 || related(items[first]!, items[twin]!)) sets.union(first, twin);
  }
  const groups = new Map<number, T[]>();
  items.forEach((item, index) => {
    const root = sets.find(index);
    const group = groups.get(root);
    if (group) group.push(item);
    else groups.set(root, [item]);
  });
  return [...groups.values()];
}
