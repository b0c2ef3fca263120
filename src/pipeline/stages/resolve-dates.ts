/**
 * Date-resolution stage: finds the temporal expressions of an article's
 * sentences and resolves each to a calendar value, keeping the chain
 * (expression → anchor → rule → value) for the reader.
 *
 * chrono-node does the recognition; the news rules on top of it are ours,
 * because chrono guesses (nearest weekday, drops "early"/"through", splits
 * "October last year", reads durations as dates).
 *
 * Purity: no clock, no machine time zone. All calendar arithmetic is on
 * Y-M-D values through Date.UTC and getUTC* getters only.
 */
// The English recogniser alone: chrono-node's root module is the same parser plus fifteen
// other languages, whose loading took longer than resolving a thousand articles' dates.
import * as chrono from 'chrono-node/en';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DateMention, Precision, Sentence } from '../../lib/corpus/schema';

export interface DateContext {
  articleId: string;
  /** Publication day in the outlet's zone, and that zone's offset; null when unknown. */
  reference: { date: string; offset: string } | null;
  /** How the anchor is named in mentions, e.g. "published 2025-01-14". */
  publishedLabel: string;
}

// ---------------------------------------------------------------------------
// Calendar arithmetic (UTC only, so the machine's zone never matters)
// ---------------------------------------------------------------------------

interface Ymd {
  y: number;
  /** 1–12 */
  m: number;
  d: number;
}

interface DayRange {
  start: Ymd;
  end: Ymd;
  precision: Precision;
}

const DAY_MS = 86_400_000;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function fromUtc(ms: number): Ymd {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function toUtc(day: Ymd): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

function addDays(day: Ymd, days: number): Ymd {
  return fromUtc(Date.UTC(day.y, day.m - 1, day.d + days));
}

function daysBetween(from: Ymd, to: Ymd): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

function weekdayOf(day: Ymd): number {
  return new Date(toUtc(day)).getUTCDay();
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function isRealDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Month arithmetic on (year, month) pairs. */
function shiftMonth(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function formatDay(day: Ymd): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

function parseIsoDay(text: string): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(y, m, d) ? { y, m, d } : null;
}

function dayRange(day: Ymd): DayRange {
  return { start: day, end: day, precision: 'day' };
}

function monthRange(y: number, m: number): DayRange {
  return { start: { y, m, d: 1 }, end: { y, m, d: daysInMonth(y, m) }, precision: 'month' };
}

function yearRange(y: number): DayRange {
  return { start: { y, m: 1, d: 1 }, end: { y, m: 12, d: 31 }, precision: 'year' };
}

function interval(start: Ymd, end: Ymd): DayRange {
  return { start, end, precision: 'interval' };
}

/** Monday of the (Monday–Sunday) week containing the day. */
function mondayOf(day: Ymd): Ymd {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

function weekRange(day: Ymd): DayRange {
  const monday = mondayOf(day);
  return interval(monday, addDays(monday, 6));
}

function formatValue(range: DayRange): string {
  switch (range.precision) {
    case 'day':
      return formatDay(range.start);
    case 'month':
      return `${pad(range.start.y, 4)}-${pad(range.start.m)}`;
    case 'year':
      return pad(range.start.y, 4);
    case 'interval':
      return `${formatDay(range.start)}/${formatDay(range.end)}`;
  }
}

// Weekday searches relative to the anchor day.
function weekdayOnOrBefore(anchor: Ymd, weekday: number): Ymd {
  return addDays(anchor, -((weekdayOf(anchor) - weekday + 7) % 7));
}
function weekdayOnOrAfter(anchor: Ymd, weekday: number): Ymd {
  return addDays(anchor, (weekday - weekdayOf(anchor) + 7) % 7);
}
function weekdayAfter(anchor: Ymd, weekday: number): Ymd {
  return addDays(anchor, ((weekday - weekdayOf(anchor) + 6) % 7) + 1);
}
function weekdayBefore(anchor: Ymd, weekday: number): Ymd {
  return addDays(anchor, -(((weekdayOf(anchor) - weekday + 6) % 7) + 1));
}

// ---------------------------------------------------------------------------
// Tense: a small cue list decides whether a clause looks back or ahead
// ---------------------------------------------------------------------------

type Direction = 'past' | 'future';

interface TenseCue {
  start: number;
  end: number;
  direction: Direction;
  word: string;
  /** "said", "announced": the tense of the report, which governs only a date written right beside it. */
  reporting: boolean;
}

interface TenseIndex {
  cues: TenseCue[];
  /** cue.start for each cue, for binary search. */
  cueStarts: number[];
  /** Offsets of clause-separating punctuation, ascending. */
  separators: number[];
}

interface Tense {
  direction: Direction;
  cue: string;
}

/** Words that make a clause future: modal "will", plans and schedules. */
const FUTURE_WORDS = new Set(['will', 'shall', "won't", 'won’t', 'upcoming', 'scheduled']);
/** First words of two-word future cues, with the word that must follow. */
// Maps, not object literals: a word from the text such as "constructor" must find nothing, not Object's prototype.
const FUTURE_PAIRS: ReadonlyMap<string, string[]> = new Map(Object.entries({
  set: ['to', 'for'],
  expected: ['to'],
  plan: ['to'],
  plans: ['to'],
  planned: ['to'],
  planning: ['to'],
  intends: ['to'],
  intend: ['to'],
  going: ['to'],
  is: ['to'],
  are: ['to'],
  ahead: ['of'],
  slated: ['to', 'for'],
  poised: ['to'],
  likely: ['to'],
  about: ['to'],
  aims: ['to'],
}));
/**
 * Past verbs of intention before "to": "agreed to hold talks on Jan. 13" may date the agreeing (past) or the
 * talks (ahead), so they set no tense and the date falls to its default (nearest for a month-day).
 */
const INTENTION_PAST = new Set(['agreed', 'decided', 'vowed', 'pledged', 'promised', 'offered', 'threatened', 'sought', 'hoped', 'arranged']);
/** "is due to meet", "is expected in Taipei": due or expected after a present "be" is a schedule. */
const DUE_AFTER = new Set(['is', 'are', 'am']);
/**
 * Verbs of reporting: "the ministry said talks on Jan. 13 would…" dates the talks, not the saying, so these
 * set the tense only of a date right beside them ("announced Friday", "Cho on Monday said").
 */
const REPORTING = new Set(['said', 'told', 'announced', 'added', 'noted', 'stated', 'reported', 'confirmed', 'explained', 'wrote']);
/** Irregular past-tense verbs common in news copy (regular ones end in -ed). */
const IRREGULAR_PAST = new Set([
  'was', 'were', 'had', 'did', 'met', 'said', 'told', 'held', 'spoke', 'took', 'made', 'came',
  'went', 'gave', 'saw', 'became', 'began', 'left', 'won', 'lost', 'sent', 'led', 'brought',
  'thought', 'found', 'kept', 'felt', 'knew', 'wrote', 'ran', 'rose', 'fell', 'paid', 'sold',
  'bought', 'built', 'chose', 'drew', 'flew', 'fought', 'got', 'grew', 'heard', 'meant', 'sat',
  'shook', 'sought', 'stood', 'struck', 'taught', 'threw', 'understood', 'wore', 'withdrew',
  'broke', 'caught', 'fled', 'spent', 'stole', 'swept', 'tore', 'oversaw', 'ago',
]);
/** -ed words that are not past-tense verbs. */
const ED_NON_VERBS = new Set([
  'need', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'hundred', 'indeed', 'proceed',
  'exceed', 'succeed', 'breed', 'greed', 'weed', 'deed', 'creed', 'sacred', 'naked', 'wicked',
  'kindred', 'wretched', 'rugged', 'ragged', 'beloved', 'aged', 'embed',
]);
/** A participle after these is passive/adjectival, not a past-tense verb. */
const NOT_BEFORE_PAST = new Set([
  'is', 'are', 'am', 'be', 'been', 'being', 'the', 'a', 'an', 'this', 'that', 'these', 'those',
  'its', 'his', 'her', 'their', 'our', 'your', 'my', 'to',
  // Present linking verbs: "stays closed", "remains banned" describe a state now.
  'stay', 'stays', 'remain', 'remains', 'seem', 'seems', 'appear', 'appears', 'get', 'gets', 'become', 'becomes',
]);
const CLAUSE_SEPARATOR = /[,;:()[\]—–]/g;

/** One linear pass over the sentence: tense cues and clause boundaries. */
function indexTense(text: string): TenseIndex {
  const separators: number[] = [];
  // One regex scan, not a set lookup per character.
  for (const match of text.matchAll(CLAUSE_SEPARATOR)) separators.push(match.index);

  const tokens = Array.from(text.matchAll(/[A-Za-z]+(?:['’-][A-Za-z]+)*/g), (match) => ({
    raw: match[0],
    word: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));
  const cues: TenseCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const cue = tenseCueOf(text, token, tokens[i - 1], tokens[i + 1]);
    if (cue) {
      cues.push({ start: token.start, end: cue.end, direction: cue.direction, word: text.slice(token.start, cue.end), reporting: REPORTING.has(token.word) });
    }
  }
  return { cues, cueStarts: cues.map((cue) => cue.start), separators };
}

interface TenseToken {
  raw: string;
  word: string;
  start: number;
  end: number;
}

/** Whether a word (with its neighbours) is a tense cue, and where the cue ends. */
function tenseCueOf(text: string, token: TenseToken, previous: TenseToken | undefined, next: TenseToken | undefined): { direction: Direction; end: number } | null {
  if (FUTURE_WORDS.has(token.word) || /['’]ll$/.test(token.word)) return { direction: 'future', end: token.end };
  if ((token.word === 'due' || token.word === 'expected') && previous && (DUE_AFTER.has(previous.word) || /['’]s$/.test(previous.word)) && next) {
    return { direction: 'future', end: token.end };
  }
  const follower = FUTURE_PAIRS.get(token.word);
  if (follower && next && follower.includes(next.word) && isAdjacent(text, token.end, next.start)) {
    return { direction: 'future', end: next.end };
  }
  if (INTENTION_PAST.has(token.word) && next?.word === 'to') return null;
  if (IRREGULAR_PAST.has(token.word)) {
    // "Iwaya, left, visits …": a photo caption's direction, not the verb "left".
    if (isBetweenCommas(text, token.start, token.end)) return null;
    // "will be held": a participle after "be" carries no tense of its own.
    if (previous && NOT_BEFORE_PAST.has(previous.word)) return null;
    return { direction: 'past', end: token.end };
  }
  if (isRegularPast(token.raw, token.word) && !(previous && NOT_BEFORE_PAST.has(previous.word))) {
    return { direction: 'past', end: token.end };
  }
  return null;
}

function isAdjacent(text: string, end: number, nextStart: number): boolean {
  return /^\s+$/.test(text.slice(end, nextStart));
}

function isBetweenCommas(text: string, start: number, end: number): boolean {
  return /,\s*$/.test(text.slice(Math.max(0, start - 3), start)) && /^\s*[,)]/.test(text.slice(end, end + 3));
}

function isRegularPast(raw: string, word: string): boolean {
  // Capitalised (United, Ahmed) and hyphenated (like-minded) words are names or adjectives.
  return word.length >= 4 && word.endsWith('ed') && /^[a-z]+$/.test(raw) && !ED_NON_VERBS.has(word);
}

/** Index of the first element >= value (arrays are ascending). */
function lowerBound(values: number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((values[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The tense governing a mention: the nearest cue before it in its clause,
 * else the nearest after it in the clause, else the same two steps over the
 * whole sentence (a clause like "In a phone call on Dec. 11," has no verb).
 */
function tenseAt(index: TenseIndex, text: string, start: number, end: number): Tense | null {
  const textLength = text.length;
  const clauseStart = index.separators[lowerBound(index.separators, start) - 1] ?? -1;
  const clauseEnd = index.separators[lowerBound(index.separators, end)] ?? textLength;
  const governs = (cue: TenseCue): boolean =>
    !cue.reporting || /^\s*$/.test(cue.end <= start ? text.slice(cue.end, start) : text.slice(end, cue.start));
  const cue =
    lastCueBefore(index, clauseStart + 1, start, governs) ??
    firstCueAfter(index, end, clauseEnd, governs) ??
    lastCueBefore(index, 0, start, governs) ??
    firstCueAfter(index, end, textLength, governs);
  return cue ? { direction: cue.direction, cue: cue.word } : null;
}

function lastCueBefore(index: TenseIndex, from: number, start: number, governs: (cue: TenseCue) => boolean): TenseCue | undefined {
  for (let i = lowerBound(index.cueStarts, start) - 1; i >= 0; i--) {
    const cue = index.cues[i];
    if (!cue || cue.start < from) return undefined;
    if (cue.end <= start && governs(cue)) return cue;
  }
  return undefined;
}

function firstCueAfter(index: TenseIndex, end: number, to: number, governs: (cue: TenseCue) => boolean): TenseCue | undefined {
  for (let i = lowerBound(index.cueStarts, end); i < index.cues.length; i++) {
    const cue = index.cues[i];
    if (!cue || cue.start >= to) return undefined;
    if (governs(cue)) return cue;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Recognition: chrono results and our own patterns, turned into expressions
// ---------------------------------------------------------------------------

type Modifier = 'early' | 'mid' | 'late' | 'earlier' | 'later';
type Relation = 'this' | 'last' | 'next' | 'past';
type Unit = 'day' | 'week' | 'month' | 'year';

interface CalendarParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

type Expression =
  /** Month/day/year as written; yearShift for "October last year" (-1). */
  | ({ kind: 'calendar'; yearShift: number | null; end: CalendarParts | null } & CalendarParts)
  | { kind: 'weekday'; weekday: number; relation: Relation | null; endWeekday: number | null }
  | { kind: 'weekend'; relation: Relation | null }
  | { kind: 'period'; unit: Exclude<Unit, 'day'>; relation: Relation }
  /** today / yesterday / tomorrow. */
  | { kind: 'dayOffset'; days: number }
  /** "three days ago" (publication), "a week later" (previous mention), "in two days" (future only). */
  | { kind: 'count'; amount: number; unit: Unit; sign: 1 | -1; from: 'publication' | 'previous'; futureOnly: boolean }
  /** "on the 13th" (monthShift null: by tense), "the 27th of last month" (-1), "of this month" (0). */
  | { kind: 'dayOfMonth'; day: number; monthShift: -1 | 0 | 1 | null }
  /** "the same day", "the following year": a calendar unit next to the previous mention's. */
  | { kind: 'sameUnit'; unit: Unit; shift: -1 | 0 | 1; phrase: string | null; orPublication: boolean }
  | { kind: 'unresolvable'; reason: string }
  /** Looks like a date but is a duration ("over the next year"); occupies its span, yields nothing. */
  | { kind: 'ignored' };

interface Candidate {
  start: number;
  end: number;
  expression: Expression;
  modifier: Modifier | null;
  /** "through Thursday": a span from publication up to the date. */
  through: boolean;
}

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12,
}));
/**
 * News capitalises month and weekday names; in lower case, short forms and the months that are also verbs
 * are the common words ("they sat", "we wed", "the sun", "a march", "may"), not dates.
 */
const LOWERCASE_COMMON_WORD = /(?<![A-Za-z])(?:march|may|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)(?![a-z]))/;
/** Words that hedge an amount ("about 30", "more than two"); the amount is then approximate. */
const HEDGES = /^(?:(?:about|around|approximately|roughly|nearly|almost|some|just|over|under|more than|less than|up to|at least|at most|barely|only|~)\s*)+/i;
const VAGUE_AMOUNTS = /^(?:a few|few|several|some|many|a couple of|a couple)$/i;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const LEADING_PREPOSITION =
  /^(on|in|at|during|for|within|over|by|from|since|until|till|through|throughout|after|before)\s+/i;
const LEADING_PERIOD_MODIFIER = /^((?:the\s+)?(?:end|beginning|start|middle)\s+of)\s+/i;
const TRAILING_PUNCTUATION = /[\s,;:]+$/;

function toModifier(word: string): Modifier {
  const lower = word.toLowerCase().replace(/^the\s+/, '').replace(/\s+of$/, '');
  if (lower === 'end') return 'late';
  if (lower === 'beginning' || lower === 'start') return 'early';
  if (lower === 'middle') return 'mid';
  return lower as Modifier;
}

function hedgeReason(hedge: string): string {
  return `"${hedge.trim()}" makes the amount approximate, so no single day is named`;
}

function parseAmount(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS.get(word.toLowerCase()) ?? null;
}

function certain(components: ParsedComponents, component: 'year' | 'month' | 'day' | 'weekday'): number | null {
  return components.isCertain(component) ? components.get(component) : null;
}

/** chrono's certain parts, kept only when the text literally carries them. */
function statedParts(components: ParsedComponents, core: string): CalendarParts {
  const hasDigit = /\d/.test(core);
  return {
    year: hasDigit ? certain(components, 'year') : null,
    month: hasDigit || MONTH_NAME.test(core) ? certain(components, 'month') : null,
    day: hasDigit ? certain(components, 'day') : null,
  };
}

function hasDateParts(components: ParsedComponents): boolean {
  return (['year', 'month', 'day', 'weekday'] as const).some((part) => components.isCertain(part));
}

/**
 * Classify a chrono result by its wording first (chrono marks "last month"
 * as a certain month, and "for a second" as a full date), then by its parts.
 * Returns null for things that are not dates: times, durations, "now".
 */
function classify(result: ParsedResult, core: string, preposition: string | null): Expression | null {
  const lower = core.toLowerCase();
  const prep = preposition?.toLowerCase() ?? null;

  // chrono computed a clock time from the reference ("for about 30 minutes", "half an hour later"): an
  // amount of minutes or hours is a duration or an offset within some day, never a calendar date.
  if (result.tags().has('result/relativeDateAndTime')) return null;
  const hedge = HEDGES.exec(core)?.[0] ?? '';
  const counted = /^(\d+|[a-z]+(?: [a-z]+){0,2})\s+(second|minute|hour|day|week|month|year)s?(?:\s+(ago|later|earlier|from now))?$/i.exec(core.slice(hedge.length));
  const amountWord = counted?.[1] ?? '';
  const amount = parseAmount(amountWord);
  if (counted && (amount !== null || VAGUE_AMOUNTS.test(amountWord))) {
    const [, , unitWord = '', tail] = counted;
    const unit = unitWord.toLowerCase();
    // Sub-day amounts ("for a second time") never name a calendar date.
    if (unit === 'second' || unit === 'minute' || unit === 'hour') return null;
    const anchoredUnit = unit as Unit;
    if (!tail) {
      // "in two days" may be a date ahead; "for/within/over 180 days" is a duration.
      if (prep !== 'in' || amount === null) return null;
      if (hedge && (unit === 'day' || unit === 'week')) return { kind: 'unresolvable', reason: hedgeReason(hedge) };
      return { kind: 'count', amount, unit: anchoredUnit, sign: 1, from: 'publication', futureOnly: true };
    }
    if (amount === null) return { kind: 'unresolvable', reason: `"${amountWord}" is not a definite amount` };
    // "about two weeks ago" names no particular day; "about three years ago" still names a year.
    if (hedge && (unit === 'day' || unit === 'week')) return { kind: 'unresolvable', reason: hedgeReason(hedge) };
    const direction = tail.toLowerCase();
    if (direction === 'ago') return { kind: 'count', amount, unit: anchoredUnit, sign: -1, from: 'publication', futureOnly: false };
    if (direction === 'from now') return { kind: 'count', amount, unit: anchoredUnit, sign: 1, from: 'publication', futureOnly: false };
    return { kind: 'count', amount, unit: anchoredUnit, sign: direction === 'later' ? 1 : -1, from: 'previous', futureOnly: false };
  }

  if (/^(?:right\s+)?now$/.test(lower)) return null;
  if (!/\d/.test(core) && LOWERCASE_COMMON_WORD.test(core)) return null;
  const casual = /^(today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))\b/.exec(lower);
  if (casual) {
    const word = casual[1] ?? '';
    const days = word === 'yesterday' || word === 'last night' ? -1 : word === 'tomorrow' ? 1 : 0;
    return { kind: 'dayOffset', days };
  }

  const period = /^(this|last|next|past|previous|coming)\s+(week|month|year|weekend)$/.exec(lower);
  const relationOf = (word: string): Relation =>
    word === 'previous' ? 'last' : word === 'coming' ? 'next' : (word as Relation);
  if (period) {
    const relation = relationOf(period[1] ?? '');
    const unit = period[2] ?? '';
    if (unit === 'weekend') return { kind: 'weekend', relation };
    return { kind: 'period', unit: unit as 'week' | 'month' | 'year', relation };
  }
  if (/^(?:the\s+)?weekend$/.test(lower)) return { kind: 'weekend', relation: null };
  // Any other date chrono computed by adding an amount to the reference ("for about three days",
  // "in the week") is a stretch of time measured from the clock it was given, not a date the text names.
  if (result.tags().has('result/relativeDate')) return null;

  const weekday = certain(result.start, 'weekday');
  if (weekday !== null && !result.start.isCertain('day') && !result.start.isCertain('month')) {
    const relationWord = /^(next|last|this|coming|past|previous)\s/.exec(lower)?.[1];
    const endWeekday = result.end ? certain(result.end, 'weekday') : null;
    return { kind: 'weekday', weekday, relation: relationWord ? relationOf(relationWord) : null, endWeekday };
  }

  if (!hasDateParts(result.start)) return null; // a time of day only ("20:22", "noon")
  const parts = statedParts(result.start, core);
  if (parts.year === null && parts.month === null && parts.day === null) {
    return { kind: 'unresolvable', reason: 'chrono-node recognised it, but no news rule covers this form' };
  }
  const end = result.end ? statedParts(result.end, core) : null;
  return { kind: 'calendar', ...parts, yearShift: null, end };
}

/** Preposition and modifier just before an expression ("in early", "Earlier", "mid-"). */
const LEFT_CONTEXT =
  /(?:\b(on|in|during|through|until|till|from)\s+)?(?:\b(early|mid|late|earlier|later|(?:the\s+)?(?:end|beginning|start|middle)\s+of)(?:\s+|-))?$/i;
const LEFT_WINDOW = 40;

interface LeftContext {
  start: number;
  preposition: string | null;
  modifier: string | null;
}

function leftContext(text: string, start: number): LeftContext {
  const windowStart = Math.max(0, start - LEFT_WINDOW);
  const match = LEFT_CONTEXT.exec(text.slice(windowStart, start));
  if (!match || match[0].length === 0) return { start, preposition: null, modifier: null };
  return { start: windowStart + match.index, preposition: match[1] ?? null, modifier: match[2] ?? null };
}

/** Which prepositions belong to the expression's meaning, by expression kind. */
function prepositionBelongs(preposition: string, expression: Expression, isRange: boolean): boolean {
  const word = preposition.toLowerCase();
  if (word === 'on' || word === 'in' || word === 'during') return true;
  if (word === 'from') return isRange;
  return expression.kind === 'calendar' || expression.kind === 'weekday';
}

function fromChrono(text: string, result: ParsedResult): Candidate | null {
  const rawStart = result.index;
  const raw = result.text.replace(TRAILING_PUNCTUATION, '');
  const end = rawStart + raw.length;
  const ownPreposition = LEADING_PREPOSITION.exec(raw);
  let core = ownPreposition ? raw.slice(ownPreposition[0].length) : raw;
  const ownModifier = LEADING_PERIOD_MODIFIER.exec(core);
  if (ownModifier) core = core.slice(ownModifier[0].length);

  const expression = classify(result, core, ownPreposition?.[1] ?? null);
  if (!expression) return null;
  if (ownModifier && expression.kind === 'calendar' && !/\d/.test(core)) expression.day = null; // "end of December"

  // chrono drops the article in "at the end of April"; the mention keeps it.
  let start = ownModifier && !ownPreposition ? articleStart(text, rawStart) : rawStart;
  let preposition = ownPreposition?.[1] ?? null;
  let modifier = ownModifier?.[1] ?? null;
  // "on the night of Dec. 3": the part of the day belongs to the mention, its preposition to the date.
  const partOfDay = !ownPreposition && !ownModifier ? PART_OF_DAY_BEFORE.exec(text.slice(Math.max(0, rawStart - LEFT_WINDOW), rawStart)) : null;
  if (partOfDay) {
    start = rawStart - partOfDay[0].length;
    preposition = partOfDay[1] ?? null;
  } else if (!ownPreposition && !ownModifier) {
    const left = leftContext(text, start);
    const keepPreposition = left.preposition !== null && prepositionBelongs(left.preposition, expression, !!result.end);
    if (keepPreposition) {
      start = left.start;
      preposition = left.preposition;
    } else if (left.modifier) {
      start = modifierStart(text, rawStart);
    }
    modifier = left.modifier;
  }
  const through = preposition !== null && /^(through|until|till)$/i.test(preposition);
  return { start, end, expression, modifier: modifier ? toModifier(modifier) : null, through };
}

/** "night of " opening a chrono result, and "on the night of " just before one. */
const PART_OF_DAY_OF = /^(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+/i;
const PART_OF_DAY_BEFORE = /(?:\b(on|in|during|until|till|through|from)\s+)?\bthe\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+$/i;

function articleStart(text: string, start: number): number {
  const match = /\bthe\s+$/i.exec(text.slice(Math.max(0, start - 8), start));
  return match ? start - match[0].length : start;
}

/** Start of the modifier word(s) right before an expression ("late", "the end of", "mid-"). */
function modifierStart(text: string, start: number): number {
  const windowStart = Math.max(0, start - LEFT_WINDOW);
  const match = /\b(?:early|mid|late|earlier|later|(?:the\s+)?(?:end|beginning|start|middle)\s+of)(?:\s+|-)$/i.exec(
    text.slice(windowStart, start),
  );
  return match ? windowStart + match.index : start;
}

/** "October last year": chrono gives two results; join them into one mention. */
function joinMonthWithRelativeYear(candidates: Candidate[], text: string): Candidate[] {
  const joined: Candidate[] = [];
  for (const candidate of candidates) {
    const previous = joined.at(-1);
    const expression = candidate.expression;
    if (
      previous &&
      previous.expression.kind === 'calendar' &&
      previous.expression.month !== null &&
      previous.expression.year === null &&
      previous.expression.end === null &&
      expression.kind === 'period' &&
      expression.unit === 'year' &&
      expression.relation !== 'past' &&
      candidate.modifier === null &&
      /^\s+(?:of\s+)?$/.test(text.slice(previous.end, candidate.start))
    ) {
      const yearShift = expression.relation === 'last' ? -1 : expression.relation === 'next' ? 1 : 0;
      joined[joined.length - 1] = { ...previous, end: candidate.end, expression: { ...previous.expression, yearShift } };
      continue;
    }
    joined.push(candidate);
  }
  return joined;
}

/**
 * A year on its own ("in 2022", "since 2019", "late 2023"). chrono ignores
 * these; we only take them after a preposition or period modifier, and never
 * when glued to other tokens ("Japan-2022", "2023-24", "2022%").
 */
function findBareYears(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(/(?:19|20)\d\d/g)) {
    const start = match.index;
    const end = start + 4;
    const before = text[start - 1] ?? ' ';
    const after = text[end] ?? ' ';
    const afterNext = text[end + 1] ?? ' ';
    if (!/[\s(]/.test(before)) continue;
    if (/[\p{L}\p{N}_\-/%]/u.test(after)) continue;
    if (/[.,:]/.test(after) && /\d/.test(afterNext)) continue;
    const windowStart = Math.max(0, start - LEFT_WINDOW);
    const left = /(?:\b(in|during|since|until|till|by|before|after|from|through|throughout|toward|towards)\s+)?(?:\b(early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)(?:\s+|-))?$/i.exec(
      text.slice(windowStart, start),
    );
    if (!left || left[0].length === 0) {
      if (ownedYear(text, start, end)) found.push({ start, end, expression: { kind: 'calendar', year: Number(match[0]), month: null, day: null, yearShift: null, end: null }, modifier: null, through: false });
      continue;
    }
    const [, preposition, modifier] = left;
    const keepPreposition = !!preposition && /^(in|during|through|throughout|until|till)$/i.test(preposition);
    const mentionStart = keepPreposition ? windowStart + left.index : modifier ? modifierStart(text, start) : start;
    found.push({
      start: mentionStart,
      end,
      expression: { kind: 'calendar', year: Number(match[0]), month: null, day: null, yearShift: null, end: null },
      modifier: modifier ? toModifier(modifier) : null,
      through: false,
    });
  }
  return found;
}

/**
 * "the 2020 election", "its 2025 budget": a year between a determiner and the thing it dates. A plural
 * noun after it ("the 2000 voters", "the 2000 people") makes it a count.
 */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'crew', 'feet', 'yen', 'won', 'yuan', 'sheep', 'cattle']);

function ownedYear(text: string, start: number, end: number): boolean {
  if (!/\b(?:the|its|his|her|their|our|this|that)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) return false;
  const next = /^\s+([\p{L}-]+)/u.exec(text.slice(end))?.[1];
  return !!next && (/^\p{Lu}/u.test(next) || (!/s$/.test(next) && !IRREGULAR_PLURALS.has(next.toLowerCase())));
}

/**
 * A day of the month named alone, in the Korean press style: "on the 13th", "the 27th of last month",
 * "the 5th of this month". chrono reads none of these. Taken only after a preposition of time or with "of
 * last/this/next month", and only when no noun follows ("the 13th century", "the 27th floor", "the 3rd
 * time" are ordinals) and no month name ("the 13th of May" is chrono's).
 */
function findDaysOfMonth(text: string): Candidate[] {
  const found: Candidate[] = [];
  const pattern =
    /\b(?:(on|since|until|till|by|from|through|before|after)\s+)?(?:the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(last|this|next|the\s+previous|the\s+following)\s+month\b)?/gi;
  for (const match of text.matchAll(pattern)) {
    const [whole, preposition, dayText = '', which] = match;
    const day = Number(dayText);
    if (day < 1 || day > 31) continue;
    if (!preposition && !which) continue;
    const rest = text.slice(match.index + whole.length);
    if (!which && !DAY_OF_MONTH_FOLLOWER.test(rest)) continue;
    const relation = which?.toLowerCase().replace(/^the\s+/, '');
    const monthShift = relation === undefined ? null : relation === 'last' || relation === 'previous' ? -1 : relation === 'this' ? 0 : 1;
    const keepPreposition = !!preposition && /^(on|through|until|till)$/i.test(preposition);
    const start = keepPreposition ? match.index : match.index + (preposition ? whole.toLowerCase().indexOf('the', preposition.length) : 0);
    found.push({
      start,
      end: match.index + whole.length,
      expression: { kind: 'dayOfMonth', day, monthShift },
      modifier: null,
      through: !!preposition && /^(through|until|till)$/i.test(preposition),
    });
  }
  return found;
}

/** What may follow a bare "the 13th": the sentence going on, not a noun it counts. */
const DAY_OF_MONTH_FOLLOWER =
  /^(?:\s*(?:[.,;:!?)—–]|$)|\s+(?:\(|(?:and|or|but|at|in|to|with|when|while|after|before|for|as|that|which|where|local|last|this|amid|during|from|under|ahead|following|of\s+(?:the\s+)?(?:same|that)\s+month)\b))/i;

/** "the same day", "the following year", "that day": relative to the previous mention. */
function findAnaphoricUnits(text: string): Candidate[] {
  const found: Candidate[] = [];
  const pattern = /\b(?:the\s+(same|following|next|previous|preceding|prior)|(that))\s+(day|week|month|year)\b(?![-\w])/gi;
  for (const match of text.matchAll(pattern)) {
    const relation = (match[1] ?? match[2] ?? '').toLowerCase();
    const unit = (match[3] ?? '').toLowerCase() as Unit;
    const shift = relation === 'same' || relation === 'that' ? 0 : /^(following|next)$/.test(relation) ? 1 : -1;
    const windowStart = Math.max(0, match.index - LEFT_WINDOW);
    const left = /\b(on|in|during|over|within|for|throughout)\s+$/i.exec(text.slice(windowStart, match.index));
    const preposition = left?.[1]?.toLowerCase() ?? null;
    // "over the next year", "in the next month": a stretch of time ahead, not a date.
    const isDuration =
      (preposition !== null && /^(over|within|for|throughout)$/.test(preposition)) ||
      (preposition === 'in' && relation === 'next');
    found.push({
      start: left && !isDuration ? windowStart + left.index : match.index,
      end: match.index + match[0].length,
      expression: isDuration
        ? { kind: 'ignored' }
        // "the same day" with no day before it in the article is the day being reported: publication.
        : { kind: 'sameUnit', unit, shift, phrase: null, orPublication: relation === 'same' && unit === 'day' },
      modifier: null,
      through: false,
    });
  }
  // "earlier in the day", "later that day", "earlier the same day": the day of the story so far. Listed
  // after the forms above, so "that day" inside "later that day" is dropped as an overlap.
  for (const match of text.matchAll(/\b(earlier|later)\s+(?:in\s+the|that|the\s+same)\s+day\b(?![-\w])/gi)) {
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      expression: { kind: 'sameUnit', unit: 'day', shift: 0, phrase: match[0].toLowerCase(), orPublication: true },
      modifier: null,
      through: false,
    });
  }
  return found;
}

/** Earliest first; at equal starts the longer wins; overlapping later ones are dropped. */
function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    const last = kept.at(-1);
    if (last && candidate.start < last.end) continue;
    kept.push(candidate);
  }
  return kept;
}

// ---------------------------------------------------------------------------
// Resolution
// ---------------------------------------------------------------------------

interface Resolution {
  range: DayRange | null;
  anchor: string | null;
  rule: string;
  reason?: string;
  /** Set when the expression turned out not to be a date (a duration). */
  drop?: boolean;
}

interface ResolveEnv {
  /** The sentence. */
  text: string;
  anchorDay: Ymd | null;
  publishedLabel: string;
  tense: () => Tense | null;
  previous: (unit: Unit) => DateMention | undefined;
  shortSentenceId: (sentenceId: string) => string;
}

const NO_ANCHOR = 'no publication date to anchor on';

function unanchored(rule: string): Resolution {
  return { range: null, anchor: null, rule, reason: NO_ANCHOR };
}

/** "past-tense weekday (cue "met")" or "weekday with no tense cue". */
function describeTense(tense: Tense | null, noun: string): string {
  return tense ? `${tense.direction}-tense ${noun} (cue "${tense.cue}")` : `${noun} with no tense cue`;
}

/** early = days 1–10, mid = 11–20, late = 21–end; for a year, thirds of four months. */
function narrow(range: DayRange, modifier: Modifier | null, anchorDay: Ymd | null): DayRange {
  if (!modifier || (range.precision !== 'month' && range.precision !== 'year')) return range;
  const anchorInside = anchorDay && toUtc(anchorDay) >= toUtc(range.start) && toUtc(anchorDay) <= toUtc(range.end);
  if (modifier === 'earlier' && anchorInside) return interval(range.start, anchorDay);
  if (modifier === 'later' && anchorInside) return interval(anchorDay, range.end);
  const third = modifier === 'earlier' ? 'early' : modifier === 'later' ? 'late' : modifier;
  const { y, m } = range.start;
  if (range.precision === 'month') {
    if (third === 'early') return interval({ y, m, d: 1 }, { y, m, d: 10 });
    if (third === 'mid') return interval({ y, m, d: 11 }, { y, m, d: 20 });
    return interval({ y, m, d: 21 }, range.end);
  }
  if (third === 'early') return interval({ y, m: 1, d: 1 }, { y, m: 4, d: 30 });
  if (third === 'mid') return interval({ y, m: 5, d: 1 }, { y, m: 8, d: 31 });
  return interval({ y, m: 9, d: 1 }, { y, m: 12, d: 31 });
}

function modifierRule(modifier: Modifier | null, scale: Precision | 'week'): string {
  if (!modifier) return '';
  if (modifier === 'earlier' || modifier === 'later') {
    return modifier === 'earlier' ? '; "earlier" → from the period start up to publication' : '; "later" → from publication to the period end';
  }
  const spans: Record<'month' | 'year', Record<'early' | 'mid' | 'late', string>> = {
    month: { early: 'days 1–10', mid: 'days 11–20', late: 'day 21 to month end' },
    year: { early: 'January–April', mid: 'May–August', late: 'September–December' },
  };
  return scale === 'month' || scale === 'year' ? `; "${modifier}" → ${spans[scale][modifier]}` : '';
}

/** The year for a month–day without one, by tense; null when no such date exists near the anchor. */
/**
 * A month-day owned by a noun inside a phrase about something ("over his Dec 3 decree", "since the Jan. 5
 * vote", "of the National Assembly's Dec. 14 vote"): the noun names a thing that already exists, so the
 * clause's verb ("will question him over …") does not date it. Returns the phrase's opening words, or null.
 * "ahead of the Jan. 20 inauguration" is not one: "ahead of" looks forward and stays a tense cue.
 */
function topicOwner(text: string, candidate: Candidate): string | null {
  if (!/^\s+(?!(?:and|or|but|to|in|on|at|by|for|of|with|from|as|is|are|was|were|will|would|has|have|had)\b)[a-z]/.test(text.slice(candidate.end))) {
    return null;
  }
  const left = text.slice(Math.max(0, candidate.start - LEFT_WINDOW * 2), candidate.start);
  const match = TOPIC_OWNER.exec(left);
  if (!match || /\bahead\s+of\s/i.test(left.slice(Math.max(0, match.index - 6)))) return null;
  return match[0].trim();
}

// "on" only before an owner ("rule on his Dec 3 decree"): "on the Jan. 20 flight" is when something happens.
const TOPIC_OWNER =
  /\b(?:(?:over|about|regarding|concerning|following|after|since|of|against|into|behind|despite|amid|under)\s+(?:this|that|the(?:\s+[\p{Lu}][\p{L}.-]*)*(?:['’]s)?)|(?:over|on|about|regarding|concerning|following|after|since|of|against|into|behind|despite|amid|under)\s+(?:his|her|its|their|our|your|(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{L}.-]+['’]s))\s+$/u;

function yearForMonthDay(month: number, day: number, anchor: Ymd, direction: Direction | null): number | null {
  const candidates = [-4, -3, -2, -1, 0, 1, 2, 3, 4]
    .map((shift) => anchor.y + shift)
    .filter((y) => isRealDate(y, month, day))
    .map((y) => ({ y, distance: daysBetween(anchor, { y, m: month, d: day }) }));
  if (direction === 'past') return candidates.filter((c) => c.distance <= 0).at(-1)?.y ?? null;
  if (direction === 'future') return candidates.find((c) => c.distance >= 0)?.y ?? null;
  const nearest = [...candidates].sort((a, b) => Math.abs(a.distance) - Math.abs(b.distance) || a.y - b.y)[0];
  return nearest?.y ?? null;
}

function yearForMonth(month: number, anchor: Ymd, direction: Direction | null): number {
  if (direction === 'past') return month <= anchor.m ? anchor.y : anchor.y - 1;
  if (direction === 'future') return month >= anchor.m ? anchor.y : anchor.y + 1;
  const before = month <= anchor.m ? anchor.y : anchor.y - 1;
  const after = month >= anchor.m ? anchor.y : anchor.y + 1;
  const distance = (y: number): number => Math.abs((y - anchor.y) * 12 + month - anchor.m);
  return distance(after) < distance(before) ? after : before; // ties go to the past, as news mostly looks back
}

function directionRule(direction: Direction | null): string {
  if (direction === 'past') return 'latest on or before publication';
  if (direction === 'future') return 'earliest on or after publication';
  return 'nearest to publication';
}

function rangeOfParts(parts: CalendarParts, year: number): DayRange | null {
  if (parts.month !== null && parts.day !== null) {
    return isRealDate(year, parts.month, parts.day) ? dayRange({ y: year, m: parts.month, d: parts.day }) : null;
  }
  if (parts.month !== null) return monthRange(year, parts.month);
  return parts.day === null ? yearRange(year) : null;
}

/** A stated range end ("Jan. 31 to Feb. 2"), missing parts taken from the start; rolls past it if needed. */
function rangeEnd(start: DayRange, end: CalendarParts): DayRange | null {
  const month = end.month ?? start.start.m;
  const parts: CalendarParts = { year: end.year, month, day: end.day };
  let range = rangeOfParts(parts, end.year ?? start.start.y);
  if (range && end.year === null && toUtc(range.end) < toUtc(start.start)) {
    range = rangeOfParts(parts, start.start.y + 1);
  }
  return range;
}

/** "through Thursday" / "until Jan. 20": from publication up to the date when it lies ahead. */
function throughSpan(target: DayRange, anchor: Ymd): DayRange | null {
  return toUtc(target.end) >= toUtc(anchor) ? interval(anchor, target.end) : null;
}

function resolveCalendar(
  expression: Extract<Expression, { kind: 'calendar' }>,
  candidate: Candidate,
  env: ResolveEnv,
): Resolution {
  const { anchorDay } = env;
  const modifier = candidate.modifier;
  const finish = (start: DayRange | null, rule: string, anchor: string | null): Resolution => {
    if (!start) return { range: null, anchor, rule, reason: 'not a real calendar date' };
    if (!expression.end) {
      return { range: narrow(start, modifier, anchorDay), anchor, rule: rule + modifierRule(modifier, start.precision) };
    }
    const end = rangeEnd(start, expression.end);
    if (!end) return { range: null, anchor, rule, reason: 'the range end is not a real calendar date' };
    return { range: interval(start.start, end.end), anchor, rule: `${rule}; stated range` };
  };

  if (expression.year !== null) {
    const what = expression.day !== null ? 'fully stated date' : expression.month !== null ? 'stated month and year' : 'stated year';
    return finish(rangeOfParts(expression, expression.year), what, null);
  }
  if (expression.yearShift !== null) {
    const which = ['last year', 'this year', 'next year'][expression.yearShift + 1] ?? '';
    const year = ['the year before publication', 'the publication year', 'the year after publication'][expression.yearShift + 1] ?? '';
    const rule = `month + "${which}" → that month of ${year}`;
    if (!anchorDay) return unanchored(rule);
    return finish(rangeOfParts(expression, anchorDay.y + expression.yearShift), rule, env.publishedLabel);
  }
  if (expression.month === null) {
    return { range: null, anchor: null, rule: 'day of month without a month', reason: 'no month stated or implied' };
  }

  const tense = env.tense();
  if (candidate.through && tense?.direction !== 'past') {
    const rule = `"through/until" a date → from publication to the first such date on or after it`;
    if (!anchorDay) return unanchored(rule);
    const target =
      expression.day !== null
        ? rangeOfParts(expression, yearForMonthDay(expression.month, expression.day, anchorDay, 'future') ?? anchorDay.y)
        : monthRange(yearForMonth(expression.month, anchorDay, 'future'), expression.month);
    const span = target ? throughSpan(narrow(target, modifier, anchorDay), anchorDay) : null;
    return span ? { range: span, anchor: env.publishedLabel, rule } : { range: null, anchor: env.publishedLabel, rule, reason: 'not a real calendar date' };
  }

  if (expression.day !== null) {
    const topic = topicOwner(env.text, candidate);
    if (topic) {
      const rule = `month-day naming a thing talked about ("${topic}"), not when the verb happens → the year putting it ${directionRule('past')}`;
      if (!anchorDay) return unanchored(rule);
      const year = yearForMonthDay(expression.month, expression.day, anchorDay, 'past');
      return finish(year === null ? null : rangeOfParts(expression, year), rule, env.publishedLabel);
    }
  }
  // "declared mourning until January 4": the past verb dates the declaring; the span it set may still be
  // running, so the end date takes the nearest year.
  const untilAfterPast = candidate.through && tense?.direction === 'past';
  const direction = untilAfterPast ? null : tense?.direction ?? null;
  if (expression.day !== null) {
    const rule = untilAfterPast
      ? `"until" a month-day after a past verb (cue "${tense.cue}"): the end of a span that may still run → the year putting it ${directionRule(null)}`
      : `${describeTense(tense, 'month-day without year')} → the year putting it ${directionRule(direction)}`;
    if (!anchorDay) return unanchored(rule);
    const year = yearForMonthDay(expression.month, expression.day, anchorDay, direction);
    return finish(year === null ? null : rangeOfParts(expression, year), rule, env.publishedLabel);
  }
  const rule = `${describeTense(tense, 'month without year')} → the ${MONTH_NAMES[expression.month - 1]} ${directionRule(direction)}`;
  if (!anchorDay) return unanchored(rule);
  return finish(monthRange(yearForMonth(expression.month, anchorDay, direction), expression.month), rule, env.publishedLabel);
}

function resolveWeekday(
  expression: Extract<Expression, { kind: 'weekday' }>,
  candidate: Candidate,
  env: ResolveEnv,
): Resolution {
  const name = WEEKDAY_NAMES[expression.weekday] ?? '';
  const tense = env.tense();
  const { anchorDay } = env;
  let rule: string;
  let pick: (anchor: Ymd) => Ymd;
  if (expression.relation === 'next') {
    rule = `"next ${name}" → first ${name} after publication`;
    pick = (anchor) => weekdayAfter(anchor, expression.weekday);
  } else if (expression.relation === 'last' || expression.relation === 'past') {
    rule = `"last ${name}" → latest ${name} before publication`;
    pick = (anchor) => weekdayBefore(anchor, expression.weekday);
  } else if (expression.relation === 'this') {
    rule = `"this ${name}" → the ${name} of the publication week (Monday–Sunday)`;
    pick = (anchor) => addDays(mondayOf(anchor), (expression.weekday + 6) % 7);
  } else if (candidate.through && tense?.direction !== 'past') {
    rule = `"through ${name}" → from publication to the first ${name} on or after it`;
    pick = (anchor) => weekdayOnOrAfter(anchor, expression.weekday);
  } else if (tense?.direction === 'future') {
    rule = `${describeTense(tense, 'weekday')} → earliest ${name} on or after publication`;
    pick = (anchor) => weekdayOnOrAfter(anchor, expression.weekday);
  } else {
    rule = `${describeTense(tense, 'weekday')} → ${tense ? '' : 'news default (past): '}latest ${name} on or before publication`;
    pick = (anchor) => weekdayOnOrBefore(anchor, expression.weekday);
  }
  if (!anchorDay) return unanchored(rule);
  const day = pick(anchorDay);
  let range = dayRange(day);
  if (candidate.through && tense?.direction !== 'past' && expression.relation === null) {
    range = interval(anchorDay, day);
  } else if (expression.endWeekday !== null) {
    range = interval(day, weekdayOnOrAfter(day, expression.endWeekday));
    rule += `; range ends on the first ${WEEKDAY_NAMES[expression.endWeekday]} on or after it`;
  }
  return { range, anchor: env.publishedLabel, rule };
}

function resolveWeekend(expression: Extract<Expression, { kind: 'weekend' }>, env: ResolveEnv): Resolution {
  const tense = env.tense();
  const relation = expression.relation;
  const forward = relation === 'next' || (relation !== 'last' && relation !== 'past' && tense?.direction === 'future');
  const rule = relation === 'this' || relation === null
    ? `${describeTense(tense, 'weekend')} → the Saturday–Sunday ${forward ? 'on or after' : 'on or before'} publication`
    : `"${relation} weekend" → the Saturday–Sunday ${forward ? 'after' : 'before'} publication`;
  if (!env.anchorDay) return unanchored(rule);
  const anchor = env.anchorDay;
  const saturday =
    relation === 'next' ? weekdayAfter(anchor, 6)
    : relation === 'last' || relation === 'past' ? weekdayBefore(anchor, 6)
    : forward ? weekdayOnOrAfter(weekdayOf(anchor) === 0 ? addDays(anchor, -1) : anchor, 6)
    : weekdayOnOrBefore(anchor, 6);
  return { range: interval(saturday, addDays(saturday, 1)), anchor: env.publishedLabel, rule };
}

function resolvePeriod(
  expression: Extract<Expression, { kind: 'period' }>,
  candidate: Candidate,
  env: ResolveEnv,
): Resolution {
  const { unit, relation } = expression;
  const rules: Record<Relation, string> = {
    this: `"this ${unit}" → the ${unit} of publication`,
    last: `"last ${unit}" → the ${unit} before publication`,
    next: `"next ${unit}" → the ${unit} after publication`,
    past: `"past ${unit}" → the ${unit} up to publication`,
  };
  const rule = rules[relation] + (unit === 'week' ? ' (weeks run Monday–Sunday)' : '') + modifierRule(candidate.modifier, unit);
  const anchor = env.anchorDay;
  if (!anchor) return unanchored(rule);
  const step = relation === 'last' ? -1 : relation === 'next' ? 1 : 0;
  let range: DayRange;
  if (relation === 'past') {
    const start = unit === 'week' ? addDays(anchor, -7) : sameDayMonthsBefore(anchor, unit === 'month' ? 1 : 12);
    range = interval(start, anchor);
  } else if (unit === 'week') {
    range = weekRange(addDays(anchor, step * 7));
    if (relation === 'this' && candidate.modifier === 'earlier') range = interval(range.start, anchor);
    if (relation === 'this' && candidate.modifier === 'later') range = interval(anchor, range.end);
  } else if (unit === 'month') {
    const { y, m } = shiftMonth(anchor.y, anchor.m, step);
    range = narrow(monthRange(y, m), candidate.modifier, anchor);
  } else {
    range = narrow(yearRange(anchor.y + step), candidate.modifier, anchor);
  }
  return { range, anchor: env.publishedLabel, rule };
}

/** The same day of month some months earlier, clamped to that month's length. */
function sameDayMonthsBefore(day: Ymd, months: number): Ymd {
  const { y, m } = shiftMonth(day.y, day.m, -months);
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

function shiftRange(base: Ymd, amount: number, unit: Unit): DayRange {
  if (unit === 'day') return dayRange(addDays(base, amount));
  if (unit === 'week') return dayRange(addDays(base, amount * 7));
  if (unit === 'month') {
    const { y, m } = shiftMonth(base.y, base.m, amount);
    return monthRange(y, m);
  }
  return yearRange(base.y + amount);
}

function resolveCount(expression: Extract<Expression, { kind: 'count' }>, env: ResolveEnv): Resolution {
  const { amount, unit, sign } = expression;
  const plural = `${amount} ${unit}${amount === 1 ? '' : 's'}`;
  if (expression.from === 'previous') {
    const previous = env.previous(unit === 'week' ? 'day' : unit);
    const rule = `${plural} ${sign > 0 ? 'after' : 'before'} the previous dated event`;
    const base = previous?.start ? parseIsoDay(previous.start) : null;
    if (!previous || !base) {
      return { range: null, anchor: null, rule, reason: `no earlier ${unit === 'week' ? 'day' : unit} in the article to count from` };
    }
    return { range: shiftRange(base, sign * amount, unit), anchor: previousLabel(previous, env), rule };
  }
  if (expression.futureOnly && env.tense()?.direction !== 'future') {
    return { range: null, anchor: null, rule: 'duration', drop: true };
  }
  const rule = sign < 0 ? `${plural} ago → publication minus ${plural}` : `${plural} ahead → publication plus ${plural}`;
  if (!env.anchorDay) return unanchored(rule);
  return { range: shiftRange(env.anchorDay, sign * amount, unit), anchor: env.publishedLabel, rule };
}

function previousLabel(previous: DateMention, env: ResolveEnv): string {
  return `${previous.text} in ${env.shortSentenceId(previous.sentenceId)} (previous dated event)`;
}

function resolveSameUnit(expression: Extract<Expression, { kind: 'sameUnit' }>, env: ResolveEnv): Resolution {
  const { unit, shift } = expression;
  const relation = shift === 0 ? 'same' : shift > 0 ? 'following' : 'previous';
  const baseUnit = unit === 'week' ? 'day' : unit;
  const target = shift === 0 ? `that ${unit}` : `the ${unit} ${shift > 0 ? 'after' : 'before'} it`;
  const words = expression.phrase ?? `the ${relation} ${unit}`;
  const rule = `"${words}" → the previous ${baseUnit}-level date in the article, ${target}`;
  const previous = env.previous(baseUnit);
  const base = previous?.start ? parseIsoDay(previous.start) : null;
  if (!previous || !base) {
    if (expression.orPublication && env.anchorDay) {
      return { range: dayRange(env.anchorDay), anchor: env.publishedLabel, rule: `"${words}" → no earlier day in the article, so the publication day` };
    }
    return { range: null, anchor: null, rule, reason: `no earlier ${baseUnit} in the article to refer back to` };
  }
  const range = unit === 'week' ? weekRange(addDays(base, shift * 7)) : shiftRange(base, shift, unit);
  return { range, anchor: previousLabel(previous, env), rule };
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The given day of some month, counted from the anchor's month; null when that month is too short. */
function dayInMonth(anchor: Ymd, months: number, day: number): Ymd | null {
  const { y, m } = shiftMonth(anchor.y, anchor.m, months);
  return isRealDate(y, m, day) ? { y, m, d: day } : null;
}

function resolveDayOfMonth(expression: Extract<Expression, { kind: 'dayOfMonth' }>, candidate: Candidate, env: ResolveEnv): Resolution {
  const { day, monthShift } = expression;
  const nth = ordinal(day);
  const anchor = env.anchorDay;
  if (monthShift !== null) {
    const which = ['the month before publication', 'the publication month', 'the month after publication'][monthShift + 1] ?? '';
    const rule = `"the ${nth} of ${['last', 'this', 'next'][monthShift + 1]} month" → day ${day} of ${which}`;
    if (!anchor) return unanchored(rule);
    const target = dayInMonth(anchor, monthShift, day);
    return target ? { range: dayRange(target), anchor: env.publishedLabel, rule } : { range: null, anchor: env.publishedLabel, rule, reason: 'not a real calendar date' };
  }
  const tense = env.tense();
  const forward = tense?.direction === 'future' || (candidate.through && tense?.direction !== 'past');
  const through = candidate.through && forward;
  const rule = through
    ? `"through/until" a day of month → from publication to the first ${nth} on or after it`
    : `${describeTense(tense, 'day of month')} → ${tense || forward ? '' : 'news default (past): '}${forward ? 'earliest' : 'latest'} ${nth} ${forward ? 'on or after' : 'on or before'} publication`;
  if (!anchor) return unanchored(rule);
  // The nearest month holding that day on the right side of publication (a 31st skips short months).
  let target: Ymd | null = null;
  for (let months = 0; months <= 2 && !target; months++) {
    const candidateDay = dayInMonth(anchor, forward ? months : -months, day);
    if (candidateDay && (forward ? toUtc(candidateDay) >= toUtc(anchor) : toUtc(candidateDay) <= toUtc(anchor))) target = candidateDay;
  }
  if (!target) return { range: null, anchor: env.publishedLabel, rule, reason: 'not a real calendar date' };
  const range = through ? interval(anchor, target) : dayRange(target);
  return { range, anchor: env.publishedLabel, rule };
}

function resolveDayOffset(expression: Extract<Expression, { kind: 'dayOffset' }>, env: ResolveEnv): Resolution {
  const { days } = expression;
  const rule = days === 0 ? 'the publication day' : days < 0 ? 'the day before publication' : 'the day after publication';
  if (!env.anchorDay) return unanchored(rule);
  return { range: dayRange(addDays(env.anchorDay, days)), anchor: env.publishedLabel, rule };
}

function resolveCandidate(candidate: Candidate, env: ResolveEnv): Resolution {
  const expression = candidate.expression;
  switch (expression.kind) {
    case 'calendar':
      return resolveCalendar(expression, candidate, env);
    case 'weekday':
      return resolveWeekday(expression, candidate, env);
    case 'weekend':
      return resolveWeekend(expression, env);
    case 'period':
      return resolvePeriod(expression, candidate, env);
    case 'dayOffset':
      return resolveDayOffset(expression, env);
    case 'count':
      return resolveCount(expression, env);
    case 'sameUnit':
      return resolveSameUnit(expression, env);
    case 'dayOfMonth':
      return resolveDayOfMonth(expression, candidate, env);
    case 'unresolvable':
      return { range: null, anchor: null, rule: 'unresolved', reason: expression.reason };
    case 'ignored':
      return { range: null, anchor: null, rule: 'duration', drop: true };
  }
}

function statedOf(expression: Expression): DateMention['stated'] {
  if (expression.kind === 'dayOfMonth') return { year: false, month: false, day: true };
  if (expression.kind !== 'calendar') return { year: false, month: false, day: false };
  return { year: expression.year !== null, month: expression.month !== null, day: expression.day !== null };
}

/** Can this mention serve as the base for "the same <unit>" / "<n> <unit>s later"? */
function servesAsBase(mention: DateMention, unit: Unit): boolean {
  if (mention.value === null) return false;
  if (unit === 'day' || unit === 'week') return mention.precision === 'day';
  if (unit === 'month') return mention.precision === 'month' || (mention.precision === 'day' && mention.stated.month);
  return mention.precision === 'year' || mention.stated.year;
}

// ---------------------------------------------------------------------------
// The stage
// ---------------------------------------------------------------------------

function parseOffsetMinutes(offset: string): number {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** A fixed reference for chrono, so recognition never reads the clock. */
function chronoReference(anchorDay: Ymd | null, offset: string | null): { instant: Date; timezone: number } {
  const minutes = offset ? parseOffsetMinutes(offset) : 0;
  const day = anchorDay ?? { y: 2000, m: 1, d: 1 };
  return { instant: new Date(Date.UTC(day.y, day.m - 1, day.d, 12) - minutes * 60_000), timezone: minutes };
}

const SKIPPED_KINDS = new Set<Sentence['kind']>(['byline', 'dateline']);

/**
 * chrono's end-of-period refiner matches against all the text before each
 * result, which is quadratic on a huge sentence full of dates; feed it bounded
 * windows cut after punctuation or a space. Ordinary sentences fit in one window.
 */
const CHRONO_WINDOW = 4000;

function parseWithChrono(text: string, reference: { instant: Date; timezone: number }): ParsedResult[] {
  if (text.length <= CHRONO_WINDOW) return chrono.parse(text, reference);
  const results: ParsedResult[] = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + CHRONO_WINDOW);
    if (to < text.length) {
      const window = text.slice(from, to);
      const punctuation = Math.max(window.lastIndexOf('. '), window.lastIndexOf(', '), window.lastIndexOf('; '));
      const space = window.lastIndexOf(' ');
      const cut = punctuation > CHRONO_WINDOW / 2 ? punctuation + 2 : space > 0 ? space + 1 : window.length;
      to = from + cut;
    }
    for (const result of chrono.parse(text.slice(from, to), reference)) {
      // Shift to sentence offsets; chrono's own refiners move `index` the same way (typed readonly only for callers).
      (result as { index: number }).index += from;
      results.push(result);
    }
    from = to;
  }
  return results;
}

/**
 * chrono joins "night of Dec. 3" into one result but loses the date's parts in the join; read the date
 * after "of" again on its own (at its own offset) and let the mention take the words before it.
 */
function withoutPartOfDay(result: ParsedResult, reference: { instant: Date; timezone: number }): ParsedResult[] {
  const prefix = PART_OF_DAY_OF.exec(result.text);
  if (!prefix || hasDateParts(result.start)) return [result];
  return chrono.parse(result.text.slice(prefix[0].length), reference).map((inner) => {
    (inner as { index: number }).index += result.index + prefix[0].length;
    return inner;
  });
}

function findCandidates(text: string, reference: { instant: Date; timezone: number }): Candidate[] {
  const fromChronoResults = parseWithChrono(text, reference)
    .flatMap((result) => withoutPartOfDay(result, reference))
    .map((result) => fromChrono(text, result))
    .filter((candidate): candidate is Candidate => candidate !== null);
  const ours = [...findAnaphoricUnits(text), ...findBareYears(text), ...findDaysOfMonth(text)];
  return withoutOverlaps([...joinMonthWithRelativeYear(fromChronoResults, text), ...ours]);
}

export function resolveDates(context: DateContext, sentences: Sentence[]): DateMention[] {
  const anchorDay = context.reference ? parseIsoDay(context.reference.date) : null;
  const reference = chronoReference(anchorDay, context.reference?.offset ?? null);
  const mentions: DateMention[] = [];
  const shortSentenceId = (sentenceId: string): string =>
    sentenceId.startsWith(`${context.articleId}-`) ? sentenceId.slice(context.articleId.length + 1) : sentenceId;

  for (const sentence of sentences) {
    if (SKIPPED_KINDS.has(sentence.kind)) continue;
    const text = sentence.text;
    let tenseIndex: TenseIndex | null = null;
    let count = 0;
    for (const candidate of findCandidates(text, reference)) {
      const env: ResolveEnv = {
        text,
        anchorDay,
        publishedLabel: context.publishedLabel,
        tense: () => {
          tenseIndex ??= indexTense(text);
          return tenseAt(tenseIndex, text, candidate.start, candidate.end);
        },
        previous: (unit) => mentions.findLast((mention) => servesAsBase(mention, unit)),
        shortSentenceId,
      };
      const resolution = resolveCandidate(candidate, env);
      if (resolution.drop) continue;
      count += 1;
      const range = resolution.range;
      const mention: DateMention = {
        id: `${sentence.id}-d${count}`,
        articleId: context.articleId,
        sentenceId: sentence.id,
        text: text.slice(candidate.start, candidate.end),
        charStart: candidate.start,
        charEnd: candidate.end,
        start: range ? formatDay(range.start) : null,
        end: range ? formatDay(range.end) : null,
        value: range ? formatValue(range) : null,
        precision: range ? range.precision : null,
        anchor: resolution.anchor,
        rule: resolution.rule,
        stated: statedOf(candidate.expression),
      };
      if (!range) mention.reason = resolution.reason ?? 'could not be resolved';
      mentions.push(mention);
    }
  }
  return mentions;
}
