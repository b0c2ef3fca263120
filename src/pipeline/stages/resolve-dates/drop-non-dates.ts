/**
 * Recognised dates that the words around them say are no date: a routine ("every Monday", "each March", "Friday
 * prayers") names no day; a month-day in a historical name ("the May 4th Movement") and "24/7" name none of the
 * story's; and a month name right before a capitalised word with no preposition or relation before it is a
 * person's first name ("April Ryan asked", "June Almeida"). Such a candidate becomes `ignored`: it keeps its
 * words, so no other recogniser reads them, and yields no mention.
 */
import type { Candidate } from './model';

const ROUTINE_BEFORE = /\b(?:every|each)\s+(?:other\s+)?$/i;
/** Words that make a following month name a date: a preposition, a relation, a modifier, a conjunction of dates. */
const DATE_WORD_BEFORE = /\b(?:in|on|of|since|until|till|by|from|through|to|during|before|after|last|next|this|that|early|mid|late|and|or|between|as)\s+$/i;
/** A whole month or weekday name or its abbreviation ("Marsh" and "Monday's" neither; "Monday" is). */
const MONTH_OR_WEEKDAY = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)$/i;

function isBareMonth(candidate: Candidate): boolean {
  const e = candidate.expression;
  return e.kind === 'calendar' && e.month !== null && e.day === null && e.year === null && e.yearShift === null && e.end === null && !e.monthRelation;
}

/** "Friday prayers", "Sunday school": a weekday naming a weekly observance, not a day (nor does "on a Tuesday"). */
const OBSERVANCE_AFTER = /^\s+(?:prayers?|school|mass|services?|worship|sermons?)\b/i;
/** "a Saturday protest", "a Monday deadline": a weekday naming one happening's day is a date ("on a Tuesday" is none). */
const HAPPENING_AFTER = /^\s+(?:(?:night|morning|afternoon|evening)\s+)?(?:protests?|rally|rallies|march|marches|meeting|vote|ballot|deadline|hearing|raid|attack|strike|walkout|summit|session|game|match|final|race|concert|speech|announcement|briefing|sell-off|selloff|crash|outage|launch|election)\b/i;
/**
 * "the May 4th Movement", "the April 19 Revolution", "the Jan. 6 Committee", "the Jan 6 committee": a month-day in the
 * name of a historical happening or of a body named after one (a committee in lower case too: papers write it so).
 */
const NAMED_AFTER = /^\s+(?:Movement|Revolution|Incident|Uprising|Massacre|Rebellion|Coup|Committee|Commission|Panel|Accords?|Agreement|Declaration|Memorial|(?:committee|commission)\b(?!\s+(?:hearings?|meetings?|votes?|sessions?)\b))\b/;
/** "the Sunday Times", "Sunday Mirror": a weekday opening a newspaper's name. */
const PAPER_AFTER = /^\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Mail|Independent|Star|People|Sport|Journal|Tribune|Observer|Record|Sun|Age|Examiner|Business Post)\b/;
/** "the Mail on Sunday", "the Independent on Sunday": a paper's name that ends on its weekday ("in Wales on Sunday" is a day). */
const PAPER_BEFORE = /\b[Tt]he\s+(?:Mail|Independent|Observer)\s+(?:on\s+)?$/;

/** "the first Monday of every month", "Tuesdays of each week": a weekday in a routine. */
const ROUTINE_AFTER = /^\s+of\s+(?:every|each)\s+(?:month|week|year)\b/i;
/** "opens at 9:30 a.m. on weekdays", "at 6 p.m. daily": a clock time in a routine names no day. */
const ROUTINE_CLOCK_AFTER = /^[\s,]*(?:(?:on\s+)?(?:weekdays|weekends|workdays|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)|every\s+(?:day|morning|evening|night|weekday)|each\s+day|daily|nightly)\b/i;
/** "at 4.25%", "rose to 5.5 per cent", "up 2.15 points": a figure that chrono reads as a clock time. */
const FIGURE_AFTER = /^\s*(?:%|per\s*cent\b|percent\b|pc\b|(?:percentage|basis)\s+points?\b|points?\b|pts?\b)/i;
/** "24/7", "9/11": two numbers with a slash and no year are an idiom or a name, not a date the story gives. */
const SLASH_PAIR = /^\d{1,2}\/\d{1,2}$/;

/**
 * "men who started work before dawn", "she usually leaves in the morning": a part of the day in a habit names no day.
 * Only the story-day phrases ("before dawn", "in the morning") with no day of their own are read so.
 */
const HABIT_BEFORE =
  /(?:\b(?:(?:start|begin|leave|go|head|get|report|clock)(?:s|ed|ing)?|began|left|went|got)\s+(?:to\s+|for\s+|in\s+(?:for\s+)?)?work\s+|\b(?:usually|often|always|typically|normally|routinely|regularly|used\s+to)\b[^,;:.!?]*)$/i;

/**
 * "Good Friday", "Black Friday", "Super Tuesday", "Palm Sunday": a day known by name that falls on that weekday but is
 * not the nearest one (a moving feast or a fixed custom); left unresolved rather than put on the wrong week.
 */
const NAMED_WEEKDAY_BEFORE = /\b(?:Good|Black|Cyber|Super|Ash|Maundy|Holy|Palm|Easter|Whit|Shrove|Giving|Bloody)\s+$/;

export function markNonDates(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((candidate) => {
    const before = text.slice(Math.max(0, candidate.start - 12), candidate.start);
    const after = text.slice(candidate.end, candidate.end + 16);
    const kind = candidate.expression.kind;
    const ignored: Candidate = { ...candidate, expression: { kind: 'ignored' } };
    // "10,000 years ago": chrono reads the digits after the comma; they are part of a larger number.
    if (/^\d/.test(text.slice(candidate.start, candidate.end)) && /\d[,.]$/.test(before)) return ignored;
    // "the March for Our Lives", "the March of Dimes": a month opening a capitalised name.
    if (isBareMonth(candidate) && /\bthe\s+$/i.test(before) && /^\s+(?:for|of|on|against)\s+\p{Lu}/u.test(after)) return ignored;
    if ((kind === 'weekday' || kind === 'weekend' || isBareMonth(candidate)) && ROUTINE_BEFORE.test(before)) return ignored;
    if (kind === 'weekday' && (PAPER_AFTER.test(after) || PAPER_BEFORE.test(text.slice(Math.max(0, candidate.start - 16), candidate.start)) || /^on\s/i.test(text.slice(candidate.start, candidate.end)) && PAPER_BEFORE.test(text.slice(Math.max(0, candidate.start - 16), candidate.start) + 'on '))) return ignored;
    if (kind === 'weekday' && NAMED_WEEKDAY_BEFORE.test(before) && /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.test(text.slice(candidate.start, candidate.end))) {
      return { ...candidate, expression: { kind: 'unresolvable', reason: 'a day known by name (a moving feast or custom), not the nearest such weekday' } };
    }
    if (kind === 'weekday' && ROUTINE_AFTER.test(after + text.slice(candidate.end + 16, candidate.end + 32))) return ignored;
    if (kind === 'sameUnit' && candidate.expression.kind === 'sameUnit' && candidate.expression.clock === true && FIGURE_AFTER.test(after)) return ignored;
    if (kind === 'sameUnit' && candidate.expression.kind === 'sameUnit' && candidate.expression.clock === true && ROUTINE_CLOCK_AFTER.test(text.slice(candidate.end, candidate.end + 24))) return ignored;
    if (kind === 'sameUnit' && candidate.expression.kind === 'sameUnit' && candidate.expression.unit === 'day' && candidate.expression.shift === 0 && HABIT_BEFORE.test(text.slice(Math.max(0, candidate.start - 60), candidate.start))) {
      return ignored;
    }
    if (kind === 'weekday' && (OBSERVANCE_AFTER.test(after) || (/\ban?\s+$/i.test(before) && !HAPPENING_AFTER.test(text.slice(candidate.end, candidate.end + 24))))) return ignored;
    if (kind === 'calendar' && candidate.expression.kind === 'calendar' && candidate.expression.year === null) {
      if (/\bthe\s+$/i.test(before) && NAMED_AFTER.test(text.slice(candidate.end, candidate.end + 32))) return ignored;
      if (SLASH_PAIR.test(text.slice(candidate.start, candidate.end))) return ignored;
    }
    // Only a month standing alone: a mention that took in its preposition ("In April") is a date.
    if (isBareMonth(candidate) && /^\p{L}+$/u.test(text.slice(candidate.start, candidate.end)) && !DATE_WORD_BEFORE.test(text.slice(Math.max(0, candidate.start - 10), candidate.start))) {
      const next = /^\s+(\p{Lu}[\p{Ll}'’-]+)/u.exec(text.slice(candidate.end))?.[1];
      if (next && !MONTH_OR_WEEKDAY.test(next)) return { ...candidate, expression: { kind: 'ignored' } };
      // "Tom May, the deputy", "Theresa May said": a month right after a first name, with no day after it, is a surname.
      const previous = /(?:^|[^\p{L}.])(\p{Lu}\p{Ll}+)\s$/u.exec(text.slice(Math.max(0, candidate.start - 20), candidate.start))?.[1];
      if (previous && !MONTH_OR_WEEKDAY.test(previous) && candidate.start > previous.length + 1 && !/^\s*\d/.test(text.slice(candidate.end))) {
        return { ...candidate, expression: { kind: 'ignored' } };
      }
    }
    return candidate;
  });
}
