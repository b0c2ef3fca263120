/**
 * Units named relative to the previous dated mention ("the same day", "the
 * following year", "that day", "later that day"), and the durations that look
 * like them ("over the next year"); "the year before" standing alone; and "the day before yesterday", "the day
 * after tomorrow".
 */
import { anaphoricShift, LEFT_WINDOW, storyDayCandidate, type Candidate, type Unit } from './model';

/** "the same day", "the following year", "that day": relative to the previous mention. */
export function findAnaphoricUnits(text: string): Candidate[] {
  const found: Candidate[] = [];
  // "that same day" is "the same day".
  const pattern = /\b(?:(?:the|that)\s+(same|following|next|previous|preceding|prior)|(that))\s+(day|week|month|year)\b(?![-\w])/gi;
  for (const match of text.matchAll(pattern)) {
    const relation = (match[1] ?? match[2] ?? '').toLowerCase();
    const unit = (match[3] ?? '').toLowerCase() as Unit;
    const shift = anaphoricShift(relation);
    const windowStart = Math.max(0, match.index - LEFT_WINDOW);
    const left = /\b(on|in|during|over|within|for|throughout)\s+$/i.exec(text.slice(windowStart, match.index));
    // "later that month", "earlier in that year": the part of it after (or before) the day the story is at.
    const side = relation === 'that' && (unit === 'month' || unit === 'year') ? /\b(later|earlier)\s+(?:in\s+)?$/i.exec(text.slice(windowStart, match.index)) : null;
    const preposition = left?.[1]?.toLowerCase() ?? null;
    // "over the next year", "in the next month": a stretch of time ahead, not a date.
    const isDuration =
      (preposition !== null && /^(over|within|for|throughout)$/.test(preposition)) ||
      (preposition === 'in' && relation === 'next');
    found.push({
      start: side ? windowStart + side.index : left && !isDuration ? windowStart + left.index : match.index,
      end: match.index + match[0].length,
      expression: isDuration
        ? { kind: 'ignored' }
        // "the same day" with no day before it in the article is the day being reported: publication; "compared with
        // the prior year" with no year before it is the year before publication's (a results page's year-ago period).
        : { kind: 'sameUnit', unit, shift, phrase: null, orPublication: (relation === 'same' && unit === 'day') || (unit === 'year' && shift === -1), ...(side ? { part: (side[1] ?? '').toLowerCase() as 'later' | 'earlier' } : {}) },
      modifier: null,
      through: false,
    });
  }
  // "in the week to Friday": chrono reads the words as a stretch from its reference and drops them; the weekday is
  // the week's last day (widen-week-of makes it the seven days ending with it).
  for (const match of text.matchAll(/\bthe\s+week\s+(?:to|through|ending|ended)\s+(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/gi)) {
    const weekday = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'].indexOf((match[1] ?? '').toLowerCase());
    const start = match.index + match[0].length - (match[1] ?? '').length - 3;
    if (weekday >= 0) found.push({ start, end: match.index + match[0].length, expression: { kind: 'weekday', weekday, relation: null, endWeekday: null }, modifier: null, through: false });
  }
  // "the week before last", "the month after next": two units from publication's, as "last week" is one.
  for (const match of text.matchAll(/\b(?:(in|during|on)\s+)?the\s+(week|month|year)\s+(before\s+last|after\s+next)\b(?![-\w])/gi)) {
    const unit = (match[2] ?? 'week').toLowerCase() as 'week' | 'month' | 'year';
    const before = /^before/i.test(match[3] ?? '');
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      expression: { kind: 'period', unit, relation: before ? 'last' : 'next', steps: before ? -2 : 2 },
      modifier: null,
      through: false,
    });
  }
  // "The year before, a treaty lapsed", "the month after", "the week before": the unit next to the previous mention's, as "the
  // previous year" is. Only standing alone: "the year before the war" counts from a happening, too loosely to date.
  for (const match of text.matchAll(/\bthe\s+(week|month|year)\s+(before|after)(?=\s*(?:[,.;:)—–]|$))/gi)) {
    const unit = (match[1] ?? 'year').toLowerCase() as Unit;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      expression: { kind: 'sameUnit', unit, shift: /^before$/i.test(match[2] ?? '') ? -1 : 1, phrase: null, orPublication: false },
      modifier: null,
      through: false,
    });
  }
  // "earlier in the day", "later that day", "earlier the same day": the day of the story so far. Listed
  // after the forms above, so "that day" inside "later that day" is dropped as an overlap.
  for (const match of text.matchAll(/\b(earlier|later)\s+(?:in\s+the|that|the\s+same)\s+day\b(?![-\w])/gi)) {
    found.push(storyDayCandidate(match, 0, true));
  }
  // "the day before yesterday", "the day after tomorrow": two days from publication, as "yesterday" is one.
  for (const match of text.matchAll(/\b(?:on\s+)?the\s+day\s+(before\s+yesterday|after\s+tomorrow)\b/gi)) {
    const days = /^before/i.test(match[1] ?? '') ? -2 : 2;
    found.push({ start: match.index, end: match.index + match[0].length, expression: { kind: 'dayOffset', days }, modifier: null, through: false });
  }
  // "the day prior", "two days prior", "a week prior to the vote": "prior" is "before", from the previous dated
  // mention, or (with "to") from the happening named after it, as "two days before the vote" is.
  for (const match of /\bprior\b/i.test(text) ? text.matchAll(/\b(?:(the)|(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\s+(day|week|month|year)s?\s+prior\b(\s+to\b)?/gi) : []) {
    const [whole, the, amountWord = '', unitWord = '', to] = match;
    const unit = unitWord.toLowerCase() as Unit;
    const amount = /^\d+$/.test(amountWord) ? Number(amountWord) : Math.max(1, COUNT_WORDS.indexOf(amountWord.toLowerCase()));
    const end = match.index + whole.length - (to ? to.length : 0) - (to ? ' prior'.length : 0);
    if (to) {
      if (unit !== 'day' && unit !== 'week') continue;
      const count = { kind: 'count', amount: the ? 1 : amount, unit, sign: -1, from: 'happening', futureOnly: false } as const;
      found.push({ start: match.index, end, expression: count, modifier: null, through: false });
    } else if (the) {
      found.push({ start: match.index, end, expression: { kind: 'sameUnit', unit, shift: -1, phrase: null, orPublication: false }, modifier: null, through: false });
    } else {
      found.push({ start: match.index, end, expression: { kind: 'count', amount, unit, sign: -1, from: 'previous', futureOnly: false }, modifier: null, through: false });
    }
  }
  // "a week from today", "two days from tomorrow": counted from publication (or the day after it), ahead.
  for (const match of /\bfrom\s+(?:today|tomorrow)\b/i.test(text) ? text.matchAll(/\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?\s+from\s+(today|tomorrow)\b/gi) : []) {
    const [whole, amountWord = '', unitWord = '', from = ''] = match;
    const amount = /^\d+$/.test(amountWord) ? Number(amountWord) : Math.max(1, COUNT_WORDS.indexOf(amountWord.toLowerCase()));
    const unit = unitWord.toLowerCase() as Unit;
    const expression: Candidate['expression'] =
      from.toLowerCase() === 'tomorrow' && unit !== 'day'
        ? { kind: 'unresolvable', reason: 'a count from tomorrow in weeks, months or years is not resolved' }
        : { kind: 'count', amount: amount + (from.toLowerCase() === 'tomorrow' ? 1 : 0), unit, sign: 1, from: 'publication', futureOnly: false };
    found.push({ start: match.index, end: match.index + whole.length, expression, modifier: null, through: false });
  }
  return found;
}

const COUNT_WORDS = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
