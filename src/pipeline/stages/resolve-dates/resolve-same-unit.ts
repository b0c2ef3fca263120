/** "the same day", "the following year", "later that day": a unit next to the previous dated mention's. */
import { addDays, dayRange, parseIsoDay, shiftRange, weekRange } from '../../text/days';
import { previousLabel, type Expression, type Resolution, type ResolveEnv } from './model';

export function resolveSameUnit(expression: Extract<Expression, { kind: 'sameUnit' }>, env: ResolveEnv): Resolution {
  const { unit, shift } = expression;
  const relation = shift === 0 ? 'same' : shift > 0 ? 'following' : 'previous';
  const baseUnit = unit === 'week' ? 'day' : unit;
  const target = shift === 0 ? `that ${unit}` : `the ${unit} ${shift > 0 ? 'after' : 'before'} it`;
  const words = expression.phrase ?? `the ${relation} ${unit}`;
  const rule = `"${words}" → the previous ${baseUnit}-level date in the article, ${target}`;
  const previous = env.previous(baseUnit);
  const base = previous?.start ? parseIsoDay(previous.start) : null;
  if (!previous || !base) {
    if (expression.orPublication && env.anchorDay) {
      return { range: dayRange(env.anchorDay), anchor: env.publishedLabel, rule: `"${words}" → no earlier day in the article, so the publication day` };
    }
    return { range: null, anchor: null, rule, reason: `no earlier ${baseUnit} in the article to refer back to` };
  }
  const range = unit === 'week' ? weekRange(addDays(base, shift * 7)) : shiftRange(base, shift, unit);
  return { range, anchor: previousLabel(previous, env), rule };
}

