/**
 * A classified chrono result becomes a candidate mention: the words around it
 * that belong to it are taken in ("on", "in early", "on the night of", "the end
 * of"), and "through/until" marks a span up to the date.
 */
import { LEFT_WINDOW, modifierStart, toModifier, type Candidate, type ChronoReading, type Expression } from './model';

/** Preposition and modifier just before an expression ("in early", "Earlier", "mid-"). */
const LEFT_CONTEXT =
  /(?:\b(on|in|during|through|until|till|from)\s+)?(?:\b(early|mid|late|earlier|later|(?:the\s+)?(?:end|beginning|start|middle)\s+of|(?:the\s+)?(?:first|second|third|fourth|last|final)\s+week\s+of|(?:end|start)(?=-)|(?:the\s+)?(?:first|second|latter)\s+half\s+of)(?:\s+|-))?$/i;
/** "on the night of " just before a result. */
const PART_OF_DAY_BEFORE = /(?:\b(on|in|during|until|till|through|from)\s+)?\bthe\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+$/i;

interface LeftContext {
  start: number;
  preposition: string | null;
  modifier: string | null;
}

function leftContext(text: string, start: number): LeftContext {
  const windowStart = Math.max(0, start - LEFT_WINDOW);
  const match = LEFT_CONTEXT.exec(text.slice(windowStart, start));
  if (!match || match[0].length === 0) return { start, preposition: null, modifier: null };
  return { start: windowStart + match.index, preposition: match[1] ?? null, modifier: match[2] ?? null };
}

/** Which prepositions belong to the expression's meaning, by expression kind. */
function prepositionBelongs(preposition: string, expression: Expression, isRange: boolean): boolean {
  const word = preposition.toLowerCase();
  if (word === 'on' || word === 'in' || word === 'during') return true;
  if (word === 'from') return isRange;
  return expression.kind === 'calendar' || expression.kind === 'weekday';
}

/** A deadline's word just before "the end of". */
const DEADLINE_BEFORE = /\b(?:by|through|until|till|before)\s+$/i;

const STORY_WEEKDAY = /\bthe\s+(following|next|previous|preceding)\s+$/i;
/**
 * "That Friday, …", "on that Saturday", "that weekend": the one of the week the story is at. Only opening a sentence or
 * clause or after a preposition: "officials said that Friday's vote …" is the conjunction.
 */
const THAT_BEFORE = /(?:^|[,;:—–(]\s*|\b(?:on|over|during|by|until|till|through|from|for|at)\s+)(that)\s+$/i;
/** "the Tuesday after, …", "the weekend before.": the count's word ends its clause, so it counts from the story's day. */
const THE_BEFORE = /\bthe\s+$/i;
const AFTER_ALONE = /^\s+(after|before|afterwards?)(?=\s*(?:[.,;:!?)—–]|$))/i;
/** "the following weekend", "the next weekend". */
const STORY_WEEKEND = /\bthe\s+(?:following|next)\s+$/i;
/** "the coming weekend", "this upcoming weekend": the next one from publication ("were issued for the coming weekend"). */
const COMING_WEEKEND = /\b(?:the|this)\s+(?:coming|upcoming)\s+$/i;
const MONTH_RELATION = /(?<!\b(?:the|a|its|his|her|their)\s+)\b(last|next|this|coming|past)\s+$/i;

function isBareMonth(expression: Expression): boolean {
  return expression.kind === 'calendar' && expression.month !== null && expression.day === null && expression.year === null && expression.yearShift === null && expression.end === null;
}

function articleStart(text: string, start: number): number {
  const match = /\bthe\s+$/i.exec(text.slice(Math.max(0, start - 8), start));
  return match ? start - match[0].length : start;
}

/** "in Saturday's election": the date names the noun after it, and the preposition before it is the noun's. */
const POSSESSIVE = /^['’]s\b/;
/** "at 4pm local time": the zone belongs to the time. */
const LOCAL_TIME = /^\s+local\s+time\b/i;

/** Where "that" starts, for a THAT_BEFORE match ending right before `rawStart`. */
function thatStart(that: RegExpExecArray, rawStart: number): number {
  return rawStart - (that[0].length - that[0].toLowerCase().lastIndexOf('that'));
}

export function placeChrono(text: string, reading: ChronoReading, expression: Expression): Candidate {
  const { start: rawStart } = reading;
  let end = reading.end;
  const ownPreposition = reading.preposition;
  const ownModifier = reading.periodModifier;
  // "a day after the crash": the mention is the count; "after" opens the happening's clause, which the
  // date does not report (extract-events reads clauses opened by "after" as landmarks).
  if (expression.kind === 'count' && expression.from === 'happening') end -= /\s+(?:after|before)$/i.exec(text.slice(rawStart, end))?.[0].length ?? 0;
  const rest = text.slice(end);
  if (reading.result.start.isCertain('hour')) end += LOCAL_TIME.exec(rest)?.[0].length ?? 0;
  if (!ownPreposition && !ownModifier && POSSESSIVE.test(rest)) {
    return { start: rawStart, end, expression, modifier: null, through: false };
  }
  // "the following Monday", "the next Tuesday", "the previous Friday": a weekday counted from the story's last day.
  if (!ownPreposition && !ownModifier && expression.kind === 'weekday' && expression.endWeekday === null) {
    const before = text.slice(Math.max(0, rawStart - 20), rawStart);
    const own = /^(next|last)\s/i.exec(text.slice(rawStart, end))?.[1];
    const story = expression.relation === null ? STORY_WEEKDAY.exec(before) : own && /\bthe\s+$/i.test(before) ? /\bthe\s+$/i.exec(before) : null;
    if (story) {
      const word = (story[1] ?? own ?? '').toLowerCase();
      const fromPrevious = word === 'previous' || word === 'preceding' || word === 'last' ? -1 : 1;
      return { start: rawStart - story[0].length, end, expression: { ...expression, relation: null, fromPrevious }, modifier: null, through: false };
    }
    if (expression.relation === null) {
      const that = THAT_BEFORE.exec(before);
      if (that) return { start: thatStart(that, rawStart), end, expression: { ...expression, fromPrevious: 0 }, modifier: null, through: false };
      const after = THE_BEFORE.test(before) ? AFTER_ALONE.exec(rest) : null;
      if (after?.[1]) {
        const fromPrevious = /^before$/i.test(after[1]) ? -1 : 1;
        return { start: rawStart - (THE_BEFORE.exec(before)?.[0].length ?? 0), end: end + after[0].length, expression: { ...expression, fromPrevious }, modifier: null, through: false };
      }
    }
  }
  if (!ownPreposition && !ownModifier && expression.kind === 'weekend' && expression.relation === null) {
    const before = text.slice(Math.max(0, rawStart - 24), rawStart);
    const core = text.slice(rawStart, end);
    const withThe = /^the\s/i.test(core);
    const story = withThe ? null : STORY_WEEKEND.exec(before);
    if (story) return { start: rawStart - story[0].length, end, expression: { ...expression, fromPrevious: 1 }, modifier: null, through: false };
    const coming = withThe ? null : COMING_WEEKEND.exec(before);
    if (coming) return { start: rawStart - coming[0].length, end, expression: { ...expression, coming: true }, modifier: null, through: false };
    const that = withThe ? null : THAT_BEFORE.exec(before);
    if (that) return { start: thatStart(that, rawStart), end, expression: { ...expression, fromPrevious: 0 }, modifier: null, through: false };
    const after = withThe || THE_BEFORE.test(before) ? AFTER_ALONE.exec(rest) : null;
    if (after?.[1] && !/^before$/i.test(after[1])) {
      return { start: withThe ? rawStart : rawStart - (THE_BEFORE.exec(before)?.[0].length ?? 0), end: end + after[0].length, expression: { ...expression, fromPrevious: 1 }, modifier: null, through: false };
    }
  }
  // "this past weekend": chrono reads "past weekend"; "this" is part of the mention.
  if (!ownPreposition && !ownModifier && /^past\s/i.test(text.slice(rawStart, end))) {
    const thisWord = /\bthis\s+$/i.exec(text.slice(Math.max(0, rawStart - 8), rawStart));
    if (thisWord) return { start: rawStart - thisWord[0].length, end, expression, modifier: null, through: false };
  }
  // "last November": chrono reads the month alone; the word before it says which one.
  const monthRelation = !ownPreposition && !ownModifier && isBareMonth(expression) ? MONTH_RELATION.exec(text.slice(Math.max(0, rawStart - 12), rawStart)) : null;
  if (monthRelation && expression.kind === 'calendar') {
    const word = (monthRelation[1] ?? '').toLowerCase();
    const relation = word === 'next' || word === 'coming' ? 'next' : word === 'this' ? 'this' : 'last';
    return { start: rawStart - monthRelation[0].length, end, expression: { ...expression, monthRelation: relation }, modifier: null, through: false };
  }
  // chrono drops the article in "at the end of April"; the mention keeps it.
  let start = ownModifier && !ownPreposition ? articleStart(text, rawStart) : rawStart;
  let preposition = ownPreposition;
  let modifier = ownModifier;
  // "on the night of Dec. 3": the part of the day belongs to the mention, its preposition to the date.
  const partOfDay = !ownPreposition && !ownModifier ? PART_OF_DAY_BEFORE.exec(text.slice(Math.max(0, rawStart - LEFT_WINDOW), rawStart)) : null;
  if (partOfDay) {
    start = rawStart - partOfDay[0].length;
    preposition = partOfDay[1] ?? null;
  } else if (!ownPreposition && !ownModifier) {
    const left = leftContext(text, start);
    const keepPreposition = left.preposition !== null && prepositionBelongs(left.preposition, expression, !!reading.result.end);
    if (keepPreposition) {
      start = left.start;
      preposition = left.preposition;
    } else if (left.modifier) {
      start = modifierStart(text, rawStart);
    }
    modifier = left.modifier;
  }
  // "by the end of May", "through the end of the month": a deadline somewhere within the unit, so the whole unit
  // (the README's convention), where "at the end of May" keeps its last third.
  const deadline = (preposition !== null && /^(?:by|through|until|till|before)$/i.test(preposition)) || DEADLINE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
  if (modifier && /^(?:the\s+)?end\b/i.test(modifier) && deadline) {
    return { start, end, expression, modifier: null, through: false };
  }
  const through = preposition !== null && /^(through|until|till)$/i.test(preposition);
  return { start, end, expression, modifier: modifier ? toModifier(modifier) : null, through };
}
