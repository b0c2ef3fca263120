/**
 * Calendar dates as written: a full date, a month and year, a month-day or a
 * month without a year (the year chosen by tense), "October last year",
 * stated ranges ("Jan. 31 to Feb. 2") and "through/until" spans.
 */
import {
  daysBetween, isRealDate, MONTH_NAMES, monthRange, dayRange, interval, toUtc, WEEKDAY_NAMES, weekdayOf, yearRange,
  type DayRange, type Ymd,
} from '../../text/days';
import {
  describeTense, directionRule, LEFT_WINDOW, modifierRule, narrow, previousLabel, unanchored,
  type CalendarParts, type Candidate, type Direction, type Expression, type Resolution, type ResolveEnv,
} from './model';

/**
 * A month-day owned by a noun inside a phrase about something ("over his Dec 3 decree", "since the Jan. 5
 * vote", "of the National Assembly's Dec. 14 vote"): the noun names a thing that already exists, so the
 * clause's verb ("will question him over …") does not date it. Returns the phrase's opening words, or null.
 * "ahead of the Jan. 20 inauguration" is not one: "ahead of" looks forward and stays a tense cue.
 */
function topicOwner(text: string, candidate: Candidate): string | null {
  if (!/^\s+(?!(?:and|or|but|to|in|on|at|by|for|of|with|from|as|is|are|was|were|will|would|has|have|had)\b)[a-z]/.test(text.slice(candidate.end))) {
    return null;
  }
  const left = text.slice(Math.max(0, candidate.start - LEFT_WINDOW * 2), candidate.start);
  const match = TOPIC_OWNER.exec(left);
  if (!match || /\bahead\s+of\s/i.test(left.slice(Math.max(0, match.index - 6)))) return null;
  return match[0].trim();
}

// "on" only before an owner ("rule on his Dec 3 decree"): "on the Jan. 20 flight" is when something happens.
const TOPIC_OWNER =
  /\b(?:(?:over|about|regarding|concerning|following|after|since|of|against|into|behind|despite|amid|under)\s+(?:this|that|the(?:\s+[\p{Lu}][\p{L}.-]*)*(?:['’]s)?)|(?:over|on|about|regarding|concerning|following|after|since|of|against|into|behind|despite|amid|under)\s+(?:his|her|its|their|our|your|(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{L}.-]+['’]s))\s+$/u;

const SINCE = /^since\s/i;
/** A verb of declaring right before a month-day, and the holiday it makes the day right after it. */
const DECLARED_BEFORE = /\b(?:declared|declares|declare|proclaimed|proclaims|designated|designates|made|makes)\s+$/i;
const DAY_OFF_AFTER = /^\s+(?:as\s+)?an?\s+(?:[\p{L}-]+\s+){0,3}(?:holiday|day\s+of\s+(?:mourning|prayer|rest)|rest\s+day|day\s+off)\b/iu;
/** How near publication a month-day must fall to be taken as written when its weekday does not fit. */
const NEAR_DAYS = 14;
const SINCE_BEFORE = /\bsince\s+(?:(?:early|mid|late|the\s+(?:end|beginning|start|middle)\s+of)(?:\s+|-))?$/i;

/** The year for a month–day without one, by tense; null when no such date exists near the anchor. */
function yearForMonthDay(month: number, day: number, anchor: Ymd, direction: Direction | null): number | null {
  const candidates = [-4, -3, -2, -1, 0, 1, 2, 3, 4]
    .map((shift) => anchor.y + shift)
    .filter((y) => isRealDate(y, month, day))
    .map((y) => ({ y, distance: daysBetween(anchor, { y, m: month, d: day }) }));
  if (direction === 'past') return candidates.filter((c) => c.distance <= 0).at(-1)?.y ?? null;
  if (direction === 'future') return candidates.find((c) => c.distance >= 0)?.y ?? null;
  const nearest = [...candidates].sort((a, b) => Math.abs(a.distance) - Math.abs(b.distance) || a.y - b.y)[0];
  return nearest?.y ?? null;
}

/**
 * The year near the anchor (within four years) in which the month-day falls on the stated weekday, on the
 * tense's side of publication (else the nearest). Null when none fits there (a misprint): the tense decides.
 */
function yearForWeekday(month: number, day: number, weekday: number, anchor: Ymd, direction: Direction | null): number | null {
  const fits = [-4, -3, -2, -1, 0, 1, 2, 3, 4]
    .map((shift) => anchor.y + shift)
    .filter((y) => isRealDate(y, month, day) && weekdayOf({ y, m: month, d: day }) === weekday)
    .map((y) => ({ y, distance: daysBetween(anchor, { y, m: month, d: day }) }));
  if (direction === 'past') return fits.filter((c) => c.distance <= 0).at(-1)?.y ?? null;
  if (direction === 'future') return fits.find((c) => c.distance >= 0)?.y ?? null;
  return [...fits].sort((a, b) => Math.abs(a.distance) - Math.abs(b.distance) || a.y - b.y)[0]?.y ?? null;
}

function yearForMonth(month: number, anchor: Ymd, direction: Direction | null): number {
  if (direction === 'past') return month <= anchor.m ? anchor.y : anchor.y - 1;
  if (direction === 'future') return month >= anchor.m ? anchor.y : anchor.y + 1;
  const before = month <= anchor.m ? anchor.y : anchor.y - 1;
  const after = month >= anchor.m ? anchor.y : anchor.y + 1;
  const distance = (y: number): number => Math.abs((y - anchor.y) * 12 + month - anchor.m);
  return distance(after) < distance(before) ? after : before; // ties go to the past, as news mostly looks back
}


function rangeOfParts(parts: CalendarParts, year: number): DayRange | null {
  if (parts.month !== null && parts.day !== null) {
    return isRealDate(year, parts.month, parts.day) ? dayRange({ y: year, m: parts.month, d: parts.day }) : null;
  }
  if (parts.month !== null) return monthRange(year, parts.month);
  return parts.day === null ? yearRange(year) : null;
}

/** A stated range end ("Jan. 31 to Feb. 2"), missing parts taken from the start; rolls past it if needed. */
function rangeEnd(start: DayRange, end: CalendarParts): DayRange | null {
  const month = end.month ?? start.start.m;
  const parts: CalendarParts = { year: end.year, month, day: end.day };
  let range = rangeOfParts(parts, end.year ?? start.start.y);
  if (range && end.year === null && toUtc(range.end) < toUtc(start.start)) {
    range = rangeOfParts(parts, start.start.y + 1);
  }
  return range;
}

/** "through Thursday" / "until Jan. 20": from publication up to the date when it lies ahead. */
function throughSpan(target: DayRange, anchor: Ymd): DayRange | null {
  return toUtc(target.end) >= toUtc(anchor) ? interval(anchor, target.end) : null;
}

/** How near (in days) the turn of the year must be for "the last day of the year" with no tense to mean the nearest one. */
const NEAR_YEAR_END = 31;
/** A sentence that says the year is another one than the range's own reading: "next year", "the following year". */
const ANOTHER_YEAR = /\b(?:next|coming|following|the\s+new)\s+year\b|\ba\s+year\s+(?:from\s+now|later|on)\b/i;

export function resolveCalendar(
  expression: Extract<Expression, { kind: 'calendar' }>,
  candidate: Candidate,
  env: ResolveEnv,
): Resolution {
  const { anchorDay } = env;
  const modifier = candidate.modifier;
  const finish = (start: DayRange | null, rule: string, anchor: string | null): Resolution => {
    if (!start) return { range: null, anchor, rule, reason: 'not a real calendar date' };
    if (!expression.end) {
      return { range: narrow(start, modifier, anchorDay), anchor, rule: rule + modifierRule(modifier, start.precision) };
    }
    const end = rangeEnd(start, expression.end);
    if (!end) return { range: null, anchor, rule, reason: 'the range end is not a real calendar date' };
    return { range: interval(start.start, end.end), anchor, rule: `${rule}; stated range` };
  };

  if (expression.year !== null) {
    const what = expression.day !== null ? 'fully stated date' : expression.month !== null ? 'stated month and year' : 'stated year';
    return finish(rangeOfParts(expression, expression.year), what, null);
  }
  if (expression.yearShift !== null) {
    const which = ['last year', 'this year', 'next year'][expression.yearShift + 1] ?? '';
    const year = ['the year before publication', 'the publication year', 'the year after publication'][expression.yearShift + 1] ?? '';
    const rule = `month + "${which}" → that month of ${year}`;
    if (!anchorDay) return unanchored(rule);
    return finish(rangeOfParts(expression, anchorDay.y + expression.yearShift), rule, env.publishedLabel);
  }
  if (expression.month === null) {
    return { range: null, anchor: null, rule: 'day of month without a month', reason: 'no month stated or implied' };
  }
  if (expression.monthRelation) {
    const name = MONTH_NAMES[expression.month - 1] ?? '';
    const { month, monthRelation: relation } = expression;
    const rule =
      relation === 'last' ? `"last ${name}" → the latest ${name} before the publication month`
      : relation === 'next' ? `"next ${name}" → the earliest ${name} after the publication month`
      : `"this ${name}" → the ${name} of the publication year`;
    if (!anchorDay) return unanchored(rule);
    const year =
      relation === 'last' ? (month < anchorDay.m ? anchorDay.y : anchorDay.y - 1)
      : relation === 'next' ? (month > anchorDay.m ? anchorDay.y : anchorDay.y + 1)
      : anchorDay.y;
    return finish(monthRange(year, month), rule, env.publishedLabel);
  }

  // "in 2008 … stepped in that October": "that" points back to the year the story was last in, not to publication.
  if (expression.day === null && /\b(?:that|the same)\s+$/i.test(env.text.slice(Math.max(0, candidate.start - 12), candidate.start))) {
    const previous = env.previous('year');
    const year = previous?.start ? Number(previous.start.slice(0, 4)) : null;
    const name = MONTH_NAMES[expression.month - 1] ?? '';
    const rule = `"that ${name}" → the ${name} of the year last named`;
    if (previous && year !== null) return finish(monthRange(year, expression.month), rule, previousLabel(previous, env));
  }
  const tense = env.tense();
  // "stays closed until Jan. 20" is a state running from now; "will run until Jan. 3" does not say when the
  // running starts, so a future clause dates only the end it names (below, by tense).
  if (candidate.through && tense === null) {
    const rule = `"through/until" a date → from publication to the first such date on or after it`;
    if (!anchorDay) return unanchored(rule);
    const target =
      expression.day !== null
        ? rangeOfParts(expression, yearForMonthDay(expression.month, expression.day, anchorDay, 'future') ?? anchorDay.y)
        : monthRange(yearForMonth(expression.month, anchorDay, 'future'), expression.month);
    const span = target ? throughSpan(narrow(target, modifier, anchorDay), anchorDay) : null;
    return span ? { range: span, anchor: env.publishedLabel, rule } : { range: null, anchor: env.publishedLabel, rule, reason: 'not a real calendar date' };
  }

  if (expression.day !== null) {
    const topic = topicOwner(env.text, candidate);
    if (topic) {
      const rule = `month-day naming a thing talked about ("${topic}"), not when the verb happens → the year putting it ${directionRule('past')}`;
      if (!anchorDay) return unanchored(rule);
      const year = yearForMonthDay(expression.month, expression.day, anchorDay, 'past');
      return finish(year === null ? null : rangeOfParts(expression, year), rule, env.publishedLabel);
    }
  }
  // "declared mourning until January 4": the past verb dates the declaring; the span it set may still be
  // running, so the end date takes the nearest year.
  const untilAfterPast = candidate.through && tense?.direction === 'past';
  // "has been stuck since May": what runs "since" a date began before publication, whatever the clause's verb.
  const since = SINCE.test(env.text.slice(candidate.start, candidate.end)) || SINCE_BEFORE.test(env.text.slice(Math.max(0, candidate.start - 30), candidate.start));
  // "declared August 31 a regular holiday": the day a declaring makes a holiday is named ahead of it, so the past verb
  // dates the declaring, not the day; the nearest such day is the one meant.
  const declared = expression.day !== null && DECLARED_BEFORE.test(env.text.slice(Math.max(0, candidate.start - 30), candidate.start)) && DAY_OFF_AFTER.test(env.text.slice(candidate.end, candidate.end + 60));
  const direction = since ? 'past' : untilAfterPast || declared ? null : tense?.direction ?? null;
  if (expression.day !== null) {
    const rule = declared
      ? `month-day a declaring makes a holiday (its verb dates the declaring) → the year putting it ${directionRule(null)}`
      : since
      ? `"since" a month-day → the year putting it ${directionRule('past')}`
      : untilAfterPast
      ? `"until" a month-day after a past verb (cue "${tense.cue}"): the end of a span that may still run → the year putting it ${directionRule(null)}`
      : `${describeTense(tense, 'month-day without year')} → the year putting it ${directionRule(direction)}`;
    if (!anchorDay) return unanchored(rule);
    const nearest = yearForMonthDay(expression.month, expression.day, anchorDay, direction);
    // "Applications close on the last day of the year" in March: with no tense, the year's end said in words is this
    // year's, not last December's, unless the turn of the year is within a month.
    const thisYear = expression.yearEnd && direction === null && nearest !== null && Math.abs(daysBetween(anchorDay, { y: nearest, m: expression.month, d: expression.day })) > NEAR_YEAR_END;
    const year = thisYear ? anchorDay.y : nearest;
    // "the first day of the new year went smoothly" in September is a school's or another calendar's new year.
    if (expression.newYear && year !== null && Math.abs(daysBetween(anchorDay, { y: year, m: expression.month, d: expression.day })) > NEAR_YEAR_END * 2) {
      return { range: null, anchor: null, rule, reason: 'a "new year" named far from the turn of the calendar year may be a school\'s or another calendar\'s' };
    }
    // "struck on Tuesday, Jan. 6" in a paper of Jan. 7 where the 6th was a Wednesday: a date days from publication is
    // the one meant, and the weekday the slip; a year away, where the weekday fits, is not news of the week.
    const near = year !== null && Math.abs(daysBetween(anchorDay, { y: year, m: expression.month, d: expression.day })) <= NEAR_DAYS;
    const fitting = expression.weekday === undefined || near ? null : yearForWeekday(expression.month, expression.day, expression.weekday, anchorDay, direction);
    if (fitting !== null) {
      const name = WEEKDAY_NAMES[expression.weekday ?? 0] ?? '';
      const weekdayRule = `month-day with its weekday → the year near publication in which it is a ${name}, ${directionRule(direction)}`;
      return finish(rangeOfParts(expression, fitting), weekdayRule, env.publishedLabel);
    }
    const misfit = expression.weekday !== undefined && year !== null && weekdayOf({ y: year, m: expression.month, d: expression.day }) !== expression.weekday;
    const ruled = thisYear ? `the year's ${expression.month === 1 ? 'first' : 'last'} day in words with no tense cue → the publication year's` : rule;
    const stated = misfit ? `${ruled} (its weekday does not fit: the date, days from publication, is taken as written)` : ruled;
    // "closed from Dec. 29 to Jan. 3" in a paper of Dec. 30: a range still to run may have begun already; its end,
    // not its start, lies ahead.
    // Not when the sentence puts it in another year ("next year the festival will run from June 1 to June 30").
    if (direction === 'future' && expression.end && year !== null && !ANOTHER_YEAR.test(env.text)) {
      const earlier = rangeOfParts(expression, year - 1);
      const earlierEnd = earlier ? rangeEnd(earlier, expression.end) : null;
      if (earlier && earlierEnd && toUtc(earlierEnd.end) >= toUtc(anchorDay)) return finish(earlier, `${stated}; a range whose end is still ahead`, env.publishedLabel);
    }
    return finish(year === null ? null : rangeOfParts(expression, year), stated, env.publishedLabel);
  }
  const rule = since
    ? `"since" a month → the ${MONTH_NAMES[expression.month - 1]} ${directionRule(direction)}`
    : `${describeTense(tense, 'month without year')} → the ${MONTH_NAMES[expression.month - 1]} ${directionRule(direction)}`;
  if (!anchorDay) return unanchored(rule);
  return finish(monthRange(yearForMonth(expression.month, anchorDay, direction), expression.month), rule, env.publishedLabel);
}
