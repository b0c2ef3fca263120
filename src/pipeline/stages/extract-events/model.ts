/**
 * The shapes the event stages hand one another, and the small helpers more
 * than one of them needs. Not a stage: types and pure helpers.
 */
import type { Article, DateMention, Evidence, Outlet, Precision, Entity } from '../../../lib/corpus/schema';
import type { EventKind } from '../../knowledge/event-triggers';

export interface EventContext {
  /** Days before the first and after the last publication that still count as the story's own period. */
  reportingMargin: { before: number; after: number };
}

export interface EventInput {
  articles: Article[];
  outlets: Outlet[];
  dates: DateMention[];
  entities: Entity[];
}

/** A dated sentence that reports a happening: the unit events are built from. */
export interface Occurrence {
  date: DateMention & { start: string; end: string; precision: Precision };
  article: Article;
  sentenceOrder: number;
  kinds: Set<EventKind>;
  primaryKind: EventKind;
  /** Who and where, from the date's own clause only: "amid Yoon's declaration" is not a participant of the call. */
  persons: Set<string>;
  places: Set<string>;
  organizations: Set<string>;
  /** The happening in the text's own words ("North Korea's launch of a hypersonic missile"), for titles with no named actor. */
  phrase: string;
  /** Who did what, from the happening word's clause ("passenger jet carrying 181 people crashed while landing at Muan"). */
  clause: string;
}

/**
 * Outcome verbs ("reaffirmed") and plain verbs of the action fallback ("Iwaya called on Choi") name no
 * kind of happening: with a person in common they join whatever that day's happening is.
 */
export const GENERIC_KINDS = new Set<EventKind>(['statement', 'action']);

/** An event before it has an id: what describe and buildTitle make of one group of occurrences. */
export interface Draft {
  title: string;
  start: string;
  end: string | undefined;
  precision: Precision;
  evidence: Evidence[];
  outlets: string[];
  main: boolean;
  primaryKind: EventKind;
  /** Every kind the members name but bare statements, the primary first. */
  kinds: EventKind[];
  persons: Set<string>;
  organizations: Set<string>;
  dateConflicts: string[];
}

export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export function uniqueEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((item) => {
    if (seen.has(item.sentenceId)) return false;
    seen.add(item.sentenceId);
    return true;
  });
}
