/**
 * Stage 3: statements naming nobody join their day's most reported meeting or call. Failing one, a statement by a
 * body joins another outlet's statement of that day by the same body about the same thing.
 */
import { familyOf } from '../../knowledge/event-triggers';
import type { Occurrence } from './model';
import { sameObject } from './same-happening';

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
  const statementGroups: number[] = [];
  for (const statement of statements) {
    let host: number | undefined;
    for (const candidate of hostsByDay.get(statement.date.start) ?? []) {
      if (host === undefined || outlets[candidate]!.size > outlets[host]!.size) host = candidate;
    }
    if (host !== undefined) {
      // The host already hosts this day: the index stays as it is.
      dayGroups[host]!.push(statement);
      outlets[host]!.add(statement.article.outletId);
      continue;
    }
    // "Halden Foods agreed on Monday to buy Brightwater" in two outlets: one body's one statement that day. It joins
    // another outlet's statement of that day by the same body about the same thing.
    const twin = statementGroups.find(
      (index) =>
        dayGroups[index]![0]!.date.start === statement.date.start &&
        !outlets[index]!.has(statement.article.outletId) &&
        dayGroups[index]!.some((member) => [...member.organizations].some((id) => statement.organizations.has(id)) && sameObject(member, statement)),
    );
    if (twin !== undefined) {
      dayGroups[twin]!.push(statement);
      outlets[twin]!.add(statement.article.outletId);
    } else {
      if (statement.organizations.size > 0) statementGroups.push(dayGroups.length);
      dayGroups.push([statement]);
      outlets.push(new Set([statement.article.outletId]));
      if (STATEMENT_HOSTS.has(familyOf(statement.primaryKind))) addHost(statement.date.start, dayGroups.length - 1);
    }
  }
}
