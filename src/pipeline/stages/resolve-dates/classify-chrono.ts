/**
 * Classification of chrono's results: by their wording first (chrono marks
 * "last month" as a certain month, and "for a second" as a full date), then by
 * their parts. Here the non-dates are rejected: times of day, durations
 * ("for three days", "over 180 days"), "now", and lower-case common words.
 */
import type { ParsedComponents } from 'chrono-node';
import { hasDateParts, type CalendarParts, type ChronoReading, type Expression, type Relation, type Unit } from './model';

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12,
}));
/**
 * News capitalises month and weekday names; in lower case, short forms and the months that are also verbs
 * are the common words ("they sat", "we wed", "the sun", "a march", "may"), not dates.
 */
const LOWERCASE_COMMON_WORD = /(?<![A-Za-z])(?:march|may|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)(?![a-z]))/;
/**
 * Words that hedge an amount ("about 30", "more than two"); the amount is then approximate. "just" and "only"
 * stress an exact amount ("just two weeks ago") and hedge only with a hedge after them ("just over").
 */
const HEDGES = /^(?:(?:(?:just|only)\s+(?=about|a little|a bit|little|well|around|approximately|roughly|nearly|almost|over|under|more than|less than|up to|at least|at most))?(?:about|a little|a bit|little|well|around|approximately|roughly|nearly|almost|some|over|under|more than|less than|up to|at least|at most|barely|~)\s*)+/i;
/** "just", "only" before an exact amount: part of the mention, no hedge. */
const STRESS = /^(?:just|only)\s+/i;
const VAGUE_AMOUNTS = /^(?:a few|few|several|some|many|a couple of|a couple)$/i;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

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
  // A year is written in four digits, as '98, or closing a numeric date ("1/14/25"); "Jan. 1, 40 people" has none.
  const writesYear = /\b\d{4}\b|['’]\d{2}\b|\d[/.-]\d{1,2}[/.-]\d{2}\b/.test(core);
  return {
    year: writesYear ? certain(components, 'year') : null,
    month: hasDigit || MONTH_NAME.test(core) ? certain(components, 'month') : null,
    day: hasDigit ? certain(components, 'day') : null,
  };
}

/** A time of day as news writes one: with a.m./p.m., noon or midnight, or "at"/a zone around hh:mm. */
function isClockTime(reading: ChronoReading): boolean {
  const { result, core } = reading;
  if (!result.start.isCertain('hour')) return false;
  if (/\b(?:[ap]\.?m\b\.?|noon|midnight)|\d(?:[ap]m)\b/i.test(core)) return true;
  return /^\d{1,2}[:.]\d{2}\b/.test(core) && (reading.preposition?.toLowerCase() === 'at' || /\b(?:GMT|UTC|local time|[A-Z]{1,3}[SD]?T)\b/.test(core));
}

/** The expression a chrono result names; null for things that are not dates: times, durations, "now". */
export function classifyChrono(reading: ChronoReading, slashDayFirst = false): Expression | null {
  const { result, core } = reading;
  const lower = core.toLowerCase();
  const prep = reading.preposition?.toLowerCase() ?? null;

  const hedge = HEDGES.exec(core)?.[0] ?? '';
  const stress = hedge ? '' : (STRESS.exec(core)?.[0] ?? '');
  const counted = /^(\d+|[a-z]+(?: [a-z]+){0,2})\s+(second|minute|hour|day|week|month|year)s?(?:\s+(ago|later|earlier|after|before|from now))?$/i.exec(core.slice(hedge.length + stress.length));
  const amountWord = counted?.[1] ?? '';
  const amount = parseAmount(amountWord);
  const tailWord = counted?.[3]?.toLowerCase();
  // "two minutes later": a step within the day of the story so far, which it keeps. Hours may cross
  // midnight ("close eight hours later") and a hedge blurs the step, so neither names a day. With no day written
  // before it, the step has no day: the publication day is no scene it goes on from.
  if (counted && amount !== null && !hedge && /^minute$/i.test(counted[2] ?? '') && (tailWord === 'later' || tailWord === 'earlier')) {
    return { kind: 'sameUnit', unit: 'day', shift: 0, phrase: lower, orPublication: false, step: true };
  }
  // chrono computed a clock time from the reference ("for about 30 minutes", "half an hour later"): an
  // amount of minutes or hours is a duration or an offset within some day, never a calendar date.
  if (result.tags().has('result/relativeDateAndTime')) return null;
  if (counted && (amount !== null || VAGUE_AMOUNTS.test(amountWord))) {
    const [, , unitWord = '', tail] = counted;
    const unit = unitWord.toLowerCase();
    // Sub-day amounts ("for a second time") never name a calendar date.
    if (unit === 'second' || unit === 'minute' || unit === 'hour') return null;
    const anchoredUnit = unit as Unit;
    if (tailWord === 'after' || tailWord === 'before') {
      // "a day after the crash": the day of what the sentence reports, counted from a happening it names.
      // Months and years after a happening are too loose to date a report ("a month after the disaster").
      if (unit !== 'day' && unit !== 'week') return null;
      // "eleven weeks after the collapse" says how long ago it was, as months do; a week or a few still date a day.
      if (unit === 'week' && amount !== null && amount > 4) return null;
      if (amount === null) return { kind: 'unresolvable', reason: `"${amountWord}" is not a definite amount` };
      if (hedge) return { kind: 'unresolvable', reason: hedgeReason(hedge) };
      return { kind: 'count', amount, unit: anchoredUnit, sign: tailWord === 'after' ? 1 : -1, from: 'happening', futureOnly: false };
    }
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

  // "the end of the month", "by the start of the year": under a period modifier "the" unit is the current one.
  const period = /^(this|last|next|past|previous|coming)\s+(week|month|year|weekend)$/.exec(lower) ?? (reading.periodModifier ? /^(the)\s+(week|month|year)$/.exec(lower) : null);
  const relationOf = (word: string): Relation =>
    word === 'previous' ? 'last' : word === 'coming' ? 'next' : word === 'the' ? 'this' : (word as Relation);
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
    // "from 2 a.m. to 4 a.m. on Sunday": a span within one day is that day.
    const endWeekday = result.end && certain(result.end, 'weekday') !== weekday ? certain(result.end, 'weekday') : null;
    // "Tuesday last week", "Monday of next week": the weekday of the week before or after publication's.
    const week = relationWord ? null : /\s(?:of\s+)?(last|next)\s+week$/.exec(lower)?.[1];
    if (week && endWeekday === null) return { kind: 'weekday', weekday, relation: null, endWeekday, weekShift: week === 'last' ? -1 : 1 };
    return { kind: 'weekday', weekday, relation: relationWord ? relationOf(relationWord) : null, endWeekday };
  }

  if (!hasDateParts(result.start)) {
    // "at 9:03 a.m.", "4pm local time", "at noon": a clock time on the day of the story so far. A bare
    // "20:22" with no "at" or zone may be a score or a ratio, so it is not taken.
    return isClockTime(reading) ? { kind: 'sameUnit', unit: 'day', shift: 0, phrase: lower, orPublication: true, clock: true } : null;
  }
  const parts = statedParts(result.start, core);
  // "12.1.2025": a dotted date is written day first wherever dots are used (the US writes slashes); chrono reads it
  // month first when both readings are dates.
  // "04/05/2025" on a page from east of Greenwich (Europe, Africa, Asia, Oceania write the day first; the Americas,
  // and CMS clocks set to UTC, month first): slashes and dashes ("11-03-2026") too, where both readings are dates.
  const dotted = /^(?:on\s+)?(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(core.trim()) ?? (slashDayFirst ? /^(?:on\s+)?(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/.exec(core.trim())?.filter((_, i) => i !== 2) ?? null : null);
  if (dotted && Number(dotted[1]) <= 12 && Number(dotted[2]) <= 12 && parts.year !== null) {
    parts.day = Number(dotted[1]);
    parts.month = Number(dotted[2]);
  }
  if (parts.year === null && parts.month === null && parts.day === null) {
    return { kind: 'unresolvable', reason: 'chrono-node recognised it, but no news rule covers this form' };
  }
  const end = result.end ? statedParts(result.end, core) : null;
  // "from 9 to 11 June": chrono reads the two days as clock hours, so the span would be the whole month.
  const dayFirstSpan = /^(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|until|till|through|[-–—])\s*(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?\p{L}+\.?$/u.exec(core.trim());
  if (dayFirstSpan && parts.day === null && parts.month !== null && end && end.day === null && end.month === parts.month && MONTH_NAME.test(core)) {
    const [first, last] = [Number(dayFirstSpan[1]), Number(dayFirstSpan[2])];
    if (first >= 1 && first < last && last <= 31) {
      parts.day = first;
      end.day = last;
    }
  }
  // "Tuesday, March 5": a weekday written beside a month-day tells which year it is.
  return { kind: 'calendar', ...parts, yearShift: null, end, ...(weekday !== null && parts.day !== null ? { weekday } : {}) };
}

