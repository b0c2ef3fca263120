/**
 * Days and amounts counted from an anchor: "yesterday", "tomorrow", "three
 * days ago" and "in two weeks" from publication; "a week later" from the
 * previous dated mention. "in two days" outside a future clause is a duration.
 */
import type { DateMention } from '../../../lib/corpus/schema';
import { addDays, dayRange, daysBetween, monthRange, parseIsoDay, sameDayMonthsBefore, shiftRange, weekRange, type Ymd } from '../../text/days';
import { previousLabel, unanchored, type Expression, type Resolution, type ResolveEnv } from './model';

export function resolveCount(expression: Extract<Expression, { kind: 'count' }>, env: ResolveEnv): Resolution {
  const { amount, unit, sign } = expression;
  const plural = `${amount} ${unit}${amount === 1 ? '' : 's'}`;
  if (expression.from === 'previous') {
    const previous = env.previous(unit === 'week' ? 'day' : unit);
    const rule = `${plural} ${sign > 0 ? 'after' : 'before'} the previous dated event`;
    const base = previous?.start ? parseIsoDay(previous.start) : null;
    if (!previous || !base) {
      return { range: null, anchor: null, rule, reason: `no earlier ${unit === 'week' ? 'day' : unit} in the article to count from` };
    }
    const range = shiftRange(base, sign * amount, unit);
    // "Voting took place last Sunday … A week later, the winner was sworn in" landing days after publication: a past
    // happening cannot be, so a day the chain inferred (a weekday, a count) was the wrong one; a day's leeway for a
    // story told across zones. From a written date ("Jan. 10") the count is what the text says, so it stands.
    if (sign > 0 && env.anchorDay && !/\d/.test(previous.text) && daysBetween(env.anchorDay, range.start) > 1 && env.tense()?.direction === 'past') {
      return { range: null, anchor: previousLabel(previous, env), rule, reason: 'told in the past tense, yet the count lands after publication' };
    }
    return { range, anchor: previousLabel(previous, env), rule };
  }
  if (expression.futureOnly && env.tense()?.direction !== 'future') {
    return { range: null, anchor: null, rule: 'duration', drop: true };
  }
  const rule = sign < 0 ? `${plural} ago → publication minus ${plural}` : `${plural} ahead → publication plus ${plural}`;
  if (!env.anchorDay) return unanchored(rule);
  if (expression.samePeriod && unit === 'month' && sign < 0) {
    const day = sameDayMonthsBefore(env.anchorDay, amount);
    const period = expression.samePeriod;
    return {
      range: period === 'week' ? weekRange(day) : monthRange(day.y, day.m),
      anchor: env.publishedLabel,
      rule: `"ago this ${period}" → the ${period === 'week' ? 'Monday–Sunday week' : 'month'} holding the same day ${plural} before publication`,
    };
  }
  if (expression.sameDay && unit === 'month' && sign < 0) {
    return { range: dayRange(sameDayMonthsBefore(env.anchorDay, amount)), anchor: env.publishedLabel, rule: `"ago today", "this day last year" → the same day ${plural} before publication` };
  }
  const range = shiftRange(env.anchorDay, sign * amount, unit);
  const happening = sign < 0 && unit === 'week' && amount >= 2 ? roundedHappening(range.start, env) : null;
  if (happening?.start) {
    const day = parseIsoDay(happening.start);
    if (day) {
      return {
        range: dayRange(day),
        anchor: previousLabel(happening, env),
        rule: `${plural} ago, beside a happening the article dated within ${ROUNDING_DAYS} days of publication minus ${plural} → that happening's day (weeks are a round count)`,
      };
    }
  }
  return { range, anchor: env.publishedLabel, rule };
}

/** How far a count of weeks may be rounded: "three weeks ago" of a happening 20 or 23 days back. */
const ROUNDING_DAYS = 3;
/** Words too common to say that two sentences speak of one happening. */
const COMMON = /^(?:that|this|these|those|with|have|been|were|when|which|where|their|there|after|before|since|about|weeks?|three|four|five|said|says|from|into|than|then|they|them|what|will|would|could|also|more|most|some|only|over)$/i;

/**
 * "the tower, which fell three weeks ago": a count of weeks is a round number, so when an earlier sentence dated a
 * happening this sentence names (a shared content word) within a few days of the count, the count means that day.
 */
function roundedHappening(counted: Ymd, env: ResolveEnv): DateMention | null {
  const words = env.text.match(/\p{L}{4,}/gu)?.filter((word) => !COMMON.test(word)) ?? [];
  for (const word of words) {
    const mention = env.happeningDay(word);
    const day = mention?.start ? parseIsoDay(mention.start) : null;
    if (mention && day && Math.abs(daysBetween(counted, day)) <= ROUNDING_DAYS) return mention;
  }
  return null;
}

export function resolveDayOffset(expression: Extract<Expression, { kind: 'dayOffset' }>, env: ResolveEnv): Resolution {
  const { days } = expression;
  const rule = days === 0 ? 'the publication day' : days < 0 ? 'the day before publication' : 'the day after publication';
  if (!env.anchorDay) return unanchored(rule);
  return { range: dayRange(addDays(env.anchorDay, days)), anchor: env.publishedLabel, rule };
}

