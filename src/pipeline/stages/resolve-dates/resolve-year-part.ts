/**
 * Seasons, quarters and halves: with a stated year, that year's; with "of
 * last/this/next year", that year from publication's; "last/this/next spring"
 * from publication; and a bare "in the spring" by tense, as a bare month is.
 */
import { daysInMonth, interval, parseIsoDay, shiftMonth, toUtc, type DayRange, type Ymd } from '../../text/days';
import { describeTense, previousLabel, unanchored, type Expression, type Resolution, type ResolveEnv } from './model';

type YearPart = Extract<Expression, { kind: 'yearPart' }>;

function partIn(expression: YearPart, year: number): DayRange {
  const last = shiftMonth(year, expression.startMonth, expression.months - 1);
  return interval({ y: year, m: expression.startMonth, d: 1 }, { y: last.y, m: last.m, d: daysInMonth(last.y, last.m) });
}

export function resolveYearPart(expression: YearPart, env: ResolveEnv): Resolution {
  const { label } = expression;
  if (expression.year !== null) {
    // "the year to March 2025": the stated year is its end's.
    const startYear = expression.ending && expression.startMonth + expression.months - 1 > 12 ? expression.year - 1 : expression.year;
    return { range: partIn(expression, startYear), anchor: null, rule: `the ${label} of a stated year` };
  }
  if (expression.fromPrevious !== undefined) {
    // "That spring" after "on March 5, 2028": the season of that year (a winter from its December, so "that winter"
    // after a February day is the one that began the December before); never publication's, with nothing before it.
    const shift = expression.fromPrevious;
    const words = `${['the previous', 'that', 'the following'][shift + 1] ?? ''} ${label}`;
    const rule = `"${words}" → ${['the latest ' + label + ' ended before', 'the ' + label + ' of', 'the earliest ' + label + ' begun after'][shift + 1] ?? ''} the previous dated mention`;
    const previous = env.previous('month');
    const base = previous?.start ? parseIsoDay(previous.start) : null;
    if (!previous || !base) return { range: null, anchor: null, rule, reason: 'no earlier date in the article to refer back to' };
    const own = partIn(expression, expression.startMonth === 12 && base.m <= 2 ? base.y - 1 : base.y);
    // The previous one ended before that day, the following one starts after it.
    const parts = [-2, -1, 0, 1, 2].map((step) => partIn(expression, base.y + step));
    const range = shift === 0 ? own : shift < 0 ? parts.filter((part) => toUtc(part.end) < toUtc(base)).at(-1) : parts.find((part) => toUtc(part.start) > toUtc(base));
    return range ? { range, anchor: previousLabel(previous, env), rule } : { range: null, anchor: null, rule, reason: 'no such season near the previous date' };
  }
  const anchor = env.anchorDay;
  if (expression.quarterShift !== undefined) {
    const shift = expression.quarterShift;
    const rule = `"${['last', 'this', 'next'][shift + 1] ?? ''} quarter" → the calendar quarter ${['before', 'of', 'after'][shift + 1] ?? ''} publication's`;
    if (!anchor) return unanchored(rule);
    const first = shiftMonth(anchor.y, Math.floor((anchor.m - 1) / 3) * 3 + 1, shift * 3);
    return { range: partIn({ ...expression, startMonth: first.m, months: 3 }, first.y), anchor: env.publishedLabel, rule };
  }
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
  if (expression.ending) {
    const rule = `${describeTense(tense, label)} → the ${forward ? `earliest ${label} not over by` : `latest ${label} ended by`} publication`;
    if (!anchor) return unanchored(rule);
    const parts = around(anchor);
    const range = forward ? parts.find((part) => ends(part, anchor)) : parts.filter((part) => toUtc(part.end) <= toUtc(anchor)).at(-1);
    return range ? { range, anchor: env.publishedLabel, rule } : { range: null, anchor: env.publishedLabel, rule, reason: 'no such period near publication' };
  }
  const rule = `${describeTense(tense, label)} → the ${forward ? `earliest ${label} not over by` : `latest ${label} begun by`} publication`;
  if (!anchor) return unanchored(rule);
  const parts = around(anchor);
  const range = forward ? parts.find((part) => ends(part, anchor)) : parts.filter((part) => starts(part, anchor)).at(-1);
  return range ? { range, anchor: env.publishedLabel, rule } : { range: null, anchor: env.publishedLabel, rule, reason: 'no such period near publication' };
}
