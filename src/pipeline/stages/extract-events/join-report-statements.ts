/**
 * Stage 4: what a body said on the day its report came out is the report's account.
 */
import type { Occurrence } from './model';

/** A saying verb: the report's content, told as what someone said. */
const SAYING = /\b(?:said|says|announced|stated|reported|told)\b/i;

/**
 * "Investigators said on Monday they had found feathers in both engines", on
 * the day the preliminary report came out: a group of plain sayings by no named
 * person joins that day's one report, when the day has exactly one. A day with
 * no report, or two, keeps the sayings as they are.
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
    guests.set(hosts[0]!, [...(guests.get(hosts[0]!) ?? []), ...group]);
    joined.add(index);
  });
  return dayGroups.flatMap((group, index) => (joined.has(index) ? [] : [[...group, ...(guests.get(index) ?? [])]]));
}
