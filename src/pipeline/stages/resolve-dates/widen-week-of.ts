/**
 * "the week of Jan. 20": a day written after "the week of" names the Monday–Sunday week that holds it; "the week to
 * Friday" names the seven days ending with it. Applied to
 * a resolved day: the mention takes in the words and its range becomes that week.
 */
import { addDays, interval, weekRange, type DayRange } from '../../text/days';

const WEEK_OF_BEFORE = /\b(?:(?:in|during)\s+)?the\s+week\s+of\s+$/i;
/** "in the week to Friday", "the seven days ended Jan. 3": a market week named by its last day. */
const WEEK_TO_BEFORE = /\b(?:(?:in|during|for|over)\s+)?the\s+(?:week|seven\s+days)\s+(?:to|through|ending|ended)\s+$/i;

export function widenWeekOf(text: string, start: number, range: DayRange | null): { start: number; range: DayRange; rule: string } | null {
  if (!range || range.precision !== 'day') return null;
  const weekTo = WEEK_TO_BEFORE.exec(text.slice(Math.max(0, start - 36), start));
  if (weekTo) return { start: start - weekTo[0].length, range: interval(addDays(range.start, -6), range.start), rule: '; "the week to" a day → the seven days ending with it' };
  const before = WEEK_OF_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (!before) return null;
  return { start: start - before[0].length, range: weekRange(range.start), rule: '; "the week of" a day → the Monday–Sunday week that holds it' };
}
