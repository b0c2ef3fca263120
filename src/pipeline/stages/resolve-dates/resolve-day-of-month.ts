/** A day of the month alone: "on the 13th" by tense, "the 27th of last month", "through the 20th". */
import { dayInMonth, dayRange, interval, isRealDate, parseIsoDay, toUtc, type DayRange, type Ymd } from '../../text/days';
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
  // "began on March 24 and ended on the 26th", "from March 24 to the 26th": a later day joined to a stated month-day
  // in one stretch of the sentence is of that month. After a comma, or in another sentence, the day is read from
  // publication, as the Korean press writes it ("After the call on Dec. 11, they met on the 13th" in January).
  const inView = candidate.through ? undefined : env.sentenceMentions().findLast((mention) => mention.charStart < candidate.start && mention.precision === 'day');
  const viewDay = inView?.start && inView.stated.month && inView.stated.day ? parseIsoDay(inView.start) : null;
  const between = inView ? env.text.slice(inView.charEnd, candidate.start) : '';
  // "heard on March 4 that the payment was made on the 20th": a reported clause ("that …") tells of another time.
  const joined = !/[,;:()—–]/.test(between) && !/\bthat\b/i.test(between) && between.trim().split(/\s+/).length <= 6;
  const joinedDay = viewDay ? { y: viewDay.y, m: viewDay.m, d: day } : null;
  // Past news never lands after its own publication: such a join is not what the sentence means.
  const afterPublication = joinedDay !== null && anchor !== null && env.tense()?.direction !== 'future' && toUtc(joinedDay) > toUtc(anchor);
  if (inView && viewDay && joinedDay && joined && !afterPublication && day > viewDay.d && isRealDate(viewDay.y, viewDay.m, day)) {
    const target = joinedDay;
    const range = withEndDay(target, expression.endDay);
    if (range) {
      return { range, anchor: `${inView.text} (earlier in the sentence)`, rule: `day of month after a stated month-day in the same sentence → the ${nth} of that month` };
    }
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

