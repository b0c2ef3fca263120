/**
 * Stage 8: an event's title, in the texts' own words: who took part for a
 * meeting or a call, what happened for a crash or a verdict.
 */
import type { Entity } from '../../../lib/corpus/schema';
import { KIND_LABEL, type EventKind } from '../../knowledge/event-triggers';
import type { MentionIndex } from '../../mention-index';
import { countBy, unique, type Occurrence } from './model';

/** Kinds a reader knows by who took part ("Meeting: Iwaya and Cho in Seoul"); others are titled by what happened. */
const NAMED_BY_PARTICIPANTS = new Set<EventKind>(['call', 'meeting', 'visit', 'dialogue', 'announcement', 'declaration', 'statement']);

/**
 * "Meeting: Iwaya and Cho in Seoul". People are named by the short form the
 * texts use for them (a surname alone, when the texts use one).
 */
export function buildTitle(kind: EventKind, members: Occurrence[], entityById: Map<string, Entity>, mentions: MentionIndex): string {
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
  // Where the titled happening was: from the reports of its own kind ("met in Seoul"), not of a trip on from there
  // the same day ("left for Manila"), when there are any.
  const ofKind = members.filter((member) => member.primaryKind === kind);
  const placeCounts = countBy((ofKind.length > 0 ? ofKind : members).flatMap((member) => [...member.places].filter((place) => namedAfterIn(place, member, mentions))));
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
    const clause = bestWording(afterTheFact(members).map((member) => member.clause));
    // "Hou conceded": a name and its verb say it in two words.
    if (clause.split(' ').length >= 3 || /^\p{Lu}\S*\s+\p{Ll}\S+$/u.test(clause)) return clause.charAt(0).toUpperCase() + clause.slice(1);
  }
  if (actors.length === 0) {
    // Nobody named: the text's own phrase reads better than a bare "Visit".
    const phrase = bestWording(afterTheFact(members).map((member) => member.phrase));
    // A verb ("crashed on landing") or a bare word ("findings") says what happened only with who or what did it
    // ("Cargo plane crashed on landing at Northport", "Alto wall collapsed"); a noun phrase says it alone.
    const clause = bestWording(afterTheFact(members).map((member) => member.clause));
    const verbFirst = /^\p{Ll}+ed\b/u.test(phrase);
    if (phrase.split(' ').length >= 2 && !(verbFirst && clause.split(' ').length > phrase.split(' ').length)) {
      return phrase.charAt(0).toUpperCase() + phrase.slice(1);
    }
    if (clause.split(' ').length >= 3) return clause.charAt(0).toUpperCase() + clause.slice(1);
    // A bare kind ("Action") says nothing: the text's own words, however few, say more.
    if (kind === 'action' && clause.length > 0) return clause.charAt(0).toUpperCase() + clause.slice(1);
  }
  return `${KIND_LABEL[kind]}${who}${where}`;
}

/**
 * The wording a title reads best in: one that names its subject ("Lai is due to be inaugurated") before one that
 * starts on a verb or a pronoun whose subject stood outside the clause ("Would send a representative …", "It lost …");
 * then the fullest.
 */
function bestWording(candidates: string[]): string {
  const subjectless = (text: string) => Number(!/^\p{Lu}/u.test(text) || /^(?:It|He|She|They|We|This|That|These|Those|Its|His|Her|Their)\b/.test(text));
  return [...candidates].sort((a, b) => subjectless(a) - subjectless(b) || b.split(' ').length - a.split(' ').length || a.localeCompare(b))[0] ?? '';
}

/**
 * "Judge Kaplan scheduled sentencing for March 28" is a preview; "Bankman-Fried was sentenced today" the report:
 * a title takes the words of reports published on or after the day they date, when there are any.
 */
function afterTheFact(members: Occurrence[]): Occurrence[] {
  const reports = members.filter((member) => (member.article.publishedAt?.slice(0, 10) ?? '') >= member.date.start);
  return reports.length > 0 ? reports : [...members];
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
