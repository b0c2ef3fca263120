/**
 * A weekday a week on from the one it names: "Tuesday week", "a week on Tuesday", "a week from Tuesday" (the Tuesday
 * a week after the coming one) and "a week ago Tuesday", "a week last Tuesday" (the Tuesday a week before the latest
 * one); "Thursday fortnight", "a fortnight on Thursday" two weeks on. chrono reads the weekday alone, or "a week ago"
 * as a count, and loses the week.
 */
import type { Candidate } from './model';

const DAY = '(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const NAMES = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
/** "on Tuesday week" (not "Tuesday weekend", "Tuesday week's" is still the day). */
const DAY_WEEK = new RegExp(`\\b(?:on\\s+)?${DAY}\\s+(week|fortnight)\\b(?!-|end)`, 'gi');
/** "a week on Tuesday", "a week from Tuesday", "a week ago Tuesday", "a week last Tuesday". */
const WEEK_DAY = new RegExp(`\\ba\\s+(week|fortnight)\\s+(on|from|ago|last)\\s+(?:on\\s+)?${DAY}\\b`, 'gi');

export function findWeekdayWeeks(text: string): Candidate[] {
  if (!/\b(?:week|fortnight)\b/i.test(text)) return [];
  const found: Candidate[] = [];
  const push = (start: number, end: number, name: string, weekOn: 1 | -1 | 2 | -2): void => {
    const weekday = NAMES.indexOf(name.toLowerCase());
    if (weekday < 0) return;
    found.push({ start, end, expression: { kind: 'weekday', weekday, relation: null, endWeekday: null, weekOn }, modifier: null, through: false });
  };
  // "Thursday fortnight", "a fortnight on Thursday": two weeks on (British English).
  const weeks = (word: string | undefined): 1 | 2 => (word?.toLowerCase() === 'fortnight' ? 2 : 1);
  for (const match of text.matchAll(DAY_WEEK)) push(match.index, match.index + match[0].length, match[1] ?? '', weeks(match[2]));
  for (const match of text.matchAll(WEEK_DAY)) {
    const back = /^(?:ago|last)$/i.test(match[2] ?? '');
    push(match.index, match.index + match[0].length, match[3] ?? '', back ? (-weeks(match[1]) as -1 | -2) : weeks(match[1]));
  }
  return found;
}
