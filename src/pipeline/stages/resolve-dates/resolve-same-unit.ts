/** "the same day", "the following year", "later that day": a unit next to the previous dated mention's. */
import { addDays, dayRange, daysBetween, interval, parseIsoDay, shiftRange, weekRange } from '../../text/days';
import { zonedClockDay } from '../../text/timestamps';
import { previousLabel, type Candidate, type Expression, type Resolution, type ResolveEnv } from './model';

/** A mention inside a ", who … ," or ", which … ," clause of its sentence (closed by a comma or the sentence's end). */
function inRelativeClause(mention: { charStart: number; charEnd: number }, sentenceText: string): boolean {
  const before = sentenceText.slice(0, mention.charStart);
  const opening = before.lastIndexOf(',');
  if (opening < 0 || !/^,\s*(?:who|which|whose)\b/i.test(before.slice(opening))) return false;
  return /^[^,;:]*,/.test(sentenceText.slice(mention.charEnd));
}

/**
 * Between a clock time and its own day: a comma, or a bracketed conversion ("(0800 GMT)"), or the bracket's end; also
 * the "hrs" or "hours" of a 24-hour clock and its zone ("at 18:04 hrs IST on 23.08.2023"), which chrono leaves out.
 */
const CLOCK_TO_OWN_DAY = /^\)?(?:\s+(?:hrs|hours)\.?)?(?:\s+[A-Z]{2,5})?(?:\s*\([^()]{1,40}\))?[\s,]*$/;

export function resolveSameUnit(expression: Extract<Expression, { kind: 'sameUnit' }>, candidate: Candidate, env: ResolveEnv): Resolution {
  const { unit, shift } = expression;
  // "at 4 p.m. on the 13th": the day written right after a clock time is its own (resolved first, see resolve-dates),
  // also past the clock's conversion in brackets ("at 10 a.m. local time (0800 GMT) on Monday").
  const own = expression.clock
    ? env.sentenceMentions().find((mention) => mention.precision === 'day' && mention.charStart >= candidate.end && CLOCK_TO_OWN_DAY.test(env.text.slice(candidate.end, mention.charStart)))
    : undefined;
  const ownDay = own?.start ? parseIsoDay(own.start) : null;
  if (own && ownDay) {
    return { range: dayRange(ownDay), anchor: `${own.text} (written after it)`, rule: `"${expression.phrase ?? ''}" → the day written right after the time` };
  }
  const relation = shift === 0 ? 'same' : shift > 0 ? 'following' : 'previous';
  const baseUnit = unit === 'week' ? 'day' : unit;
  const target = shift === 0 ? `that ${unit}` : `the ${unit} ${shift > 0 ? 'after' : 'before'} it`;
  const words = expression.phrase ?? `the ${relation} ${unit}`;
  const rule = `"${words}" → the previous ${baseUnit}-level date in the article, ${target}`;
  // "Castamar, who lost to Doria on Sunday, beat Eastmoor 2-1. Kick-off was at 7.45pm": a day inside a relative
  // clause tells who someone is, not when the sentence's happening was, so a clock time does not take it.
  // "Speaking minutes later": a step within a scene steps from the running text's last day, not a caption's or a
  // summary's (a live page's "Luna-25 crashed on Saturday" bullet is no scene the next entry goes on from).
  let baseText = '';
  const previous = expression.step
    ? env.previous(baseUnit, (mention, sentenceText) => {
        const skip = env.sentencesBack(mention.sentenceId) !== 0 && !env.isBody(mention.sentenceId);
        if (!skip) baseText = sentenceText;
        return skip;
      })
    : env.previous(baseUnit, expression.clock ? inRelativeClause : undefined);
  const base = previous?.start ? parseIsoDay(previous.start) : null;
  // "The fire started shortly before midnight on Monday. An hour later the roof collapsed": a step on from a moment
  // near midnight (or back from one just after it) may cross into the next (or the previous) day; the text does not
  // say which side, so no day.
  const crossing = expression.step && previous && base ? midnightCrossing(baseText, expression.phrase ?? '') : null;
  if (crossing) {
    return { range: null, anchor: null, rule: `"${words}" from ${crossing} → may cross midnight`, reason: `a step ${/earlier/i.test(words) ? 'back' : 'on'} from ${crossing} may fall on another day` };
  }
  if (!previous || !base) {
    if (expression.orPublication && env.anchorDay && unit === 'day' && shift === 0) {
      // "Polls closed at 10pm BST" on a page stamped 00:30 GMT: the clock's own day, counted from the publication
      // instant in the clock's zone and the tense, not the publication day in the outlet's.
      const direction = expression.clock && env.publication?.time ? env.tense()?.direction : undefined;
      const zoned =
        env.publication?.time && (direction === 'past' || direction === 'future')
          ? zonedClockDay(env.text.slice(candidate.start, candidate.end), env.anchorDay, env.publication.time, env.publication.offset, direction)
          : null;
      if (zoned && daysBetween(env.anchorDay, zoned) !== 0) {
        return {
          range: dayRange(zoned),
          anchor: env.publishedLabel,
          rule: `"${words}" ${direction}-tense clock time with its zone → the ${direction === 'past' ? 'last' : 'next'} such moment from the publication instant, on its own zone's day`,
        };
      }
      return { range: dayRange(env.anchorDay), anchor: env.publishedLabel, rule: `"${words}" → no earlier day in the article, so the publication day` };
    }
    if (expression.orPublication && env.anchorDay) {
      return { range: shiftRange(env.anchorDay, shift, unit), anchor: env.publishedLabel, rule: `"${words}" → no earlier ${baseUnit} in the article, so counted from publication's` };
    }
    return { range: null, anchor: null, rule, reason: `no earlier ${baseUnit} in the article to refer back to` };
  }
  // "Talks resumed at 8am" after a line on Saturday's cancellations, published on Friday: a clock time the sentence
  // puts in the past cannot be on a day still to come; it is the publication day's.
  if (expression.clock && env.anchorDay && daysBetween(env.anchorDay, base) > 0 && env.tense()?.direction === 'past') {
    // "By 1800 GMT about 200 people had gathered" on a page stamped 07:00 GMT: not a moment still to come that day,
    // but the last such moment before publication, on its own zone's day.
    const zoned = env.publication?.time ? zonedClockDay(env.text.slice(candidate.start, candidate.end), env.anchorDay, env.publication.time, env.publication.offset, 'past') : null;
    if (zoned && daysBetween(env.anchorDay, zoned) !== 0) {
      return {
        range: dayRange(zoned),
        anchor: env.publishedLabel,
        rule: `"${words}" past-tense clock time with its zone, the earlier date (${previous.text}) still to come → the last such moment before the publication instant, on its own zone's day`,
      };
    }
    return { range: dayRange(env.anchorDay), anchor: env.publishedLabel, rule: `"${words}" past-tense clock time, the earlier date (${previous.text}) still to come → the publication day` };
  }
  // "Kick-off is at 8pm BST" in a live blog, below a line on Wednesday's semi-final: a clock time told ahead cannot be on
  // a day already past; it is the publication day's (or the entry's).
  if (expression.clock && env.anchorDay && daysBetween(base, env.anchorDay) > 0 && env.tense()?.direction === 'future') {
    return { range: dayRange(env.anchorDay), anchor: env.publishedLabel, rule: `"${words}" clock time told ahead, the earlier date (${previous.text}) already past → the publication day` };
  }
  const range = unit === 'week' ? weekRange(addDays(base, shift * 7)) : shiftRange(base, shift, unit);
  // "Later that month" after a day: from that day to the month's end ("earlier": from its start to that day), as "later
  // this month" runs from publication. After a month or a year only, the whole unit: the text gives no day to cut at.
  const later = expression.part === 'later';
  if (expression.part && range && previous.precision === 'day' && daysBetween(base, later ? range.end : range.start) !== 0) {
    return { range: later ? interval(base, range.end) : interval(range.start, base), anchor: previousLabel(previous, env), rule: `"${expression.part} that ${unit}" → the previous day-level date in the article to the ${later ? 'end' : 'start'} of its ${unit}` };
  }
  return { range, anchor: previousLabel(previous, env), rule };
}

/**
 * The moments near midnight on the side a step crosses: before it for a step on ("an hour later"), after it for a step
 * back ("an hour earlier"). A step of minutes crosses only from the last (or first) hour; one of an hour or more from
 * a late evening ("at 10.30pm", "late on Monday night") or the small hours too.
 */
const MIDNIGHT_BEFORE = String.raw`\b(?:(?:shortly|just|minutes|moments|an\s+hour|hours)\s+)?(?:before|to|until|till|approaching|towards?)\s+midnight\b|\b(?:around|about|near|at|by|almost|nearly)\s+midnight\b|\b11(?:[:.][0-5]\d)?\s*p\.?m\b|\b23[:.]?[0-5]\d\b`;
const MIDNIGHT_AFTER = String.raw`\b(?:(?:shortly|just|minutes|moments|an\s+hour)\s+)?(?:after|past)\s+midnight\b|\b(?:around|about|near|at|by|almost|nearly)\s+midnight\b|\b12(?:[:.][0-5]\d)?\s*a\.?m\b|\b00[:.]?[0-5]\d\b`;
const NEAR_MIDNIGHT = {
  on: new RegExp(MIDNIGHT_BEFORE, 'i'),
  back: new RegExp(MIDNIGHT_AFTER, 'i'),
  hourOn: new RegExp(String.raw`${MIDNIGHT_BEFORE}|\b10(?:[:.][0-5]\d)?\s*p\.?m\b|\b22[:.]?[0-5]\d\b|\blate\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?:night|evening)\b|\blate\s+at\s+night\b`, 'i'),
  hourBack: new RegExp(String.raw`${MIDNIGHT_AFTER}|\b1(?:[:.][0-5]\d)?\s*a\.?m\b|\b01[:.]?[0-5]\d\b|\bin\s+the\s+(?:early|small|wee)\s+hours\b`, 'i'),
};

/** The words of the base sentence that put its moment near midnight on the side the step crosses, or null. */
function midnightCrossing(sentenceText: string, phrase: string): string | null {
  const back = /\bearlier\b/i.test(phrase);
  const hour = /\bhour\b/i.test(phrase) && !/\b(?:less\s+than|under)\s+an\s+hour\b/i.test(phrase);
  const near = NEAR_MIDNIGHT[hour ? (back ? 'hourBack' : 'hourOn') : back ? 'back' : 'on'].exec(sentenceText);
  return near ? `"${near[0]}"` : null;
}
