/** Weeks, months and years named from publication: "this week", "last month", "the past year", "early next year". */
import {
  addDays, interval, monthRange, sameDayMonthsBefore, shiftMonth, toUtc, weekRange, yearRange, type DayRange, type Ymd,
} from '../../text/days';
import { modifierRule, narrow, unanchored, type Candidate, type Expression, type Relation, type Resolution, type ResolveEnv } from './model';

export function resolvePeriod(
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
  // "Debt stood at $4bn at year-end": a unit's end told in the past is the last one ended, as a past "this weekend" is;
  // its start or middle (and a week's end) told in the past is the last one begun: "at the start of the month" is this
  // month's once it has begun, the month before's while its days are still ahead.
  const pastPart = expression.endBackWhenPast === true && relation === 'this' && env.tense()?.direction === 'past';
  const anchor = env.anchorDay;
  const rangeAt = (anchorDay: Ymd, step: number): DayRange => {
    if (relation === 'past') {
      const start = unit === 'week' ? addDays(anchorDay, -7) : sameDayMonthsBefore(anchorDay, unit === 'month' ? 1 : 12);
      return interval(start, anchorDay);
    }
    if (unit === 'week') {
      let range = weekRange(addDays(anchorDay, step * 7));
      if (relation === 'this' && candidate.modifier === 'earlier') range = interval(range.start, anchorDay);
      if (relation === 'this' && candidate.modifier === 'later') range = interval(anchorDay, range.end);
      // "early next week": a reporter's thirds of a working week, with the weekend in the late one.
      const third = candidate.modifier === 'early' ? [0, 2] : candidate.modifier === 'mid' ? [1, 3] : candidate.modifier === 'late' ? [3, 6] : null;
      return third ? interval(addDays(range.start, third[0] ?? 0), addDays(range.start, third[1] ?? 6)) : range;
    }
    if (unit === 'month') {
      const { y, m } = shiftMonth(anchorDay.y, anchorDay.m, step);
      return narrow(monthRange(y, m), candidate.modifier, anchorDay);
    }
    return narrow(yearRange(anchorDay.y + step), candidate.modifier, anchorDay);
  };
  // A year's end, and "month-end" (a book-keeping day: "debt stood at $4bn at month-end"), told in the past is the last
  // one ended; "the end of the month" is this month's once its last third has begun ("more rain fell at the end of the
  // month", written on the 27th).
  const endedDay = candidate.modifier === 'late' && (unit === 'year' || /month[- ]end$/i.test(env.text.slice(candidate.start, candidate.end)));
  const back = pastPart && anchor !== null && !futureInPast(env.text, candidate.start) && (endedDay || toUtc(rangeAt(anchor, 0).start) > toUtc(anchor));
  if (back) {
    rules.this = candidate.modifier === 'late' && unit !== 'week' ? `"${unit}-end" with a past verb → the end of the ${unit} before publication` : `a part of the ${unit} with a past verb, not yet begun at publication → that part of the ${unit} before publication's`;
  }
  const rule = (expression.steps === undefined ? rules[relation] : `"the ${unit} ${expression.steps < 0 ? 'before last' : 'after next'}" → the ${unit} ${Math.abs(expression.steps)} ${unit}s ${expression.steps < 0 ? 'before' : 'after'} publication's`) + (unit === 'week' ? ' (weeks run Monday–Sunday)' : '') + modifierRule(candidate.modifier, unit);
  if (!anchor) return unanchored(rule);
  const step = expression.steps ?? (relation === 'last' || back ? -1 : relation === 'next' ? 1 : 0);
  const range = rangeAt(anchor, step);
  return { range, anchor: env.publishedLabel, rule };
}

/**
 * A plan told through a past verb ("was due to shut", "had promised to quit", "planned to close") names a part of a
 * unit still ahead of the telling: it is a future in the past, not the happening told as past.
 */
const FUTURE_IN_PAST =
  /\b(?:(?:was|were)\s+(?:due|set|going|scheduled|expected|poised|slated|about|planning|preparing)\s+to|(?:had\s+)?(?:promised|planned|pledged|vowed|agreed|intended|decided|threatened|offered|undertook|committed)\s+to)\b/gi;

/** Whether a future-in-the-past plan governs the text up to `start`, with no past verb of its own in between. */
function futureInPast(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const last = Array.from(before.matchAll(FUTURE_IN_PAST)).at(-1);
  if (!last) return false;
  const between = before.slice(last.index + last[0].length);
  return !/[;:]|\b(?:was|were|had|stood|fell|rose|[a-z]{2,}ed)\b/i.test(between);
}
