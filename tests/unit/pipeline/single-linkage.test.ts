/**
 * The linear sweep that event clustering uses must make exactly the groups
 * that joining every overlapping source–target pair one by one makes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisjointSets, joinOverlapping, type DaySpan } from '../../../src/pipeline/single-linkage';

const day = (n: number) => `2025-01-${String(n).padStart(2, '0')}`;

function groupsOf(sets: DisjointSets, size: number): number[][] {
  const groups = new Map<number, number[]>();
  for (let index = 0; index < size; index++) groups.set(sets.find(index), [...(groups.get(sets.find(index)) ?? []), index]);
  return [...groups.values()];
}

/** Items in start order; every item is a source, a target, both or neither. */
const itemsArbitrary = fc
  .array(fc.record({ start: fc.integer({ min: 1, max: 20 }), length: fc.integer({ min: 0, max: 6 }), role: fc.integer({ min: 0, max: 3 }) }), { maxLength: 40 })
  .map((items) => items.sort((a, b) => a.start - b.start).map(({ start, length, role }) => ({ span: { start: day(start), end: day(Math.min(28, start + length)) }, source: (role & 1) === 1, target: (role & 2) === 2 })));

describe('joinOverlapping', () => {
  it('makes the same groups as joining every overlapping pair', () => {
    fc.assert(
      fc.property(itemsArbitrary, (items) => {
        const order = items.map((_, index) => index);
        const swept = new DisjointSets(items.length);
        joinOverlapping(order, (index) => items[index]!.span, (index) => items[index]!.source, (index) => items[index]!.target, swept);
        const pairwise = new DisjointSets(items.length);
        items.forEach((source, s) => {
          for (let t = s + 1; t < items.length; t++) {
            if (source.source && items[t]!.target && items[t]!.span.start <= source.span.end) pairwise.union(s, t);
          }
        });
        expect(groupsOf(swept, items.length)).toEqual(groupsOf(pairwise, items.length));
      }),
    );
  });

  it('joins a source only with later targets that start before it ends', () => {
    const spans: DaySpan[] = [
      { start: day(1), end: day(3) }, // 0: source
      { start: day(2), end: day(2) }, // 1: target inside 0
      { start: day(4), end: day(9) }, // 2: target after 0 ended
      { start: day(5), end: day(5) }, // 3: source, and no target comes after it
    ];
    const sets = new DisjointSets(spans.length);
    joinOverlapping([0, 1, 2, 3], (index) => spans[index]!, (index) => index === 0 || index === 3, (index) => index === 1 || index === 2, sets);
    expect(sets.connected(0, 1)).toBe(true);
    expect(sets.connected(0, 2)).toBe(false);
    // A target never joins a source that comes after it, however they overlap.
    expect(sets.connected(2, 3)).toBe(false);
  });
});
