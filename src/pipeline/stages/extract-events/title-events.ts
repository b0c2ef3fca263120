/**
 * Stage 8: an event's title, in the texts' own words: who took part for a
 * meeting or a call, what happened for a crash or a verdict.
 */
import type { Entity } from '../../../lib/corpus/schema';
import { findActionVerbs, KIND_LABEL, type EventKind } from '../../knowledge/event-triggers';
import type { MentionIndex } from '../../mention-index';
import { FUTURE_CUE } from '../../text/clauses';
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
  const reports = afterTheFact(members);
  const clauses = ranked(reports.map((member) => member.clause));
  const phrases = ranked(reports.map((member) => member.phrase));
  // "Meeting: Iwaya and Cho in Seoul": who met says it; one lone name does not ("Meeting: Biden"), the text's words do.
  if (NAMED_BY_PARTICIPANTS.has(kind) && actors.length > 1) return `${KIND_LABEL[kind]}${who}${where}`;
  // "Ministers will sign the accord": a plan reads as a plan, so the clause that says so goes before a noun phrase.
  const candidates =
    actors.length > 0
      ? clauses
      : clauses.some((clause) => FUTURE_CUE.test(clause))
        ? [...clauses, ...phrases]
      : // Nobody named: a noun phrase says it alone ("Eruption of the Kaldur volcano"); a verb ("crashed on landing")
        // only with who or what did it, so the fuller clause goes first when the phrase starts on a verb.
        /^\p{Ll}+ed\b/u.test(phrases[0] ?? '') && (clauses[0] ?? '').split(' ').length > (phrases[0] ?? '').split(' ').length
        ? [...clauses, ...phrases]
        : [...phrases, ...clauses];
  // "Hou conceded": a name and its verb say it in two words; otherwise a title needs three, or two for a noun phrase.
  const title = candidates.find((candidate) => titleProblem(candidate, actors.length > 0) === null);
  if (title) return title.charAt(0).toUpperCase() + title.slice(1);
  // "Coast Guard said" with what was said cut off: who spoke is still true.
  const speaker = candidates.map((candidate) => SPEAKER.exec(candidate.trim())?.[1]).find((words) => words && titleProblem(`${words} spoke`, true) === null);
  if (speaker) return `Statement by ${speaker.replace(/^(?:the|a|an)\s+/i, '')}`;
  // Every wording stood inside a quotation: whoever is named spoke of the happening, not necessarily in it.
  if (candidates.length === 0 && !NAMED_BY_PARTICIPANTS.has(kind)) return `${KIND_LABEL[kind]}${where}`;
  return plainTitle(kind, actors, place ? (entityById.get(place)?.name ?? '') : '');
}

/** Words that cannot open a title: an auxiliary or a modal ("Will return …", "Is due to rule …"). */
const AUXILIARY_START = /^(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|be|been|being|has|have|had|do|does|did|to|due|set)\b/i;
/** Words that leave a title pointing elsewhere: a pronoun, a relative, a connective ("Then came", "It lost …"). */
const DANGLING_START = /^(?:it|he|she|they|we|i|you|this|that|these|those|which|who|whom|whose|its|his|her|their|our|then|there|here|what|where|when|whether|following|after|before|since|as|and|but|or|so|nor|of|for|with|without|from|by|into|about|over|ahead|amid|despite|during|while|until|because)\b/i;
/** A name followed straight by a preposition, with no verb after it: "President Yoon over his declaration". */
const NAME_THEN_PREPOSITION = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}(?:over|of|for|with|against|on|at|about|after|amid)\s/u;
/** Who spoke, in a wording that is a speech verb alone. */
const SPEAKER = /^((?:\S+\s+){0,5}\S+)\s+(?:said|says|told|added|noted|stated|insisted)(?:\s+(?:reporters|journalists|the press))?$/i;
/** A speech verb with nothing said: "Coast Guard said", "Ministry told reporters". */
const SPEECH_ALONE = /^(?:\S+\s+){0,6}(?:said|says|told|added|noted|stated|announced|insisted|confirmed|reported)(?:\s+(?:reporters|journalists|the press|a news conference))?$/i;
/** Past-tense verbs that are not -ed forms, as the first word of a cut-off clause ("sent much of their pay"). */
const BARE_VERB_START = /^(?:\p{Ll}+ed(?=\s+(?:the|a|an|his|her|its|their|our|much|many|some|all|both|\d\S*|in|on|at|to|for|from|with|into|by|up|down|out|off|back|over|him|them|it|us|that)\b)|\p{Ll}+ly|said|sent|came|went|took|made|fell|told|paid|began|met|held|won|lost|left|heard|found|gave|got|saw|ran|rose|struck|spoke|brought|kept|put|set|arrive|return|open|close|sign|rule|meet|visit|hold|take|make|choose)\b/u;
/** A lowercase word straight before a determiner is a verb with its object ("pay its customers", "overran the runway"). */
const VERB_BEFORE_OBJECT = /^(?!(?:the|a|an|some|all|both|most|many|much|none|each|one|two|three|four|five|six|seven|eight|nine|ten|tens|hundreds|thousands|dozens)\s)\p{Ll}+\s+(?:its|their|his|her|our|the|a|an|him|them|us)\s/u;
/** A title may not end on a function word or on a cut adverb ("happened just"). */
const DANGLING_END = /(?<!\bsworn|\bstepped|\bmoved|\bsigned|\bchecked|\bphased|\bvoted)\s(?:just|shortly|soon|then|also|the|a|an|of|to|in|on|at|by|for|with|from|and|or|but|that|which|who|when|is|was|were|had|has|have|will|would|not|its|their|his|her)$/i;

/**
 * Why a wording cannot be a title, or null when it can: a title names who or what and what happened. `named`: the
 * event has a named actor, so a two-word "<Name> <verb>" says it ("Hou conceded").
 */
export function titleProblem(wording: string, named: boolean): string | null {
  const text = wording.trim();
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || !/^[\p{L}\p{N}“"]/u.test(text)) return 'empty or not a word';
  if (AUXILIARY_START.test(text)) return 'starts with an auxiliary or a modal';
  if (DANGLING_START.test(text)) return 'starts with a pronoun or a connective';
  if (SPEECH_ALONE.test(text)) return 'a speech verb alone';
  if (BARE_VERB_START.test(text) || VERB_BEFORE_OBJECT.test(text)) return 'its subject is cut off';
  if (DANGLING_END.test(text)) return 'ends on a dangling word';
  if (NAME_THEN_PREPOSITION.test(text) && findActionVerbs(text).length === 0) return 'a name with no verb';
  if (words.length < 2) return 'one word';
  if (words.length === 2 && named && !/^\p{Lu}/u.test(text)) return 'too short';
  return null;
}

/** The kind in plain words, with who and where: "Ruiz visits Varna", "Declaration by Vell", never a fragment. */
function plainTitle(kind: EventKind, actors: string[], place: string): string {
  const who = actors.join(' and ');
  const where = place ? ` in ${place}` : '';
  // Nothing named and no wording fit: a plain word for a deed ("Action" alone reads as a label).
  if (!who) return kind === 'action' ? `Reported development${where}` : `${KIND_LABEL[kind]}${where}`;
  if (NAMED_BY_PARTICIPANTS.has(kind) && actors.length > 1) return `${KIND_LABEL[kind]}: ${who}${where}`;
  switch (kind) {
    case 'office':
      return actors.length === 1 ? `${who} takes office` : `${KIND_LABEL[kind]}: ${who}`;
    case 'visit':
      return place ? `${who} visits ${place}` : `Visit by ${who}`;
    case 'meeting':
    case 'dialogue':
    case 'call':
      return `${KIND_LABEL[kind]} with ${who}${where}`;
    case 'announcement':
    case 'declaration':
    case 'statement':
    case 'speech':
    case 'appeal':
    case 'report':
      return `${KIND_LABEL[kind]} by ${who}${where}`;
    case 'action':
      return `Action by ${who}${where}`;
    default:
      // Whose part it was (ruled or ruled on, impeached or impeaching) is not known here: the label stays neutral.
      return `${KIND_LABEL[kind]}: ${who}${where}`;
  }
}

/** Distinct wordings, the best first (see byWording): one sort, so thousands of reports stay cheap. */
function ranked(candidates: string[]): string[] {
  return [...new Set(candidates.filter(Boolean))].sort(byWording);
}

/**
 * The wording a title reads best in: one that names its subject ("Lai is due to be inaugurated") before one that
 * starts on a verb or a pronoun whose subject stood outside the clause ("Would send a representative …", "It lost …");
 * then the fullest.
 */
function byWording(a: string, b: string): number {
  return subjectless(a) - subjectless(b) || b.split(' ').length - a.split(' ').length || a.localeCompare(b);
}

const subjectless = (text: string) => Number(!/^\p{Lu}/u.test(text) || /^(?:It|He|She|They|We|This|That|These|Those|Its|His|Her|Their)\b/.test(text));

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
