/**
 * Stage 2: what each sentence's words are — tokens, name units, and each unit's
 * class (known place or body, title, stop word, demonym, head-noun, acronym, code,
 * lowercase, or a name-like word) — before any name rule runs. Credits closing a
 * sentence and wire datelines opening one are blanked first (offsets kept).
 */
import type { Sentence } from '../../../lib/corpus/schema';
import { buildUnits, CAPITALISED, HAS_DIGIT, LOWERCASE_LETTER, tokenize, type Token, type Unit } from '../../text/tokens';
import {
  analysisOf,
  ENDS_LIKE_A_SENTENCE,
  type KnownValue,
  type PreparedKnowledge,
  type SelectedSentence,
  type SentenceAnalysis,
  type SentenceReading,
  type UnitClass,
} from './model';

/**
 * A picture or syndication credit closing a sentence — "(Provided by Japan’s
 * Foreign Ministry)", "[YONHAP]", "(Photo by …)" — names who supplied the
 * picture, not anyone in the story. Its characters are blanked (offsets kept),
 * so nothing inside it becomes a mention. A bracket counts as a credit when it
 * opens with a credit cue, or, in a caption, when it is all capitals (captions
 * end "[MINISTRY OF FOREIGN AFFAIRS]"; a body sentence may end with "(LDP)").
 * Only the last bracket is looked at: linear time.
 */
/** A name of up to five capitalised words ("Lakeside Courier", "Ana Ruiz/Courier"): what a picture's credit gives. */
const CREDIT_NAME = /^\p{Lu}[\p{L}.'’&-]*(?:[\s/]+(?:\p{Lu}[\p{L}.'’&-]*|of|the|for|via)){0,4}$/u;

export function maskTrailingCredit(text: string, kind: Sentence['kind'], creditCues: readonly string[]): string {
  const trimmed = text.trimEnd();
  const close = trimmed[trimmed.length - 1];
  if (close !== ')' && close !== ']') return text;
  const open = trimmed.lastIndexOf(close === ')' ? '(' : '[');
  if (open < 0) return text;
  const inside = trimmed.slice(open + 1, -1).trim();
  const lower = inside.toLowerCase();
  const cued = creditCues.some((cue) => lower.startsWith(cue));
  const letters = inside.match(/\p{L}/gu)?.length ?? 0;
  const shouted = kind === 'caption' && letters >= 2 && !LOWERCASE_LETTER.test(inside);
  // "… in a file photo. (Lakeside Courier)": in a caption, a short name in brackets after the last full stop is outside
  // every sentence of the description, so it credits the picture. Inside a sentence ("… the Coast Guard (USCG).") it stays.
  const afterStop = kind === 'caption' && /[.!?]["”’]?\s*$/u.test(trimmed.slice(0, open)) && CREDIT_NAME.test(inside);
  if (!cued && !shouted && !afterStop) return text;
  return text.slice(0, open) + ' '.repeat(trimmed.length - open) + text.slice(trimmed.length);
}

/**
 * A wire dateline left at the head of a body sentence — "SEOUL, Dec 30 (Meridian
 * Wire) -", "TAIPEI (Reuters) —", "AUSTIN, Texas, July 24, 2024 /PR Wire/ --" — says where the story was filed and by whom, not
 * what it is about: blanked like a dateline block (offsets kept). It counts as a
 * dateline only when a bracket is closed by a dash and the words before it shout
 * ("SEOUL") or carry a date ("Seoul, Dec 30"), so "Kim (left) - …" stays.
 */
export function maskLeadingDateline(text: string): string {
  const match = LEADING_DATELINE.exec(text);
  if (!match) return text;
  const place = match[1] ?? '';
  if (!SHOUTED_OPENING.test(place) && !HAS_DIGIT.test(place)) return text;
  return ' '.repeat(match[0].length) + text.slice(match[0].length);
}

/**
 * Words (no brackets, no quotes), a bracket of up to 60 characters, a dash. Bounded and unnested: linear. A press
 * release's wire sits between slashes: "AUSTIN, Texas, July 24, 2024 /PR Wire/ --".
 */
const LEADING_DATELINE = /^\s*(\p{Lu}[^()[\]/\n"“”]{0,60}?)\s*(?:[([][^()[\]\n]{1,60}[)\]]|\/[^/\n]{1,60}\/)\s*(?:-{1,2}|[–—])(?=\s)/u;
const SHOUTED_OPENING = /^\p{Lu}{2,}(?![\p{Ll}])/u;

function readSentence(prepared: PreparedKnowledge, sentence: Sentence): SentenceReading {
  // Tokens come from the text with any closing credit blanked; offsets are unchanged.
  const text = maskLeadingDateline(maskTrailingCredit(sentence.text, sentence.kind, prepared.knowledge.creditCues));
  const tokens = tokenize(text);
  const units = buildUnits(text, tokens);
  const unitOfToken = new Int32Array(tokens.length).fill(-1);
  units.forEach((unit, index) => {
    for (let t = unit.firstToken; t <= unit.lastToken; t += 1) unitOfToken[t] = index;
  });

  const placeMatches = scanKnown(prepared, tokens);
  const validMatches = dropPlacesInsideForeignCompounds(placeMatches, tokens, units);
  const tokenKind = new Array<'place' | 'knownOrg' | 'title' | undefined>(tokens.length);
  const validPlaces = new Set<string>();
  for (const match of validMatches) {
    // "Saturday afternoon Moscow time": a city's name before "time" names its time zone, not the city. (A country's
    // before "time" is counted, as stories write "early morning, US time" of the country's own hours.)
    if (match.value.type === 'place' && !cityClock(prepared, tokens, match)) validPlaces.add(`${match.first}:${match.last}`);
    for (let t = match.first; t <= match.last; t += 1) tokenKind[t] = match.value.type === 'place' ? 'place' : 'knownOrg';
  }
  const elidedPlaces = findElidedPlaces(prepared, text, tokens, validMatches);
  for (const token of elidedPlaces.keys()) tokenKind[token] = 'place';
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokenKind[i]) continue;
    const title = prepared.titles.longestAt(tokens, i);
    if (!title || !alignedToUnits(units, unitOfToken, i, title.endToken, tokens)) continue;
    for (let t = i; t <= title.endToken; t += 1) tokenKind[t] ??= 'title';
    i = title.endToken;
  }
  const classes = units.map((unit) => classifyUnit(prepared, unit, tokens, tokenKind));
  narrowUtilityHeads(text, units, classes);
  const titleCase = isTitleCaseLine(sentence, units);
  if (!titleCase) dropShortFormsInsideBodyNames(text, tokens, units, classes, validPlaces);
  return {
    tokens,
    units,
    unitOfToken,
    classes,
    validPlaces,
    titleCase,
    elidedPlaces,
  };
}

/**
 * "Power" and "Energy" end a utility's name only in a company's shape: after a trade word ("Ostra Electric Power")
 * or after a place, a known body or an acronym ("Kansai Electric", "EDF Energy"). After a given
 * name ("Samantha Power"), a title ("Coach Tom Power") or an adjective ("Nuclear Power", "Soft Power") they are a
 * surname or a common noun, as before the heads were added.
 */
function narrowUtilityHeads(text: string, units: readonly Unit[], classes: UnitClass[]): void {
  for (let i = 0; i < units.length; i += 1) {
    const unit = units[i];
    if (!unit || classes[i] !== 'orgHead' || !UTILITY_HEADS.has(unit.text)) continue;
    const before = units[i - 1];
    const beforeClass = classes[i - 1];
    const joined = before !== undefined && !before.possessive && /^ +$/u.test(text.slice(before.end, unit.start));
    const companyShape = joined && (
      (beforeClass === 'orgHead' && UTILITY_TRADES.has(before.text)) ||
      beforeClass === 'place' || beforeClass === 'knownOrg' || beforeClass === 'acronym'
    );
    if (!companyShape) classes[i] = unit.capitalised ? 'name' : 'lower';
  }
}

const UTILITY_HEADS: ReadonlySet<string> = new Set(['Power', 'Energy']);
const UTILITY_TRADES: ReadonlySet<string> = new Set(['Electric', 'Petroleum', 'Chemical']);

/**
 * "Reform UK finished third", "UK Maritime Trade Operations said": a country's short form in capitals written
 * right after a name word, or right before two name words, is part of a body's name, not the country. It stays a
 * place-class word (so it never becomes a capitalised surname) but is no mention of the place. Title-case lines
 * are left alone ("Storm Hits UK Coast").
 */
function dropShortFormsInsideBodyNames(text: string, tokens: readonly Token[], units: readonly Unit[], classes: readonly UnitClass[], validPlaces: Set<string>): void {
  const joined = (a: number, b: number): boolean => {
    const left = units[a];
    const right = units[b];
    return left !== undefined && right !== undefined && !left.possessive && /^ +$/u.test(text.slice(left.end, right.start));
  };
  const nameAt = (index: number): boolean => classes[index] === 'name';
  units.forEach((unit, index) => {
    const key = `${unit.firstToken}:${unit.lastToken}`;
    if (classes[index] !== 'place' || unit.firstToken !== unit.lastToken || !unit.allCaps || unit.text.length > 3 || !validPlaces.has(key)) return;
    const after = nameAt(index - 1) && joined(index - 1, index) && !unit.possessive;
    const before = nameAt(index + 1) && nameAt(index + 2) && !unit.possessive && joined(index, index + 1) && joined(index + 1, index + 2);
    if ((after || before) && tokens[unit.firstToken]?.isWord) validPlaces.delete(key);
  });
}

/**
 * "North and South Korea", "North and South America": a word, "and", then a known
 * place whose first word it replaces. The word names a place of its own when the
 * swap spells one ("North Korea"); "Japan and South Korea" spells nothing.
 */
function findElidedPlaces(prepared: PreparedKnowledge, text: string, tokens: readonly Token[], matches: readonly KnownMatch[]): Map<number, string> {
  const elided = new Map<number, string>();
  for (const match of matches) {
    if (match.value.type !== 'place' || match.first === match.last) continue;
    const and = tokens[match.first - 1];
    const word = tokens[match.first - 2];
    const shared = tokens[match.first];
    if (!and || !word || !shared || and.text !== 'and' || !and.spaceBefore || !word.isWord || !CAPITALISED.test(word.text)) continue;
    if (!shared.spaceBefore) continue;
    const ending = text.slice(shared.end, tokens[match.last]?.end ?? shared.end);
    const place = prepared.placeNames.get(word.text + ending);
    if (place && place !== match.value.key) elided.set(match.first - 2, place);
  }
  return elided;
}

interface KnownMatch {
  first: number;
  last: number;
  value: KnownValue;
}

function cityClock(prepared: PreparedKnowledge, tokens: readonly Token[], match: KnownMatch): boolean {
  const after = tokens[match.last + 1];
  if (after?.text !== 'time' || !after.spaceBefore) return false;
  return prepared.knowledge.places.some((place) => place.name === match.value.key && place.kind === 'city');
}

function scanKnown(prepared: PreparedKnowledge, tokens: readonly Token[]): KnownMatch[] {
  const matches: KnownMatch[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const match = prepared.known.longestAt(tokens, i);
    if (!match) continue;
    // A place must be whole tokens of its own, not the front of a longer word.
    matches.push({ first: i, last: match.endToken, value: match.value });
    i = match.endToken;
  }
  return matches;
}

/**
 * "Korea-Japan" and "Japan-U.S.-ROK" mention each country, and "Seoul-based"
 * mentions Seoul; but "Asia-Pacific" is one name, not a mention of Asia. So a
 * place inside a hyphen compound counts only when every other capitalised part is
 * a place too (or a wire slug in capitals that opens it).
 */
function dropPlacesInsideForeignCompounds(matches: KnownMatch[], tokens: readonly Token[], units: readonly Unit[]): KnownMatch[] {
  const covered = new Uint8Array(tokens.length);
  for (const match of matches) for (let t = match.first; t <= match.last; t += 1) covered[t] = 1;
  const badToken = new Uint8Array(tokens.length);
  for (const unit of units) {
    if (unit.firstToken === unit.lastToken) continue;
    let hasPlace = false;
    let hasForeignCapital = false;
    for (let t = unit.firstToken; t <= unit.lastToken; t += 1) {
      const token = tokens[t];
      if (!token?.isWord) continue;
      if (covered[t]) hasPlace = true;
      // A wire slug in capitals opening the compound ("BRIEF-South Korea …", "UPDATE-Japan") labels the story.
      else if (t === unit.firstToken && token.text.length >= 3 && !LOWERCASE_LETTER.test(token.text)) continue;
      else if (CAPITALISED.test(token.text)) hasForeignCapital = true;
    }
    if (hasPlace && hasForeignCapital) for (let t = unit.firstToken; t <= unit.lastToken; t += 1) badToken[t] = 1;
  }
  return matches.filter((match) => {
    if (match.value.type !== 'place') return true;
    for (let t = match.first; t <= match.last; t += 1) if (badToken[t]) return false;
    return true;
  });
}

function alignedToUnits(units: readonly Unit[], unitOfToken: Int32Array, first: number, last: number, tokens: readonly Token[]): boolean {
  const startUnit = units[unitOfToken[first] ?? -1];
  const lastTokenIsWord = tokens[last]?.isWord ?? false;
  // A title may end on a dot ("Sen."), which lies outside any unit.
  const endUnit = lastTokenIsWord ? units[unitOfToken[last] ?? -1] : units[unitOfToken[last - 1] ?? -1];
  if (!startUnit || !endUnit) return false;
  return startUnit.firstToken === first && (lastTokenIsWord ? endUnit.lastToken === last : endUnit.lastToken === last - 1);
}

function classifyUnit(
  prepared: PreparedKnowledge,
  unit: Unit,
  tokens: readonly Token[],
  tokenKind: ReadonlyArray<'place' | 'knownOrg' | 'title' | undefined>,
): UnitClass {
  let place = false;
  let knownOrg = false;
  let title = false;
  for (let t = unit.firstToken; t <= unit.lastToken; t += 1) {
    if (!tokens[t]?.isWord) continue;
    const kind = tokenKind[t];
    if (kind === 'place') place = true;
    else if (kind === 'knownOrg') knownOrg = true;
    else if (kind === 'title') title = true;
  }
  if (knownOrg) return 'knownOrg';
  if (place) return 'place';
  if (title) return 'title';
  const text = unit.text;
  if (prepared.stopWords.has(text)) return 'stop';
  if (prepared.demonyms.has(text)) return 'demonym';
  if (prepared.eventHeads.has(text)) return 'event';
  // A company suffix keeps its dot ("Ltd.", "Inc."): the head is the word.
  if (prepared.orgHeads.has(text) || (text.endsWith('.') && prepared.orgHeads.has(text.slice(0, -1)))) return 'orgHead';
  // "al-Farsi", "bin-Rashed": an Arabic particle joined to a capitalised name is a name word.
  if (text.includes('-') && PARTICLE_JOINED.test(text)) return 'name';
  if (!unit.capitalised) return 'lower';
  // "SUVs", "EVs": a plural of an acronym names things, as a model number does, never a person.
  if (PLURAL_ACRONYM.test(text)) return 'code';
  // "A321", "G20", "7C2216": model numbers and codes are never (part of) a person's name.
  if (HAS_DIGIT.test(text)) return 'code';
  if (unit.allCaps) return 'acronym';
  return 'name';
}

const PARTICLE_JOINED = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu)-\p{Lu}\p{Ll}/u;
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

/**
 * Title Case is a headline style (or a list of headlines left in the body): words
 * of four letters or more are nearly all capitalised and the line has no final stop.
 */
function isTitleCaseLine(sentence: Sentence, units: readonly Unit[]): boolean {
  if (sentence.kind !== 'headline' && ENDS_LIKE_A_SENTENCE.test(sentence.text)) return false;
  let capitalised = 0;
  let lowercase = 0;
  for (const unit of units) {
    if (unit.text.length < 4 || unit.allCaps) continue;
    if (unit.capitalised) capitalised += 1;
    else lowercase += 1;
  }
  return capitalised >= 4 && capitalised >= 3 * lowercase;
}

/** Every selected sentence read; a sentence repeated with the same kind shares its first reading. */
export function readSentences(prepared: PreparedKnowledge, selected: readonly SelectedSentence[]): SentenceAnalysis[] {
  const readings = new Map<string, SentenceReading>();
  return selected.map(({ articleIndex, sentenceIndex, articleId, sentence }) => {
    const key = `${sentence.kind}\u0000${sentence.text}`;
    const known = readings.get(key);
    const reading = known ?? readSentence(prepared, sentence);
    if (!known) readings.set(key, reading);
    return analysisOf(reading, known !== undefined, articleIndex, sentenceIndex, articleId, sentence);
  });
}
