/**
 * Stage 4: what a body said on the day its report came out is the report's account.
 */
import { FUNCTION_WORDS } from '../../../lib/function-words';
import type { Occurrence } from './model';

/** A saying verb: the report's content, told as what someone said. */
const SAYING = /\b(?:said|says|announced|stated|reported|told)\b/i;

/** Who writes reports: "investigators said", "the panel told reporters". Kinds of body, not names. */
const REPORT_AUTHOR = /\b(?:investigators?|inspectors?|auditors?|examiners?|regulators?|board|panel|committee|commission|inquiry|task force|experts?)\b[^.;]{0,40}?\b(?:said|says|announced|stated|reported|told)\b/i;

/** Content-word stems of a clause (five letters say enough: "engines" / "engine"). */
function topicStems(clause: string): Set<string> {
  const words = clause.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return new Set(words.filter((word) => word.length >= 5 && !FUNCTION_WORDS.has(word) && !SAYING.test(word)).map((word) => word.slice(0, 5)));
}

/**
 * "Investigators said on Monday they had found feathers in both engines", on
 * the day the preliminary report came out: a group of plain sayings by no named
 * person joins that day's one report, when the day has exactly one and the
 * sayings are about what the report is about (an organisation or a content word
 * in common, or the speakers are the kind of body that writes reports). "Police said on Friday they had arrested two suspects" on the day
 * of an unrelated report stays apart. A day with no report, or two, keeps the
 * sayings as they are.
 */
export function joinReportStatements(dayGroups: Occurrence[][]): Occurrence[][] {
  const reportsByDay = new Map<string, number[]>();
  dayGroups.forEach((group, index) => {
    if (!group.some((member) => member.primaryKind === 'report')) return;
    for (const day of new Set(group.map((member) => member.date.start))) reportsByDay.set(day, [...(reportsByDay.get(day) ?? []), index]);
  });
  // Host index → the saying groups it takes in; the input groups are left as they are.
  const guests = new Map<number, Occurrence[]>();
  const joined = new Set<number>();
  dayGroups.forEach((group, index) => {
    const sayings = group.every((member) => member.primaryKind === 'action' && member.persons.size === 0 && SAYING.test(member.clause));
    if (!sayings) return;
    const days = new Set(group.map((member) => member.date.start));
    const hosts = [...days].flatMap((day) => reportsByDay.get(day) ?? []);
    if (days.size !== 1 || hosts.length !== 1) return;
    const host = dayGroups[hosts[0]!]!;
    const hostOrganizations = new Set(host.flatMap((member) => [...member.organizations]));
    const hostTopics = new Set(host.flatMap((member) => [...topicStems(member.clause)]));
    const related = group.every(
      (member) =>
        REPORT_AUTHOR.test(member.clause) ||
        [...member.organizations].some((name) => hostOrganizations.has(name)) ||
        [...topicStems(member.clause)].some((stem) => hostTopics.has(stem)),
    );
    if (!related) return;
    guests.set(hosts[0]!, [...(guests.get(hosts[0]!) ?? []), ...group]);
    joined.add(index);
  });
  return dayGroups.flatMap((group, index) => (joined.has(index) ? [] : [[...group, ...(guests.get(index) ?? [])]]));
}
