/**
 * Seasons, quarters and halves: with a stated year, that year's; with "of
 * last/this/next year", that year from publication's; "last/this/next spring"
 * from publication; and a bare "in the spring" by tense, as a bare month is.
 */
import { daysInMonth, interval, shiftMonth, toUtc, type DayRange, type Ymd } from '../../text/days';
import { describeTense, unanchored, type Expression, type Resolution, type ResolveEnv } from './model';

type YearPart = Extract<Expression, { kind: 'yearPart' }>;

function partIn(expression: YearPart, year: number): DayRange {
  const last = shiftMonth(year, expression.startMonth, expression.months - 1);
  return interval({ y: year, m: expression.startMonth, d: 1 }, { y: last.y, m: last.m, d: daysInMonth(last.y, last.m) });
}

export function resolveYearPart(expression: YearPart, env: ResolveEnv): Resolution {
  const { label } = expression;
  if (expression.year !== null) return { range: partIn(expression, expression.year), anchor: null, rule: `the ${label} of a stated year` };
  const anchor = env.anchorDay;
  if (expression.yearShift !== null) {
    const rule = `the ${label} of ${['last year', 'this year', 'next year'][expression.yearShift + 1] ?? ''} → that part of the year ${['before', 'of', 'after'][expression.yearShift + 1] ?? ''} publication`;
    if (!anchor) return unanchored(rule);
    return { range: partIn(expression, anchor.y + expression.yearShift), anchor: env.publishedLabel, rule };
  }
  const around = (day: Ymd): DayRange[] => [-2, -1, 0, 1, 2].map((shift) => partIn(expression, day.y + shift));
  const starts = (range: DayRange, day: Ymd): boolean => toUtc(range.start) <= toUtc(day);
  const ends = (range: DayRange, day: Ymd): boolean => toUtc(range.end) >= toUtc(day);
  if (expression.relation) {
    const rule =
      expression.relation === 'last' ? `"last ${label}" → the latest ${label} that ended before publication`
      : expression.relation === 'next' ? `"next ${label}" → the earliest ${label} that starts after publication`
      : `"this ${label}" → the ${label} of the publication year (a winter from its December)`;
    if (!anchor) return unanchored(rule);
    const parts = around(anchor);
    const range =
      expression.relation === 'last' ? parts.filter((part) => !ends(part, anchor)).at(-1)
      : expression.relation === 'next' ? parts.find((part) => !starts(part, anchor))
      : partIn(expression, expression.startMonth === 12 && anchor.m <= 2 ? anchor.y - 1 : anchor.y);
    return range ? { range, anchor: env.publishedLabel, rule } : { range: null, anchor: env.publishedLabel, rule, reason: 'no such period near publication' };
  }
  const tense = env.tense();
  const forward = tense?.direction === 'future';
  const rule = `${describeTense(tense, label)} → the ${forward ? `earliest ${label} not over by` : `latest ${label} begun by`} publication`;
  if (!anchor) return unanchored(rule);
  const parts = around(anchor);
  const range = forward ? parts.find((part) => ends(part, anchor)) : parts.filter((part) => starts(part, anchor)).at(-1);
  return range ? { range, anchor: env.publishedLabel, rule } : { range: null, anchor: env.publishedLabel, rule, reason: 'no such period near publication' };
}
