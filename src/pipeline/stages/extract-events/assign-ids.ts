/**
 * Stage 10: drafts in date order become events with stable ids ("ev-2025-01-13-meeting", then "-2").
 */
import type { TimelineEvent } from '../../../lib/corpus/schema';
import type { Draft } from './model';

export function assignIds(drafts: Draft[]): TimelineEvent[] {
  const sorted = [...drafts].sort((a, b) => a.start.localeCompare(b.start) || b.outlets.length - a.outlets.length || a.title.localeCompare(b.title));
  const used = new Map<string, number>();
  return sorted.map((draft) => {
    const base = `ev-${draft.start}-${draft.primaryKind}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    const event: TimelineEvent = {
      id: count === 1 ? base : `${base}-${count}`,
      title: draft.title,
      start: draft.start,
      precision: draft.precision,
      evidence: draft.evidence,
      outlets: draft.outlets,
      main: draft.main,
      kinds: draft.kinds,
      participants: [...draft.persons, ...draft.organizations].sort(),
    };
    if (draft.end !== undefined) event.end = draft.end;
    if (draft.dateConflicts.length > 0) event.dateConflicts = draft.dateConflicts;
    return event;
  });
}
