/**
 * Name folding and name shapes, shared by every stage that compares names.
 *
 * Person spellings merge by a normalisation rule, never by lists: lowercase, drop
 * hyphens, spaces and accents, and allow the surname to move from front to back
 * ("Cho Tae-yul" = "Cho Tae Yul", "Gen Nakatani" = "Nakatani Gen"). A surname in
 * capitals next to a mixed-case name ("Mr. IWAYA Takeshi") is part of the name.
 */
import { LOWERCASE_LETTER } from './tokens';

/** Fold case, accents, hyphens and spaces: "Tae-yul" = "Tae Yul" = "taeyul". */
export function foldName(text: string): string {
  // Plain ASCII has no accents to decompose: the same result without Unicode normalisation.
  if (ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9]/g, '');
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

const ASCII = /^[^\u0080-\uffff]*$/;

/**
 * Spellings of one person: the folded letters in the same cyclic order, split
 * only between words. "Cho Tae Yul" and "Cho Tae-yul" share "chotaeyul"; "Gen
 * Nakatani" and "Nakatani Gen" share "gennakatani" (surname first or last).
 */
export function nameRotations(units: readonly string[]): string[] {
  const folded = units.map(foldName);
  const rotations: string[] = [];
  for (let k = 0; k < folded.length; k += 1) rotations.push([...folded.slice(k), ...folded.slice(0, k)].join(''));
  return rotations;
}

/** Letters (and hyphens) only, with a vowel: "IWAYA", "CHO", "YOON" may be a surname; "KMT", "G20", "U.S." may not. */
export const CAPITALS_SURNAME_SHAPE = /^(?=[^AEIOUY]*[AEIOUY])\p{Lu}+(?:-\p{Lu}+)?$/u;

/**
 * "Takeshi Iwaya" as a ministry page may write it: either end word taken as the
 * surname, put in capitals, first or last ("IWAYA Takeshi", "Takeshi IWAYA",
 * "TAKESHI Iwaya", "Iwaya TAKESHI"), or the whole name in capitals.
 */
export function capitalisedSurnameForms(units: readonly string[]): string[] {
  if (units.length < 2 || units.some((unit) => !LOWERCASE_LETTER.test(unit))) return [];
  const first = units[0] ?? '';
  const last = units[units.length - 1] ?? '';
  const middle = units.slice(1, -1);
  return [
    [last.toUpperCase(), first, ...middle],
    [first, ...middle, last.toUpperCase()],
    [first.toUpperCase(), ...middle, last],
    [...middle, last, first.toUpperCase()],
    // A press release may set the whole name in capitals: "SAMUEL BANKMAN-FRIED".
    units.map((unit) => unit.toUpperCase()),
  ].map((parts) => parts.join(' '));
}

/** A word of two or more capitals and no lowercase letter. */
export const SHOUTED_WORD = /(?<![\p{L}.])\p{Lu}{2,}(?![\p{L}.])/u;
export const SHOUTED_WORDS = new RegExp(SHOUTED_WORD.source, 'gu');

/** A sentence-opening participle or adverb ("Marking", "Reportedly") is not a given name. */
export const LOOKS_LIKE_VERB_OR_ADVERB = /(?:ing|ed|ly)$/u;
