/** Weeks, months and years named from publication: "this week", "last month", "the past year", "early next year". */
import {
  addDays, interval, monthRange, sameDayMonthsBefore, shiftMonth, weekRange, yearRange, type DayRange,
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
  // "Debt stood at $4bn at year-end": a unit's end told in the past is the last one ended, as a past "this weekend" is.
  const back = expression.endBackWhenPast === true && relation === 'this' && env.tense()?.direction === 'past';
  if (back) rules.this = `"${unit}-end" with a past verb → the end of the ${unit} before publication`;
  const rule = (expression.steps === undefined ? rules[relation] : `"the ${unit} ${expression.steps < 0 ? 'before last' : 'after next'}" → the ${unit} ${Math.abs(expression.steps)} ${unit}s ${expression.steps < 0 ? 'before' : 'after'} publication's`) + (unit === 'week' ? ' (weeks run Monday–Sunday)' : '') + modifierRule(candidate.modifier, unit);
  const anchor = env.anchorDay;
  if (!anchor) return unanchored(rule);
  const step = expression.steps ?? (relation === 'last' || back ? -1 : relation === 'next' ? 1 : 0);
  let range: DayRange;
  if (relation === 'past') {
    const start = unit === 'week' ? addDays(anchor, -7) : sameDayMonthsBefore(anchor, unit === 'month' ? 1 : 12);
    range = interval(start, anchor);
  } else if (unit === 'week') {
    range = weekRange(addDays(anchor, step * 7));
    if (relation === 'this' && candidate.modifier === 'earlier') range = interval(range.start, anchor);
    if (relation === 'this' && candidate.modifier === 'later') range = interval(anchor, range.end);
    // "early next week": a reporter's thirds of a working week, with the weekend in the late one.
    const third = candidate.modifier === 'early' ? [0, 2] : candidate.modifier === 'mid' ? [1, 3] : candidate.modifier === 'late' ? [3, 6] : null;
    if (third) range = interval(addDays(range.start, third[0] ?? 0), addDays(range.start, third[1] ?? 6));
  } else if (unit === 'month') {
    const { y, m } = shiftMonth(anchor.y, anchor.m, step);
    range = narrow(monthRange(y, m), candidate.modifier, anchor);
  } else {
    range = narrow(yearRange(anchor.y + step), candidate.modifier, anchor);
  }
  return { range, anchor: env.publishedLabel, rule };
}
