/** A day of the month alone: "on the 13th" by tense, "the 27th of last month", "through the 20th". */
import { dayInMonth, dayRange, interval, isRealDate, toUtc, type DayRange, type Ymd } from '../../text/days';
import { describeTense, unanchored, type Candidate, type Expression, type Resolution, type ResolveEnv } from './model';

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export function resolveDayOfMonth(expression: Extract<Expression, { kind: 'dayOfMonth' }>, candidate: Candidate, env: ResolveEnv): Resolution {
  const { day, monthShift } = expression;
  const nth = ordinal(day);
  const anchor = env.anchorDay;
  if (monthShift !== null) {
    const which = ['the month before publication', 'the publication month', 'the month after publication'][monthShift + 1] ?? '';
    const rule = `"the ${nth} of ${['last', 'this', 'next'][monthShift + 1]} month" → day ${day} of ${which}`;
    if (!anchor) return unanchored(rule);
    const target = dayInMonth(anchor, monthShift, day);
    const range = target ? withEndDay(target, expression.endDay) : null;
    return range ? { range, anchor: env.publishedLabel, rule } : { range: null, anchor: env.publishedLabel, rule, reason: 'not a real calendar date' };
  }
  const tense = env.tense();
  const forward = tense?.direction === 'future' || (candidate.through && tense === null);
  // As for month-days: only an untensed state runs from publication; a future clause dates the end it names.
  const through = candidate.through && tense === null;
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
  const range = through ? interval(anchor, target) : withEndDay(target, expression.endDay);
  if (!range) return { range: null, anchor: env.publishedLabel, rule, reason: 'not a real calendar date' };
  return { range, anchor: env.publishedLabel, rule: expression.endDay === undefined ? rule : `${rule}; to the ${ordinal(expression.endDay)} of that month` };
}

/** "the 13th and 14th": the second day in the first one's month. */
function withEndDay(start: Ymd, endDay: number | undefined): DayRange | null {
  if (endDay === undefined) return dayRange(start);
  return isRealDate(start.y, start.m, endDay) ? interval(start, { y: start.y, m: start.m, d: endDay }) : null;
}

