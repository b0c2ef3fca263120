/**
 * Days and amounts counted from an anchor: "yesterday", "tomorrow", "three
 * days ago" and "in two weeks" from publication; "a week later" from the
 * previous dated mention. "in two days" outside a future clause is a duration.
 */
import { addDays, dayRange, parseIsoDay, shiftRange } from '../../text/days';
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
    return { range: shiftRange(base, sign * amount, unit), anchor: previousLabel(previous, env), rule };
  }
  if (expression.futureOnly && env.tense()?.direction !== 'future') {
    return { range: null, anchor: null, rule: 'duration', drop: true };
  }
  const rule = sign < 0 ? `${plural} ago → publication minus ${plural}` : `${plural} ahead → publication plus ${plural}`;
  if (!env.anchorDay) return unanchored(rule);
  return { range: shiftRange(env.anchorDay, sign * amount, unit), anchor: env.publishedLabel, rule };
}

export function resolveDayOffset(expression: Extract<Expression, { kind: 'dayOffset' }>, env: ResolveEnv): Resolution {
  const { days } = expression;
  const rule = days === 0 ? 'the publication day' : days < 0 ? 'the day before publication' : 'the day after publication';
  if (!env.anchorDay) return unanchored(rule);
  return { range: dayRange(addDays(env.anchorDay, days)), anchor: env.publishedLabel, rule };
}

