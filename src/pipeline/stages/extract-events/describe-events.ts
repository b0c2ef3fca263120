/**
 * Stage 7: one group of occurrences described as an event draft: its day
 * (the most precise, the one most outlets give), its evidence, outlets, kinds,
 * participants, and the days other outlets give instead.
 */
import type { Article, Precision } from '../../../lib/corpus/schema';
import type { EventKind } from '../../knowledge/event-triggers';
import { shiftDay } from '../../text/days';
import { clockInstant } from '../../text/timestamps';
import { countBy, GENERIC_KINDS, unique, uniqueEvidence, type Draft, type EventContext, type Occurrence } from './model';

const PRECISION_RANK: Record<Precision, number> = { day: 0, interval: 1, month: 2, year: 3 };

export function describe(members: Occurrence[], window: { from: string; to: string }, outletName: (id: string) => string): Omit<Draft, 'title'> {
  const dayVotes = countBy(members.filter((member) => member.date.precision === 'day').map((member) => member.date.start));
  const favouredDay = [...dayVotes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const best = [...members].sort(
    (a, b) =>
      PRECISION_RANK[a.date.precision] - PRECISION_RANK[b.date.precision] ||
      Number(b.date.start === favouredDay) - Number(a.date.start === favouredDay) ||
      spanLength(a) - spanLength(b),
  )[0]!;
  const dateConflicts =
    dayVotes.size > 1
      ? members
          .filter((member) => member.date.precision === 'day' && member.date.start !== best.date.start && !sameClockInstant(member, best))
          .map((member) => `${outletName(member.article.outletId ?? '')} dates it ${member.date.start} (“${member.date.text}”), others ${best.date.start}`)
      : [];
  const evidence = uniqueEvidence(
    members.map((member) => ({
      articleId: member.article.id,
      sentenceId: member.date.sentenceId,
      dateId: member.date.id,
      how: 'dated' as const,
      why: `dated by “${member.date.text}” (${member.date.value ?? member.date.start})`,
    })),
  );
  const outlets = unique(members.map((member) => member.article.outletId ?? member.article.id));
  const primaryKind = majorityKind(members);
  const persons = new Set(members.flatMap((member) => [...member.persons]));
  const organizations = new Set(members.flatMap((member) => [...member.organizations]));
  // The members' own main kinds, not every word near their dates: "attend the inauguration and explore a meeting" is no meeting.
  const kinds = unique([primaryKind, ...members.map((member) => member.primaryKind)].filter((kind) => kind !== 'statement'));
  const start = best.date.start;
  const end = best.date.precision === 'day' ? undefined : best.date.end;
  return {
    start,
    end,
    precision: best.date.precision,
    evidence,
    outlets,
    main: start <= window.to && (end ?? start) >= window.from,
    primaryKind,
    kinds: kinds.length > 0 ? kinds : [primaryKind],
    persons,
    organizations,
    dateConflicts: unique(dateConflicts),
  };
}

/**
 * "10:12 p.m. PT on Monday" and "1:12 a.m. ET on Tuesday": one moment told in two zones, each on its own calendar day,
 * is no disagreement about the day.
 */
function sameClockInstant(a: Occurrence, b: Occurrence): boolean {
  const textOf = (occurrence: Occurrence): string => occurrence.article.sentences.find((sentence) => sentence.id === occurrence.date.sentenceId)?.text ?? '';
  const first = clockInstant(textOf(a), a.date.start);
  return first !== null && first === clockInstant(textOf(b), b.date.start);
}

function spanLength(occurrence: Occurrence): number {
  return Date.parse(`${occurrence.date.end}T00:00:00Z`) - Date.parse(`${occurrence.date.start}T00:00:00Z`);
}

function majorityKind(members: Occurrence[]): EventKind {
  const counts = new Map<EventKind, number>();
  for (const member of members) {
    if (GENERIC_KINDS.has(member.primaryKind)) continue;
    counts.set(member.primaryKind, (counts.get(member.primaryKind) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? members[0]?.primaryKind ?? 'statement';
}

/** The story's own period: from a margin before the first publication to a margin after the last. */
export function reportingWindow(articles: Article[], margin: EventContext['reportingMargin']): { from: string; to: string } {
  const days = articles.map((article) => article.publishedAt?.slice(0, 10)).filter((day): day is string => Boolean(day)).sort();
  if (days.length === 0) return { from: '0000-01-01', to: '9999-12-31' };
  return { from: shiftDay(days[0]!, -margin.before), to: shiftDay(days[days.length - 1]!, margin.after) };
}
