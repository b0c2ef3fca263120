/**
 * What the date sub-stages pass each other: the article's context, the
 * expressions recognised in a sentence (candidates), and how each resolves.
 * Also the small rule-text helpers every resolver words its rule with.
 */
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DateMention } from '../../../lib/corpus/schema';
import type { CalendarUnit, DayRange, Ymd } from '../../text/days';
import { interval, toUtc } from '../../text/days';

export interface DateContext {
  articleId: string;
  /**
   * Publication day in the outlet's zone, and that zone's offset; null when unknown. `time` ("HH:MM" in that zone),
   * when known, places the publication instant: a past weekday that has already begun east of the outlet reads by it.
   */
  reference: { date: string; offset: string; time?: string } | null;
  /** How the anchor is named in mentions, e.g. "published 2025-01-14". */
  publishedLabel: string;
}

export type Direction = 'past' | 'future';

export interface Tense {
  direction: Direction;
  cue: string;
  /** "Rovers play Dunmore at Glen Park on Saturday": a fixture's present, which a recap also uses for a match played. */
  fixtureOnDay?: true;
}

/** A third of a month or year, the part before or after publication, or a week of a month ("the first week of"). */
/** "the first half of April" (half1), "the second half of June" (half2). */
export type HalfOf = 'half1' | 'half2';
export type Modifier = 'early' | 'mid' | 'late' | 'earlier' | 'later' | WeekOf | HalfOf;
export type WeekOf = 'week1' | 'week2' | 'week3' | 'week4' | 'weekLast';
const WEEK_OF: ReadonlyMap<string, WeekOf> = new Map([['first', 'week1'], ['second', 'week2'], ['third', 'week3'], ['fourth', 'week4'], ['last', 'weekLast'], ['final', 'weekLast']]);
export type Relation = 'this' | 'last' | 'next' | 'past';
export type Unit = CalendarUnit;

export interface CalendarParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

export type Expression =
  /** Month/day/year as written; yearShift for "October last year" (-1). */
  | ({
      kind: 'calendar';
      yearShift: number | null;
      end: CalendarParts | null;
      /** "Tuesday, March 5": the weekday written beside a month-day. */
      weekday?: number;
      /** "last November", "next March", "this June": a month named from publication. */
      monthRelation?: 'last' | 'next' | 'this';
      /** "the last day of the year" said in words: with no tense, the publication year's (or the turn of year nearby). */
      yearEnd?: true;
      /** "the first day of the new year": the calendar's only near the turn of the year (a school's in September). */
      newYear?: true;
    } & CalendarParts)
  | {
      kind: 'weekday';
      weekday: number;
      relation: Relation | null;
      endWeekday: number | null;
      /**
       * "the following Monday", "the Monday after" (1), "the previous Friday" (-1), "that Friday" (0: the first on or
       * after): counted from the previous dated day, not publication.
       */
      fromPrevious?: 1 | -1 | 0;
      /** "Tuesday last week" (-1), "Tuesday next week" (1): that weekday of the Monday–Sunday week before or after publication's. */
      weekShift?: 1 | -1;
      /** "Tuesday week" (1): a week after the first Tuesday after publication; "a week ago Tuesday" (-1): a week before the latest. */
      weekOn?: 1 | -1 | 2 | -2;
    }
  /** fromPrevious: "that weekend" (0), "the following weekend", "the weekend after" (1): from the story's last day. */
  /** coming: "the coming weekend", "the upcoming weekend": the first one ahead of publication, whatever the clause's tense. */
  | { kind: 'weekend'; relation: Relation | null; fromPrevious?: 0 | 1; coming?: true }
  /** steps: "the week before last" (-2): that many units from publication's, where the relation says one. */
  /** endBackWhenPast: "at year-end", "at the start of the month" with a past verb is the last such part begun (an end: the last one ended). */
  | { kind: 'period'; unit: Exclude<Unit, 'day'>; relation: Relation; steps?: number; endBackWhenPast?: boolean }
  /** today / yesterday / tomorrow. */
  | { kind: 'dayOffset'; days: number }
  /**
   * "three days ago" (publication), "a week later" (previous mention), "in two days" (future only),
   * "a day after the crash" (happening: the day the sentence reports, counted from a happening it names).
   */
  | {
      kind: 'count';
      amount: number;
      unit: Unit;
      sign: 1 | -1;
      from: 'publication' | 'previous' | 'happening';
      futureOnly: boolean;
      /** "a year ago today": the same day of the month `amount` months before publication. */
      sameDay?: true;
      /** "hours after the storm" with no count: only a day the text gives, never the publication day's news. */
      toldOnly?: true;
      /** "a year ago this week", "two years ago this month": the week or month holding that same day. */
      samePeriod?: 'week' | 'month';
    }
  /** "election night", "polling day": the day the article gives the happening named by `word`. */
  | { kind: 'happeningDay'; word: string; phrase: string }
  /** "on the 13th" (monthShift null: by tense), "the 27th of last month" (-1), "of this month" (0). */
  | { kind: 'dayOfMonth'; day: number; monthShift: -1 | 0 | 1 | null; endDay?: number }
  /** "the same day", "the following year": a calendar unit next to the previous mention's. */
  | {
      kind: 'sameUnit';
      unit: Unit;
      shift: -1 | 0 | 1;
      phrase: string | null;
      orPublication: boolean;
      /** A clock time: a day written right after it ("at 4 p.m. on the 13th") is its own. */
      clock?: boolean;
      /**
       * "minutes later", "moments later": a step within one scene of the story, told in its running text; a caption's
       * or a summary's day is no scene it steps from, and with no day told before it the step is the publication day's.
       */
      step?: boolean;
      /** "later that month", "earlier that year": the part of the unit after (or before) the previous day, that day included. */
      part?: 'later' | 'earlier';
    }
  /**
   * A season, quarter or half: `months` months from `startMonth` (a winter runs into the next year); the
   * year stated, shifted from publication's ("of last year"), or found from publication by relation or tense.
   */
  | {
      kind: 'yearPart';
      startMonth: number;
      months: number;
      year: number | null;
      yearShift: -1 | 0 | 1 | null;
      relation: 'this' | 'last' | 'next' | null;
      label: string;
      /** "the year to March": placed by its end (the latest ended by publication, or by tense the next), not its start. */
      ending?: true;
      /** "last quarter", "this quarter": the calendar quarter before, of or after publication's (startMonth unused). */
      quarterShift?: -1 | 0 | 1;
      /** "that spring", "the previous autumn": that season of the previous dated mention's year, or the one before or after it. */
      fromPrevious?: -1 | 0 | 1;
    }
  /** A period known by name ("World War II", "the 1990s"), with its dates. */
  | { kind: 'named'; start: string; end: string; name: string }
  | { kind: 'unresolvable'; reason: string }
  /** Looks like a date but is a duration ("over the next year"); occupies its span, yields nothing. */
  | { kind: 'ignored' };

/** A chrono result, trimmed, with the words it opens with kept apart from its core. */
export interface ChronoReading {
  result: ParsedResult;
  /** Sentence offsets of the result without trailing punctuation. */
  start: number;
  end: number;
  /** The words that name the date ("December", "three days ago"). */
  core: string;
  /** "on", "until"… when chrono took it into the result. */
  preposition: string | null;
  /** "the end of"… when chrono took it into the result. */
  periodModifier: string | null;
}

export interface Candidate {
  start: number;
  end: number;
  expression: Expression;
  modifier: Modifier | null;
  /** "through Thursday": a span from publication up to the date. */
  through: boolean;
}

/**
 * A phrase that names a day by the story so far ("that night", "earlier in the day"): `shift` days from the previous
 * dated mention, or the publication day when `orPublication` and none came before.
 */
export function storyDayCandidate(match: RegExpExecArray | RegExpMatchArray, shift: 0 | 1 | -1, orPublication: boolean, step = false): Candidate {
  const start = match.index ?? 0;
  return {
    start,
    end: start + match[0].length,
    expression: { kind: 'sameUnit', unit: 'day', shift, phrase: match[0].toLowerCase(), orPublication, ...(step ? { step } : {}) },
    modifier: null,
    through: false,
  };
}

export interface Resolution {
  range: DayRange | null;
  anchor: string | null;
  rule: string;
  reason?: string;
  /** Set when the expression turned out not to be a date (a duration). */
  drop?: boolean;
  /** A bare weekday the sentence's tense placed: later untensed mentions of it in the article mean the same day. */
  settlesWeekday?: number;
  /** A count from a happening no earlier sentence dates: a later sentence that dates the happening settles it. */
  pendingHappening?: { word: string; amount: number; unit: Unit; sign: 1 | -1 };
}

/** A weekday an earlier sentence of the article placed by its tense. */
export interface SettledWeekday {
  mention: DateMention;
  day: Ymd;
}

export interface ResolveEnv {
  /** The sentence. */
  text: string;
  anchorDay: Ymd | null;
  publishedLabel: string;
  tense: () => Tense | null;
  /** The latest earlier mention that can serve as a base at that unit; `skip` passes over some (with its sentence's text). */
  previous: (unit: Unit, skip?: (mention: DateMention, sentenceText: string) => boolean) => DateMention | undefined;
  /** The latest earlier day-level date whose sentence names the happening ("crash" finds "The plane crashed on Dec. 29"). */
  happeningDay: (word: string) => DateMention | undefined;
  /** The sentence's other mentions resolved so far (all of them, for the counts resolved last). */
  sentenceMentions: () => readonly DateMention[];
  /** How many sentences before this one the given sentence stands (0: this one). */
  sentencesBack: (sentenceId: string) => number;
  /** The day an earlier sentence of the article gave this weekday by its tense, if any. */
  settledWeekday: (weekday: number) => SettledWeekday | undefined;
  shortSentenceId: (sentenceId: string) => string;
  /** Whether a sentence of the article is running text (a body line), not a headline, a caption or a summary. */
  isBody: (sentenceId: string) => boolean;
  /** The outlet zone's offset and, when known, the publication's clock time there ("HH:MM"). */
  publication?: { offset: string; time?: string };
  /** The article opens with a wire dateline's place ("TOKYO (AP) -"): it was filed from somewhere, maybe far east. */
  datelined?: boolean;
}

/** How far back from an expression its preposition or modifier is looked for. */
export const LEFT_WINDOW = 40;

const NO_ANCHOR = 'no publication date to anchor on';

export function unanchored(rule: string): Resolution {
  return { range: null, anchor: null, rule, reason: NO_ANCHOR };
}

/** "past-tense weekday (cue "met")" or "weekday with no tense cue". */
export function describeTense(tense: Tense | null, noun: string): string {
  return tense ? `${tense.direction}-tense ${noun} (cue "${tense.cue}")` : `${noun} with no tense cue`;
}

export function directionRule(direction: Direction | null): string {
  if (direction === 'past') return 'latest on or before publication';
  if (direction === 'future') return 'earliest on or after publication';
  return 'nearest to publication';
}

export function previousLabel(previous: DateMention, env: ResolveEnv): string {
  return `${previous.text} in ${env.shortSentenceId(previous.sentenceId)} (previous dated event)`;
}

/** early = days 1–10, mid = 11–20, late = 21–end; for a year, thirds of four months. */
export function narrow(range: DayRange, modifier: Modifier | null, anchorDay: Ymd | null): DayRange {
  if (!modifier || (range.precision !== 'month' && range.precision !== 'year')) return range;
  if (isWeekOf(modifier)) return weekOf(range, modifier);
  if (modifier === 'half1' || modifier === 'half2') {
    const { y, m } = range.start;
    if (range.precision === 'month') return modifier === 'half1' ? interval(range.start, { y, m, d: 15 }) : interval({ y, m, d: 16 }, range.end);
    return modifier === 'half1' ? interval(range.start, { y, m: 6, d: 30 }) : interval({ y, m: 7, d: 1 }, range.end);
  }
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

function isWeekOf(modifier: Modifier): modifier is WeekOf {
  return modifier.startsWith('week');
}

/** "the first week of February" → days 1–7; "the last week of" → the last seven days; of a year, of its January / December. */
function weekOf(range: DayRange, modifier: WeekOf): DayRange {
  const first = range.start;
  const last = range.end;
  if (modifier === 'weekLast') {
    const from = { y: last.y, m: last.m, d: last.d - 6 };
    return interval(from, last);
  }
  const n = Number(modifier.slice(4));
  return interval({ y: first.y, m: first.m, d: 7 * (n - 1) + 1 }, { y: first.y, m: first.m, d: 7 * n });
}

export function modifierRule(modifier: Modifier | null, scale: DayRange['precision'] | 'week'): string {
  if (!modifier) return '';
  if (isWeekOf(modifier)) {
    if (scale !== 'month' && scale !== 'year') return '';
    const n = Number(modifier.slice(4));
    const scope = scale === 'year' ? (modifier === 'weekLast' ? 'of December ' : 'of January ') : '';
    return modifier === 'weekLast' ? `; "the last week of" → its last seven days` : `; "the ${['first', 'second', 'third', 'fourth'][n - 1] ?? ''} week of" → days ${7 * (n - 1) + 1}–${7 * n} ${scope}`.trimEnd();
  }
  if (modifier === 'half1' || modifier === 'half2') {
    const which = modifier === 'half1' ? 'first' : 'second';
    return scale === 'month' ? `; "the ${which} half of" → days ${modifier === 'half1' ? '1–15' : '16 to month end'}` : scale === 'year' ? `; "the ${which} half of" → ${modifier === 'half1' ? 'January–June' : 'July–December'}` : '';
  }
  if (modifier === 'earlier' || modifier === 'later') {
    return modifier === 'earlier' ? '; "earlier" → from the period start up to publication' : '; "later" → from publication to the period end';
  }
  const spans: Record<'week' | 'month' | 'year', Record<'early' | 'mid' | 'late', string>> = {
    week: { early: 'Monday–Wednesday', mid: 'Tuesday–Thursday', late: 'Thursday–Sunday' },
    month: { early: 'days 1–10', mid: 'days 11–20', late: 'day 21 to month end' },
    year: { early: 'January–April', mid: 'May–August', late: 'September–December' },
  };
  return scale === 'week' || scale === 'month' || scale === 'year' ? `; "${modifier}" → ${spans[scale][modifier]}` : '';
}

/**
 * Days from the previous dated mention for "the same / that / following / next /
 * previous / preceding / prior" before a unit or a part of a day: the recognisers
 * of both read these words, and must agree on them.
 */
export function anaphoricShift(relation: string): 0 | 1 | -1 {
  return relation === 'same' || relation === 'that' ? 0 : /^(following|next)$/.test(relation) ? 1 : -1;
}

/** "in", "late", "the end of" just before an expression: shared by the recognisers that own their preposition. */
const MODIFIER_BEFORE = /\b(?:early|mid|late|earlier|later|(?:the\s+)?(?:end|beginning|start|middle)\s+of|(?:the\s+)?(?:first|second|third|fourth|last|final)\s+week\s+of|(?:end|start)(?=-)|(?:the\s+)?(?:first|second|latter)\s+half\s+of)(?:\s+|-)$/i;

export function toModifier(word: string): Modifier {
  const lower = word.toLowerCase().replace(/^the\s+/, '').replace(/\s+of$/, '');
  const week = /^(\w+)\s+week$/.exec(lower);
  if (week) return WEEK_OF.get(week[1] ?? '') ?? 'early';
  const half = /^(first|second|latter)\s+half$/.exec(lower);
  if (half) return half[1] === 'first' ? 'half1' : 'half2';
  if (lower === 'end') return 'late';
  if (lower === 'beginning' || lower === 'start') return 'early';
  if (lower === 'middle') return 'mid';
  return lower as Modifier;
}

/** Start of the modifier word(s) right before an expression ("late", "the end of", "mid-"). */
export function modifierStart(text: string, start: number): number {
  const windowStart = Math.max(0, start - LEFT_WINDOW);
  const match = MODIFIER_BEFORE.exec(text.slice(windowStart, start));
  return match ? windowStart + match.index : start;
}

/** Whether chrono is certain of any calendar part (a time of day alone has none). */
export function hasDateParts(components: ParsedComponents): boolean {
  return (['year', 'month', 'day', 'weekday'] as const).some((part) => components.isCertain(part));
}
