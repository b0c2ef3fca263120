/**
 * Stage 2: day reports grouped by single linkage (same day, or a day apart
 * across outlets; see sameHappening). Statements naming nobody are left to
 * attachOrphanStatements.
 */
import { groupByRepresentatives, type DisjointSets } from '../../single-linkage';
import { shiftDay } from '../../text/days';
import type { Occurrence } from './model';
import { sameHappening, signatureOf } from './same-happening';

/** "Diplomats reaffirmed … on Jan. 13", naming nobody: no happening of its own, it joins its day's meeting or call. */
export const isOrphanStatement = (occurrence: Occurrence) => occurrence.primaryKind === 'statement' && occurrence.persons.size === 0;

export function groupDayReports(occurrences: Occurrence[]): Occurrence[][] {
  const days = occurrences.filter((occurrence) => occurrence.date.precision === 'day' && !isOrphanStatement(occurrence));
  return groupByRepresentatives(days, signatureOf, sameHappening, (representatives, sets) => linkWithinNextDay(days, representatives, sets));
}

/** Day reports (in date order) relate only within a day of each other: stop looking past the next day. */
function linkWithinNextDay(items: Occurrence[], representatives: number[], sets: DisjointSets): void {
  for (let a = 0; a < representatives.length; a++) {
    const left = representatives[a]!;
    const reach = shiftDay(items[left]!.date.start, 1);
    for (let b = a + 1; b < representatives.length; b++) {
      const right = representatives[b]!;
      if (items[right]!.date.start > reach) break;
      if (!sets.connected(left, right) && sameHappening(items[left]!, items[right]!)) sets.union(left, right);
    }
  }
}
