/**
 * Where recognisers overlap ("the same day" inside "later the same day", a
 * bare year inside chrono's full date), one mention wins.
 */
import type { Candidate } from './model';

/** Earliest first; at equal starts the longer wins; overlapping later ones are dropped. */
export function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    const last = kept.at(-1);
    if (last && candidate.start < last.end) continue;
    kept.push(candidate);
  }
  return kept;
}
