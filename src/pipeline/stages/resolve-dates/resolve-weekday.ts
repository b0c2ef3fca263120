/**
 * Weekdays and weekends: "on Monday" by tense (a past clause takes the latest
 * Monday on or before publication, a future one the earliest on or after it),
 * "next/last/this Monday", "through Thursday", "Monday to Wednesday".
 */
import {
  addDays, dayBegunSomewhere, daysBetween, dayRange, interval, parseOffsetMinutes, mondayOf, parseIsoDay, WEEKDAY_NAMES, weekdayAfter, weekdayBefore, weekdayOf, weekdayOnOrAfter,
  weekdayOnOrBefore, type Ymd,
} from '../../text/days';
import { describeTense, previousLabel, unanchored, type Candidate, type Expression, type Resolution, type ResolveEnv } from './model';
import { PLAN_TOLD_IN_PAST } from './read-tense';

/**
 * "gave them until Friday", "has until Monday", "until 1800 GMT on Saturday" as the mention's last words, and "to reply"
 * after: a deadline.
 */
const DEADLINE_BEFORE =
  /\b(?:gave|give|gives|given|granted|grants|has|have|had)\b[^,;:.]{0,40}\b(?:until|till)\s+(?:(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|\d{4}\s*(?:GMT|UTC)|\d{1,2}[:.]\d{2}|noon|midnight)(?:\s+(?:GMT|UTC|[A-Z]{2,4}|local\s+time))?\s+(?:on\s+)?)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/i;
const DEADLINE_TO = /^\s+to\s+(?!(?:the|a|an|his|her|its|their)\b)\p{Ll}+/u;
/**
 * "has issued an amber warning for Friday", "have called a special session for Monday", "set a deadline of Friday":
 * a weekday after "for" in a present-perfect clause, or a deadline's weekday, is the day the thing is for, still to
 * come; the perfect dates the issuing (now), not the day ("has apologised for Friday's outage" is a possessive).
 */
const FOR_AFTER_PERFECT = /\b(?:has|have|\p{L}+['’]ve)\s+(?:(?:already|now|also|just|since)\s+)?\p{Ll}+\b[^,;:.!?]{0,50}?\s(?:for|of)\s+$/u;
const DEADLINE_OF = /\bdeadline\s+(?:of|for)\s+$/i;
const DEADLINE_AT = /\bdeadline\s+(?:(?:early|late)\s+)?$/i;
/** "set a deadline on Friday", "missed the deadline on Monday": the weekday may date the setting or the missing. */
const DEADLINE_ACT = /\b(?:set|sets|setting|imposed|imposes|issued|issues|gave|gives|given|announced|announces|extended|extends|agreed|agrees|missed|misses|met|meets|passed|moved|pushed|lifted|dropped|scrapped)\b[^,;:.!?]{0,30}\bdeadline\s+(?:(?:early|late)\s+)?$/i;
/**
 * "remanded in custody for Friday's hearing", "named in the squad for Saturday's final", "ruled out of Sunday's game":
 * a remand, a bail or a selection is for an appearance still to come, whatever the tense of the clause.
 */
const APPEARANCE_FOR = /\b(?:remanded|bailed|adjourned|named|selected|picked|called\s+up|recalled|fit|available|doubtful|a\s+doubt|ruled\s+out|suspended|banned|preparing|prepares|ready)\b[^,;:.!?]{0,50}?\s(?:for|of)\s+$/i;
/**
 * "New rules apply from Monday", "Fares rise from Sunday": "from" a weekday starts something, when nothing before it
 * in the sentence is past ("Users reported problems from Friday morning" tells a past start).
 */
function startsFrom(text: string, start: number): boolean {
  const before = text.slice(0, start);
  // "highlights from Saturday's derby": a possessive weekday names a happening, not the day a change starts.
  if (/^\p{L}+['’]s\b/u.test(text.slice(start))) return false;
  return /\b[Ff]rom\s+$/.test(before) && !/\b(?:was|were|had|did|\p{Ll}{2,}ed)\b/u.test(before);
}
/** "'s fight", "'s long-awaited vote": the noun a possessive weekday owns. */
const POSSESSED = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}]{4,}(?:-[\p{Ll}]+)*)(?![-\p{L}])/u;
/** "trained hard for Saturday's fight", "ahead of Monday's vote": the act looks to the happening, whatever its tense. */
const FOR_IT = /\b(?:for|ahead\s+of|before|towards?|until|run-up\s+to|build-up\s+to|eve\s+of)\s+$/i;
const PASSED_AFTER = /^[^,;:.!?]{0,40}\b(?:passed|expired|lapsed|came\s+and\s+went|was\s+missed|were\s+missed|was\s+ignored|went\s+unmet|ran\s+out|had\s+(?:passed|expired|lapsed|ended))\b/i;
/**
 * "hours after a deadline on Sunday", "a day before the deadline on Friday", "ahead of a deadline on Thursday": the
 * sentence places its own act against the deadline, so the deadline's weekday is told from that act's day, not from
 * publication (the act is past, and so may the deadline be).
 */
const DEADLINE_SIDE =
  /\b(after|since|following|past|before|ahead\s+of)\s+(?:(?:a|an|the|its|their|his|her|this|that)\s+)?(?:(?!(?:on|over|about|for|of|to|with|into|and|or)\s)[\p{L}'’-]+\s+){0,3}?deadline\s+(?:(?:early|late)\s+)?$/iu;
/** "The trial runs Monday through Wednesday": a schedule in the present tense looks ahead. */
const SCHEDULE_VERB = /\b(?:runs?|sits?|meets?|opens?|takes\s+place|is\s+held|are\s+held)\b/i;

export function resolveWeekday(
  expression: Extract<Expression, { kind: 'weekday' }>,
  candidate: Candidate,
  env: ResolveEnv,
): Resolution {
  const name = WEEKDAY_NAMES[expression.weekday] ?? '';
  // "trained hard for Saturday's fight" after "the fight is on Saturday": a possessive weekday names a happening, and the
  // day an earlier sentence gives that happening (on that weekday, within a week of publication) is its day, whatever
  // the tense of the act about it.
  const owned = expression.relation === null && expression.fromPrevious === undefined && expression.weekOn === undefined && expression.weekShift === undefined && expression.endWeekday === null ? POSSESSED.exec(env.text.slice(candidate.end)) : null;
  const happening = owned?.[1] ? env.happeningDay(owned[1]) : undefined;
  const happeningDay = happening?.start && happening.precision === 'day' ? parseIsoDay(happening.start) : null;
  // Not a past act's own happening on a day still to come ("Police said Sunday's rally turned violent" after "a rally
  // is planned for Sunday"): that rally has been held, so it is another one.
  const pastOnFuture = happeningDay && env.anchorDay && daysBetween(env.anchorDay, happeningDay) > 0 && env.tense()?.direction === 'past' && !FOR_IT.test(env.text.slice(Math.max(0, candidate.start - 24), candidate.start));
  if (happening && happeningDay && !pastOnFuture && weekdayOf(happeningDay) === expression.weekday && env.anchorDay && Math.abs(daysBetween(env.anchorDay, happeningDay)) <= 7) {
    return { range: dayRange(happeningDay), anchor: previousLabel(happening, env), rule: `"${name}'s ${owned?.[1] ?? ''}" → the ${name} the article gives the ${owned?.[1] ?? ''}` };
  }
  if (expression.fromPrevious === 0) {
    // "That Friday, …": the first such weekday on or after the story's last day; with none, the weekday as usual.
    const previous = env.previous('day');
    const base = previous?.start ? parseIsoDay(previous.start) : null;
    if (previous && base) {
      return {
        range: dayRange(weekdayOnOrAfter(base, expression.weekday)),
        anchor: previousLabel(previous, env),
        rule: `"that ${name}" → the first ${name} on or after the previous day-level date in the article`,
      };
    }
  }
  if (expression.fromPrevious) {
    const previous = env.previous('day');
    const base = previous?.start ? parseIsoDay(previous.start) : null;
    const after = expression.fromPrevious > 0;
    const rule = `"the ${after ? 'following' : 'previous'} ${name}" → the first ${name} ${after ? 'after' : 'before'} the previous day-level date in the article`;
    if (previous && base) {
      return { range: dayRange(after ? weekdayAfter(base, expression.weekday) : weekdayBefore(base, expression.weekday)), anchor: previousLabel(previous, env), rule };
    }
    if (!env.anchorDay) return unanchored(rule);
    const day = after ? weekdayAfter(env.anchorDay, expression.weekday) : weekdayBefore(env.anchorDay, expression.weekday);
    return { range: dayRange(day), anchor: env.publishedLabel, rule: `${rule}; none before it, so from publication` };
  }
  if (expression.weekOn) {
    const rule =
      expression.weekOn > 0
        ? `"${name} ${Math.abs(expression.weekOn) === 2 ? 'fortnight' : 'week'}" → ${Math.abs(expression.weekOn) === 2 ? 'two weeks' : 'a week'} after the first ${name} after publication`
        : `"a ${Math.abs(expression.weekOn) === 2 ? 'fortnight' : 'week'} ago ${name}" → ${Math.abs(expression.weekOn) === 2 ? 'two weeks' : 'a week'} before the latest ${name} on or before publication`;
    if (!env.anchorDay) return unanchored(rule);
    const day = expression.weekOn > 0 ? addDays(weekdayAfter(env.anchorDay, expression.weekday), 7 * expression.weekOn) : addDays(weekdayOnOrBefore(env.anchorDay, expression.weekday), 7 * expression.weekOn);
    return { range: dayRange(day), anchor: env.publishedLabel, rule };
  }
  if (expression.weekShift) {
    const rule = `"${name} ${expression.weekShift < 0 ? 'last' : 'next'} week" → the ${name} of the Monday–Sunday week ${expression.weekShift < 0 ? 'before' : 'after'} publication's`;
    if (!env.anchorDay) return unanchored(rule);
    const day = addDays(mondayOf(env.anchorDay), 7 * expression.weekShift + ((expression.weekday + 6) % 7));
    return { range: dayRange(day), anchor: env.publishedLabel, rule };
  }
  const tense = env.tense();
  const { anchorDay } = env;
  // "gave the company until Friday to reply": a deadline set for a coming day, whatever the tense of the setting.
  const deadline = DEADLINE_BEFORE.test(env.text.slice(Math.max(0, candidate.start - 60), candidate.end)) && DEADLINE_TO.test(env.text.slice(candidate.end, candidate.end + 24));
  if (expression.relation === null && expression.endWeekday === null && deadline) {
    const rule = `"until ${name} to …" → a deadline: the earliest ${name} on or after publication`;
    if (!anchorDay) return unanchored(rule);
    return { range: dayRange(weekdayOnOrAfter(anchorDay, expression.weekday)), anchor: env.publishedLabel, rule };
  }
  // "has issued a warning for Friday", "a deadline of Friday": the day the warning or deadline is for, still ahead.
  const before = env.text.slice(Math.max(0, candidate.start - 90), candidate.start);
  const after = env.text.slice(candidate.end, candidate.end + 48);
  const forDay = expression.relation === null && expression.endWeekday === null && !candidate.through && !/^['’]s\b/.test(after) && /^\p{L}+$/u.test(env.text.slice(candidate.start, candidate.end).trim());
  const perfectFor = forDay && /\sfor\s+$/.test(before) && FOR_AFTER_PERFECT.test(before);
  // "widened the search on Tuesday, as estimates pointed to a deadline early on Thursday": with the sentence's own act
  // dated before it, a weekday right after "deadline" is the deadline's, not the setting's ("set a deadline on Friday"
  // alone may date the setting).
  const deadlineAt =
    expression.relation === null && expression.endWeekday === null && !candidate.through && DEADLINE_AT.test(before) && !DEADLINE_ACT.test(before) && !PASSED_AFTER.test(after) &&
    /^(?:(?:early|late)\s+)?(?:on\s+)?\p{L}+$/u.test(env.text.slice(candidate.start, candidate.end).trim()) &&
    env.sentenceMentions().some((mention) => mention.precision === 'day' && mention.charEnd <= candidate.start);
  const deadlineOf = forDay && DEADLINE_OF.test(before) && !PASSED_AFTER.test(after) || deadlineAt;
  const appearance =
    expression.relation === null && expression.endWeekday === null && !candidate.through && /^['’]s\s+\p{L}/u.test(after) && /^\p{L}+$/u.test(env.text.slice(candidate.start, candidate.end).trim()) && APPEARANCE_FOR.test(before);
  const side = deadlineAt ? DEADLINE_SIDE.exec(before)?.[1]?.toLowerCase() : undefined;
  const act = side ? env.sentenceMentions().findLast((mention) => mention.precision === 'day' && mention.charEnd <= candidate.start && mention.start) : undefined;
  const actDay = act?.start ? parseIsoDay(act.start) : null;
  if (side && act && actDay) {
    const afterAct = side === 'before' || side === 'ahead of';
    return {
      range: dayRange(afterAct ? weekdayOnOrAfter(actDay, expression.weekday) : weekdayOnOrBefore(actDay, expression.weekday)),
      anchor: `${act.text} in ${env.shortSentenceId(act.sentenceId)}`,
      rule: `"${side} a deadline on ${name}" after the sentence's own dated act → the ${name} ${afterAct ? 'on or after' : 'on or before'} that act's day`,
    };
  }
  if (side) {
    // The act's day is not known: the deadline may be on either side of publication.
    return { range: null, anchor: null, rule: `"${side} a deadline on ${name}" with the act's day unknown`, reason: `a deadline told from an act whose day is not known may be before or after publication` };
  }
  if (perfectFor || deadlineOf || appearance) {
    const rule = perfectFor
      ? `"for ${name}" in a present-perfect clause → the day it is for: the earliest ${name} on or after publication`
      : appearance
        ? `a remand or a call-up "for ${name}'s …" → the appearance still to come: the earliest ${name} on or after publication`
        : deadlineAt
          ? `"a deadline on ${name}" after the sentence's own dated act → the deadline's day: the earliest ${name} on or after publication`
          : `"a deadline of ${name}" → the earliest ${name} on or after publication`;
    if (!anchorDay) return unanchored(rule);
    return { range: dayRange(weekdayOnOrAfter(anchorDay, expression.weekday)), anchor: env.publishedLabel, rule };
  }
  const settled = expression.relation === null && !candidate.through ? env.settledWeekday(expression.weekday) : undefined;
  // Placed by its own tense: a later untensed mention of the same weekday means this day.
  const settles = expression.relation === null && !candidate.through && tense !== null && expression.endWeekday === null;
  let rule: string;
  let pick: (anchor: Ymd) => Ymd;
  const onOrBefore = (anchor: Ymd): Ymd => weekdayOnOrBefore(anchor, expression.weekday);
  if (expression.relation === 'next') {
    rule = `"next ${name}" → first ${name} after publication`;
    pick = (anchor) => weekdayAfter(anchor, expression.weekday);
  } else if (expression.relation === 'last' || expression.relation === 'past') {
    rule = `"last ${name}" → latest ${name} before publication`;
    pick = (anchor) => weekdayBefore(anchor, expression.weekday);
  } else if (expression.relation === 'this') {
    rule = `"this ${name}" → the ${name} of the publication week (Monday–Sunday)`;
    pick = (anchor) => addDays(mondayOf(anchor), (expression.weekday + 6) % 7);
  } else if (candidate.through && tense === null) {
    rule = `"through ${name}" → from publication to the first ${name} on or after it`;
    pick = (anchor) => weekdayOnOrAfter(anchor, expression.weekday);
  } else if (tense?.direction === 'future' || (!tense && expression.endWeekday !== null && SCHEDULE_VERB.test(env.text)) || (!tense && startsFrom(env.text, candidate.start))) {
    rule = `${tense ? describeTense(tense, 'weekday') : startsFrom(env.text, candidate.start) ? '"from" a weekday with no past verb (a change that starts)' : 'span of weekdays in a present-tense schedule ("runs", "sits")'} → earliest ${name} on or after publication`;
    pick = (anchor) => weekdayOnOrAfter(anchor, expression.weekday);
  } else if (!tense && settled && expression.endWeekday === null) {
    // A story speaks of one Saturday: "Voters will go to the polls on Saturday … Polls open at 8 a.m. on Saturday".
    const day = settled.day;
    rule = `weekday with no tense cue → the ${name} placed earlier in the article`;
    return { range: dayRange(day), anchor: `${settled.mention.text} in ${env.shortSentenceId(settled.mention.sentenceId)}`, rule };
  } else if (!tense && expression.relation === null && expression.endWeekday === null && !candidate.through && PLAN_TOLD_IN_PAST.test(before)) {
    // "The vote was set to take place on Thursday before it was postponed": the plan was made before the telling, and
    // its day may be the one gone or the one to come; with no other cue the news default would be a guess.
    return {
      range: null,
      anchor: null,
      rule: `a plan told in the past ("was due to … on ${name}") with no cue which side of publication`,
      reason: `a plan for ${name} told in the past may be for the ${name} before publication or the one after; nothing in the text tells which`,
    };
  } else {
    rule = `${describeTense(tense, 'weekday')} → ${tense ? '' : 'news default (past): '}latest ${name} on or before publication`;
    pick = onOrBefore;
  }
  if (!anchorDay) return unanchored(rule);
  const day = pick(anchorDay);
  const east = eastOfOutlet(expression, candidate, env, tense?.direction === 'past' && pick === onOrBefore ? day : null);
  if (east) return east;
  let range = dayRange(day);
  if (candidate.through && tense === null && expression.relation === null) {
    range = interval(anchorDay, day);
  } else if (expression.endWeekday !== null) {
    range = interval(day, weekdayOnOrAfter(day, expression.endWeekday));
    rule += `; range ends on the first ${WEEKDAY_NAMES[expression.endWeekday]} on or after it`;
  }
  return { range, anchor: env.publishedLabel, rule, ...(settles ? { settlesWeekday: expression.weekday } : {}) };
}

/**
 * "TOKYO (AP) - A quake shook Japan on Tuesday", published on Monday afternoon in New York: a past-tense weekday that
 * would fall six days back, in a report filed from elsewhere (a wire dateline) or told in "local time", is most likely
 * the day after publication in the outlet's zone, already under way east of it. Only when the publication instant is
 * known and that day had begun somewhere (UTC+14 at most); with no clock time the day is left unresolved rather
 * than stated a week early. Null when the rule does not apply.
 */
function eastOfOutlet(
  expression: Extract<Expression, { kind: 'weekday' }>,
  candidate: Candidate,
  env: ResolveEnv,
  pastDay: Ymd | null,
): Resolution | null {
  const anchorDay = env.anchorDay;
  if (!pastDay || !anchorDay || expression.relation !== null || expression.endWeekday !== null || candidate.through) return null;
  const next = addDays(anchorDay, 1);
  if (weekdayOf(next) !== expression.weekday) return null;
  const localTime = LOCAL_TIME.test(env.text.slice(candidate.end, candidate.end + 40));
  if (!localTime && !env.datelined) return null;
  const name = WEEKDAY_NAMES[expression.weekday] ?? '';
  const cue = localTime ? '"local time"' : 'a wire dateline';
  const publication = env.publication;
  if (!publication) return null;
  if (!publication.time) {
    return {
      range: null,
      anchor: null,
      rule: `past-tense ${name}, the day after publication, with ${cue}`,
      reason: `${name} is either six days before publication or the next day where the report was filed; with no publication time the two cannot be told apart`,
    };
  }
  if (!dayBegunSomewhere(next, anchorDay, publication.time, parseOffsetMinutes(publication.offset))) return null;
  return {
    range: dayRange(next),
    anchor: env.publishedLabel,
    rule: `past-tense ${name} with ${cue}, published when ${name} had already begun east of the outlet → the day after publication in the outlet's zone, not six days back`,
  };
}

/** "early Tuesday local time", "on Tuesday, local time". */
const LOCAL_TIME = /^[\s,]*(?:\(?\s*)?local\s+time\b/i;

export function resolveWeekend(expression: Extract<Expression, { kind: 'weekend' }>, env: ResolveEnv): Resolution {
  if (expression.fromPrevious !== undefined) {
    // "that weekend" is the one of the story's last day's week (on or after it; a Sunday's is the day before and it);
    // "the following weekend", "the weekend after" the first one after that day.
    const previous = env.previous('day');
    const base = previous?.start ? parseIsoDay(previous.start) : null;
    const words = expression.fromPrevious === 0 ? '"that weekend"' : '"the following weekend"';
    if (previous && base) {
      const saturday = expression.fromPrevious === 0 ? (weekdayOf(base) === 0 ? addDays(base, -1) : weekdayOnOrAfter(base, 6)) : weekdayAfter(base, 6);
      return { range: interval(saturday, addDays(saturday, 1)), anchor: previousLabel(previous, env), rule: `${words} → the Saturday–Sunday ${expression.fromPrevious === 0 ? 'of' : 'after'} the previous day-level date in the article` };
    }
    if (expression.fromPrevious === 1) return { range: null, anchor: null, rule: words, reason: 'no earlier day in the article to count from' };
  }
  const tense = env.tense();
  const relation = expression.relation;
  // "The derby is this weekend" on a Wednesday: "this" with no past verb is the coming one, as "this Friday" is.
  const forward = expression.coming === true || relation === 'next' || (relation !== 'last' && relation !== 'past' && tense?.direction === 'future') || (relation === 'this' && tense?.direction !== 'past');
  // "next weekend" is next week's, as "next week" is the week after publication's (Monday–Sunday): on a Tuesday it is
  // not the coming one ("this weekend"). "last weekend" is last week's: said on a Sunday, not the day before.
  const rule = expression.coming
    ? '"the coming weekend" → the first Saturday–Sunday on or after publication'
    : relation === 'this' || relation === null
    ? `${describeTense(tense, 'weekend')} → the Saturday–Sunday ${forward ? 'on or after' : 'on or before'} publication`
    : `"${relation} weekend" → the Saturday–Sunday of the week ${forward ? 'after' : 'before'} publication's (weeks run Monday–Sunday)`;
  if (!env.anchorDay) return unanchored(rule);
  const anchor = env.anchorDay;
  const saturday =
    relation === 'next' ? addDays(mondayOf(anchor), 12)
    : relation === 'last' || relation === 'past' ? addDays(mondayOf(anchor), -2)
    : forward ? weekdayOnOrAfter(weekdayOf(anchor) === 0 ? addDays(anchor, -1) : anchor, 6)
    : weekdayOnOrBefore(anchor, 6);
  return { range: interval(saturday, addDays(saturday, 1)), anchor: env.publishedLabel, rule };
}
