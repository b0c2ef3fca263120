/**
 * "by 1900 GMT", "at 0830 UTC on Tuesday": a wire's clock time written as four digits and a zone, which chrono does
 * not read. It is a clock time like "at 7 p.m.": the day written right after it, else the day of the story so far
 * (resolve-same-unit). The preposition before it is taken in, as chrono's clock times take theirs.
 */
import { WIRE_CLOCK } from '../../text/timestamps';
import type { Candidate } from './model';

const PREPOSITION = /\b(?:at|by|from|until|till|before|after|around|about|since)\s+$/i;

/** A lowercase word right after the zone that is no word a time's phrase ends on ("on Tuesday", "and", "local time"). */
const COUNTED_NOUN_AFTER = /^\s+(?!(?:on|and|or|but|in|at|as|when|while|after|before|until|till|to|with|for|from|local|time|today|tonight|yesterday|tomorrow|the|this|that|then)\b)\p{Ll}/u;

export function findWireClocks(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(WIRE_CLOCK)) {
    const before = PREPOSITION.exec(text.slice(Math.max(0, match.index - 12), match.index));
    // "handed out 1500 ICT kits", "another 2000 PHT units": with no time's preposition before it, four digits and a
    // zone are a clock time only where a time ends its phrase, not before a noun they count.
    if (!before && COUNTED_NOUN_AFTER.test(text.slice(match.index + match[0].length))) continue;
    const start = before ? match.index - before[0].length : match.index;
    const end = match.index + match[0].length;
    found.push({
      start,
      end,
      expression: { kind: 'sameUnit', unit: 'day', shift: 0, phrase: text.slice(start, end).toLowerCase(), orPublication: true, clock: true },
      modifier: null,
      through: false,
    });
  }
  return found;
}
