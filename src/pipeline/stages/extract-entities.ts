/**
 * Entity extraction: people, places and organisations across the whole corpus.
 *
 * Two passes, so every occurrence of a name is found once the name is known:
 * 1. Discovery, sentence by sentence: places and well-known bodies from the
 *    knowledge base; people from title cues ("Foreign Minister X"), appositives
 *    ("his counterpart, X"), speech cues ("X said", "said X") and bare capitalised
 *    runs of 2-4 name-like words; organisations from runs ending in a head-noun
 *    ("Constitutional Court", "Ministry of Foreign Affairs") and from the general
 *    "Long Name (ACRONYM)" pattern.
 * 2. Mentions: a longest-match scan of every discovered surface form, then single
 *    name words ("Iwaya", "Trump’s") resolved to the full name met nearest before
 *    them in the same article, else after them, else the corpus's most mentioned.
 *
 * Person spellings merge by a normalisation rule, never by lists: lowercase, drop
 * hyphens, spaces and accents, and allow the surname to move from front to back
 * ("Cho Tae-yul" = "Cho Tae Yul", "Gen Nakatani" = "Nakatani Gen"). A surname in
 * capitals next to a mixed-case name ("Mr. IWAYA Takeshi") is part of the name, and
 * every known name is also matched in that ministry style.
 *
 * Names that tie the run to the text: a person's `name` is the most frequent
 * multi-word form (ties: first seen); an organisation's is its most frequent
 * non-acronym form; a place's is the gazetteer's canonical name. Every other
 * surface form seen is an alias. Only headline, caption and body sentences are
 * read, and of those not the lines crediting reporters: byline, dateline and
 * credits are metadata, not the story.
 *
 * Everything is a single left-to-right scan with bounded look-around (names are at
 * most four words, organisation pre-modifiers at most six), so time is linear in
 * the text; the only regular expression over the text has no nested quantifiers.
 */
import type { Article, Entity, EntityType, Mention, Sentence } from '../../lib/corpus/schema';
import type { EntityKnowledge } from '../knowledge/entity-knowledge';

export interface EntityContext {
  knowledge: EntityKnowledge;
}

const SCANNED_KINDS: ReadonlySet<Sentence['kind']> = new Set<Sentence['kind']>(['headline', 'caption', 'body']);
/** A person's name is at most this many words; longer capitalised runs are something else. */
const MAX_NAME_UNITS = 4;
/** Capitalised words kept before an organisation head-noun ("Seoul Central District Court"). */
const MAX_ORG_MODIFIERS = 6;
/** Words kept after an organisation's "of"/"for" ("Ministry of Foreign Affairs"). */
const MAX_ORG_TAIL = 6;
/** Words allowed between two head-nouns of one organisation ("Senate Foreign Relations Committee"). */
const MAX_HEAD_GAP = 3;
/** No organisation name is longer than this many words. */
const MAX_ORG_UNITS = 12;

// ---------------------------------------------------------------------------
// Tokens and name units

export interface Token {
  text: string;
  /** The text with hyphen and apostrophe variants folded, for matching. */
  key: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Whitespace separates this token from the previous one. */
  spaceBefore: boolean;
}

/**
 * Dotted abbreviations ("U.S.", "U.A.E."), letter/digit runs, or one other
 * non-space character. Each alternative is a single bounded loop: linear time.
 */
const TOKEN_PATTERN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;
const CAPITALISED = /^\p{Lu}/u;
const LOWERCASE_LETTER = /\p{Ll}/u;

const FOLDED_DASH = /[\u2010\u2011\u2013]/gu;
const FOLDED_APOSTROPHE = /[\u2018\u2019\u02bc\u2032`]/gu;

function normalizeTokenKey(text: string): string {
  // Of the folded characters only U+02BC is a letter, so only it can sit inside a longer
  // token; the others are tokens of their own. Most tokens are neither: return them as they are.
  if (text.length > 1 && !text.includes('\u02bc')) return text;
  return text.replace(FOLDED_DASH, '-').replace(FOLDED_APOSTROPHE, "'");
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const start = match.index;
    const value = match[0];
    tokens.push({
      text: value,
      key: normalizeTokenKey(value),
      start,
      end: start + value.length,
      // Three or more code units are more than one character: an abbreviation or a word.
      isWord: value.length > 2 || WORD_START.test(value),
      spaceBefore: start > previousEnd,
    });
    previousEnd = start + value.length;
  }
  return tokens;
}

/** A word as a name sees it: hyphen compounds ("Tae-yul") and "O'Brien" are one unit. */
interface Unit {
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
  /** Text without any possessive "'s" (which is not part of the name). */
  text: string;
  possessive: boolean;
  /** First word of the sentence or of a quotation: its capital letter tells nothing. */
  initial: boolean;
  capitalised: boolean;
  allCaps: boolean;
}

/** Tokens after which a capital letter says nothing about a name. */
const NOT_INITIAL_AFTER: ReadonlySet<string> = new Set([',', ';', '&', '-']);

function buildUnits(text: string, tokens: readonly Token[]): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first?.isWord) {
      i += 1;
      continue;
    }
    let last = i;
    for (;;) {
      const joiner = tokens[last + 1];
      const next = tokens[last + 2];
      if (!joiner || !next || joiner.spaceBefore || next.spaceBefore || !next.isWord) break;
      const joinsHyphen = joiner.key === '-';
      const joinsApostrophe = joiner.key === "'" && CAPITALISED.test(next.text);
      if (!joinsHyphen && !joinsApostrophe) break;
      last += 2;
    }
    let resume = last + 1;
    let possessive = false;
    const apostrophe = tokens[last + 1];
    if (apostrophe && apostrophe.key === "'" && !apostrophe.spaceBefore) {
      const s = tokens[last + 2];
      possessive = true;
      resume = s && !s.spaceBefore && (s.text === 's' || s.text === 'S') ? last + 3 : last + 2;
    }
    const lastToken = tokens[last] ?? first;
    const unitText = text.slice(first.start, lastToken.end);
    const before = tokens[i - 1];
    units.push({
      firstToken: i,
      lastToken: last,
      start: first.start,
      end: lastToken.end,
      text: unitText,
      possessive,
      initial: !before || (!before.isWord && !NOT_INITIAL_AFTER.has(before.key)),
      capitalised: CAPITALISED.test(unitText),
      allCaps: !LOWERCASE_LETTER.test(unitText) && (unitText.match(/\p{L}/gu)?.length ?? 0) >= 2,
    });
    i = resume;
  }
  return units;
}

// ---------------------------------------------------------------------------
// Phrase lexicon: longest match over tokens

interface LexiconEntry<T> {
  keys: string[];
  spaced: boolean[];
  value: T;
}

/** Phrases matched token by token (with the same spacing); the first added wins a tie. */
class PhraseLexicon<T> {
  private readonly byFirstKey = new Map<string, LexiconEntry<T>[]>();
  private readonly signatures = new Set<string>();

  add(phrase: string, value: T): void {
    const tokens = tokenize(phrase);
    const head = tokens[0];
    if (!head) return;
    const signature = tokens.map((t) => (t.spaceBefore ? ' ' : '') + t.key).join('');
    if (this.signatures.has(signature)) return;
    this.signatures.add(signature);
    const entry: LexiconEntry<T> = { keys: tokens.map((t) => t.key), spaced: tokens.map((t) => t.spaceBefore), value };
    const list = this.byFirstKey.get(head.key) ?? [];
    // Longest first; equal lengths keep insertion (priority) order: insert after every entry at least as long.
    let at = list.length;
    while (at > 0 && list[at - 1]!.keys.length < entry.keys.length) at -= 1;
    list.splice(at, 0, entry);
    this.byFirstKey.set(head.key, list);
  }

  /** The longest entry starting at token `i`, with the index of its last token. */
  longestAt(tokens: readonly Token[], i: number): { value: T; endToken: number } | undefined {
    const first = tokens[i];
    if (!first) return undefined;
    const candidates = this.byFirstKey.get(first.key);
    if (!candidates) return undefined;
    for (const entry of candidates) {
      if (entriesMatch(entry, tokens, i)) return { value: entry.value, endToken: i + entry.keys.length - 1 };
    }
    return undefined;
  }
}

function entriesMatch<T>(entry: LexiconEntry<T>, tokens: readonly Token[], i: number): boolean {
  for (let k = 1; k < entry.keys.length; k += 1) {
    const token = tokens[i + k];
    if (!token || token.key !== entry.keys[k] || token.spaceBefore !== entry.spaced[k]) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Knowledge, prepared once per run

type KnownValue = { type: 'place' | 'organization'; key: string };

interface PreparedKnowledge {
  known: PhraseLexicon<KnownValue>;
  titles: PhraseLexicon<true>;
  /** Every gazetteer spelling → its canonical name. */
  placeNames: ReadonlyMap<string, string>;
  speechCues: PhraseLexicon<string>;
  stopWords: ReadonlySet<string>;
  demonyms: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
  placeHeads: ReadonlySet<string>;
  standaloneOrgs: ReadonlySet<string>;
  eventHeads: ReadonlySet<string>;
  roleNouns: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  knowledge: EntityKnowledge;
}

function prepareKnowledge(knowledge: EntityKnowledge): PreparedKnowledge {
  const known = new PhraseLexicon<KnownValue>();
  for (const org of knowledge.organizations) {
    for (const surface of [org.name, ...org.aliases]) known.add(surface, { type: 'organization', key: orgKey(org.name) });
  }
  for (const place of knowledge.places) {
    for (const surface of [place.name, ...place.aliases]) known.add(surface, { type: 'place', key: place.name });
  }
  const placeNames = new Map<string, string>();
  for (const place of knowledge.places) for (const surface of [place.name, ...place.aliases]) if (!placeNames.has(surface)) placeNames.set(surface, place.name);
  const titles = new PhraseLexicon<true>();
  for (const title of knowledge.personTitles) titles.add(title, true);
  const speechCues = new PhraseLexicon<string>();
  for (const cue of knowledge.speechCues) speechCues.add(cue, cue);
  return {
    known,
    titles,
    placeNames,
    speechCues,
    // A title in the plural ("the two Ministers") names no one.
    stopWords: new Set([...knowledge.stopWords, ...knowledge.personTitles.filter((title) => /^\p{L}+$/u.test(title)).map((title) => `${title}s`)]),
    demonyms: new Set(knowledge.demonyms),
    // Place heads end a name as organisation heads do; only the entity's type differs.
    orgHeads: new Set([...knowledge.organizationHeads, ...knowledge.standaloneOrganizations, ...knowledge.placeHeads]),
    placeHeads: new Set(knowledge.placeHeads),
    standaloneOrgs: new Set(knowledge.standaloneOrganizations),
    eventHeads: new Set([...knowledge.eventHeads, ...knowledge.productHeads]),
    roleNouns: new Set(knowledge.roleNouns),
    connectors: new Set(knowledge.nameConnectors),
    auxiliaries: new Set(knowledge.speechAuxiliaries),
    knowledge,
  };
}

// ---------------------------------------------------------------------------
// Sentence analysis (pass 1 input, reused by pass 2)

/** What a unit can be, decided before any name rule runs. */
type UnitClass = 'place' | 'knownOrg' | 'title' | 'stop' | 'demonym' | 'orgHead' | 'event' | 'acronym' | 'code' | 'lower' | 'name';

/**
 * What a sentence's words are. It depends on the text and the block kind only,
 * so sentences repeated across articles (wire copy, a caption under two
 * photos) are read once and share one reading.
 */
interface SentenceReading {
  tokens: Token[];
  units: Unit[];
  /** Unit index of each token, or -1 for punctuation outside units. */
  unitOfToken: Int32Array;
  classes: UnitClass[];
  /** Place matches that survived the hyphen-compound rule, as "first:last" token indices. */
  validPlaces: Set<string>;
  /** A headline or list line in Title Case: capitals there say nothing about names. */
  titleCase: boolean;
  /** Token index → place named by a shared ending: the "North" of "North and South Korea" is North Korea. */
  elidedPlaces: Map<number, string>;
}

/** One sentence of one article, with its (possibly shared) reading. */
interface SentenceAnalysis extends SentenceReading {
  articleIndex: number;
  sentenceIndex: number;
  articleId: string;
  sentence: Sentence;
  reading: SentenceReading;
  /** An earlier sentence had the same text and kind: it discovers nothing new. */
  repeat: boolean;
}

/**
 * A picture or syndication credit closing a sentence — "(Provided by Japan’s
 * Foreign Ministry)", "[YONHAP]", "(Photo by …)" — names who supplied the
 * picture, not anyone in the story. Its characters are blanked (offsets kept),
 * so nothing inside it becomes a mention. A bracket counts as a credit when it
 * opens with a credit cue, or, in a caption, when it is all capitals (captions
 * end "[MINISTRY OF FOREIGN AFFAIRS]"; a body sentence may end with "(LDP)").
 * Only the last bracket is looked at: linear time.
 */
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
  if (!cued && !shouted) return text;
  return text.slice(0, open) + ' '.repeat(trimmed.length - open) + text.slice(trimmed.length);
}

/**
 * A wire dateline left at the head of a body sentence — "SEOUL, Dec 30 (Meridian
 * Wire) -", "TAIPEI (Reuters) —" — says where the story was filed and by whom, not
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

/** Words (no brackets, no quotes), a bracket of up to 60 characters, a dash. Bounded and unnested: linear. */
const LEADING_DATELINE = /^\s*(\p{Lu}[^()[\]\n"“”]{0,60}?)\s*[([][^()[\]\n]{1,60}[)\]]\s*(?:-{1,2}|[–—])(?=\s)/u;
const SHOUTED_OPENING = /^\p{Lu}{2,}(?![\p{Ll}])/u;

/** Leading dashes, brackets and spaces of a credit line: "— Reporting by", "(This article was …". */
const CREDIT_LEAD = /^[\s([\u2014\u2013-]+/u;
/** E-mail addresses and links, which a byline may carry in lowercase. */
const ADDRESS = /\S+@\S+|https?:\/\/\S+/gu;
/** Lowercase words that may sit between reporters' names and places: "Jane Park and Tom Lee in Taipei". */
const CREDIT_CONNECTORS: ReadonlySet<string> = new Set(['and', 'in', 'at', 'of', 'for', 'the', 'with']);
/** A credit line is short; a longer line is a story sentence that happens to open like one. */
const MAX_CREDIT_WORDS = 14;
/** Sentences from the top in which a bare "Name in Place" line is a byline. */
const BYLINE_REACH = 4;

/** Only capitalised words and connectors, few of them: names (and places), nothing said about them. */
function namesOnly(text: string): boolean {
  const words = text.replace(ADDRESS, ' ').match(/[\p{L}\p{M}'’.-]+/gu) ?? [];
  if (words.length === 0 || words.length > MAX_CREDIT_WORDS) return false;
  return words.every((word) => !/^\p{Ll}/u.test(word) || CREDIT_CONNECTORS.has(word));
}

/**
 * A line crediting the reporters — "By Jane Park", "— Reporting by …; Editing by
 * …", "(This article was written by …)", "Reporter Lee So-yeon", "Lee So-yeon
 * contributed to this report", or a bare "Jane Park in Taipei" near the top —
 * names who wrote the story, not who is in it: like a byline block, it is not read.
 * "By Monday, officials said …" says something, so it is a story sentence.
 */
export function isCreditLine(knowledge: EntityKnowledge, sentence: Sentence, sentenceIndex: number): boolean {
  if (sentence.kind !== 'body' && sentence.kind !== 'caption') return false;
  const text = sentence.text.replace(CREDIT_LEAD, '');
  const lower = text.toLowerCase();
  const opensWith = (opener: string): boolean => lower.startsWith(opener) && !/[\p{L}\p{N}]/u.test(lower.charAt(opener.length));
  if (knowledge.creditLineOpeners.some(opensWith)) return true;
  if (knowledge.creditPhrases.some((phrase) => lower.includes(phrase))) return true;
  const byline = knowledge.bylineOpeners.find(opensWith);
  if (byline !== undefined) return namesOnly(text.slice(byline.length));
  // "Jane Park in Taipei": names and a place, no verb, no closing stop, just under the headline.
  return sentence.kind === 'body' && sentenceIndex < BYLINE_REACH && / in /u.test(text) && !ENDS_LIKE_A_SENTENCE.test(text) && namesOnly(text);
}

/** One literal shape for every analysis (a spread would give each its own). */
function analysisOf(reading: SentenceReading, repeat: boolean, articleIndex: number, sentenceIndex: number, articleId: string, sentence: Sentence): SentenceAnalysis {
  return {
    tokens: reading.tokens,
    units: reading.units,
    unitOfToken: reading.unitOfToken,
    classes: reading.classes,
    validPlaces: reading.validPlaces,
    titleCase: reading.titleCase,
    elidedPlaces: reading.elidedPlaces,
    articleIndex,
    sentenceIndex,
    articleId,
    sentence,
    reading,
    repeat,
  };
}

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
    if (match.value.type === 'place') validPlaces.add(`${match.first}:${match.last}`);
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
  return {
    tokens,
    units,
    unitOfToken,
    classes,
    validPlaces,
    titleCase: isTitleCaseLine(sentence, units),
    elidedPlaces,
  };
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
 * a place too.
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
  if (prepared.orgHeads.has(text)) return 'orgHead';
  if (!unit.capitalised) return 'lower';
  // "A321", "G20", "7C2216": model numbers and codes are never (part of) a person's name.
  if (HAS_DIGIT.test(text)) return 'code';
  if (unit.allCaps) return 'acronym';
  return 'name';
}

const HAS_DIGIT = /\p{N}/u;

const ENDS_LIKE_A_SENTENCE = /[.!?]["”’')\]]*\s*$/u;

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

// Unit neighbourhood helpers -------------------------------------------------

/** `b` follows `a` directly, separated only by whitespace (no punctuation, no "'s"). */
function adjacent(analysis: SentenceAnalysis, a: number, b: number): boolean {
  const left = analysis.units[a];
  const right = analysis.units[b];
  if (!left || !right) return false;
  return right.firstToken === left.lastToken + 1 && (analysis.tokens[right.firstToken]?.spaceBefore ?? false);
}

function classOf(analysis: SentenceAnalysis, index: number): UnitClass | undefined {
  return analysis.classes[index];
}

function unitsText(analysis: SentenceAnalysis, from: number, to: number): string {
  const first = analysis.units[from];
  const last = analysis.units[to];
  if (!first || !last) return '';
  return analysis.sentence.text.slice(first.start, last.end);
}

// ---------------------------------------------------------------------------
// Pass 1: discovery

type PersonCue = 'title' | 'role' | 'speech' | 'bare';

interface PersonCandidate {
  surface: string;
  units: string[];
  cue: PersonCue;
  /** Starts the sentence (or a quotation). */
  initial: boolean;
}

/** A body, or a place named by its head-noun ("Muan International Airport"). */
interface OrgCandidate {
  surface: string;
  type: 'organization' | 'place';
  acronym?: string;
}

interface Discoveries {
  people: PersonCandidate[];
  organizations: OrgCandidate[];
  /** Capitalised words seen somewhere other than the start of a sentence. */
  capitalisedMidSentence: Set<string>;
}

function discover(prepared: PreparedKnowledge, analyses: readonly SentenceAnalysis[]): Discoveries {
  const found: Discoveries = { people: [], organizations: [], capitalisedMidSentence: new Set() };
  for (const analysis of analyses) {
    // A repeat would add the same candidates again, later: clustering takes the first of
    // each and ignores repeats, so skipping them changes nothing.
    if (analysis.repeat) continue;
    analysis.units.forEach((unit, index) => {
      if (analysis.classes[index] === 'name' && !unit.initial && !analysis.titleCase) found.capitalisedMidSentence.add(unit.text);
    });
    discoverTitledPeople(prepared, analysis, found.people);
    if (analysis.titleCase) continue;
    discoverAppositivePeople(prepared, analysis, found.people);
    discoverSpeakers(prepared, analysis, found.people);
    discoverBareNames(prepared, analysis, found.people);
    discoverHeadedOrganizations(prepared, analysis, found.organizations);
    discoverAcronymOrganizations(prepared, analysis, found.organizations);
  }
  return found;
}

/** Letters (and hyphens) only, with a vowel: "IWAYA", "CHO", "YOON" may be a surname; "KMT", "G20", "U.S." may not. */
const CAPITALS_SURNAME_SHAPE = /^(?=[^AEIOUY]*[AEIOUY])\p{Lu}+(?:-\p{Lu}+)?$/u;

/**
 * A surname written in capitals, as government and ministry pages write names
 * ("Mr. IWAYA Takeshi", "President YOON Suk Yeol"). Such a word is read as a name
 * only next to a mixed-case name word, so a lone acronym stays an acronym.
 */
function capitalisedSurnameAt(analysis: SentenceAnalysis, index: number): boolean {
  const unit = analysis.units[index];
  return classOf(analysis, index) === 'acronym' && unit !== undefined && unit.text.length <= 12 && CAPITALS_SURNAME_SHAPE.test(unit.text);
}

/** A name run widened by a capitalised surname right before or right after it ("YOON" + "Suk Yeol"). */
function withCapitalisedSurname(analysis: SentenceAnalysis, run: [number, number]): [number, number] {
  const [start, end] = run;
  if (end - start + 1 >= MAX_NAME_UNITS) return run;
  if (capitalisedSurnameAt(analysis, start - 1) && adjacent(analysis, start - 1, start)) return [start - 1, end];
  if (capitalisedSurnameAt(analysis, end + 1) && adjacent(analysis, end, end + 1)) return [start, end + 1];
  return run;
}

/** Consecutive name-like words from u, at most MAX_NAME_UNITS. */
function plainNameRunFrom(analysis: SentenceAnalysis, u: number): [number, number] | undefined {
  if (classOf(analysis, u) !== 'name') return undefined;
  let v = u;
  while (classOf(analysis, v + 1) === 'name' && adjacent(analysis, v, v + 1)) {
    v += 1;
    if (v - u + 1 > MAX_NAME_UNITS) return undefined;
  }
  return [u, v];
}

/** Consecutive name-like words ending at u, read backwards. */
function plainNameRunEndingAt(analysis: SentenceAnalysis, u: number): [number, number] | undefined {
  if (classOf(analysis, u) !== 'name') return undefined;
  let v = u;
  while (classOf(analysis, v - 1) === 'name' && adjacent(analysis, v - 1, v)) {
    v -= 1;
    if (u - v + 1 > MAX_NAME_UNITS) return undefined;
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

function personFromRun(analysis: SentenceAnalysis, run: [number, number], cue: PersonCue): PersonCandidate {
  const units = analysis.units.slice(run[0], run[1] + 1).map((unit) => unit.text);
  return { surface: unitsText(analysis, run[0], run[1]), units, cue, initial: analysis.units[run[0]]?.initial ?? false };
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
    i = title.endToken;
    const first = unitAfterToken(analysis, title.endToken);
    if (first === undefined) continue;
    const run = nameRunFrom(analysis, first);
    if (!run) continue;
    // In a Title Case line "Minister Iwaya Visits Seoul" would swallow "Visits":
    // accept only a name that the line ends or punctuation closes.
    if (analysis.titleCase) {
      const after = tokens[(analysis.units[run[1]]?.lastToken ?? 0) + 1];
      if (after?.isWord) continue;
    }
    out.push(personFromRun(analysis, run, 'title'));
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
    const run = nameRunFrom(analysis, first);
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
      const run = nameRunEndingAt(analysis, before);
      if (run && !partOfLargerName(prepared, analysis, run[0], run[1])) out.push(personFromRun(analysis, run, 'speech'));
    }
    if (adjacent(analysis, cueLast, cueLast + 1)) {
      const run = nameRunFrom(analysis, cueLast + 1);
      if (run && !partOfLargerName(prepared, analysis, run[0], run[1])) out.push(personFromRun(analysis, run, 'speech'));
    }
  }
}

/** A sentence-opening participle or adverb ("Marking", "Reportedly") is not a given name. */
const LOOKS_LIKE_VERB_OR_ADVERB = /(?:ing|ed|ly)$/u;

/** Capitalised runs of 2-4 name-like words that nothing else explains: "Marco Rubio", "Yoko Kamikawa". */
function discoverBareNames(prepared: PreparedKnowledge, analysis: SentenceAnalysis, out: PersonCandidate[]): void {
  const { units } = analysis;
  let i = 0;
  while (i < units.length) {
    if (analysis.classes[i] !== 'name') {
      i += 1;
      continue;
    }
    let end = i;
    while (analysis.classes[end + 1] === 'name' && adjacent(analysis, end, end + 1)) end += 1;
    let start = i;
    const opening = units[start];
    if (opening?.initial && LOOKS_LIKE_VERB_OR_ADVERB.test(opening.text)) start += 1;
    const length = end - start + 1;
    // "the Federal Reserve", "the Red Cross": an article before a bare capitalised run
    // marks a thing or a body; people are named without one (titles are cued apart).
    const article = units[start - 1];
    const afterArticle = article !== undefined && adjacent(analysis, start - 1, start) && (article.text === 'the' || article.text === 'The');
    if (length >= 2 && length <= MAX_NAME_UNITS && !afterArticle && !partOfLargerName(prepared, analysis, start, end)) {
      // Only a run that is a name already takes a capitalised surname: "YOON Suk Yeol", but never "AUKUS Pact".
      out.push(personFromRun(analysis, withCapitalisedSurname(analysis, [start, end]), 'bare'));
    }
    i = end + 1;
  }
}

/**
 * Runs that are the front or the back of an organisation or event name:
 * "Trilateral Indo-Pacific Dialogue", "(Ministry of) Foreign Affairs",
 * "Joint Chiefs (of Staff)".
 */
function partOfLargerName(prepared: PreparedKnowledge, analysis: SentenceAnalysis, start: number, end: number): boolean {
  const next = classOf(analysis, end + 1);
  // A model number after the run makes it a product or its maker: "Boeing 737-800", "Airbus A321".
  if ((next === 'orgHead' || next === 'event' || next === 'code') && adjacent(analysis, end, end + 1)) return true;
  const connectorAfter = analysis.units[end + 1];
  if (connectorAfter && adjacent(analysis, end, end + 1) && prepared.connectors.has(connectorAfter.text)) {
    const afterConnector = classOf(analysis, end + 2);
    if (adjacent(analysis, end + 1, end + 2) && afterConnector !== undefined && afterConnector !== 'lower' && afterConnector !== 'place') return true;
  }
  const connectorBefore = analysis.units[start - 1];
  if (connectorBefore && adjacent(analysis, start - 1, start) && prepared.connectors.has(connectorBefore.text)) {
    const beforeConnector = analysis.units[start - 2];
    if (beforeConnector?.capitalised && adjacent(analysis, start - 2, start - 1)) return true;
  }
  return false;
}

/** Classes that may sit inside an organisation name. */
const ORG_PART: ReadonlySet<UnitClass> = new Set<UnitClass>(['name', 'place', 'title', 'demonym', 'orgHead', 'knownOrg', 'acronym', 'event']);
const ORG_TAIL_PART: ReadonlySet<UnitClass> = new Set<UnitClass>(['name', 'place', 'demonym', 'orgHead', 'title']);

/**
 * "Constitutional Court", "National Assembly", "Ministry of Foreign Affairs",
 * "Senate Foreign Relations Committee". Within a capitalised segment, head-nouns
 * at most MAX_HEAD_GAP words apart belong to one name, which ends at the last of them.
 */
function discoverHeadedOrganizations(prepared: PreparedKnowledge, analysis: SentenceAnalysis, out: OrgCandidate[]): void {
  const { units, classes } = analysis;
  const emit = (start: number, lastHead: number, segmentEnd: number): number => {
    // A place right after the head is part of the name: "U.S. Forces Korea".
    let end = lastHead;
    while (end < segmentEnd && end - lastHead < 2 && classes[end + 1] === 'place') end += 1;
    if (end === segmentEnd) end = extendOrgTail(analysis, end);
    const head = units[lastHead]?.text ?? '';
    const type = prepared.placeHeads.has(head) ? 'place' : 'organization';
    if (start !== end || prepared.standaloneOrgs.has(head)) out.push({ surface: unitsText(analysis, start, end), type });
    return end;
  };
  let i = 0;
  while (i < units.length) {
    if (!ORG_PART.has(classes[i] ?? 'lower')) {
      i += 1;
      continue;
    }
    let segmentEnd = i;
    while (ORG_PART.has(classes[segmentEnd + 1] ?? 'lower') && orgAdjacent(analysis, segmentEnd, segmentEnd + 1)) segmentEnd += 1;
    let next = segmentEnd + 1;
    let orgStart = -1;
    let lastHead = -1;
    for (let u = i; u <= segmentEnd; u += 1) {
      if (classes[u] !== 'orgHead') continue;
      const joinsCurrent = lastHead >= 0 && u - lastHead - 1 <= MAX_HEAD_GAP && u - orgStart < MAX_ORG_UNITS;
      if (!joinsCurrent) {
        if (lastHead >= 0) emit(orgStart, lastHead, segmentEnd);
        orgStart = Math.max(lastHead + 1, i, u - MAX_ORG_MODIFIERS);
      }
      lastHead = u;
    }
    if (lastHead >= 0) next = Math.max(next, emit(orgStart, lastHead, segmentEnd) + 1);
    i = next;
  }
}

/** After a head-noun: "of"/"for" [the] + capitalised words ("Bank of Korea", "Institute for Peace"). */
function extendOrgTail(analysis: SentenceAnalysis, head: number): number {
  const connector = analysis.units[head + 1];
  if (!connector || !adjacent(analysis, head, head + 1) || (connector.text !== 'of' && connector.text !== 'for')) return head;
  let next = head + 2;
  if (analysis.units[next]?.text === 'the' && adjacent(analysis, next - 1, next)) next += 1;
  if (!ORG_TAIL_PART.has(classOf(analysis, next) ?? 'lower') || !adjacent(analysis, next - 1, next)) return head;
  let end = next;
  while (end - next + 1 < MAX_ORG_TAIL && ORG_TAIL_PART.has(classOf(analysis, end + 1) ?? 'lower') && adjacent(analysis, end, end + 1)) {
    end += 1;
  }
  return end;
}

/**
 * "Asia-Pacific Economic Cooperation (APEC)": the capitalised words before a
 * parenthesised acronym whose initials spell it name an organisation, and the
 * acronym is its alias. Hyphen parts may each give an initial.
 */
function discoverAcronymOrganizations(prepared: PreparedKnowledge, analysis: SentenceAnalysis, out: OrgCandidate[]): void {
  const { tokens, units } = analysis;
  for (let i = 1; i < tokens.length - 2; i += 1) {
    if (tokens[i]?.key !== '(' || tokens[i + 2]?.key !== ')') continue;
    const acronymUnit = units[analysis.unitOfToken[i + 1] ?? -1];
    if (!acronymUnit?.allCaps || acronymUnit.firstToken !== i + 1 || acronymUnit.lastToken !== i + 1) continue;
    const letters = acronymUnit.text.replace(/[^\p{Lu}]/gu, '');
    if (letters.length < 2 || letters.length > 10) continue;
    const lastUnit = analysis.unitOfToken[i - 1] ?? -1;
    if (lastUnit < 0 || units[lastUnit]?.lastToken !== i - 1) continue;
    const startUnit = unitsSpellingAcronym(prepared, analysis, lastUnit, letters);
    if (startUnit === undefined) continue;
    let allPlaces = true;
    for (let u = startUnit; u <= lastUnit; u += 1) if (analysis.classes[u] !== 'place' && analysis.classes[u] !== 'lower') allPlaces = false;
    if (allPlaces) continue;
    out.push({ surface: unitsText(analysis, startUnit, lastUnit), type: 'organization', acronym: acronymUnit.text });
  }
}

/** Plural nouns whose possessive may sit inside a name without an "s'": "People's Party". */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['People', 'Women', 'Children', 'Men']);

/**
 * Adjacent inside an organisation name: as `adjacent`, or across the possessive of
 * a plural ("Taiwan People's Party", "Workers' Party"), which names who the body is
 * for; a singular possessive ("Trump's Party") is an owner, not part of the name.
 */
function orgAdjacent(analysis: SentenceAnalysis, a: number, b: number): boolean {
  if (adjacent(analysis, a, b)) return true;
  const left = analysis.units[a];
  const right = analysis.units[b];
  if (!left?.possessive || !right || b !== a + 1 || !(analysis.tokens[right.firstToken]?.spaceBefore ?? false)) return false;
  const pluralApostrophe = analysis.tokens[left.lastToken + 2] === undefined || analysis.tokens[left.lastToken + 2]?.spaceBefore;
  return IRREGULAR_PLURALS.has(left.text) || (pluralApostrophe === true && left.text.endsWith('s'));
}

/**
 * "Kuomintang (KMT)": one capitalised word before a bracketed acronym whose letters
 * it holds in order, from its first, names a body spelled as one word.
 */
function wordHoldsAcronym(word: string, letters: string): boolean {
  const lower = word.toLowerCase();
  const wanted = letters.toLowerCase();
  if (lower.length <= wanted.length + 2 || lower[0] !== wanted[0]) return false;
  let at = 0;
  for (const letter of wanted) {
    at = lower.indexOf(letter, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

function unitsSpellingAcronym(prepared: PreparedKnowledge, analysis: SentenceAnalysis, lastUnit: number, letters: string): number | undefined {
  const single = analysis.units[lastUnit];
  if (single && analysis.classes[lastUnit] === 'name' && !single.text.includes('-') && wordHoldsAcronym(single.text, letters)) return lastUnit;
  let remaining = letters.length;
  for (let u = lastUnit; u >= 0 && lastUnit - u < 12; u -= 1) {
    if (u < lastUnit && !orgAdjacent(analysis, u, u + 1)) return undefined;
    const unit = analysis.units[u];
    if (!unit) return undefined;
    if (!unit.capitalised) {
      if (u === lastUnit || !prepared.connectors.has(unit.text)) return undefined;
      continue;
    }
    const initials = partInitials(analysis, unit);
    const tail = letters.slice(0, remaining);
    if (initials.length > 0 && tail.endsWith(initials)) remaining -= initials.length;
    else if (initials[0] !== undefined && tail.endsWith(initials[0])) remaining -= 1;
    else return undefined;
    if (remaining === 0) return u;
  }
  return undefined;
}

function partInitials(analysis: SentenceAnalysis, unit: Unit): string {
  let initials = '';
  for (let t = unit.firstToken; t <= unit.lastToken; t += 1) {
    const token = analysis.tokens[t];
    if (token?.isWord && CAPITALISED.test(token.text)) initials += token.text[0] ?? '';
  }
  return initials;
}

// ---------------------------------------------------------------------------
// Clustering: one entity per person / organisation / place

interface Cluster {
  /** Stable internal key, not the output id. */
  key: string;
  type: EntityType;
  /** Canonical name fixed by knowledge (places, well-known bodies), if any. */
  knownName?: string;
  /** Order of discovery, for deterministic tie-breaking. */
  order: number;
}

/** Fold case, accents, hyphens and spaces: "Tae-yul" = "Tae Yul" = "taeyul". */
export function foldName(text: string): string {
  // Plain ASCII has no accents to decompose: the same result without Unicode normalisation.
  if (ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9]/g, '');
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

const ASCII = /^[^\u0080-\uffff]*$/;

function orgKey(name: string): string {
  return `org:${foldName(name)}`;
}

/**
 * Spellings of one person: the folded letters in the same cyclic order, split
 * only between words. "Cho Tae Yul" and "Cho Tae-yul" share "chotaeyul"; "Gen
 * Nakatani" and "Nakatani Gen" share "gennakatani" (surname first or last).
 */
function nameRotations(units: readonly string[]): string[] {
  const folded = units.map(foldName);
  const rotations: string[] = [];
  for (let k = 0; k < folded.length; k += 1) rotations.push([...folded.slice(k), ...folded.slice(0, k)].join(''));
  return rotations;
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) ?? root;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** `gazetteer`: a place from the knowledge base, whose matches the reading has already vetted. */
type MentionValue = { clusterKey: string; fullForm: boolean; gazetteer?: boolean };

/** A found place keeps the spelling first seen as its name; a found body is keyed by its folded name. */
function foundKey(found: OrgCandidate): string {
  return found.type === 'place' ? `place:${found.surface}` : orgKey(found.surface);
}

interface Resolution {
  clusters: Map<string, Cluster>;
  lexicon: PhraseLexicon<MentionValue>;
  /** Folded single word → person clusters it can stand for. */
  shortForms: Map<string, string[]>;
}

function resolveClusters(prepared: PreparedKnowledge, found: Discoveries): Resolution {
  const clusters = new Map<string, Cluster>();
  const lexicon = new PhraseLexicon<MentionValue>();
  const addCluster = (cluster: Omit<Cluster, 'order'>): void => {
    if (!clusters.has(cluster.key)) clusters.set(cluster.key, { ...cluster, order: clusters.size });
  };

  // Organisations first: they win ties, and a run that is an organisation is not a person.
  for (const org of prepared.knowledge.organizations) addCluster({ key: orgKey(org.name), type: 'organization', knownName: org.name });
  for (const org of found.organizations) addCluster({ key: foundKey(org), type: org.type });
  for (const org of prepared.knowledge.organizations) {
    for (const surface of [org.name, ...org.aliases]) lexicon.add(surface, { clusterKey: orgKey(org.name), fullForm: true });
  }
  for (const org of found.organizations) {
    lexicon.add(org.surface, { clusterKey: foundKey(org), fullForm: true });
    if (org.acronym) lexicon.add(org.acronym, { clusterKey: foundKey(org), fullForm: false });
  }

  const people = clusterPeople(found, clusters);
  for (const [surface, key] of people.surfaceToCluster) lexicon.add(surface, { clusterKey: key, fullForm: true });
  for (const place of prepared.knowledge.places) {
    const key = `place:${place.name}`;
    for (const surface of [place.name, ...place.aliases]) lexicon.add(surface, { clusterKey: key, fullForm: true, gazetteer: true });
  }
  return { clusters, lexicon, shortForms: people.shortForms };
}

/**
 * "Takeshi Iwaya" as a ministry page may write it: either end word taken as the
 * surname, put in capitals, first or last ("IWAYA Takeshi", "Takeshi IWAYA",
 * "TAKESHI Iwaya", "Iwaya TAKESHI").
 */
function capitalisedSurnameForms(units: readonly string[]): string[] {
  if (units.length < 2 || units.some((unit) => !LOWERCASE_LETTER.test(unit))) return [];
  const first = units[0] ?? '';
  const last = units[units.length - 1] ?? '';
  const middle = units.slice(1, -1);
  return [
    [last.toUpperCase(), first, ...middle],
    [first, ...middle, last.toUpperCase()],
    [first.toUpperCase(), ...middle, last],
    [...middle, last, first.toUpperCase()],
  ].map((parts) => parts.join(' '));
}

function clusterPeople(found: Discoveries, clusters: Map<string, Cluster>): { surfaceToCluster: Map<string, string>; shortForms: Map<string, string[]> } {
  const orgFolds = new Set(found.organizations.map((org) => foldName(org.surface)));
  const multi = found.people.filter((p) => p.units.length >= 2 && !orgFolds.has(foldName(p.surface)));

  const union = new UnionFind();
  const rotationOwner = new Map<string, string>();
  for (const person of multi) {
    union.find(person.surface);
    for (const rotation of nameRotations(person.units)) {
      const owner = rotationOwner.get(rotation);
      if (owner) union.union(owner, person.surface);
      else rotationOwner.set(rotation, person.surface);
    }
  }

  const surfaceToCluster = new Map<string, string>();
  const shortForms = new Map<string, string[]>();
  const addShortForm = (word: string, key: string): void => {
    const folded = foldName(word);
    const list = shortForms.get(folded) ?? [];
    if (!list.includes(key)) list.push(key);
    shortForms.set(folded, list);
  };
  for (const person of multi) {
    const key = `person:${union.find(person.surface)}`;
    if (!clusters.has(key)) clusters.set(key, { key, type: 'person', order: clusters.size });
    surfaceToCluster.set(person.surface, key);
    addShortForm(person.units[0] ?? '', key);
    addShortForm(person.units[person.units.length - 1] ?? '', key);
  }
  // The same names in ministry style, surname in capitals at either end, so "ISHIBA Shigeru"
  // is found wherever "Shigeru Ishiba" is known; added after every written form, which win a tie.
  for (const person of multi) {
    const key = surfaceToCluster.get(person.surface);
    if (key) for (const variant of capitalisedSurnameForms(person.units)) if (!surfaceToCluster.has(variant)) surfaceToCluster.set(variant, key);
  }

  // A lone word ("Trump said") joins a full name through the short forms; it is a
  // person of its own only when nothing else explains it and its capital letter
  // means something (a title cue, or seen capitalised mid-sentence).
  for (const person of found.people) {
    if (person.units.length !== 1) continue;
    const word = person.units[0] ?? '';
    if (shortForms.has(foldName(word)) || orgFolds.has(foldName(word))) continue;
    const trusted = person.cue === 'title' || person.cue === 'role' || !person.initial || found.capitalisedMidSentence.has(word);
    if (!trusted) continue;
    const key = `person:${word}`;
    clusters.set(key, { key, type: 'person', order: clusters.size });
    addShortForm(word, key);
  }
  return { surfaceToCluster, shortForms };
}

// ---------------------------------------------------------------------------
// Pass 2: mentions

interface MentionRecord {
  clusterKey: string;
  articleIndex: number;
  sentenceIndex: number;
  articleId: string;
  sentenceId: string;
  start: number;
  end: number;
  text: string;
  fullForm: boolean;
}

function clusterType(clusterKey: string): EntityType {
  if (clusterKey.startsWith('place:')) return 'place';
  if (clusterKey.startsWith('org:')) return 'organization';
  return 'person';
}

function mentionRecord(analysis: SentenceAnalysis, clusterKey: string, start: number, end: number, fullForm: boolean): MentionRecord {
  return {
    clusterKey,
    articleIndex: analysis.articleIndex,
    sentenceIndex: analysis.sentenceIndex,
    articleId: analysis.articleId,
    sentenceId: analysis.sentence.id,
    start,
    end,
    text: analysis.sentence.text.slice(start, end),
    fullForm,
  };
}

interface FullFormMatches {
  found: { clusterKey: string; start: number; end: number; fullForm: boolean }[];
  /** Tokens inside a match. */
  covered: Uint8Array;
}

/** Every known surface form, longest first, with the tokens they cover. */
function matchFullForms(resolution: Resolution, analysis: SentenceAnalysis): FullFormMatches {
  const { tokens, units, unitOfToken } = analysis;
  const covered = new Uint8Array(tokens.length);
  const found: FullFormMatches['found'] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const elided = analysis.elidedPlaces.get(i);
    if (elided !== undefined) {
      found.push({ clusterKey: `place:${elided}`, start: tokens[i]?.start ?? 0, end: tokens[i]?.end ?? 0, fullForm: false });
      covered[i] = 1;
      continue;
    }
    const match = resolution.lexicon.longestAt(tokens, i);
    if (!match) continue;
    const type = clusterType(match.value.clusterKey);
    const ok =
      match.value.gazetteer
        ? analysis.validPlaces.has(`${i}:${match.endToken}`)
        : units[unitOfToken[i] ?? -1]?.firstToken === i && units[unitOfToken[match.endToken] ?? -1]?.lastToken === match.endToken;
    if (!ok) continue;
    const start = tokens[i]?.start ?? 0;
    const end = tokens[match.endToken]?.end ?? start;
    found.push({ clusterKey: match.value.clusterKey, start, end, fullForm: match.value.fullForm && type === 'person' });
    covered.fill(1, i, match.endToken + 1);
    i = match.endToken;
  }
  return { found, covered };
}

interface LoneName {
  unit: Unit;
  /** Person clusters the word can stand for. */
  candidates: string[];
}

/** Single name words ("Iwaya", "Cho", "Trump’s") that stand alone; which person each is depends on the article. */
function loneNames(resolution: Resolution, analysis: SentenceAnalysis, covered: Uint8Array): LoneName[] {
  const { units, classes } = analysis;
  // A surname in capitals ("said IWAYA") counts too, but only if it is a known person's short form.
  const freeName = (index: number): boolean =>
    (classes[index] === 'name' || capitalisedSurnameAt(analysis, index)) && !covered[units[index]?.firstToken ?? 0];
  const lone: LoneName[] = [];
  units.forEach((unit, index) => {
    if (!freeName(index)) return;
    const candidates = resolution.shortForms.get(foldName(unit.text));
    if (!candidates) return;
    // Inside an unknown longer name ("Park Geun-hye" when only Park Jin-woo is known) it is not this person.
    if (!analysis.titleCase && ((adjacent(analysis, index - 1, index) && freeName(index - 1)) || (adjacent(analysis, index, index + 1) && freeName(index + 1)))) return;
    lone.push({ unit, candidates });
  });
  return lone;
}

/**
 * Which person a lone surname means: the one whose full name was met nearest
 * before it in the same article, else nearest after it, else the corpus's most
 * mentioned, else the first discovered.
 */
function shortFormChooser(fullForms: readonly MentionRecord[], clusters: Map<string, Cluster>) {
  const byArticle = new Map<string, MentionRecord[]>();
  const totals = new Map<string, number>();
  for (const mention of fullForms) {
    const list = byArticle.get(mention.articleId) ?? [];
    list.push(mention);
    byArticle.set(mention.articleId, list);
    totals.set(mention.clusterKey, (totals.get(mention.clusterKey) ?? 0) + 1);
  }
  return (candidates: string[], analysis: SentenceAnalysis, start: number): string => {
    const first = candidates[0] ?? '';
    if (candidates.length === 1) return first;
    const inArticle = (byArticle.get(analysis.articleId) ?? []).filter((m) => candidates.includes(m.clusterKey));
    const isBefore = (m: MentionRecord): boolean => m.sentenceIndex < analysis.sentenceIndex || (m.sentenceIndex === analysis.sentenceIndex && m.start < start);
    const before = inArticle.filter(isBefore);
    const lastBefore = before[before.length - 1];
    if (lastBefore) return lastBefore.clusterKey;
    const firstAfter = inArticle.find((m) => !isBefore(m));
    if (firstAfter) return firstAfter.clusterKey;
    return [...candidates].sort(
      (a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || (clusters.get(a)?.order ?? 0) - (clusters.get(b)?.order ?? 0),
    )[0] ?? first;
  };
}

// ---------------------------------------------------------------------------
// Entities

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const TYPE_PREFIX: Record<EntityType, string> = { person: 'person', place: 'place', organization: 'org' };

/** Most frequent of `surfaces` (in first-seen order); ties go to the first seen. */
function mostFrequent(surfaces: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const surface of surfaces) counts.set(surface, (counts.get(surface) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [surface, count] of counts) {
    if (count > bestCount) {
      best = surface;
      bestCount = count;
    }
  }
  return best;
}

/** A word of two or more capitals and no lowercase letter. */
const SHOUTED_WORD = /(?<![\p{L}.])\p{Lu}{2,}(?![\p{L}.])/u;
const SHOUTED_WORDS = new RegExp(SHOUTED_WORD.source, 'gu');

function canonicalName(cluster: Cluster, mentions: readonly MentionRecord[]): string {
  if (cluster.knownName) return cluster.knownName;
  if (cluster.type === 'place') return cluster.key.slice('place:'.length);
  const texts = mentions.map((m) => m.text);
  if (cluster.type === 'person') {
    // A name is shown as a reader writes it: "Takeshi Iwaya" over the ministry's "IWAYA Takeshi",
    // which, when it is the only form, is shown with its capitals lowered ("Iwaya Takeshi").
    const fullForms = mentions.filter((m) => m.fullForm).map((m) => m.text);
    const written = fullForms.filter((text) => !SHOUTED_WORD.test(text));
    const best = mostFrequent(written) ?? mostFrequent(fullForms) ?? mostFrequent(texts) ?? '';
    return best.replace(SHOUTED_WORDS, (word) => word.charAt(0) + word.slice(1).toLowerCase());
  }
  const longForms = texts.filter((t) => LOWERCASE_LETTER.test(t));
  return mostFrequent(longForms) ?? mostFrequent(texts) ?? '';
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function buildEntities(clusters: Map<string, Cluster>, records: MentionRecord[]): Entity[] {
  records.sort((a, b) => a.articleIndex - b.articleIndex || a.sentenceIndex - b.sentenceIndex || a.start - b.start || a.end - b.end);
  const byCluster = new Map<string, MentionRecord[]>();
  for (const record of records) {
    const list = byCluster.get(record.clusterKey) ?? [];
    list.push(record);
    byCluster.set(record.clusterKey, list);
  }
  const drafts: Array<Omit<Entity, 'id'> & { base: string }> = [];
  for (const [key, mentions] of byCluster) {
    const cluster = clusters.get(key) ?? { key, type: clusterType(key), order: Number.MAX_SAFE_INTEGER };
    const name = canonicalName(cluster, mentions);
    const aliases = [...new Set(mentions.map((m) => m.text))].filter((text) => text !== name);
    const output: Mention[] = mentions.map((m) => ({ articleId: m.articleId, sentenceId: m.sentenceId, start: m.start, end: m.end, text: m.text }));
    drafts.push({ base: `${TYPE_PREFIX[cluster.type]}-${slug(name) || 'unnamed'}`, name, type: cluster.type, aliases, mentions: output });
  }
  drafts.sort((a, b) => compareText(a.type, b.type) || compareText(a.name, b.name) || compareText(a.base, b.base) || b.mentions.length - a.mentions.length);
  const used = new Map<string, number>();
  return drafts.map(({ base, ...entity }) => {
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, ...entity };
  });
}

// ---------------------------------------------------------------------------

export function extractEntities(context: EntityContext, articles: Article[]): Entity[] {
  const prepared = prepareKnowledge(context.knowledge);
  const analyses: SentenceAnalysis[] = [];
  const readings = new Map<string, SentenceReading>();
  articles.forEach((article, articleIndex) => {
    article.sentences.forEach((sentence, sentenceIndex) => {
      if (!SCANNED_KINDS.has(sentence.kind) || isCreditLine(context.knowledge, sentence, sentenceIndex)) return;
      const key = `${sentence.kind}\u0000${sentence.text}`;
      const known = readings.get(key);
      const reading = known ?? readSentence(prepared, sentence);
      if (!known) readings.set(key, reading);
      analyses.push(analysisOf(reading, known !== undefined, articleIndex, sentenceIndex, article.id, sentence));
    });
  });

  const found = discover(prepared, analyses);
  const resolution = resolveClusters(prepared, found);

  // Which known names a reading holds, and which lone name words, depend on the reading alone: found once per reading.
  const fullFormsOf = new Map<SentenceReading, FullFormMatches>();
  const fullForms: MentionRecord[] = [];
  const coverage = analyses.map((analysis) => {
    let matches = fullFormsOf.get(analysis.reading);
    if (!matches) fullFormsOf.set(analysis.reading, (matches = matchFullForms(resolution, analysis)));
    for (const match of matches.found) fullForms.push(mentionRecord(analysis, match.clusterKey, match.start, match.end, match.fullForm));
    return matches.covered;
  });
  const choose = shortFormChooser(
    fullForms.filter((m) => m.fullForm),
    resolution.clusters,
  );
  const loneNamesOf = new Map<SentenceReading, LoneName[]>();
  const shortForms: MentionRecord[] = [];
  analyses.forEach((analysis, index) => {
    let lone = loneNamesOf.get(analysis.reading);
    if (!lone) loneNamesOf.set(analysis.reading, (lone = loneNames(resolution, analysis, coverage[index] ?? new Uint8Array(0))));
    for (const { unit, candidates } of lone) shortForms.push(mentionRecord(analysis, choose(candidates, analysis, unit.start), unit.start, unit.end, false));
  });

  return buildEntities(resolution.clusters, [...fullForms, ...shortForms]);
}
