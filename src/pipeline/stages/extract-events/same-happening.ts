/**
 * Whether two occurrences report one happening, and the keys the grouping
 * stages index them by. Not a stage: the relation they all share.
 */
import { familyOf, type EventKind } from '../../knowledge/event-triggers';
import { shiftDay } from '../../text/days';
import { fixturesAhead, namesPairApart, namesSide, pairsNamed, samePair, tellsAward } from '../../text/match-sides';
import { clockInstant } from '../../text/timestamps';
import { GENERIC_KINDS, type Occurrence } from './model';

const occurrenceFamilies = new WeakMap<Occurrence, string[]>();

/** Everything kindsAgree reads. */
export function kindProfile(occurrence: Occurrence): string {
  return `${occurrence.primaryKind}|${[...occurrence.kinds].sort().join(',')}`;
}

/** Everything sameHappening reads: occurrences with equal signatures relate to others alike. */
export function signatureOf(occurrence: Occurrence): string {
  const { date, article } = occurrence;
  // A plain verb's own clause decides whether it is a moment of a match (matchMoment): two such lines of one article
  // that day are not twins unless they tell the same clause.
  const generic = GENERIC_KINDS.has(occurrence.primaryKind) ? occurrence.clause || occurrence.phrase : '';
  return [date.start, date.end, date.precision, article.outletId, article.id, occurrence.primaryKind, [...occurrence.kinds].sort().join(','), [...occurrence.persons].sort().join(','), [...occurrence.organizations].sort().join(','), generic, generic ? date.text : ''].join('|');
}

export function sameHappening(a: Occurrence, b: Occurrence): boolean {
  const sharedPersons = countShared(a.persons, b.persons);
  // Outlets that date one happening a day apart: the same people doing the same kind of thing, or one crash,
  // verdict or election told by one outlet a day off (shown as a date conflict). The same kind, not just the same
  // family: an arrival on Tuesday and the talks on Wednesday are two happenings, and no outlet disagrees.
  if (oneDayApart(a, b)) {
    if (a.article.outletId === b.article.outletId || a.primaryKind !== b.primaryKind) return false;
    // With one side naming nobody, they must still tell of one thing: "A jury found former mayor Reid guilty of bribery"
    // on Thursday and "A jury acquitted a local builder of fraud" on Friday are two verdicts, not one dated apart.
    if (sharedPersons >= 2 || (isSingular(a) && (sharedPersons > 0 || ((a.persons.size === 0 || b.persons.size === 0) && tellOfOneThing(a, b) && !toldApart(a, b))))) return true;
    // "lifted off late Tuesday at 11:42 p.m. EDT" and "lifted off on Wednesday at 05:42 CEST": each outlet's own day,
    // one instant. The same kind of thing done at the same stated moment, by the same actor or to the same object.
    if (sameInstant(a, b) && (sharedPersons > 0 || countShared(a.organizations, b.organizations) > 0 || sameObject(a, b))) return true;
    // One actor (a person or a body) doing the same kind of thing to the same object: "Governor Pryce declared a
    // state of emergency" on Tuesday in one outlet and on Wednesday in another is one declaration, dated apart.
    const sharedActors = sharedPersons + countShared(a.organizations, b.organizations);
    return sharedActors > 0 && sameObject(a, b);
  }
  if (!spansAgree(a, b)) return false;
  if (matchAhead(a, b) || matchAhead(b, a)) return true;
  if (oneArticleMoment(a, b) || oneArticleMoment(b, a)) return true;
  if (clockedMoments(a, b)) return true;
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
  // "A freight train derailed near Hollin on Tuesday" and "Some 300 households near Hollin were evacuated on Tuesday
  // after a freight train derailed": two outlets' reports of that day naming no person, one of them told with a plain
  // verb, are one happening when what they tell of mostly agrees (the train, the derailment, the evacuation).
  if (
    bothDays(a, b) &&
    a.article.outletId !== b.article.outletId &&
    a.persons.size === 0 &&
    b.persons.size === 0 &&
    (GENERIC_KINDS.has(a.primaryKind) || GENERIC_KINDS.has(b.primaryKind)) &&
    sameMatter(a, b)
  ) {
    return true;
  }
  // "Flight 7C2216 from Bangkok belly-landed and overran the runway on the 29th" and "Flight 7C2216 … crashed at Muan
  // on Dec. 29": two articles' reports of one day naming no person, one told with a plain verb, that name the same
  // code of a flight, a craft or a mission are one happening (see sharedCode).
  if (
    bothDays(a, b) &&
    a.article.id !== b.article.id &&
    a.persons.size === 0 &&
    b.persons.size === 0 &&
    (GENERIC_KINDS.has(a.primaryKind) || GENERIC_KINDS.has(b.primaryKind)) &&
    sharedCode(a, b) &&
    !toldApart(a, b)
  ) {
    return true;
  }
  // A crash, a verdict, an election: a story has one of each kind a day, whoever each outlet names in it.
  // Not two winners: "Brook won the Fellside by-election" and "Reyes was declared the winner in Dunmore" are two contests.
  // A party, a club or a team is a winner as a person is ("The Greens won the Ashby by-election").
  // Names the entity stage may not know count too ("the Greens", "the Ashby by-election" against "the Morrow" one).
  const twoWinners =
    a.primaryKind === 'victory' &&
    b.primaryKind === 'victory' &&
    ((a.persons.size > 0 && b.persons.size > 0) || namesApart(a.organizations, b.organizations) || namesApart(properNames(a), properNames(b)));
  // Nor two named storms, quakes or ships: "Hurricane Lorna came ashore" and "Tropical Storm Mika strengthened".
  // Nor a verdict and an acquittal, or a bus crash and a lorry crash, the same day (see toldApart).
  if (bothDays(a, b) && isSingular(a) && familyOf(a.primaryKind) === familyOf(b.primaryKind) && !twoWinners && !twoNamedSubjects(a, b) && !toldApart(a, b)) return true;
  // Nobody in common: the same kind family, with one side naming nobody.
  // A year is too vague to identify a happening by its kind alone: the same people must be named.
  const eitherYear = a.date.precision === 'year' || b.date.precision === 'year';
  return !eitherYear && !twoWinners && (a.persons.size === 0 || b.persons.size === 0) && familiesMeet(a, b) && !twoNamedSubjects(a, b) && !toldApart(a, b);
}

/**
 * A crash or a verdict is one moment: what the same article dates that day with a plain verb and no one named
 * ("the pilot sent a mayday at 8:59", "the plane slid off the runway on the 29th") is part of its account.
 * Not an election day, which holds many people's happenings (a speech, a concession, a reaction).
 */
const MOMENT_KINDS = new Set<EventKind>(['disaster', 'verdict', 'sentencing']);
function oneArticleMoment(moment: Occurrence, other: Occurrence): boolean {
  if (moment.primaryKind === 'victory') return matchMoment(moment, other);
  if (!MOMENT_KINDS.has(moment.primaryKind) || moment.article.id !== other.article.id || !bothDays(moment, other) || moment.date.start !== other.date.start) return false;
  if (twoNamedSubjects(moment, other)) return false;
  return (other.primaryKind === 'action' && other.persons.size === 0 && other.organizations.size === 0) || minutesFrom(other);
}

/**
 * "Hurricane Lorna came ashore …" and "Tropical Storm Mika strengthened …" the same day: each clause opens on a name
 * of two or more capitalised words, and neither sentence names the other's. Two named storms (quakes, ships) are two
 * happenings, not one moment and a line of its account. A subject with no name of its own ("The pilot") says nothing;
 * nor does a report naming a person.
 */
function twoNamedSubjects(a: Occurrence, b: Occurrence): boolean {
  // People are matched by the persons they name ("Judge Reed said she will be sentenced" and "Ostrova was sentenced").
  if (a.persons.size > 0 || b.persons.size > 0) return false;
  const [ours, theirs] = [subjectName(a), subjectName(b)];
  if (ours.length < 2 || theirs.length < 2) return false;
  const [ourText, theirText] = [sentenceText(a), sentenceText(b)];
  return !theirs.some((word) => ourText.includes(word)) && !ours.some((word) => theirText.includes(word));
}

/** The capitalised words a clause opens on, an article aside: "Tropical Storm Mika strengthened" → Tropical, Storm, Mika. */
function subjectName(occurrence: Occurrence): string[] {
  const clause = occurrence.clause || occurrence.phrase;
  const run = /^(?:(?:The|A|An)\s+)?((?:\p{Lu}[\p{L}'’-]*\s+)+)/u.exec(clause)?.[1] ?? '';
  // "South Korea's deadliest crash": a possessive names an owner, not the thing that happened.
  if (/['’]s?\s+$/u.test(run)) return [];
  return run.split(/\s+/u).filter((word) => word.length > 0 && !CALENDAR_WORD.test(word));
}

/** The clock of a match: its minutes, its halves, its kick-off and final whistle, "after the match". */
const MATCH_TIME = /\b(?:minutes?|half-?time|(?:kick(?:ed)?|kicks)[- ]off|restart|full-?time|stoppage time|extra time|final whistle|penalty shoot-?out|(?:the|this)\s+(?:match|game))\b/iu;

/**
 * "Spain beat England 2-1 on Sunday" and, in the same article, "Nico Williams put Spain ahead two minutes after the
 * restart", "Palmer equalised in the 73rd minute", "Southgate declined to say after the match": a plain verb the
 * article dates that day by the match's own clock is a moment of the match, whoever acts in it. Not an election's
 * night (no match clock), nor a happening of its own kind (a speech, an award).
 */
function matchMoment(match: Occurrence, other: Occurrence): boolean {
  if (match.article.id !== other.article.id || !bothDays(match, other) || match.date.start !== other.date.start) return false;
  if (!GENERIC_KINDS.has(other.primaryKind)) return false;
  // "Sand, who was booked at half-time, was named player of the tournament": a line telling an award is the award,
  // whatever moment of the match it recalls.
  if (tellsAward(sentenceText(other))) return false;
  // Another date of the match's own clause ("BERLIN, July 14 - Spain won … on Sunday") dates the same telling.
  if (other.date.sentenceId === match.date.sentenceId && (other.clause || other.phrase) === (match.clause || match.phrase)) return true;
  if (!MATCH_TIME.test(other.date.text) && !MATCH_TIME.test(other.clause || other.phrase)) return false;
  return ofTheMatch(match, other);
}

/**
 * A clocked line is this match's when it names one of its sides ("Castamar captain Ivo Sand was booked at half-time"),
 * or when its article reports no other match that could be played that day (a pair of sides apart from this one's): in
 * a report of two ties ("In the other tie, Portvale knocked out Doria"), "Doria coach Ana Pope was sent off at
 * half-time" may be the other one's.
 */
function ofTheMatch(match: Occurrence, other: Occurrence): boolean {
  const line = sentenceText(match);
  const sides = pairsNamed(line)[0] ?? subjectName(match);
  const otherLine = sentenceText(other);
  if (sides.some((side) => namesSide(otherLine, side))) return true;
  return sides.length === 0 || !match.article.sentences.some((sentence) => namesPairApart(sentence.text, sides) && !anotherDay(sentence.text, match));
}

/**
 * "Portvale will face Castamar in the final on Saturday" in a preview, and "Castamar lifted the cup on Saturday,
 * beating Portvale 3-1" in another article: a match told ahead (its two sides and a match word, in a plain verb's
 * line) is the match won that day when the winner's line names both its sides and no other pair. Two matches of one
 * side the same day are rare; a line naming another pair ("Portvale beat Doria") tells another match.
 */
function matchAhead(ahead: Occurrence, match: Occurrence): boolean {
  if (match.primaryKind !== 'victory' || !GENERIC_KINDS.has(ahead.primaryKind) || ahead.article.id === match.article.id) return false;
  if (!bothDays(ahead, match) || ahead.date.start !== match.date.start) return false;
  const [aheadLine, line] = [sentenceText(ahead), sentenceText(match)];
  if (competitionsApart(aheadLine, line)) return false;
  return fixturesAhead(aheadLine).some(
    (pair) => datesTheFixture(aheadLine, ahead.date.text, pair) && pair.every((side) => namesSide(line, side)) && !namesPairApart(line, pair),
  );
}

const REPORTING_VERB = String.raw`(?:said|says|say|told|tells|announced|announces|confirmed|confirms|added|adds|revealed|reveals|insisted|insists|stated|wrote|warned|claimed)`;
/** "said on Thursday", "told reporters on Thursday": the date of a saying, not of what is said. */
const SAID_ON = new RegExp(String.raw`\b${REPORTING_VERB}(?:\s+[\p{L}'’]+){0,2}\s*$`, 'iu');
/** What parts a fixture's clause from a date of another clause: a reporting verb, "; ", ", and", ", but". */
const CLAUSE_BREAK = new RegExp(String.raw`;|,\s+(?:and|but|while|as)\b|\b${REPORTING_VERB}\b`, 'iu');
/** A time of its own for the match, other than the date read: "next month", "later this season", "in April". */
const OWN_TIME = /\b(?:next|this coming|later this|early next|late next)\s+(?:week|weekend|month|year|season|spring|summer|autumn|fall|winter)\b|\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/iu;

/**
 * Whether the date read in a line telling a match ahead is the match's own: in the fixture's clause ("Hillbrook will face
 * Westby in the final on Saturday"), not the day someone said it ("…, coach Ana Diaz said on Thursday", "the league said
 * on Thursday that …"), and with no other time of the match in the line ("in the final next month").
 */
function datesTheFixture(line: string, dateText: string, pair: readonly [string, string]): boolean {
  const at = dateText ? line.indexOf(dateText) : -1;
  const fixtureAt = line.indexOf(pair[0]);
  if (at < 0 || fixtureAt < 0) return false;
  if (SAID_ON.test(line.slice(0, at))) return false;
  const between = at > fixtureAt ? line.slice(fixtureAt, at) : line.slice(at + dateText.length, fixtureAt);
  if (CLAUSE_BREAK.test(between)) return false;
  return !OWN_TIME.test(line.slice(0, at) + ' ' + line.slice(at + dateText.length));
}

/** The competition a line names a match of: a league match, a cup tie (a final is a cup's), a friendly. */
const COMPETITIONS: readonly (readonly [string, RegExp])[] = [
  ['league', /\bleague\b/iu],
  ['cup', /\b(?:cup|(?:semi|quarter)[- ]?finals?|finals?)\b(?!\s+(?:session|day|round|stage|report|decision|word|say)\b)/iu],
  ['friendly', /\bfriendl(?:y|ies)\b/iu],
];

/** "The league match on Saturday" and "beat Westby 3-1 in the cup": each line names a competition, none the same. */
function competitionsApart(ours: string, theirs: string): boolean {
  const of = (text: string) => new Set(COMPETITIONS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name));
  return namesApart(of(ours), of(theirs));
}

/**
 * A match's own clock, not any count of minutes: "in the 90th minute", "the fifth minute of stoppage time". Not "the
 * first minute of the show" (a minute of something else), nor "full-time", "extra time" or "half-time", which are also
 * jobs, exams and a court's leave.
 */
const MATCH_MINUTE = /\b(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+minute\b(?:\s+of\s+(?:the\s+|a\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?))?/giu;
/** What a minute may be "of" and still be the match's: its halves, its added time, the match itself. */
const OF_THE_MATCH = /^(?:match|game|tie|final|semi-?final|quarter-?final|derby|first half|second half|half|stoppage time|added time|injury time|extra time|normal time|regulation)\b/iu;

/** After the final whistle: a moment only a match has. */
const FINAL_WHISTLE = /\bafter the final whistle\b/iu;

const onMatchClock = (text: string) => [...text.matchAll(MATCH_MINUTE)].some((match) => match[1] === undefined || OF_THE_MATCH.test(match[1]));

/** A count of minutes from another moment: "twenty minutes later", "11 minutes after the break"; not a bare "minutes later". */
const MINUTES_COUNTED = /\b(?:\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)(?:[- ]\w+)?\s+minutes?\s+(?:later|earlier|after|before|into)\b/iu;

/**
 * A play of the match itself: a goal, a chance, a card. Words of football's reporting, not of one story; a fan falling
 * ill, the police closing the gates or an owner speaking "minutes after" is no play of it.
 */
const MATCH_PLAY = /\b(?:scor(?:e|es|ed|ing)|goals?|equali[sz](?:e|es|ed|er|ing)|levell?ed|drew level|(?:went|gone|go|goes) ahead|(?:took|taken|take|takes) the lead|headed (?:in|home)|header|volley(?:ed)?|curled|drilled|tapped in|slotted|netted|the net|penalty|spot-kick|from the spot|free[- ]kick|corner|booked|sent off|(?:red|yellow) card|own goal|winner|opener|crossbar)\b/iu;

/**
 * "Another ground", "the other tie", "elsewhere": a round-up of several matches. Its clocked lines may be any of them,
 * so none is joined by the clock alone.
 */
const OTHER_MATCH = /\b(?:(?:the\s+)?other|another)\s+(?:grounds?|games?|match(?:es)?|ties?|fixtures?|semi-?finals?|quarter-?finals?|venues?|stadiums?)\b|\belsewhere\b/iu;

/**
 * "Sara Quist curled in a free kick in the fifth minute", "Westby levelled twenty minutes later", "Ida Brandt drove in
 * the winner in the 88th minute" in one article, that day, with no win word among them: a match told by its moments.
 * Two plain-verb lines of one article and day, both telling a play of the match, one on the match's own clock and the
 * other on it too or counted in minutes from a moment, are one match; not when the article names two pairs of sides
 * or tells of another ground or tie (a round-up keeps its matches apart).
 */
function clockedMoments(a: Occurrence, b: Occurrence): boolean {
  if (a.article.id !== b.article.id || !bothDays(a, b) || a.date.start !== b.date.start) return false;
  if (!GENERIC_KINDS.has(a.primaryKind) || !GENERIC_KINDS.has(b.primaryKind)) return false;
  const [ours, theirs] = [sentenceText(a), sentenceText(b)];
  if (tellsAward(ours) || tellsAward(theirs)) return false;
  // A play on the match's own clock, and another play on it or counted from a moment; or the crowd "long after the
  // final whistle" (a moment only a match has, unlike half-time, full-time or kick-off of a protest before it).
  const play = (text: string) => MATCH_PLAY.test(text) && onMatchClock(text);
  const beside = (text: string) => (MATCH_PLAY.test(text) && (onMatchClock(text) || MINUTES_COUNTED.test(text))) || FINAL_WHISTLE.test(text);
  if (!((play(ours) && beside(theirs)) || (play(theirs) && beside(ours)))) return false;
  if (a.article.sentences.some((sentence) => OTHER_MATCH.test(sentence.text))) return false;
  const pairs = a.article.sentences.flatMap((sentence) => pairsNamed(sentence.text));
  return pairs.every((pair) => samePair(pair, pairs[0]!));
}

const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gu;
/** A line told of another day than the match's: a year ("Argentina beat France in the 2022 final") or another weekday. */
function anotherDay(text: string, match: Occurrence): boolean {
  if (/\b(?:19|20)\d\d\b/u.test(text)) return true;
  const days = text.match(WEEKDAY) ?? [];
  return days.length > 0 && !days.some((day) => match.date.text.includes(day));
}

/** "moments", "shortly", "two minutes later": a time counted in minutes from the moment's own dated sentence. */
const MINUTES_AROUND = /\b(?:moments?|shortly|seconds?|minutes?)\b/iu;

/**
 * "The crew issued a mayday call shortly before the collision", counted from the line before it that the article dates
 * that day: in an article telling of a crash that day, what happened minutes around it is part of its account,
 * whoever acts in it (the crew, the tower, the governor telling it).
 */
function minutesFrom(other: Occurrence): boolean {
  return MINUTES_AROUND.test(other.date.text) && (other.date.anchor ?? '').endsWith('(previous dated event)');
}

/** With a person in common: the same kind family, or outcome verbs ("reaffirmed") not naming two different happenings. */
export function kindsAgree(a: Occurrence, b: Occurrence): boolean {
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

const isGeneric = (occurrence: Occurrence) => [...occurrence.kinds].some((kind) => GENERIC_KINDS.has(kind));

/**
 * Kinds a story seldom has two of on one day (a crash, a verdict, an election), unlike meetings and calls:
 * reports of one on the same day are one happening even when outlets name different people in it.
 */
const SINGULAR_KINDS = new Set<EventKind>(['disaster', 'verdict', 'sentencing', 'election', 'victory', 'result', 'inauguration']);
const isSingular = (occurrence: Occurrence) => SINGULAR_KINDS.has(occurrence.primaryKind);

/** Two different specific kinds (a call vs a dialogue) are different happenings even on one day. */
function distinctHappenings(a: Occurrence, b: Occurrence): boolean {
  return !GENERIC_KINDS.has(a.primaryKind) && !GENERIC_KINDS.has(b.primaryKind) && !kindFamilies(a).includes(familyOf(b.primaryKind));
}

export function kindFamilies(occurrence: Occurrence): string[] {
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

function sentenceText(occurrence: Occurrence): string {
  return occurrence.article.sentences.find((candidate) => candidate.id === occurrence.date.sentenceId)?.text ?? '';
}

/** Both sentences state one clock time with a zone, on their own days, and the two are the same moment. */
function sameInstant(a: Occurrence, b: Occurrence): boolean {
  const [first, second] = [clockInstant(sentenceText(a), a.date.start), clockInstant(sentenceText(b), b.date.start)];
  return first !== null && first === second;
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

/** Words that say nothing about what was done or to what: reporting verbs, function words, days and months. */
const NOT_OBJECT_WORDS = new Set(
  (
    'the a an and or but of to in on at for from with by as into onto over after before about than that this these those ' +
    'its his her their our your it he she they we you was were is are be been being has have had will would could should ' +
    'may might can said says say told tells added adds according also just not no yesterday today tomorrow ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec morning afternoon evening night last week day earlier later'
  ).split(' '),
);

/** The happening's clause and what follows it in its sentence: "Halden Foods agreed" is read on to "to buy Brightwater". */
function objectText(occurrence: Occurrence): string {
  const clause = occurrence.clause || occurrence.phrase;
  const sentence = sentenceText(occurrence);
  const at = clause ? sentence.indexOf(clause) : -1;
  return at >= 0 ? sentence.slice(at) : clause;
}

function objectWords(occurrence: Occurrence): Set<string> {
  const actorWords = new Set(
    [...occurrence.persons, ...occurrence.organizations].flatMap((id) => id.toLowerCase().split('-')),
  );
  // Capitalised words are names, titles and nationalities ("Foreign Minister", "South Korean"): who, not what. An
  // acronym ("SUVs") is kept, it names the thing.
  const words = (objectText(occurrence).match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((word) => !/^\p{Lu}\p{Ll}/u.test(word));
  return new Set(
    words.map((word) => word.toLowerCase()).filter((word) => word.length > 2 && !NOT_OBJECT_WORDS.has(word) && !actorWords.has(word)),
  );
}

/**
 * The same act on the same object: the words left once actors, dates and reporting verbs are taken away mostly
 * agree ("overturned the conviction", "is recalling … SUVs"), and at least two of them. "Recalling vans" and
 * "would close its plant" do not.
 */
export function sameObject(a: Occurrence, b: Occurrence): boolean {
  const [ours, theirs] = [objectWords(a), objectWords(b)];
  let shared = 0;
  for (const word of ours) if (theirs.has(word)) shared++;
  return shared >= 2 && shared >= 0.6 * Math.min(ours.size, theirs.size);
}

/**
 * What two reports naming no person tell of: three words or places in common at least, and two in five of the shorter's words. Looser
 * than sameObject, which one actor's two acts must pass; here there is no actor to go by.
 */
function sameMatter(a: Occurrence, b: Occurrence): boolean {
  // "Bus drivers in Leeds walked out" and "… in Bristol walked out", "the Orvian central bank" and "Lenmark's central
  // bank": the same words about two named places or bodies are two happenings. Each side names its own, none shared.
  if (namesApart(a.places, b.places) || namesApart(a.organizations, b.organizations) || namesApart(properNames(a), properNames(b))) return false;
  const [ours, theirs] = [objectWords(a), objectWords(b)];
  let shared = 0;
  for (const word of ours) if (theirs.has(word)) shared++;
  // A place both name ("near Hollin", "across Carden") is part of what they tell of.
  shared += countShared(a.places, b.places);
  return shared >= 3 && shared >= 0.4 * Math.min(ours.size, theirs.size);
}

/**
 * Two reports of a singular kind a day apart, one naming no person: one happening only when they share a body or a
 * place ("Jeju Air", "Muan"), or most of what they tell of (sameObject). A jury and a crash alone are not enough.
 */
function tellOfOneThing(a: Occurrence, b: Occurrence): boolean {
  return countShared(a.organizations, b.organizations) > 0 || countShared(a.places, b.places) > 0 || sameObject(a, b);
}

/**
 * What a court town or a road shared cannot join: two reports that say outright they tell of different things. A
 * verdict one way and a verdict the other ("found … guilty" against "acquitted"), or a crash of one kind of vehicle
 * and a crash of another ("A bus crashed" against "A lorry crashed"). Charges are not compared: one charge has many
 * names ("murder", "killing his neighbour"). Reports naming a person in common are never told apart here.
 */
function toldApart(a: Occurrence, b: Occurrence): boolean {
  if (countShared(a.persons, b.persons) > 0) return false;
  const [ours, theirs] = [sentenceText(a), sentenceText(b)];
  const [ourOutcome, theirOutcome] = [verdictOutcome(ours), verdictOutcome(theirs)];
  if (ourOutcome !== null && theirOutcome !== null && ourOutcome !== theirOutcome) return true;
  const [ourVehicles, theirVehicles] = [vehicleKinds(ours), vehicleKinds(theirs)];
  if (ourVehicles.size > 0 && theirVehicles.size > 0 && countShared(ourVehicles, theirVehicles) === 0) return true;
  // "A coast guard plane collided with a jet" and "All tsunami warnings were lifted" the same day: a vehicle's crash and
  // a natural hazard are two happenings. Read in each happening's own clause: a crash sentence may name the quake zone
  // the plane was flying to.
  return (vehicleOnly(clauseText(a)) && hazardOnly(b)) || (hazardOnly(a) && vehicleOnly(clauseText(b)));
}

/** Earthquakes, waves, storms, floods, fires of the land: what no vehicle does. */
const NATURAL_HAZARD = /\b(?:earthquakes?|quakes?|aftershocks?|tremors?|tsunamis?|typhoons?|hurricanes?|cyclones?|storms?|floods?|flooding|eruptions?|erupted|wildfires?|landslides?|mudslides?|avalanches?)\b/iu;

const clauseText = (occurrence: Occurrence) => occurrence.clause || occurrence.phrase;
const vehicleOnly = (text: string) => vehicleKinds(text).size > 0 && !NATURAL_HAZARD.test(text);
// "Police said the crash happened in heavy flooding", "The crash happened as a storm lashed the coast": a sentence
// telling a crash in a storm tells the crash, the hazard being its circumstance.
const hazardOnly = (occurrence: Occurrence) => {
  const text = clauseText(occurrence);
  return NATURAL_HAZARD.test(text) && vehicleKinds(text).size === 0 && !CRASH_WORD.test(sentenceText(occurrence));
};
const CRASH_WORD = /\b(?:crash(?:es|ed|ing)?|collid(?:e|es|ed|ing)|collisions?|wreck(?:s|ed|age)?|derail(?:s|ed|ment)?|capsi[sz](?:e|es|ed|ing))\b/iu;

/** A plea ("pleaded not guilty", "denies") is no verdict; a mixed verdict ("cleared of murder but convicted of …") is neither one way nor the other. */
function verdictOutcome(text: string): 'acquitted' | 'convicted' | null {
  const verdicts = text.replace(PLEA, ' ');
  const acquitted = ACQUITTAL.test(verdicts);
  const convicted = CONVICTION.test(verdicts);
  return acquitted === convicted ? null : acquitted ? 'acquitted' : 'convicted';
}

const PLEA = /\b(?:pleaded|pleads|pled|pleading|denied|denies|denying)\s+(?:not\s+)?guilty\b/giu;
const ACQUITTAL = /\b(?:acquit(?:s|ted|tal)?|cleared|not guilty)\b/iu;
const CONVICTION = /\b(?:(?<!not )guilty|convict(?:s|ed|ion)?)\b/iu;

/**
 * Kinds of vehicle a crash may be of; the words of one kind name the same vehicle ("jet", "plane", "airliner"). A
 * helicopter is an aircraft to many reports; "tanker" (a lorry or a ship) names no kind.
 */
const VEHICLE_KINDS: readonly (readonly [string, RegExp])[] = [
  ['bus', /\b(?:bus|buses|coach|minibus)\b/iu],
  ['lorry', /\b(?:lorry|lorries|truck|trucks|articulated)\b/iu],
  ['car', /\b(?:car|cars|suv|saloon|taxi)\b/iu],
  ['van', /\bvans?\b/iu],
  ['motorcycle', /\b(?:motorcycle|motorbike|moped|scooter)s?\b/iu],
  ['aircraft', /\b(?:plane|planes|jet|jets|airliner|aircraft|airplane|flight|helicopters?)\b/iu],
  ['train', /\b(?:train|trains|tram|trams|locomotive)\b/iu],
  ['vessel', /\b(?:ship|ships|ferry|ferries|boat|boats|vessel|barge|trawler)\b/iu],
];

function vehicleKinds(text: string): Set<string> {
  return new Set(VEHICLE_KINDS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind));
}

/** Both sides name some, and none in common. */
function namesApart(ours: ReadonlySet<string>, theirs: ReadonlySet<string>): boolean {
  return ours.size > 0 && theirs.size > 0 && countShared(ours, theirs) === 0;
}

/** The capitalised words of a report's sentence (names the entity stage may not know: "Orvian"). */
function properNames(occurrence: Occurrence): Set<string> {
  const words = sentenceText(occurrence).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return new Set(
    words
      // A sentence's first word is capitalised anyway, unless it is a possessive ("Lenmark's central bank").
      // Acronyms name bodies and indexes too ("the FTSE 100", "NATO"), but not a clock's zone ("GMT", "EST").
      .filter((word, index) => (index > 0 || /['’]s$/u.test(word)) && (/^\p{Lu}\p{Ll}/u.test(word) || (/^\p{Lu}{3,}$/u.test(word) && !ZONE_WORD.test(word))) && !CALENDAR_WORD.test(word))
      .map((word) => word.replace(/['’]s$/u, '')),
  );
}

/** Time zones written in capitals: "GMT", "UTC", "BST", "EST", "CEST", "KST". */
const ZONE_WORD = /^(?:UTC|\p{Lu}{1,2}(?:S|D)?T)$/u;

/** Days and months are capitalised but name no place or body. */
const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/u;

/**
 * A word of letters and digits together names one thing: a flight ("7C2216", "MH17"), a craft or a mission
 * ("Luna-25", "LVM3-M4"). Not a clock time ("8.34am"), an ordinal ("29th"), a decade ("1990s") or an amount with
 * its unit ("3,900kg", "$5bn").
 */
const CODE_WORD = /(?<![\p{L}\p{N}$£€])(?=[\p{L}\p{N}-]*\p{N})(?=[\p{L}\p{N}-]*\p{L})[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?![\p{L}\p{N}])/gu;
const NOT_A_CODE = /^\d+(?:st|nd|rd|th|s|am|pm|a|p|h|hrs?|min|mins|km|kg|g|t|m|bn|k|mph|kph|ft|cm|mm|mi|gb|mb|tb|x|p\.m|a\.m)$/iu;

/** The codes of who or what the happening's clause tells of: up to its clause's end ("… after a COVID-19 outbreak" is a cause). */
function codesOf(occurrence: Occurrence): Set<string> {
  const sentence = sentenceText(occurrence);
  const clause = occurrence.clause || occurrence.phrase;
  const at = clause ? sentence.indexOf(clause) : -1;
  const told = at >= 0 ? sentence.slice(0, at + clause.length) : clause;
  const words = [...told.matchAll(CODE_WORD)].filter((match) => identifier(match[0], told.slice(0, match.index)));
  return new Set(words.map((match) => match[0]).filter((word) => word.length >= 3 && !NOT_A_CODE.test(word)).map((word) => word.toLowerCase()));
}

/**
 * A code that names one thing, not a kind: a flight number after "Flight" or with its airline's two letters ("MH17",
 * "7C2216"), a named craft or mission ("Luna-25", "LVM3-M4"). A type, model, virus or age-grade code ("F-16", "A320",
 * "COVID-19", "U17", "H5N1") names a kind that many happenings of one day share.
 */
function identifier(word: string, before: string): boolean {
  // A disease ("Covid-19", "SARS-CoV-2") or a gas ("CO2", "NO2") is a kind however it is written.
  if (/^(?:covid|sars|mers)\b|^(?:co|no|so|pm)\d/iu.test(word)) return false;
  if (/\b(?:[Ff]light|[Mm]ission)\s+$/u.test(before)) return true;
  // Airline letters: two capitals, or a capital and a digit either way round, then the flight's number.
  if (/^(?:\p{Lu}{2}|\d\p{Lu})\d{1,4}$/u.test(word)) return true;
  // A craft's name: a capitalised word of three letters or more, then its number ("Luna-25", "Soyuz-2").
  if (/^\p{Lu}\p{Ll}{2,}-\d+$/u.test(word)) return true;
  // One flight of a rocket: its type, then the flight's own letters and digits ("LVM3-M4").
  return /^[\p{Lu}\d]+-(?=[\p{Lu}\d]*\p{Lu})(?=[\p{Lu}\d]*\d)[\p{Lu}\d]+$/u.test(word) && /\p{Lu}.*\d|\d.*\p{Lu}/u.test(word.split('-')[0] ?? '');
}

/** Both sentences name one code (codesOf): the same flight, craft or mission, not two that merely share a word. */
function sharedCode(a: Occurrence, b: Occurrence): boolean {
  return countShared(codesOf(a), codesOf(b)) > 0;
}
