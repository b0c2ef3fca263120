/**
 * "the week of Jan. 20": a day written after "the week of" names the Monday–Sunday week that holds it. Applied to
 * a resolved day: the mention takes in the words and its range becomes that week.
 */
import { weekRange, type DayRange } from '../../text/days';

const WEEK_OF_BEFORE = /\b(?:(?:in|during)\s+)?the\s+week\s+of\s+$/i;

export function widenWeekOf(text: string, start: number, range: DayRange | null): { start: number; range: DayRange; rule: string } | null {
  if (!range || range.precision !== 'day') return null;
  const before = WEEK_OF_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (!before) return null;
  return { start: start - before[0].length, range: weekRange(range.start), rule: '; "the week of" a day → the Monday–Sunday week that holds it' };
}
