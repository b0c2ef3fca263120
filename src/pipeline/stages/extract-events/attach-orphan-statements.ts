/**
 * Stage 3: statements naming nobody join their day's most reported meeting or call.
 */
import { familyOf } from '../../knowledge/event-triggers';
import type { Occurrence } from './model';

const STATEMENT_HOSTS = new Set([familyOf('meeting'), familyOf('call')]);

/**
 * "Diplomats reaffirmed … on Jan. 13", naming nobody: it joins that day's most
 * reported meeting or call (the first of equals), if any. Hosts are found by day.
 */
export function attachOrphanStatements(dayGroups: Occurrence[][], statements: Occurrence[]): void {
  const hostsByDay = new Map<string, number[]>();
  const addHost = (day: string, groupIndex: number) => {
    const hosts = hostsByDay.get(day);
    if (!hosts) hostsByDay.set(day, [groupIndex]);
    else if (hosts[hosts.length - 1] !== groupIndex) hosts.push(groupIndex);
  };
  const outlets = dayGroups.map((group) => new Set(group.map((member) => member.article.outletId)));
  dayGroups.forEach((group, groupIndex) => {
    for (const member of group) if (STATEMENT_HOSTS.has(familyOf(member.primaryKind))) addHost(member.date.start, groupIndex);
  });
  for (const statement of statements) {
    let host: number | undefined;
    for (const candidate of hostsByDay.get(statement.date.start) ?? []) {
      if (host === undefined || outlets[candidate]!.size > outlets[host]!.size) host = candidate;
    }
    if (host !== undefined) {
      // The host already hosts this day: the index stays as it is.
      dayGroups[host]!.push(statement);
      outlets[host]!.add(statement.article.outletId);
    } else {
      dayGroups.push([statement]);
      outlets.push(new Set([statement.article.outletId]));
      if (STATEMENT_HOSTS.has(familyOf(statement.primaryKind))) addHost(statement.date.start, dayGroups.length - 1);
    }
  }
}
