/**
 * Stage 6: a month- or year-level group joins the one day-level group it matches.
 */
import { pushTo, type Occurrence } from './model';
import { kindFamilies, sameHappening } from './same-happening';

/**
 * A month- or year-level group joins the day-level group it matches when it
 * matches exactly one. Day groups' members are indexed by the keys every
 * related pair shares (partnerKeys), so a vague report meets only plausible
 * partners; a group that joins is indexed in turn, since a later vague group
 * may match through it.
 */
export function joinVagueGroups(dayGroups: Occurrence[][], otherGroups: Occurrence[][]): Occurrence[][] {
  const result = [...dayGroups];
  const partners: PartnerIndex = new Map();
  const index = (member: Occurrence, group: number) => {
    for (const key of partnerKeys(member)) pushTo(partners, key, { member, group });
  };
  dayGroups.forEach((group, groupIndex) => {
    for (const member of group) index(member, groupIndex);
  });
  for (const group of otherGroups) {
    const vague = group.every((member) => member.date.precision === 'month' || member.date.precision === 'year');
    const match = vague ? onlyMatch(group, partners) : undefined;
    if (match === undefined) {
      result.push(group);
      continue;
    }
    const host = dayGroups[match]!;
    for (const member of group) {
      host.push(member);
      index(member, match);
    }
  }
  return result;
}

type PartnerIndex = Map<string, { member: Occurrence; group: number }[]>;

/** The one day group a member of `group` relates to; undefined when none or several. */
function onlyMatch(group: Occurrence[], partners: PartnerIndex): number | undefined {
  let found: number | undefined;
  for (const member of group) {
    for (const key of partnerKeys(member)) {
      for (const partner of partners.get(key) ?? []) {
        if (partner.group === found || !sameHappening(partner.member, member)) continue;
        if (found !== undefined) return undefined;
        found = partner.group;
      }
    }
  }
  return found;
}

/**
 * Keys that every pair of related reports has in common (see sameHappening):
 * a person and a year both spans touch, or, neither being a year, a kind
 * family and a month both spans touch.
 */
function partnerKeys(occurrence: Occurrence): string[] {
  const keys: string[] = [];
  const { start, end, precision } = occurrence.date;
  const firstYear = Number(start.slice(0, 4));
  const lastYear = Number(end.slice(0, 4));
  for (const person of occurrence.persons) for (let year = firstYear; year <= lastYear; year++) keys.push(`p|${person}|${year}`);
  if (precision === 'year') return keys;
  const firstMonth = firstYear * 12 + Number(start.slice(5, 7));
  const lastMonth = lastYear * 12 + Number(end.slice(5, 7));
  for (const family of new Set(kindFamilies(occurrence))) {
    for (let month = firstMonth; month <= lastMonth; month++) keys.push(`f|${family}|${month}`);
  }
  return keys;
}
