/**
 * "the week of Jan. 20": a day written after "the week of" names the Monday–Sunday week that holds it; "the week to
 * Friday" names the seven days ending with it, "the week beginning 16 March" the seven from it. Applied to
 * a resolved day: the mention takes in the words and its range becomes that week.
 */
import { addDays, dayRange, daysInMonth, interval, weekdayOnOrAfter, weekdayOnOrBefore, weekRange, type DayRange } from '../../text/days';

const WEEK_OF_BEFORE = /\b(?:(?:in|during)\s+)?the\s+week\s+of\s+$/i;
/** "in the week to Friday", "the seven days ended Jan. 3": a market week named by its last day. */
const WEEK_TO_BEFORE = /\b(?:(?:in|during|for|over)\s+)?the\s+(?:week|seven\s+days)\s+(?:to|through|ending|ended)\s+$/i;

/** "the week beginning 16 March", "w/c 2 June" (week commencing): a week named by its first day. */
const WEEK_FROM_BEFORE = /\b(?:(?:in|during|for|over|from)\s+)?(?:the\s+week\s+(?:beginning|commencing|starting)|w\/c)\s+$/i;

export function widenWeekOf(text: string, start: number, range: DayRange | null): { start: number; range: DayRange; rule: string } | null {
  if (!range || range.precision !== 'day') return null;
  const weekTo = WEEK_TO_BEFORE.exec(text.slice(Math.max(0, start - 36), start));
  if (weekTo) return { start: start - weekTo[0].length, range: interval(addDays(range.start, -6), range.start), rule: '; "the week to" a day → the seven days ending with it' };
  const weekFrom = WEEK_FROM_BEFORE.exec(text.slice(Math.max(0, start - 36), start));
  if (weekFrom) return { start: start - weekFrom[0].length, range: interval(range.start, addDays(range.start, 6)), rule: '; "the week beginning" a day → the seven days from it' };
  const before = WEEK_OF_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (!before) return null;
  return { start: start - before[0].length, range: weekRange(range.start), rule: '; "the week of" a day → the Monday–Sunday week that holds it' };
}

const NTH_WEEKDAY = /^(?:on\s+)?the\s+(first|second|third|fourth|last|final)\s+(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:in|of)\s/i;
const ORDINALS = ['first', 'second', 'third', 'fourth'];
const WEEKDAY_STEMS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];

/** US holidays kept on a weekday counted within their month: [ordinal, weekday stem] by name (find-named-days reads them). */
const MOVING_HOLIDAY = /^(?:(?:on|until|till|through)\s+)?(Thanksgiving|Memorial\s+Day|Labor\s+Day)/i;
const MOVING_HOLIDAY_DAY: ReadonlyMap<string, [string, string]> = new Map([
  ['thanksgiving', ['fourth', 'Thurs']],
  ['memorial day', ['last', 'Mon']],
  ['labor day', ['first', 'Mon']],
]);

/** "the last Sunday in May", "Thanksgiving": a month placed by its rules, narrowed to the weekday counted within it. */
export function narrowNthWeekday(mentionText: string, range: DayRange | null): { range: DayRange; rule: string } | null {
  if (!range || range.precision !== 'month') return null;
  const holiday = MOVING_HOLIDAY.exec(mentionText);
  const named = holiday ? MOVING_HOLIDAY_DAY.get((holiday[1] ?? '').toLowerCase().replace(/\s+/g, ' ')) : undefined;
  const match = named ? [mentionText, named[0], named[1]] : NTH_WEEKDAY.exec(mentionText);
  if (!match) return null;
  const weekday = WEEKDAY_STEMS.indexOf((match[2] ?? '').toLowerCase());
  const ordinal = (match[1] ?? '').toLowerCase();
  const { y, m } = range.start;
  const day =
    ordinal === 'last' || ordinal === 'final'
      ? weekdayOnOrBefore({ y, m, d: daysInMonth(y, m) }, weekday)
      : addDays(weekdayOnOrAfter({ y, m, d: 1 }, weekday), 7 * ORDINALS.indexOf(ordinal));
  if (day.m !== m) return null;
  return { range: dayRange(day), rule: `; "the ${ordinal} ${match[2]}day" of the month → that weekday counted within it` };
}
