/**
 * A day of the month named alone, in the Korean press style ("on the 13th",
 * "the 27th of last month"), which chrono reads none of.
 */
import type { Candidate } from './model';

/**
 * A day of the month named alone, in the Korean press style: "on the 13th", "on the 13th and 14th", "the 27th of last month",
 * and with "the" left out after a preposition, as South Asian papers write it ("declared on 23rd"),
 * "the 5th of this month", and a commercial letter's "the 3rd inst." (this month), "the 28th ult." (last month), "the 2nd
 * prox." (next month). chrono reads none of these. Taken only after a preposition of time (or a verb of
 * scheduling with "for"/"to": "is set for the 3rd", "adjourned to the 9th") or with "of
 * last/this/next month", and only when no noun follows ("the 13th century", "the 27th floor", "the 3rd
 * time" are ordinals) and no month name ("the 13th of May" is chrono's).
 */
export function findDaysOfMonth(text: string): Candidate[] {
  const found: Candidate[] = [];
  const pattern =
    /\b(?:(on|since|until|till|by|from|through|before|after|into|as\s+of|(?:set|scheduled|listed|fixed|slated|adjourned|postponed|deferred|moved|booked|planned|due|called|pencilled|penciled)\s+(?:back\s+)?(?:for|to))\s+)?(?:the\s+(?:(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)|(?:early|small|wee)\s+hours)\s+of\s+)?(the\s+|(?<=\b(?:on|by|till|until|from|since|starting|before|after)\s+))(\d{1,2})(?:st|nd|rd|th)\b(?:\s*(?:and|to|[-–])\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b)?(?:\s+of\s+(last|this|next|the\s+previous|the\s+following)\s+month\b|\s+(inst|ult|prox)(?:ant|imo)?\b)?/gi;
  for (const match of text.matchAll(pattern)) {
    const [matched, preposition, the = '', dayText = '', endText, monthText, latin] = match;
    // "the 3rd inst.", "the 28th ult.", "the 2nd prox.": a letter's this, last and next month.
    const whichText = monthText ?? (latin ? LATIN_MONTH[latin.toLowerCase()] : undefined);
    // "declared on 23rd", "from 31st" (South Asian and older British English): "the" left out, only after a preposition.
    if (!the && !preposition) continue;
    // "in the early hours of the 13th", "the night of the 12th": a part of a day, so the number is a day.
    const partOfDay = /\bof\s+the\s+\d/i.test(matched.slice(0, matched.search(/(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b/i) + 6));
    const day = Number(dayText);
    if (day < 1 || day > 31) continue;
    // "on the 13th and 14th": two days of one month. When what follows the pair is a noun, or the second
    // day is no later, only the first day is read, as it would be alone ("on the 13th and the 14th went").
    let endDay = endText && Number(endText) > day && Number(endText) <= 31 ? Number(endText) : null;
    let whole = matched;
    let which = whichText;
    if (endText && (endDay === null || (!which && !PAIR_FOLLOWER.test(text.slice(match.index + whole.length))))) {
      whole = /^.*?\d{1,2}(?:st|nd|rd|th)\b/i.exec(matched)?.[0] ?? matched;
      endDay = null;
      which = undefined;
    }
    if (!preposition && !which && !partOfDay) continue;
    const rest = text.slice(match.index + whole.length);
    if (!which && !DAY_OF_MONTH_FOLLOWER.test(rest)) continue;
    const relation = which?.toLowerCase().replace(/^the\s+/, '');
    const monthShift = relation === undefined ? null : relation === 'last' || relation === 'previous' ? -1 : relation === 'this' ? 0 : 1;
    const keepPreposition = !!preposition && /^(on|through|until|till)$/i.test(preposition);
    const start = keepPreposition ? match.index : match.index + (preposition ? whole.slice(preposition.length).search(/\S/) + preposition.length : 0);
    found.push({
      start,
      end: match.index + whole.length,
      expression: { kind: 'dayOfMonth', day, monthShift, ...(endDay !== null ? { endDay } : {}) },
      modifier: null,
      through: !!preposition && /^(through|until|till)$/i.test(preposition),
    });
  }
  return found;
}

const LATIN_MONTH: Readonly<Record<string, string>> = { inst: 'this', ult: 'last', prox: 'next' };

/** What may follow "the 13th and 14th" read as two days: the sentence going on (a verb after it leaves the pair to the first day). */
const PAIR_FOLLOWER =
  /^(?:\s*(?:[.,;:!?)—–]|$)|\s+(?:\(|(?:and|or|but|at|in|to|with|when|while|after|before|for|as|that|which|where|local|last|this|amid|during|from|under|ahead|following|of\s+(?:the\s+)?(?:same|that)\s+month)\b))/i;

/**
 * What may follow a bare "the 13th": the sentence going on, not a noun it counts — a conjunction or preposition, or
 * the clause's verb ("the attack on the 11th killed two"): a past form in -ed or a common irregular or auxiliary one.
 * Case-sensitive: a capital after it is a name the ordinal counts ("the 4th Armored Brigade"), not a verb.
 */
const DAY_OF_MONTH_FOLLOWER =
  /^(?:\s*(?:[.,;:!?)—–]|$)|\s+(?:\(|(?:and|or|but|at|in|into|to|with|when|while|after|before|for|as|that|which|where|local|last|this|amid|during|from|under|ahead|following|of\s+(?:the\s+)?(?:same|that)\s+month|(?![a-z]*eed\b)[a-z]{2,}ed|was|were|is|are|has|had|will|would|could|left|came|went|saw|took|met|began|fell|rose|hit|held|told|won|lost|made|gave|sent|ran|drew|struck|said|spoke|brought|caught|broke)\b))/;

