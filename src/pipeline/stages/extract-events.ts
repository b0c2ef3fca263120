import type { Article, DateMention, Entity, Evidence, Outlet, Precision, TimelineEvent } from '../../lib/corpus/schema';
import { familyOf, findActionVerbs, findTriggers, KIND_LABEL, type EventKind, type Trigger } from '../knowledge/event-triggers';
import { indexMentions, type MentionIndex } from '../mention-index';
import { DisjointSets, joinOverlapping } from '../single-linkage';
import type { Stage } from '../types';

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
interface Occurrence {
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

/** How far (in characters) a trigger may stand from the date and still describe it. */
const TRIGGER_REACH = 30;
/** How far a plain verb may stand from a day and still report what was done on it ("On Monday, acting President Choi ordered"). */
const ACTION_REACH = 60;
/** How far the happening word may stand from a month or year and still be dated by it. */
const VAGUE_TRIGGER_REACH = 60;
/** How far a verb may follow a month or year that opens the sentence ("In May 2023, Prime Minister Kishida laid"). */
const OPENING_ACTION_REACH = 40;
const SCANNED_KINDS = new Set(['headline', 'caption', 'body']);

/**
 * Find events: every dated sentence whose nearby words report a happening
 * becomes an occurrence (not the landmark an "after" clause recalls, nor the
 * day a span ends; a reaction to a happening is its own); occurrences of the
 * same happening across articles (same or containing date, compatible kind,
 * shared participants; for a crash, verdict or election the same kind that day,
 * or a day off in another outlet, shown as a date conflict) are grouped into
 * one event.
 */
export const extractEvents: Stage<EventContext, EventInput, TimelineEvent[]> = (context, input) => {
  const mentionsBySentence = indexMentions(input.entities);
  const entityById = new Map(input.entities.map((entity) => [entity.id, entity]));
  const occurrences = findOccurrences(input, mentionsBySentence);
  const clusters = cluster(occurrences);
  const window = reportingWindow(input.articles, context.reportingMargin);
  const outletNames = new Map(input.outlets.map((outlet) => [outlet.id, outlet.name]));
  const outletName = (id: string) => outletNames.get(id) ?? id;
  const drafts = clusters.map((members) => describe(members, entityById, mentionsBySentence, window, outletName));
  const readingOrder = new Map(input.articles.flatMap((article, articleIndex) => article.sentences.map((sentence, index) => [sentence.id, articleIndex * 1e6 + index] as const)));
  const outletOrder = new Map(input.outlets.map((outlet, index) => [outlet.id, index]));
  for (const draft of drafts) {
    draft.evidence.sort((a, b) => (readingOrder.get(a.sentenceId) ?? 0) - (readingOrder.get(b.sentenceId) ?? 0));
    draft.outlets.sort((a, b) => (outletOrder.get(a) ?? 0) - (outletOrder.get(b) ?? 0));
  }
  return assignIds(drafts);
};

function findOccurrences(input: EventInput, mentions: MentionIndex): Occurrence[] {
  const articleById = new Map(input.articles.map((article) => [article.id, article]));
  const sentenceOrder = new Map<string, number>();
  for (const article of input.articles) article.sentences.forEach((sentence, order) => sentenceOrder.set(sentence.id, order));
  const sentenceById = new Map(input.articles.flatMap((article) => article.sentences.map((sentence) => [sentence.id, sentence] as const)));

  const datesBySentence = new Map<string, DateMention[]>();
  for (const date of input.dates) {
    if (date.start === null || date.end === null || date.precision === null) continue;
    const list = datesBySentence.get(date.sentenceId);
    if (list) list.push(date);
    else datesBySentence.set(date.sentenceId, [date]);
  }

  const occurrences: Occurrence[] = [];
  for (const [sentenceId, dates] of datesBySentence) {
    const sentence = sentenceById.get(sentenceId);
    const article = articleById.get(dates[0]!.articleId);
    if (!sentence || !article || !SCANNED_KINDS.has(sentence.kind)) continue;
    const triggers = findTriggers(sentence.text);
    const boundaries = clauseBoundaries(sentence.text);
    const clauseAround = (start: number, end: number) => clauseOf(boundaries, sentence.text.length, start, end);
    // A broad expression next to a precise one ("Earlier this week … on Jan. 7") adds nothing.
    // Compared by distinct span, so a sentence listing thousands of dates stays linear.
    const spans = [...new Map(dates.map((date) => [`${date.start}|${date.end}`, date])).values()];
    const broad = new Set(spans.filter((span) => spans.some((other) => strictlyInside(other, span))).map((span) => `${span.start}|${span.end}`));
    const precise = dates.filter((date) => !broad.has(`${date.start}|${date.end}`));
    // "mourning until Jan. 4": the day a happening ends is not the day it happened, nor does it split the sentence.
    const sorted = precise.filter((date) => !isEndBound(sentence.text, date)).sort((a, b) => a.charStart - b.charStart);
    sorted.forEach((date, position) => {
      // Each date owns the part of the sentence nearer to it than to any other date.
      const from = position === 0 ? 0 : midpoint(sorted[position - 1]!, date);
      const to = position === sorted.length - 1 ? sentence.text.length : midpoint(date, sorted[position + 1]!);
      const [clauseFrom, clauseTo] = clauseAround(date.charStart, date.charEnd);
      const own = triggers.filter(
        (trigger) =>
          trigger.start >= from &&
          trigger.end <= to &&
          !isRelationalReference(sentence.text, trigger, date) &&
          !inLandmarkClause(sentence.text, clauseAround(trigger.start, trigger.end), trigger, date),
      );
      const byDistance = (a: Trigger, b: Trigger) => distance(a, date) - distance(b, date);
      // "met in Santiago on Tuesday to discuss the border": the meeting is the happening, the outcome verb what was done there.
      const specificFirst = (a: Trigger, b: Trigger) => Number(a.kind === 'statement') - Number(b.kind === 'statement') || byDistance(a, b);
      const inClause = own.filter((trigger) => trigger.start >= clauseFrom && trigger.end <= clauseTo).sort(specificFirst);
      // No happening word of a known kind: a verb in the date's own clause still says something was done that day.
      // Not for a date that modifies a noun ("his Dec 3 decree", "the Jan. 27 report"): the verb is not what it dates.
      const modifiesNoun = /(?:\b(?:his|her|its|their|the|a|an|this|that)|['’]s)\s+$/i.test(sentence.text.slice(Math.max(0, date.charStart - 12), date.charStart));
      const actions =
        inClause.length === 0 && own.length === 0 && date.precision === 'day' && !modifiesNoun
          ? findActionVerbs(sentence.text)
              .filter(
                (verb) =>
                  verb.start >= from &&
                  verb.end <= to &&
                  distance(verb, date) <= ACTION_REACH &&
                  !inLandmarkClause(sentence.text, clauseAround(verb.start, verb.end), verb, date),
              )
              .sort(byDistance)
          : [];
      let nearest = inClause[0] ?? [...own].sort(byDistance)[0] ?? actions[0];
      // A month or a year far from any happening word is scene-setting ("this year"), not an event date…
      if (nearest && date.precision !== 'day' && distance(nearest, date) > VAGUE_TRIGGER_REACH) nearest = undefined;
      // …unless it opens the sentence and a verb follows it: "In May 2023, Kishida laid a wreath …".
      if (!nearest && date.precision !== 'day' && opensSentence(sentence.text, date)) {
        nearest = findActionVerbs(sentence.text).filter((verb) => verb.start >= date.charEnd && verb.end <= to && distance(verb, date) <= OPENING_ACTION_REACH).sort(byDistance)[0];
      }
      if (!nearest) return;
      // "Kamikawa issued a statement on Saturday congratulating Lai on his election": what the date reports is the
      // reaction; the happening it speaks of is its subject matter, and the speaker alone is its actor.
      const reaction = nearest.kind !== 'action' && nearest.kind !== 'statement' ? reactionBefore(sentence.text, from, nearest) : null;
      if (reaction) {
        const speakers = (mentions.get(sentenceId) ?? []).filter((mention) => mention.start >= from && mention.end <= reaction.start);
        const ofType = (type: Entity['type']) => new Set(speakers.filter((mention) => mention.type === type).map((mention) => mention.entityId));
        const [reactionFrom, reactionTo] = clauseAround(reaction.start, reaction.end);
        occurrences.push({
          date: date as Occurrence['date'],
          article,
          sentenceOrder: sentenceOrder.get(sentenceId) ?? 0,
          kinds: new Set(['action']),
          primaryKind: 'action',
          persons: ofType('person'),
          places: ofType('place'),
          organizations: ofType('organization'),
          phrase: phraseAround(sentence.text, reaction, [Math.min(clauseFrom, reactionFrom), Math.max(clauseTo, reactionTo)], date),
          clause: clauseAbout(sentence.text, reaction, [reactionFrom, reactionTo], date),
        });
        return;
      }
      const kinds = new Set(own.filter((trigger) => distance(trigger, date) <= TRIGGER_REACH).map((trigger) => trigger.kind));
      kinds.add(nearest.kind);
      // The actors stand in the date's clause or the happening word's ("On the same day, Ortega visited …").
      const [triggerFrom, triggerTo] = clauseAround(nearest.start, nearest.end);
      const inActorClauses = (start: number, end: number) => (start >= clauseFrom && end <= clauseTo) || (start >= triggerFrom && end <= triggerTo);
      const inClauseMentions = (mentions.get(sentenceId) ?? []).filter((mention) => inActorClauses(mention.start, mention.end));
      const ofType = (type: Entity['type']) => new Set(inClauseMentions.filter((mention) => mention.type === type).map((mention) => mention.entityId));
      occurrences.push({
        date: date as Occurrence['date'],
        article,
        sentenceOrder: sentenceOrder.get(sentenceId) ?? 0,
        kinds,
        primaryKind: nearest.kind,
        persons: ofType('person'),
        places: ofType('place'),
        organizations: ofType('organization'),
        phrase: phraseAround(sentence.text, nearest, [Math.min(clauseFrom, triggerFrom), Math.max(clauseTo, triggerTo)], date),
        clause: clauseAbout(sentence.text, nearest, [triggerFrom, triggerTo], date),
      });
    });
  }
  return occurrences.sort(
    (a, b) => a.date.start.localeCompare(b.date.start) || a.article.id.localeCompare(b.article.id) || a.sentenceOrder - b.sentenceOrder,
  );
}

/**
 * The clause holding the date: commas, semicolons, dashes and subordinating
 * words ("amid", "following") bound it.
 */
function clauseBoundaries(text: string): { index: number; end: number }[] {
  const boundary = /[;:—–]|\s-{1,2}\s|,(?=\s)|\s(?=(?:amid|following|despite|while|whereas|although|as|ahead of|after|before|until|since)\s)/g;
  return Array.from(text.matchAll(boundary), (match) => ({ index: match.index, end: match.index + match[0].length }));
}

/** Boundaries found once per sentence and searched by bisection: long sentences with many dates stay linear. */
function clauseOf(boundaries: { index: number; end: number }[], length: number, start: number, end: number): [number, number] {
  // The last boundary ending at or before `start` opens the clause…
  let low = 0;
  let high = boundaries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (boundaries[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  const from = low > 0 ? boundaries[low - 1]!.end : 0;
  // …and the first later boundary starting at or after `end` closes it.
  let next = low;
  while (next < boundaries.length && boundaries[next]!.index < end) next++;
  return [from, next < boundaries.length ? boundaries[next]!.index : length];
}

/**
 * "a week ahead of Trump's inauguration": the inauguration is a landmark, not
 * what the date reports — unless the date sits inside that phrase
 * ("following last month's impeachment").
 */
/**
 * The happening word with its owner before it (capitalised or possessive words:
 * "Kamikawa's trip", "the Second … Dialogue") and a few words after it, stopping
 * at the clause's edge and at the date itself.
 */
function phraseAround(text: string, trigger: Trigger, [from, to]: [number, number], date: DateMention): string {
  let start = trigger.start;
  const before = text.slice(Math.max(from, trigger.start - 80), trigger.start);
  const owner = /(?:(?:\p{Lu}[\p{L}.'’-]*|[\p{L}.-]+['’]s?)\s+){1,5}$/u.exec(before);
  if (owner) start = trigger.start - before.length + owner.index;
  let end = trigger.end;
  const after = /^(?:\s+[^\s,;:—–()]+){0,4}/u.exec(text.slice(trigger.end, Math.min(to, trigger.end + 60)));
  if (after) end = trigger.end + after[0].length;
  if (date.charStart >= trigger.end) end = Math.min(end, date.charStart);
  if (date.charEnd <= trigger.start) start = Math.max(start, date.charEnd);
  return text
    .slice(Math.max(start, from), end)
    .replace(/[\s.,;:!?"“”]+$/u, '')
    .replace(/\s+(?:on|in|at|of|to|for|with|and|or|the|a|an|by|from|which|that|who|as)$/iu, '')
    .trim();
}

/** Words that open a clause without naming anyone: dropped from the front of a title. */
const LEADING_FILLER = /^(?:(?:on|in|at|by|and|but|then|also|late|early|later|earlier|meanwhile|a|an|the|that|which|who|as|after|before)\s+)+/i;

/**
 * Who did what, in the text's words: up to six words before the happening word
 * and five after it, inside its clause, without the date.
 */
function clauseAbout(text: string, trigger: Trigger, [from, to]: [number, number], date: DateMention): string {
  const dateless = (start: number, end: number) =>
    text
      .slice(start, end)
      .replace(text.slice(date.charStart, date.charEnd), ' ')
      .replace(/\s+/g, ' ')
      .trim();
  // Six words before the happening word, or back to the capitalised word that starts its subject
  // ("Jeju Air CEO Kim E-bae bowed his head", not "head at a press briefing").
  const words = dateless(from, trigger.start).split(' ').filter(Boolean);
  let first = Math.max(0, words.length - 6);
  for (let index = first; index > Math.max(0, words.length - 10) && !/^\p{Lu}/u.test(words[index]!); index--) {
    if (/^\p{Lu}/u.test(words[index - 1]!)) first = index - 1;
  }
  const before = words.slice(first).join(' ').replace(LEADING_FILLER, '');
  const after = dateless(trigger.end, Math.min(to, date.charStart > trigger.end ? date.charStart : to)).split(' ').filter(Boolean).slice(0, 5).join(' ');
  return `${before} ${text.slice(trigger.start, trigger.end)} ${after}`
    .replace(/[\s.,;:!?"“”]+$/u, '')
    .replace(/\s+(?:on|in|at|of|to|for|with|and|or|the|a|an|by|from|which|that|who|as|its|their|his|her)$/iu, '')
    .replace(/^[,;:\s]+/, '')
    .trim();
}

/**
 * "ordered checks on Monday, a day after a jet crashed at Muan": the crash
 * stands in a clause opened by "after", "since"… that the date is not in; it
 * is a landmark of the dated happening, not what the date reports.
 */
export function inLandmarkClause(text: string, [from, to]: [number, number], trigger: Trigger, date: DateMention): boolean {
  if (date.charStart >= from && date.charEnd <= to) return false;
  // "after the courtesy call and will visit Palau": an "and" ends the landmark.
  const lead = text.slice(from, trigger.start);
  return /^\s*(?:after|before|following|since|ahead of|prior to|until)\s/i.test(lead) && !/\s(?:and|or|then|but)\s/i.test(lead);
}

/** Verbs of reacting to a happening: a statement, congratulations, protest. */
const REACTION_VERB = /\b(?:insist(?:s|ed)|congratulat(?:es|ed|ing)|criticis(?:es|ed)|criticiz(?:es|ed)|condemn(?:s|ed)|welcom(?:es|ed)|denounc(?:es|ed)|protest(?:s|ed)|responded|reacted|issued a statement|lodged)\b/gi;

/** The first reaction verb between the start of the date's part of the sentence and the happening word. */
function reactionBefore(text: string, from: number, trigger: Trigger): Trigger | null {
  for (const match of text.slice(from, trigger.start).matchAll(REACTION_VERB)) {
    return { kind: 'action', start: from + match.index, end: from + match.index + match[0].length };
  }
  return null;
}

/** A date that closes a span ("until Jan. 4", "through Friday"): when something ends, not when it happened. */
function isEndBound(text: string, date: DateMention): boolean {
  const lead = text.slice(Math.max(0, date.charStart - 10), date.charStart);
  if (date.precision !== 'day' || date.start !== date.end) return false;
  return /\b(?:until|till|through)\s+$/i.test(lead) || /^(?:until|till|through)\b/i.test(date.text);
}

function isRelationalReference(text: string, trigger: Trigger, date: DateMention): boolean {
  const before = text.slice(Math.max(0, trigger.start - 48), trigger.start);
  const match = /\b(ahead of|before|after|following|until|prior to)\s+((?:[\p{L}.'’-]+\s+){0,3})$/u.exec(before);
  if (!match) return false;
  const phraseStart = trigger.start - before.length + match.index;
  return !(date.charStart >= phraseStart && date.charEnd <= trigger.end);
}

function distance(trigger: Trigger, date: DateMention): number {
  if (trigger.end <= date.charStart) return date.charStart - trigger.end;
  if (trigger.start >= date.charEnd) return trigger.start - date.charEnd;
  return 0;
}

/** "In May 2023, …", "Last November, …": the date stands first and a comma closes it. */
function opensSentence(text: string, date: DateMention): boolean {
  return text.slice(0, date.charStart).trim() === '' || /^\s*(?:in|on|last|early|late|by)\s*$/i.test(text.slice(0, date.charStart))
    ? /^\s*,/.test(text.slice(date.charEnd))
    : false;
}

const midpoint = (left: DateMention, right: DateMention) => Math.floor((left.charEnd + right.charStart) / 2);

function strictlyInside(inner: DateMention, outer: DateMention): boolean {
  return (
    inner.start !== null && inner.end !== null && outer.start !== null && outer.end !== null &&
    inner.start >= outer.start && inner.end <= outer.end && (inner.start !== outer.start || inner.end !== outer.end)
  );
}

/**
 * Group occurrences in two passes. Day reports group with day reports, and
 * vague or ranged reports with each other; then a month- or year-level group
 * joins the one day-level group it matches. Never more than one: "this year's
 * meeting" must not chain every January event into one.
 */
function cluster(occurrences: Occurrence[]): Occurrence[][] {
  const isOrphanStatement = (occurrence: Occurrence) => occurrence.primaryKind === 'statement' && occurrence.persons.size === 0;
  const days = occurrences.filter((occurrence) => occurrence.date.precision === 'day' && !isOrphanStatement(occurrence));
  const others = occurrences.filter((occurrence) => occurrence.date.precision !== 'day');
  const dayGroups = singleLinkage(days, (representatives, sets) => linkWithinNextDay(days, representatives, sets));
  attachOrphanStatements(
    dayGroups,
    occurrences.filter((occurrence) => occurrence.date.precision === 'day' && isOrphanStatement(occurrence)),
  );
  const otherGroups = singleLinkage(others, (representatives, sets) => linkOverlappingReports(others, representatives, sets));
  return joinVagueGroups(dayGroups, otherGroups);
}

const occurrenceFamilies = new WeakMap<Occurrence, string[]>();
const STATEMENT_HOSTS = new Set([familyOf('meeting'), familyOf('call')]);

/**
 * Single-linkage groups of occurrences, in order of their first member.
 * Occurrences with equal signatures relate to everything alike, so only the
 * first of each signature (its representative) is linked by `link`, which must
 * join the representatives as relating every pair of them would.
 */
function singleLinkage(items: Occurrence[], link: (representatives: number[], sets: DisjointSets) => void): Occurrence[][] {
  const sets = new DisjointSets(items.length);
  const firstOf = new Map<string, number>();
  const twins: [number, number][] = [];
  items.forEach((item, index) => {
    const key = signatureOf(item);
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, index);
    else twins.push([first, index]);
  });
  const representatives = [...firstOf.values()];
  link(representatives, sets);
  // A twin shares its representative's neighbours; it joins the group when there are any, or when twins relate.
  const groupSize = new Map<number, number>();
  for (const index of representatives) groupSize.set(sets.find(index), (groupSize.get(sets.find(index)) ?? 0) + 1);
  for (const [first, twin] of twins) {
    if ((groupSize.get(sets.find(first)) ?? 0) > 1 || sameHappening(items[first]!, items[twin]!)) sets.union(first, twin);
  }
  const groups = new Map<number, Occurrence[]>();
  items.forEach((item, index) => pushTo(groups, sets.find(index), item));
  return [...groups.values()];
}

/** Day reports (in date order) relate only within a day of each other: stop looking past the next day. */
function linkWithinNextDay(items: Occurrence[], representatives: number[], sets: DisjointSets): void {
  for (let a = 0; a < representatives.length; a++) {
    const left = representatives[a]!;
    const reach = shiftDay(items[left]!.date.start, 1);
    for (let b = a + 1; b < representatives.length; b++) {
      const right = representatives[b]!;
      if (items[right]!.date.start > reach) break;
      if (!sets.connected(left, right) && sameHappening(items[left]!, items[right]!)) sets.union(left, right);
    }
  }
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

/** Everything kindsAgree reads. */
function kindProfile(occurrence: Occurrence): string {
  return `${occurrence.primaryKind}|${[...occurrence.kinds].sort().join(',')}`;
}

/**
 * "Diplomats reaffirmed … on Jan. 13", naming nobody: it joins that day's most
 * reported meeting or call (the first of equals), if any. Hosts are found by day.
 */
function attachOrphanStatements(dayGroups: Occurrence[][], statements: Occurrence[]): void {
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

/**
 * A month- or year-level group joins the day-level group it matches when it
 * matches exactly one. Day groups' members are indexed by the keys every
 * related pair shares (partnerKeys), so a vague report meets only plausible
 * partners; a group that joins is indexed in turn, since a later vague group
 * may match through it.
 */
function joinVagueGroups(dayGroups: Occurrence[][], otherGroups: Occurrence[][]): Occurrence[][] {
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

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Everything sameHappening reads: occurrences with equal signatures relate to others alike. */
function signatureOf(occurrence: Occurrence): string {
  const { date, article } = occurrence;
  return [date.start, date.end, date.precision, article.outletId, occurrence.primaryKind, [...occurrence.kinds].sort().join(','), [...occurrence.persons].sort().join(','), [...occurrence.organizations].sort().join(',')].join('|');
}

function sameHappening(a: Occurrence, b: Occurrence): boolean {
  const sharedPersons = countShared(a.persons, b.persons);
  // Outlets that date one happening a day apart: the same people doing the same kind of thing, or one crash,
  // verdict or election told by one outlet a day off (shown as a date conflict).
  if (oneDayApart(a, b)) {
    if (a.article.outletId === b.article.outletId || familyOf(a.primaryKind) !== familyOf(b.primaryKind)) return false;
    return sharedPersons >= 2 || (isSingular(a) && (sharedPersons > 0 || a.persons.size === 0 || b.persons.size === 0));
  }
  if (!spansAgree(a, b)) return false;
  if (sharedPersons > 0) return kindsAgree(a, b);
  // "The Taiwan Affairs Office said on Saturday …" in two outlets: one body's one act that day, naming no person.
  if (
    bothDays(a, b) &&
    a.primaryKind === 'action' &&
    b.primaryKind === 'action' &&
    a.article.outletId !== b.article.outletId &&
    a.persons.size === 0 &&
    b.persons.size === 0 &&
    countShared(a.organizations, b.organizations) > 0
  ) {
    return true;
  }
  // A crash, a verdict, an election: a story has one of each kind a day, whoever each outlet names in it.
  if (bothDays(a, b) && isSingular(a) && familyOf(a.primaryKind) === familyOf(b.primaryKind)) return true;
  // Nobody in common: the same kind family, with one side naming nobody.
  // A year is too vague to identify a happening by its kind alone: the same people must be named.
  const eitherYear = a.date.precision === 'year' || b.date.precision === 'year';
  return !eitherYear && (a.persons.size === 0 || b.persons.size === 0) && familiesMeet(a, b);
}

/** With a person in common: the same kind family, or outcome verbs ("reaffirmed") not naming two different happenings. */
function kindsAgree(a: Occurrence, b: Occurrence): boolean {
  return familiesMeet(a, b) || ((isGeneric(a) || isGeneric(b)) && !distinctHappenings(a, b));
}

function familiesMeet(a: Occurrence, b: Occurrence): boolean {
  const theirs = kindFamilies(b);
  return kindFamilies(a).some((family) => theirs.includes(family));
}

function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared;
}

/**
 * Outcome verbs ("reaffirmed") and plain verbs of the action fallback ("Iwaya called on Choi") name no
 * kind of happening: with a person in common they join whatever that day's happening is.
 */
const GENERIC_KINDS = new Set<EventKind>(['statement', 'action']);
const isGeneric = (occurrence: Occurrence) => [...occurrence.kinds].some((kind) => GENERIC_KINDS.has(kind));

/**
 * Kinds a story seldom has two of on one day (a crash, a verdict, an election), unlike meetings and calls:
 * reports of one on the same day are one happening even when outlets name different people in it.
 */
const SINGULAR_KINDS = new Set<EventKind>(['disaster', 'verdict', 'sentencing', 'election', 'inauguration']);
const isSingular = (occurrence: Occurrence) => SINGULAR_KINDS.has(occurrence.primaryKind);

/** Two different specific kinds (a call vs a dialogue) are different happenings even on one day. */
function distinctHappenings(a: Occurrence, b: Occurrence): boolean {
  return !GENERIC_KINDS.has(a.primaryKind) && !GENERIC_KINDS.has(b.primaryKind) && !kindFamilies(a).includes(familyOf(b.primaryKind));
}

function kindFamilies(occurrence: Occurrence): string[] {
  let found = occurrenceFamilies.get(occurrence);
  if (found === undefined) {
    found = [...occurrence.kinds].filter((kind) => !GENERIC_KINDS.has(kind)).map(familyOf);
    occurrenceFamilies.set(occurrence, found);
  }
  return found;
}

const bothDays = (a: Occurrence, b: Occurrence) => a.date.precision === 'day' && b.date.precision === 'day';

function oneDayApart(a: Occurrence, b: Occurrence): boolean {
  return a.date.precision === 'day' && b.date.precision === 'day' && (shiftDay(a.date.start, 1) === b.date.start || shiftDay(b.date.start, 1) === a.date.start);
}

/**
 * Day reports agree on the same day; vague reports (a month, a year) agree
 * with a day inside them; ranges agree with overlapping ranges only, because
 * "a trip through Thursday" is not the Monday meeting inside it.
 */
function spansAgree(a: Occurrence, b: Occurrence): boolean {
  const [ad, bd] = [a.date, b.date];
  if (ad.precision === 'day' && bd.precision === 'day') return ad.start === bd.start;
  if (ad.precision === 'day' || bd.precision === 'day') {
    const [day, vague] = ad.precision === 'day' ? [ad, bd] : [bd, ad];
    return vague.precision !== 'interval' && day.start >= vague.start && day.start <= vague.end;
  }
  return ad.start <= bd.end && bd.start <= ad.end;
}

interface Draft {
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

const PRECISION_RANK: Record<Precision, number> = { day: 0, interval: 1, month: 2, year: 3 };

function describe(
  members: Occurrence[],
  entityById: Map<string, Entity>,
  mentions: MentionIndex,
  window: { from: string; to: string },
  outletName: (id: string) => string,
): Draft {
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
          .filter((member) => member.date.precision === 'day' && member.date.start !== best.date.start)
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
    title: buildTitle(primaryKind, members, entityById, mentions),
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

/** Kinds a reader knows by who took part ("Meeting: Iwaya and Cho in Seoul"); others are titled by what happened. */
const NAMED_BY_PARTICIPANTS = new Set<EventKind>(['call', 'meeting', 'visit', 'dialogue', 'announcement', 'declaration', 'statement']);

/**
 * "Meeting: Iwaya and Cho in Seoul". People are named by the short form the
 * texts use for them (a surname alone, when the texts use one).
 */
function buildTitle(kind: EventKind, members: Occurrence[], entityById: Map<string, Entity>, mentions: MentionIndex): string {
  const clausePersons = members.flatMap((member) => [...member.persons]);
  const sentencePersons = members.flatMap((member) =>
    unique((mentions.get(member.date.sentenceId) ?? []).filter((mention) => mention.type === 'person').map((mention) => mention.entityId)),
  );
  // The date's own clause names the actors; the whole sentence only when the clause names nobody.
  const personCounts = countBy(clausePersons.length > 0 ? clausePersons : sentencePersons);
  const people = [...personCounts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 2)
    .map(([id]) => shortName(entityById.get(id)));
  const placeCounts = countBy(members.flatMap((member) => [...member.places].filter((place) => namedAfterIn(place, member, mentions))));
  // A place already inside the actor's name adds nothing ("Seoul's Ministry … in Seoul").
  const place = [...placeCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const where = place ? ` in ${entityById.get(place)?.name ?? ''}` : '';
  const organization = [...countBy(members.flatMap((member) => [...member.organizations])).entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const actors = people.length > 0 ? people : organization ? [entityById.get(organization)?.name ?? ''] : [];
  const who = actors.length > 0 ? `: ${actors.join(' and ')}` : '';
  const object = kind === 'declaration' ? declaredObject(members) : null;
  if (object && people.length > 0) return `${people[0]} declares ${object}`;
  if (!NAMED_BY_PARTICIPANTS.has(kind) && actors.length > 0) {
    // A crash, a ruling, an order with someone named: what happened says more than "Disaster: <a name>".
    const clause = [...members].map((member) => member.clause).sort((a, b) => b.split(' ').length - a.split(' ').length || a.localeCompare(b))[0] ?? '';
    if (clause.split(' ').length >= 3) return clause.charAt(0).toUpperCase() + clause.slice(1);
  }
  if (actors.length === 0) {
    // Nobody named: the text's own phrase reads better than a bare "Visit".
    const phrase = [...members].map((member) => member.phrase).sort((a, b) => b.split(' ').length - a.split(' ').length || a.localeCompare(b))[0] ?? '';
    // A verb ("crashed on landing") or a bare word ("findings") says what happened only with who or what did it
    // ("Cargo plane crashed on landing at Northport", "Alto wall collapsed"); a noun phrase says it alone.
    const clause = [...members].map((member) => member.clause).sort((a, b) => b.split(' ').length - a.split(' ').length || a.localeCompare(b))[0] ?? '';
    const verbFirst = /^\p{Ll}+ed\b/u.test(phrase);
    if (phrase.split(' ').length >= 2 && !(verbFirst && clause.split(' ').length > phrase.split(' ').length)) {
      return phrase.charAt(0).toUpperCase() + phrase.slice(1);
    }
    if (clause.split(' ').length >= 3) return clause.charAt(0).toUpperCase() + clause.slice(1);
  }
  return `${KIND_LABEL[kind]}${who}${where}`;
}

function namedAfterIn(placeId: string, member: Occurrence, mentions: MentionIndex): boolean {
  const sentence = member.article.sentences.find((candidate) => candidate.id === member.date.sentenceId);
  if (!sentence) return false;
  return (mentions.get(sentence.id) ?? []).some(
    (mention) => mention.entityId === placeId && /\bin\s+$/.test(sentence.text.slice(Math.max(0, mention.start - 4), mention.start)),
  );
}

/** "declared martial law", "declaration of martial law" → "martial law"; never a time word ("declared late on Tuesday"). */
function declaredObject(members: Occurrence[]): string | null {
  for (const member of members) {
    const text = member.article.sentences.find((sentence) => sentence.id === member.date.sentenceId)?.text ?? '';
    const match = /\b(?:declared|declares|declaration of|imposition of|imposed)\s+((?:[a-z]+\s){0,2}?[a-z]+)(?=\s+(?:in|on|last|over|and|after|,|\.)|[,.]|$)/.exec(text);
    const object = match?.[1];
    if (object && !TIME_WORDS.test(object)) return object;
  }
  return null;
}

const TIME_WORDS = /^(late|early|earlier|later|last|this|that|on|at|in|yesterday|today|tonight|overnight|suddenly|briefly|then|again)\b/;

function shortName(entity: Entity | undefined): string {
  if (!entity) return '';
  const surname = entity.aliases.find((alias) => !alias.includes(' ') && entity.name.split(/[\s]/).includes(alias));
  return surname ?? entity.name;
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function uniqueEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((item) => {
    if (seen.has(item.sentenceId)) return false;
    seen.add(item.sentenceId);
    return true;
  });
}

/** The story's own period: from a margin before the first publication to a margin after the last. */
function reportingWindow(articles: Article[], margin: EventContext['reportingMargin']): { from: string; to: string } {
  const days = articles.map((article) => article.publishedAt?.slice(0, 10)).filter((day): day is string => Boolean(day)).sort();
  if (days.length === 0) return { from: '0000-01-01', to: '9999-12-31' };
  return { from: shiftDay(days[0]!, -margin.before), to: shiftDay(days[days.length - 1]!, margin.after) };
}

/** Memoised: clustering asks for the same few days' neighbours very many times. */
const shiftedDays = new Map<string, string>();

export function shiftDay(day: string, delta: number): string {
  const key = `${day}|${delta}`;
  const cached = shiftedDays.get(key);
  if (cached !== undefined) return cached;
  const [year, month, date] = day.split('-').map(Number);
  const shifted = new Date(Date.UTC(year!, month! - 1, date! + delta)).toISOString().slice(0, 10);
  shiftedDays.set(key, shifted);
  return shifted;
}

function assignIds(drafts: Draft[]): TimelineEvent[] {
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
