/**
 * Stage 5: month, year and ranged reports grouped with each other by single
 * linkage, apart from the day reports.
 */
import { groupByRepresentatives, joinOverlapping, type DisjointSets } from '../../single-linkage';
import { pushTo, type Occurrence } from './model';
import { kindFamilies, kindProfile, kindsAgree, sameHappening, signatureOf } from './same-happening';

export function groupVagueReports(occurrences: Occurrence[]): Occurrence[][] {
  const others = occurrences.filter((occurrence) => occurrence.date.precision !== 'day');
  return groupByRepresentatives(others, signatureOf, sameHappening, (representatives, sets) => linkOverlappingReports(others, representatives, sets));
}

/**
 * Vague and ranged reports (in date order) relate when their spans overlap and
 * they have a person in common and agreeing kinds, or a kind family in common
 * with one side naming nobody (see sameHappening). So a report meets only those
 * sharing a person or a kind family, and among those a sweep joins the
 * overlapping ones instead of testing every pair: linear in the reports.
 */
function linkOverlappingReports(items: Occurrence[], representatives: number[], sets: DisjointSets): void {
  const byPerson = new Map<string, number[]>();
  const byFamily = new Map<string, number[]>();
  for (const index of representatives) {
    const item = items[index]!;
    for (const person of item.persons) pushTo(byPerson, person, index);
    if (item.date.precision !== 'year') for (const family of new Set(kindFamilies(item))) pushTo(byFamily, family, index);
  }
  const spanOf = (index: number) => items[index]!.date;
  for (const members of byPerson.values()) {
    // With a person in common, whether two reports' kinds agree depends on their kinds alone: one sweep per kind profile.
    const profileOf = new Map(members.map((index) => [index, kindProfile(items[index]!)]));
    const samples = new Map<string, Occurrence>();
    for (const index of members) if (!samples.has(profileOf.get(index)!)) samples.set(profileOf.get(index)!, items[index]!);
    for (const [profile, sample] of samples) {
      const agreeing = new Set([...samples].filter(([, later]) => kindsAgree(sample, later)).map(([key]) => key));
      if (agreeing.size === 0) continue;
      joinOverlapping(members, spanOf, (index) => profileOf.get(index) === profile, (index) => agreeing.has(profileOf.get(index)!), sets);
    }
  }
  for (const members of byFamily.values()) {
    const namesNobody = (index: number) => items[index]!.persons.size === 0;
    joinOverlapping(members, spanOf, namesNobody, () => true, sets);
    joinOverlapping(members, spanOf, (index) => !namesNobody(index), namesNobody, sets);
  }
}
