/**
 * Stage 3: candidate people, sentence by sentence — from title cues ("Foreign
 * Minister X"), appositives ("his counterpart, X"), speech cues ("X said", "said X")
 * and bare capitalised runs of 2-4 name-like words. A run that is the front or back
 * of a body's name is not a person.
 */
import type { AliasPair, PreparedKnowledge, PersonCandidate, PersonCue, SentenceAnalysis } from './model';
import { adjacent, capitalisedSurnameAt, classOf, isCodeAt, scoreAt, unitsText } from './model';
import { isNameParticle, LOOKS_LIKE_VERB_OR_ADVERB } from '../../text/names';

const isLowerParticle = (word: string): boolean => word === word.toLowerCase() && isNameParticle(word);

/** A person's name is at most this many words; longer capitalised runs are something else. */
const MAX_NAME_UNITS = 4;

/** What people discovery finds: candidates, and the words whose capital letter means something. */
export interface PeopleFound {
  people: PersonCandidate[];
  /** Capitalised words seen somewhere other than the start of a sentence. */
  capitalisedMidSentence: Set<string>;
  /** Words seen in lowercase. */
  lowercaseWords: Set<string>;
  /** Names given a second name in the text ("also known as"). */
  aliases: AliasPair[];
  /** Single capitalised words after "the": "the Fed", "the Met" (a person is not "the" anyone). */
  determinedWords: Set<string>;
}

export function discoverPeople(prepared: PreparedKnowledge, analyses: readonly SentenceAnalysis[]): PeopleFound {
  const found: PeopleFound = { people: [], capitalisedMidSentence: new Set(), lowercaseWords: new Set(), aliases: [], determinedWords: new Set() };
  // Every sentence's casing first: whether "Voters" opening one sentence is a word depends on all the others.
  for (const analysis of analyses) {
    if (analysis.repeat) continue;
    analysis.units.forEach((unit, index) => {
      if (analysis.classes[index] === 'name' && !unit.initial && !analysis.titleCase) found.capitalisedMidSentence.add(unit.text);
      else if (analysis.classes[index] === 'lower') found.lowercaseWords.add(unit.text);
      const the = analysis.units[index - 1];
      if (analysis.classes[index] === 'name' && !analysis.titleCase && (the?.text === 'the' || the?.text === 'The') && adjacent(analysis, index - 1, index) && !(analysis.units[index + 1]?.capitalised && adjacent(analysis, index, index + 1))) found.determinedWords.add(unit.text);
    });
  }
  for (const analysis of analyses) {
    // A repeat would add the same candidates again, later: clustering takes the first of
    // each and ignores repeats, so skipping them changes nothing.
    if (analysis.repeat) continue;
    discoverTitledPeople(prepared, analysis, found.people);
    if (analysis.titleCase) continue;
    discoverAppositivePeople(prepared, analysis, found.people);
    discoverSpeakers(prepared, analysis, found.people);
    discoverBareNames(prepared, analysis, found.people, found.lowercaseWords);
    discoverPlaceNamedPeople(prepared, analysis, found.people);
    discoverPlaceSurnamedPeople(prepared, analysis, found.people);
    discoverAliases(analysis, found.aliases);
  }
  // "a Swift Signal Content update", "its Final Safety Review": a run written after an article names a thing,
  // so a bare run holding it ("Ship Swift Signal Content in stages") is that thing, not a person.
  const things = thingRuns(analyses);
  found.people = found.people.filter((person) => !namesAThing(person.units) && !(person.cue === 'bare' && holdsAThing(person.units, things)));
  return found;
}

/** Words that make the next word a storm's name: "Storm Hilda", "Tropical Storm Bertil", "Hurricane Marisol". */
const HAZARD_WORDS: ReadonlySet<string> = new Set(['Storm', 'Hurricane', 'Typhoon', 'Cyclone', 'Tropical', 'Tornado', 'Blizzard']);
/** Words that open the name of a place or an institution, never a person's: "St Mary's Hospital", "Saint Anne's School". */
const THING_OPENERS: ReadonlySet<string> = new Set(['St', 'Saint', 'Mount', 'Mt', 'Fort', 'Cape']);

/**
 * Number words: no person's name holds one, a competition's or a group's does ("Six Nations", "Big Ten", "Formula
 * One", "the Group of Seven").
 */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Twenty', 'Thirty', 'Forty', 'Fifty', 'Hundred', 'Thousand',
]);

/** Words that end a team's or a college's name and no person's: "Harlan State", "Corby Tech", "Marlow United". */
const SIDE_ENDINGS: ReadonlySet<string> = new Set(['State', 'Tech', 'United', 'Rovers', 'Wanderers', 'Athletic', 'Albion', 'FC', 'AFC']);

/**
 * A storm's name ("Storm Hilda"; but "Ava Storm" is a person), a saint's or a mountain's institution, a number's or a
 * side's.
 */
function namesAThing(units: readonly string[]): boolean {
  if (units.length < 2) return false;
  return (
    THING_OPENERS.has(units[0] ?? '') ||
    units.slice(0, -1).some((unit) => HAZARD_WORDS.has(unit)) ||
    units.some((unit) => NUMBER_WORDS.has(unit)) ||
    SIDE_ENDINGS.has(units[units.length - 1] ?? '')
  );
}

/** Words that give a second name: "also known as", "better known as", "nicknamed", "dubbed". */
const ALIAS_CUES: readonly (readonly string[])[] = [['known', 'as'], ['nicknamed'], ['dubbed']];
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', "'"]);

/**
 * 'SAMUEL BANKMAN-FRIED, also known as "SBF,"', 'Ko Wen-je (known as KP)': the capitalised
 * words before the comma or bracket and the one to three capitalised words the cue gives.
 */
function discoverAliases(analysis: SentenceAnalysis, out: AliasPair[]): void {
  const { tokens, units, unitOfToken } = analysis;
  for (let i = 0; i < tokens.length; i += 1) {
    const cue = ALIAS_CUES.find((words) => words.every((word, k) => tokens[i + k]?.text === word));
    if (!cue) continue;
    let before = i - 1;
    if (tokens[before]?.text === 'also' || tokens[before]?.text === 'better') before -= 1;
    if (tokens[before]?.key !== ',' && tokens[before]?.key !== '(') continue;
    let after = i + cue.length;
    if (QUOTE_MARKS.has(tokens[after]?.key ?? '')) after += 1;
    const aliasFirst = unitOfToken[after] ?? -1;
    const nameLast = unitOfToken[before - 1] ?? -1;
    if (aliasFirst < 0 || nameLast < 0 || !units[aliasFirst]?.capitalised) continue;
    let aliasLast = aliasFirst;
    while (aliasLast - aliasFirst < 2 && units[aliasLast + 1]?.capitalised && adjacent(analysis, aliasLast, aliasLast + 1)) aliasLast += 1;
    let nameFirst = nameLast;
    while (nameLast - nameFirst < MAX_NAME_UNITS - 1 && units[nameFirst - 1]?.capitalised && adjacent(analysis, nameFirst - 1, nameFirst)) nameFirst -= 1;
    if (!units[nameFirst]?.capitalised) continue;
    out.push({ name: unitsText(analysis, nameFirst, nameLast), alias: unitsText(analysis, aliasFirst, aliasLast) });
  }
}

/** A name run widened by a capitalised surname right before or right after it ("YOON" + "Suk Yeol"). */
function withCapitalisedSurname(analysis: SentenceAnalysis, run: [number, number]): [number, number] {
  const [start, end] = run;
  if (end - start + 1 >= MAX_NAME_UNITS) return run;
  if (capitalisedSurnameAt(analysis, start - 1) && adjacent(analysis, start - 1, start)) return [start - 1, end];
  if (capitalisedSurnameAt(analysis, end + 1) && adjacent(analysis, end, end + 1)) return [start, end + 1];
  return run;
}

/**
 * The name word that goes on a run from v, directly or over one or two lowercase particles ("Ana de la
 * Cruz"); -1 if none. A particle joins two name words only, so "de facto" never makes a name.
 */
function nextNameUnit(analysis: SentenceAnalysis, v: number): number {
  if (classOf(analysis, v + 1) === 'name' && adjacent(analysis, v, v + 1)) return v + 1;
  if (analysis.units[v]?.possessive) return -1;
  let w = v;
  while (w - v < 2 && classOf(analysis, w + 1) === 'lower' && isLowerParticle(analysis.units[w + 1]?.text ?? '') && adjacent(analysis, w, w + 1)) w += 1;
  return w > v && classOf(analysis, w + 1) === 'name' && adjacent(analysis, w, w + 1) ? w + 1 : -1;
}

/** The name word a run ending at v goes back to, directly or over one or two particles; -1 if none. */
function previousNameUnit(analysis: SentenceAnalysis, v: number): number {
  if (classOf(analysis, v - 1) === 'name' && adjacent(analysis, v - 1, v)) return v - 1;
  let w = v;
  while (v - w < 2 && classOf(analysis, w - 1) === 'lower' && isLowerParticle(analysis.units[w - 1]?.text ?? '') && adjacent(analysis, w - 1, w)) w -= 1;
  return w < v && classOf(analysis, w - 1) === 'name' && adjacent(analysis, w - 1, w) && !analysis.units[w - 1]?.possessive ? w - 1 : -1;
}

/** Name words in a run, particles not counted. */
function nameWords(analysis: SentenceAnalysis, from: number, to: number): number {
  let count = 0;
  for (let u = from; u <= to; u += 1) if (classOf(analysis, u) !== 'lower') count += 1;
  return count;
}

/** Consecutive name-like words from u, at most MAX_NAME_UNITS. */
function plainNameRunFrom(analysis: SentenceAnalysis, u: number): [number, number] | undefined {
  if (classOf(analysis, u) !== 'name') return undefined;
  let v = u;
  for (let next = nextNameUnit(analysis, v); next >= 0; next = nextNameUnit(analysis, v)) {
    v = next;
    if (nameWords(analysis, u, v) > MAX_NAME_UNITS) return undefined;
  }
  return [u, v];
}

/** Consecutive name-like words ending at u, read backwards. */
function plainNameRunEndingAt(analysis: SentenceAnalysis, u: number): [number, number] | undefined {
  if (classOf(analysis, u) !== 'name') return undefined;
  let v = u;
  for (let previous = previousNameUnit(analysis, v); previous >= 0; previous = previousNameUnit(analysis, v)) {
    v = previous;
    if (nameWords(analysis, v, u) > MAX_NAME_UNITS) return undefined;
  }
  return [v, u];
}

/** Units u.. that can be a name, with a capitalised surname on either side ("CHO Tae-yul", "Takeshi IWAYA"). */
function nameRunFrom(analysis: SentenceAnalysis, u: number): [number, number] | undefined {
  if (capitalisedSurnameAt(analysis, u) && adjacent(analysis, u, u + 1)) {
    const rest = plainNameRunFrom(analysis, u + 1);
    return rest && rest[1] - u + 1 <= MAX_NAME_UNITS ? [u, rest[1]] : undefined;
  }
  const run = plainNameRunFrom(analysis, u);
  if (!run) return undefined;
  return capitalisedSurnameAt(analysis, run[1] + 1) && adjacent(analysis, run[1], run[1] + 1) && run[1] - run[0] + 2 <= MAX_NAME_UNITS ? [run[0], run[1] + 1] : run;
}

/** Units ..u that can be a name, read backwards from u, with a capitalised surname on either side. */
function nameRunEndingAt(analysis: SentenceAnalysis, u: number): [number, number] | undefined {
  if (capitalisedSurnameAt(analysis, u) && adjacent(analysis, u - 1, u)) {
    const rest = plainNameRunEndingAt(analysis, u - 1);
    return rest && u - rest[0] + 1 <= MAX_NAME_UNITS ? [rest[0], u] : undefined;
  }
  const run = plainNameRunEndingAt(analysis, u);
  if (!run) return undefined;
  return capitalisedSurnameAt(analysis, run[0] - 1) && adjacent(analysis, run[0] - 1, run[0]) && run[1] - run[0] + 2 <= MAX_NAME_UNITS ? [run[0] - 1, run[1]] : run;
}

/** Month names that are also given names and surnames ("April Marsh", "Tom May"); abbreviations never are. */
const FULL_MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u;

function monthAt(analysis: SentenceAnalysis, index: number): boolean {
  return classOf(analysis, index) === 'stop' && FULL_MONTH.test(analysis.units[index]?.text ?? '');
}

/**
 * "Judge June Whitfield", "Striker Jordan Price": where a name is cued (a title or a role word before it), a month or
 * a one-word place directly before one or two name words is a given name. "Jordan Valley" and "Georgia State" end on
 * a head noun, not a name word, so they are never read.
 */
function givenNameRunFrom(analysis: SentenceAnalysis, u: number): [number, number] | undefined {
  const unit = analysis.units[u];
  const place = classOf(analysis, u) === 'place' && unit !== undefined && unit.firstToken === unit.lastToken;
  if ((!place && !monthAt(analysis, u)) || unit?.possessive || !adjacent(analysis, u, u + 1)) return undefined;
  const rest = plainNameRunFrom(analysis, u + 1);
  return rest && nameWords(analysis, rest[0], rest[1]) <= 2 ? [u, rest[1]] : undefined;
}

/**
 * "Minister Tom May said", "her deputy, Tom May,": in a cued name, a month right after one given name is a surname —
 * unless a day's number follows it ("Tom May 4" is not a name).
 */
function withMonthSurname(analysis: SentenceAnalysis, run: [number, number]): [number, number] {
  const [start, end] = run;
  if (start !== end || analysis.units[end]?.possessive || !monthAt(analysis, end + 1) || !adjacent(analysis, end, end + 1)) return run;
  const after = analysis.tokens[(analysis.units[end + 1]?.lastToken ?? 0) + 1];
  return after && /^\d/u.test(after.text) ? run : [start, end + 1];
}

/**
 * Before a speech verb: "Tom May said" (one given name, then a month as the surname) and "April Marsh said", "On
 * Monday, April Marsh said" (a month as the given name where it opens its clause, so "In April Marsh said" is not
 * read).
 */
function monthNameRunEndingAt(analysis: SentenceAnalysis, u: number): [number, number] | undefined {
  const { units, tokens } = analysis;
  if (monthAt(analysis, u)) {
    const given = units[u - 1];
    if (classOf(analysis, u - 1) !== 'name' || !given || given.possessive || !adjacent(analysis, u - 1, u)) return undefined;
    if (units[u - 2]?.capitalised && adjacent(analysis, u - 2, u - 1)) return undefined;
    return [u - 1, u];
  }
  const run = plainNameRunEndingAt(analysis, u);
  const month = units[(run?.[0] ?? 0) - 1];
  if (!run || !month || nameWords(analysis, run[0], run[1]) > 2 || !monthAt(analysis, run[0] - 1) || !adjacent(analysis, run[0] - 1, run[0])) return undefined;
  const previous = tokens[month.firstToken - 1];
  return month.initial || previous?.key === ',' || previous?.text === 'and' ? [run[0] - 1, run[1]] : undefined;
}

/** A cued name from u: a plain run (with a month surname), or a month or place given name and its surname. */
function cuedNameRunFrom(analysis: SentenceAnalysis, u: number): [number, number] | undefined {
  const run = nameRunFrom(analysis, u);
  return run ? withMonthSurname(analysis, run) : givenNameRunFrom(analysis, u);
}

function personFromRun(analysis: SentenceAnalysis, run: [number, number], cue: PersonCue, title?: string): PersonCandidate {
  const units = analysis.units.slice(run[0], run[1] + 1).map((unit) => unit.text);
  const candidate: PersonCandidate = { surface: unitsText(analysis, run[0], run[1]), units, cue, initial: analysis.units[run[0]]?.initial ?? false, articleId: analysis.articleId };
  if (title !== undefined) candidate.title = title;
  return candidate;
}

/** The unit starting right after token `token`, separated by whitespace. */
function unitAfterToken(analysis: SentenceAnalysis, token: number): number | undefined {
  const next = analysis.tokens[token + 1];
  const index = analysis.unitOfToken[token + 1] ?? -1;
  const unit = analysis.units[index];
  if (!next || !next.spaceBefore || !unit || unit.firstToken !== token + 1) return undefined;
  return index;
}

/** "Foreign Minister Takeshi Iwaya", "Sen. Marco Rubio", "acting President Choi Sang-mok". */
function discoverTitledPeople(prepared: PreparedKnowledge, analysis: SentenceAnalysis, out: PersonCandidate[]): void {
  const { tokens } = analysis;
  for (let i = 0; i < tokens.length; i += 1) {
    const title = prepared.titles.longestAt(tokens, i);
    if (!title) continue;
    const unitIndex = analysis.unitOfToken[i] ?? -1;
    if (classOf(analysis, unitIndex) !== 'title') continue;
    const titleText = analysis.sentence.text.slice(tokens[i]?.start ?? 0, tokens[title.endToken]?.end ?? 0);
    i = title.endToken;
    const first = unitAfterToken(analysis, title.endToken);
    if (first === undefined) continue;
    const run = cuedNameRunFrom(analysis, first);
    if (!run) continue;
    // In a Title Case line "Minister Iwaya Visits Seoul" would swallow "Visits":
    // accept only a name that the line ends or punctuation closes.
    if (analysis.titleCase) {
      const after = tokens[(analysis.units[run[1]]?.lastToken ?? 0) + 1];
      if (after?.isWord) continue;
    }
    out.push(personFromRun(analysis, run, 'title', titleText));
  }
}

/** "his South Korean counterpart Cho Tae-yul", "her spokesperson, Daniel Ortega-Reyes". */
function discoverAppositivePeople(prepared: PreparedKnowledge, analysis: SentenceAnalysis, out: PersonCandidate[]): void {
  analysis.units.forEach((unit, index) => {
    if (analysis.classes[index] !== 'lower' || !prepared.roleNouns.has(unit.text)) return;
    const comma = analysis.tokens[unit.lastToken + 1];
    let first: number | undefined;
    if (comma?.key === ',' && !comma.spaceBefore) first = unitAfterToken(analysis, unit.lastToken + 1);
    else if (adjacent(analysis, index, index + 1)) first = index + 1;
    if (first === undefined) return;
    const run = cuedNameRunFrom(analysis, first);
    if (run && !partOfLargerName(prepared, analysis, run[0], run[1])) out.push(personFromRun(analysis, run, 'role'));
  });
}

/** "Iwaya said", "Iwaya has also said", "said Iwaya", "according to Park". */
function discoverSpeakers(prepared: PreparedKnowledge, analysis: SentenceAnalysis, out: PersonCandidate[]): void {
  const { tokens } = analysis;
  for (let i = 0; i < tokens.length; i += 1) {
    const cue = prepared.speechCues.longestAt(tokens, i);
    if (!cue) continue;
    const cueFirst = analysis.unitOfToken[i] ?? -1;
    const cueLast = analysis.unitOfToken[cue.endToken] ?? -1;
    i = cue.endToken;
    if (cueFirst < 0 || cueLast < 0) continue;

    let before = cueFirst - 1;
    let skipped = 0;
    while (skipped < 2 && classOf(analysis, before) === 'lower' && prepared.auxiliaries.has(analysis.units[before]?.text ?? '') && adjacent(analysis, before, before + 1)) {
      before -= 1;
      skipped += 1;
    }
    if (adjacent(analysis, before, before + 1)) {
      const run = monthNameRunEndingAt(analysis, before) ?? nameRunEndingAt(analysis, before);
      if (run && !afterBodyShortForm(analysis, run[0]) && !lastWordsOfAThing(analysis, run[0]) && !partOfLargerName(prepared, analysis, run[0], run[1])) out.push(personFromRun(analysis, run, 'speech'));
    }
    if (adjacent(analysis, cueLast, cueLast + 1)) {
      const run = cuedNameRunFrom(analysis, cueLast + 1);
      if (run && !partOfLargerName(prepared, analysis, run[0], run[1])) out.push(personFromRun(analysis, run, 'speech'));
    }
  }
}


/**
 * "Captain Jonas Berg of the Northern Star said", "the Blue Falcon said": a run before a speech verb that the
 * capitalised words of a longer name open, after "the", "a" or "its", is the end of a vessel's or a body's name. One
 * word of a multiword name is no person, and no person is named after "the".
 */
function lastWordsOfAThing(analysis: SentenceAnalysis, start: number): boolean {
  let first = start;
  while (first > 0 && analysis.units[first - 1]?.capitalised && classOf(analysis, first - 1) !== 'title' && !analysis.units[first - 1]?.possessive && adjacent(analysis, first - 1, first)) first -= 1;
  if (first === start) return false;
  const article = analysis.units[first - 1];
  return article !== undefined && THING_DETERMINERS.has(article.text) && adjacent(analysis, first - 1, first);
}

const APPOSITIVE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their']);

/**
 * "Georgia Banks said", "Paris Holloway, the director, said", "Brooklyn Hart, 29, told": a place's name used
 * as a first name, before one or two name words, is a person's when what follows is said only of a person —
 * an age or a role, or a speech verb when the surname alone is a person elsewhere ("Banks said"). The place
 * must open its clause, so "in Paris Holloway said" is not read.
 */
function discoverPlaceNamedPeople(prepared: PreparedKnowledge, analysis: SentenceAnalysis, out: PersonCandidate[]): void {
  const { units, tokens } = analysis;
  units.forEach((unit, index) => {
    if (analysis.classes[index] !== 'place' || unit.firstToken !== unit.lastToken || unit.possessive || !adjacent(analysis, index, index + 1)) return;
    const previous = tokens[unit.firstToken - 1];
    if (!unit.initial && previous?.key !== ',' && previous?.text !== 'and') return;
    // "Jordan Lake, 31,": a place head as the surname, which only an age or a role below may confirm.
    const headSurname = classOf(analysis, index + 1) === 'orgHead' && prepared.placeHeads.has(units[index + 1]?.text ?? '') && !(units[index + 2]?.capitalised && adjacent(analysis, index + 1, index + 2));
    const run: [number, number] | undefined = headSurname ? [index + 1, index + 1] : plainNameRunFrom(analysis, index + 1);
    if (!run || nameWords(analysis, run[0], run[1]) > 2 || analysis.units[run[1]]?.possessive) return;
    const after = (analysis.units[run[1]]?.lastToken ?? 0) + 1;
    const speaks = prepared.speechCues.longestAt(tokens, after) !== undefined && (tokens[after]?.spaceBefore ?? false);
    const aged = tokens[after]?.key === ',' && /^\d{1,3}$/u.test(tokens[after + 1]?.text ?? '') && tokens[after + 2]?.key === ',';
    let role = false;
    if (tokens[after]?.key === ',' && APPOSITIVE_DETERMINERS.has(tokens[after + 1]?.text ?? '')) {
      role = appositiveRole(prepared, tokens, after + 2);
    }
    if (!aged && !role && (!speaks || headSurname)) {
      // "Chad Morris resigned as coach", with "Morris said he …" elsewhere: a person where the surname alone is one.
      if (!headSurname && classOf(analysis, run[1] + 1) === 'lower' && adjacent(analysis, run[1], run[1] + 1)) out.push({ ...personFromRun(analysis, [index, run[1]], 'bare'), surnameElsewhere: true });
      return;
    }
    const person = personFromRun(analysis, [index, run[1]], 'speech');
    // A speech verb alone is said of firms too ("Texas Instruments said"): such a name must be a person's elsewhere by
    // its surname, unless "she" or "he" follows ("Paris Whitaker said she was proud"; a firm says "it").
    if (!aged && !role && !PERSON_SUBJECT.test(analysis.sentence.text.slice(units[run[1]]?.end ?? 0))) person.surnameElsewhere = true;
    out.push(person);
  });
}

const CAPITAL_START = /^\p{Lu}/u;

/**
 * A role noun among the next three words of an appositive, past the one whose role it is ("a Ruiz aide", "the
 * county's sheriff"): only a person has a role. Two capitalised words end it (another name, not an owner).
 */
function appositiveRole(prepared: PreparedKnowledge, tokens: SentenceAnalysis['tokens'], from: number): boolean {
  let capitals = 0;
  for (let t = from; t < from + 3 && tokens[t]?.isWord; t += 1) {
    const text = tokens[t]?.text ?? '';
    if (CAPITAL_START.test(text)) {
      capitals += 1;
      if (capitals > 1) return false;
      continue;
    }
    if (prepared.roleNouns.has(text)) return true;
  }
  return false;
}
const PERSON_PRONOUN = /\b(?:she|he|her|his)\b/iu;
/** "she" or "he" as a subject: a person's only ("her" and "his" may be a third party's). */
const PERSON_SUBJECT = /\b(?:she|he)\b/iu;

/**
 * "Mara Jordan, 41, said", "Leo Chad, the coach, said", "Mara Jordan said she would appeal": one name word
 * before a one-word place is a given name and a surname when what follows is said only of a person — an age,
 * a role, or a speech verb with "she" or "he" after it. A firm's branch before a speech verb ("Vantor Japan
 * said the plant would close") has no such pronoun, and a run of more name words is left to the other rules.
 */
function discoverPlaceSurnamedPeople(prepared: PreparedKnowledge, analysis: SentenceAnalysis, out: PersonCandidate[]): void {
  const { units, tokens } = analysis;
  units.forEach((unit, index) => {
    if (analysis.classes[index] !== 'place' || unit.firstToken !== unit.lastToken || unit.possessive || index === 0) return;
    const first = units[index - 1];
    if (!first || analysis.classes[index - 1] !== 'name' || first.possessive || !adjacent(analysis, index - 1, index)) return;
    if (units[index - 2]?.capitalised && adjacent(analysis, index - 2, index - 1)) return;
    if (first.initial && LOOKS_LIKE_VERB_OR_ADVERB.test(first.text)) return;
    const after = unit.lastToken + 1;
    const speaks =
      prepared.speechCues.longestAt(tokens, after) !== undefined && (tokens[after]?.spaceBefore ?? false) && PERSON_PRONOUN.test(analysis.sentence.text.slice(unit.end));
    const aged = tokens[after]?.key === ',' && /^\d{1,3}$/u.test(tokens[after + 1]?.text ?? '') && tokens[after + 2]?.key === ',';
    let role = false;
    if (tokens[after]?.key === ',' && APPOSITIVE_DETERMINERS.has(tokens[after + 1]?.text ?? '')) {
      role = appositiveRole(prepared, tokens, after + 2);
    }
    if (aged || role || speaks) out.push(personFromRun(analysis, [index - 1, index], 'speech'));
  });
}

/** Capitalised runs of 2-4 name-like words that nothing else explains: "Marco Rubio", "Yoko Kamikawa". */
function discoverBareNames(prepared: PreparedKnowledge, analysis: SentenceAnalysis, out: PersonCandidate[], lowercaseWords: ReadonlySet<string>): void {
  const { units } = analysis;
  let i = 0;
  while (i < units.length) {
    if (analysis.classes[i] !== 'name') {
      i += 1;
      continue;
    }
    let end = i;
    for (let next = nextNameUnit(analysis, end); next >= 0; next = nextNameUnit(analysis, end)) end = next;
    let start = i;
    const opening = units[start];
    // A sentence-opening word that is written in lowercase elsewhere ("Voters Sent …") is a common word;
    // a particle is not ("De la Cruz said").
    if (opening?.initial && (LOOKS_LIKE_VERB_OR_ADVERB.test(opening.text) || lowercaseWords.has(opening.text.toLowerCase())) && !(isNameParticle(opening.text) && end > start)) start += 1;
    if (classOf(analysis, start) === 'lower') start += 1;
    const length = nameWords(analysis, start, end);
    // "the Federal Reserve", "the Red Cross": an article before a bare capitalised run
    // marks a thing or a body; people are named without one (titles are cued apart).
    const article = units[start - 1];
    // So do "a", "an" and "its": "its Tundra Crest would go on sale" names a product.
    const afterArticle = article !== undefined && adjacent(analysis, start - 1, start) && THING_DETERMINERS.has(article.text);
    if (length >= 2 && length <= MAX_NAME_UNITS && !afterArticle && !afterBodyShortForm(analysis, start) && !partOfLargerName(prepared, analysis, start, end)) {
      // Only a run that is a name already takes a capitalised surname: "YOON Suk Yeol", but never "AUKUS Pact".
      out.push(personFromRun(analysis, withCapitalisedSurname(analysis, [start, end]), 'bare'));
    }
    i = end + 1;
  }
}

/**
 * "UK Maritime Trade Operations": a run right after a country's short form that reading the sentence took for part
 * of a body's name (a place-class word that is no place mention) is the rest of that body's name.
 */
function afterBodyShortForm(analysis: SentenceAnalysis, start: number): boolean {
  const lead = analysis.units[start - 1];
  if (!lead || classOf(analysis, start - 1) !== 'place' || !lead.allCaps || lead.firstToken !== lead.lastToken || !adjacent(analysis, start - 1, start)) return false;
  return !analysis.validPlaces.has(`${lead.firstToken}:${lead.lastToken}`);
}

/** The capitalised runs of two or more name words written right after "a", "an", "the" or "its", as word lists. */
function thingRuns(analyses: readonly SentenceAnalysis[]): string[][] {
  const runs: string[][] = [];
  for (const analysis of analyses) {
    if (analysis.repeat || analysis.titleCase) continue;
    analysis.units.forEach((unit, index) => {
      if (!THING_DETERMINERS.has(unit.text) || !adjacent(analysis, index, index + 1) || classOf(analysis, index + 1) !== 'name') return;
      const run = plainNameRunFrom(analysis, index + 1);
      if (run && run[1] > run[0]) runs.push(analysis.units.slice(run[0], run[1] + 1).map((part) => part.text));
    });
  }
  return runs;
}

/** `units` holds one of the runs as consecutive words. */
function holdsAThing(units: readonly string[], runs: readonly string[][]): boolean {
  return runs.some((run) => run.length <= units.length && units.some((_, at) => run.every((word, k) => units[at + k] === word)));
}

const THING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'The', 'a', 'A', 'an', 'An', 'its', 'Its']);

/**
 * Runs that are the front or the back of an organisation or event name:
 * "Trilateral Indo-Pacific Dialogue", "(Ministry of) Foreign Affairs",
 * "Joint Chiefs (of Staff)".
 */
function partOfLargerName(prepared: PreparedKnowledge, analysis: SentenceAnalysis, start: number, end: number): boolean {
  const next = classOf(analysis, end + 1);
  // A model number after the run makes it a product or its maker: "Boeing 737-800", "Airbus A321".
  // A score is no model number: "beating top seed Jana Horakova 6-4, 3-6, 7-5".
  const score = scoreAt(analysis, end + 1);
  if ((next === 'orgHead' || next === 'event' || (isCodeAt(analysis, end + 1) && !score)) && adjacent(analysis, end, end + 1)) return true;
  // Before a title, singular or plural, the run qualifies it: "Trilateral Foreign Ministers' Meeting".
  const nextUnit = analysis.units[end + 1];
  if (nextUnit && adjacent(analysis, end, end + 1) && (next === 'title' || (next === 'stop' && prepared.knowledge.personTitles.includes(nextUnit.text.replace(/s$/u, ''))))) return true;
  const connectorAfter = analysis.units[end + 1];
  if (connectorAfter && adjacent(analysis, end, end + 1) && prepared.connectors.has(connectorAfter.text)) {
    const afterConnector = classOf(analysis, end + 2);
    // "Joseph Bankman and Barbara Fried" are two people: after "and" the name goes on only to a head ("… and Safety Board").
    const joins = connectorAfter.text !== 'and' || headFollows(analysis, end + 2);
    // A weekday, a month or a function word after it ends the name: "met Rin Sato on Monday".
    if (joins && adjacent(analysis, end + 1, end + 2) && afterConnector !== undefined && afterConnector !== 'lower' && afterConnector !== 'place' && afterConnector !== 'stop') return true;
  }
  const connectorBefore = analysis.units[start - 1];
  if (connectorBefore && connectorBefore.text !== 'and' && adjacent(analysis, start - 1, start) && prepared.connectors.has(connectorBefore.text)) {
    const beforeConnector = analysis.units[start - 2];
    if (beforeConnector?.capitalised && adjacent(analysis, start - 2, start - 1)) return true;
  }
  return false;
}


/** A head-noun ends the capitalised run starting at `from` within a few words: "Commodities Fraud Task Force". */
function headFollows(analysis: SentenceAnalysis, from: number): boolean {
  for (let u = from; u < from + MAX_NAME_UNITS + 2; u += 1) {
    const unitClass = classOf(analysis, u);
    if (unitClass === 'orgHead' || unitClass === 'event') return true;
    if (unitClass !== 'name' && unitClass !== 'place' && unitClass !== 'demonym') return false;
    if (!adjacent(analysis, u, u + 1)) return false;
  }
  return false;
}
