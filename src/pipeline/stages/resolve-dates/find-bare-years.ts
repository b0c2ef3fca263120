/**
 * Years on their own ("in 2022", "since 2019", "late 2023", "the 2020
 * election"), which chrono ignores.
 */
import { modifierStart, toModifier, LEFT_WINDOW, type Candidate } from './model';

/**
 * A year on its own ("in 2022", "since 2019", "late 2023"). chrono ignores
 * these; we only take them after a preposition or period modifier, and never
 * when glued to other tokens ("Japan-2022", "2023-24", "2022%").
 */
export function findBareYears(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(/(?:1[6-9]|20)\d\d/g)) {
    const start = match.index;
    const end = start + 4;
    // "founded in 1899", "the 1848 revolutions": an older year is as much a year, but "in 1800 homes" counts the noun.
    if (!/^(?:19|20)/.test(match[0]) && countsNoun(/^\s+([\p{L}-]+)/u.exec(text.slice(end))?.[1])) continue;
    const before = text[start - 1] ?? ' ';
    const after = text[end] ?? ' ';
    const afterNext = text[end + 1] ?? ' ';
    // "mid-2024", "end-2025": a period modifier may be hyphened to the year; any other glued word makes it no year.
    if (!/[\s(]/.test(before) && !/\b(?:early|mid|late|end|start)-$/i.test(text.slice(Math.max(0, start - 6), start))) continue;
    if (/[\p{L}\p{N}_\-/%]/u.test(after)) continue;
    if (/[.,:]/.test(after) && /\d/.test(afterNext)) continue;
    const windowStart = Math.max(0, start - LEFT_WINDOW);
    const left = /(?:\b(in|during|since|until|till|by|before|after|from|through|throughout|toward|towards|for|(?:earlier|later|sooner)\s+than)\s+(?:calendar\s+)?)?(?:\b(early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of|(?:the\s+)?(?:first|second|third|fourth|last|final)\s+week\s+of|(?:end|start)(?=-))(?:\s+|-))?$/i.exec(
      text.slice(windowStart, start),
    );
    if (!left || left[0].length === 0) {
      // "champions in 1964, 2008 and 2012": a year that goes on a list of years takes the list's reading.
      const listed = /(?:1[6-9]|20)\d\d(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.test(text.slice(Math.max(0, start - 12), start)) && found.length > 0 && found.at(-1)!.end >= start - 12;
      // "the World Cup of 1966", "the class of 2020": a year after "of" and a capitalised name, unless a noun it counts follows.
      // "the floods of 2013", "the crisis of 2008": likewise after "the" and a noun, for a year of the last two centuries,
      // unless the noun measures ("the total of 2013", "the height of 1900").
      const ofNoun =
        /^(?:19|20)/.test(match[0]) &&
        /\b[Tt]he\s+(\p{Ll}[\p{L}'’-]*)\s+of\s+$/u.test(text.slice(Math.max(0, start - 30), start)) &&
        !MEASURE_NOUN.test(/(\p{Ll}[\p{L}'’-]*)\s+of\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '');
      const ofName = (/\p{Lu}[\p{L}'’-]*\s+of\s+$/u.test(text.slice(Math.max(0, start - 30), start)) || ofNoun) && !countsNoun(/^\s+([\p{L}-]+)/u.exec(text.slice(end))?.[1]);
      // "Full-year 2027 profit", "calendar-year 2026 sales": a results page's whole year, named as such.
      const wholeYear = /\b(?:full|calendar|whole)[-\s]year\s+$/i.test(text.slice(Math.max(0, start - 16), start)) && !countsNoun(/^\s+([\p{L}-]+)/u.exec(text.slice(end))?.[1]);
      if (ownedYear(text, start, end) || spanOfYears(text, start, end) || listed || ofName || wholeYear) found.push({ start, end, expression: { kind: 'calendar', year: Number(match[0]), month: null, day: null, yearShift: null, end: null }, modifier: null, through: false });
      continue;
    }
    const [, preposition, modifier] = left;
    // "revenue for 2023", "its forecast for 2025": a year; "for 2000 people", "for 2010 votes" count the noun after.
    if (preposition?.toLowerCase() === 'for' && !modifier) {
      const next = /^\s+([\p{L}-]+)/u.exec(text.slice(end))?.[1];
      if (next && !NOT_A_NOUN.test(next) && countsNoun(next)) continue;
    }
    // "by the end of 2027", "until the end of 2027": a deadline within the year, so the whole year, as "by the end of
    // the year" is (the README's convention); "at the end of 2027" keeps its last third.
    const deadline = !!preposition && /^(?:by|through|until|till|before)$/i.test(preposition) && !!modifier && /^(?:the\s+)?end(?:\s+of)?$/i.test(modifier);
    const keepPreposition = !!preposition && /^(in|during|through|throughout|until|till)$/i.test(preposition);
    const mentionStart = keepPreposition ? windowStart + left.index : modifier ? modifierStart(text, start) : start;
    found.push({
      start: mentionStart,
      end,
      expression: { kind: 'calendar', year: Number(match[0]), month: null, day: null, yearShift: null, end: null },
      modifier: modifier && !deadline ? toModifier(modifier) : null,
      through: false,
    });
  }
  return found;
}

/**
 * "the 2020 election", "its 2025 budget": a year between a determiner and the thing it dates. A plural
 * noun after it ("the 2000 voters", "the 2000 people") makes it a count.
 */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'crew', 'feet', 'yen', 'won', 'yuan', 'sheep', 'cattle']);

function ownedYear(text: string, start: number, end: number): boolean {
  if (!/\b(?:the|its|his|her|their|our|this|that)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) return false;
  const next = /^\s+([\p{L}-]+)/u.exec(text.slice(end))?.[1];
  if (!next) return false;
  // "the 2024 season": a sports season names no calendar span (it starts in different months by sport and
  // hemisphere, and may run into the next year), as "the 2023-24 season" does not.
  if (/^seasons?$/i.test(next)) return false;
  if (/^\p{Lu}/u.test(next) || (!/s$/.test(next) && !IRREGULAR_PLURALS.has(next.toLowerCase()))) return true;
  // "the 2024 floods", "its 2019 talks": a plural after a year that is no round count is still what the year dates;
  // "the 2000 protesters" (a round number) and people ("the 2024 people") are counts.
  return Number(text.slice(start, end)) % 100 !== 0 && !IRREGULAR_PLURALS.has(next.toLowerCase()) && !/(?:ers|ors|ists|ants|ents|ians|ees)$/i.test(next);
}

/**
 * "between 2010 and 2014": the first year of a span of years (join-spans makes the span). Not a range of
 * amounts: "between 1900 and 2000 people" counts the noun after it.
 */
function spanOfYears(text: string, start: number, end: number): boolean {
  if (!/\bbetween\s+$/i.test(text.slice(Math.max(0, start - 10), start))) return false;
  const rest = /^\s+and\s+(?:19|20)\d\d(?![\p{L}\p{N}\-/%])(\s+[\p{L}-]+)?/u.exec(text.slice(end));
  return !!rest && !countsNoun(rest[1]);
}

/** Nouns of an amount or a measure: "the total of 2013", "a height of 1900" count, not date. */
const MEASURE_NOUN = /^(?:total|sum|number|population|crowd|figure|tally|count|average|score|budget|price|cost|value|record|height|depth|length|distance|altitude|elevation|speed|weight|capacity|rate|level|index|amount|balance|majority|margin|attendance|turnout|fine|bill|salary|fee|debt|deficit|surplus)s?$/i;

/** Words ending in "s" that are no plural noun: "revenue for 2023 was", "for 2024 is". */
const NOT_A_NOUN = /^(?:was|is|has|does|as|its|this|thus|plus|versus|his|hers|yours|ours)$/i;

/** A plural noun after a number ("2000 people", "2014 votes") makes it an amount. */
function countsNoun(word: string | undefined): boolean {
  const next = word?.trim();
  return !!next && /^\p{Ll}/u.test(next) && (/s$/.test(next) || IRREGULAR_PLURALS.has(next.toLowerCase()));
}
