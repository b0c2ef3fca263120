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

/**
 * Short forms of English first names that are not the front of the full form ("Bill" for William).
 * Language knowledge, like the demonyms: no particular person is meant.
 */
const SHORT_FIRST_NAMES: Readonly<Record<string, readonly string[]>> = {
  bill: ['william'], billy: ['william'], will: ['william'], liam: ['william'],
  bob: ['robert'], bobby: ['robert'], rob: ['robert'], robbie: ['robert'],
  tom: ['thomas'], tommy: ['thomas'], jim: ['james'], jimmy: ['james'], jamie: ['james'],
  mike: ['michael'], mick: ['michael'], dick: ['richard'], rick: ['richard'], rich: ['richard'],
  ted: ['edward', 'theodore'], ed: ['edward'], eddie: ['edward'], ned: ['edward'],
  tony: ['anthony', 'antonio'], jack: ['john'], johnny: ['john'], joe: ['joseph'], joey: ['joseph'],
  harry: ['henry', 'harold'], hank: ['henry'], chuck: ['charles'], charlie: ['charles'], steve: ['steven', 'stephen'],
  andy: ['andrew'], drew: ['andrew'], sandy: ['alexander', 'alexandra'], peggy: ['margaret'], maggie: ['margaret'],
  meg: ['margaret'], kate: ['katherine', 'catherine', 'kathryn'], katie: ['katherine', 'catherine'], liz: ['elizabeth'],
  beth: ['elizabeth'], betty: ['elizabeth'], jenny: ['jennifer'], jen: ['jennifer'], sue: ['susan'], becky: ['rebecca'],
  peg: ['margaret'], larry: ['lawrence'], jerry: ['gerald', 'jerome'], gerry: ['gerald'], nick: ['nicholas', 'nicolas'],
  matt: ['matthew'], dave: ['david'], greg: ['gregory'], ken: ['kenneth'], ron: ['ronald'], don: ['donald'],
  pat: ['patrick', 'patricia'], bea: ['beatrice'], fred: ['frederick'], alex: ['alexander', 'alexandra'],
};

/**
 * "dan" is a short form of "daniel", "bill" of "william" (both folded): the front of the full form, three
 * to five letters with at least two left out ("ann" is not "anna", "daniel" not "danielle"), or a known short form.
 */
export function isShortFirstName(short: string, full: string): boolean {
  if (short.length >= 3 && short.length <= 5 && full.length >= short.length + 2 && full.startsWith(short)) return true;
  return SHORT_FIRST_NAMES[short]?.includes(full) ?? false;
}

/**
 * Lowercase particles inside a name: "Ana de la Cruz", "Pieter van der Berg", "Khalid bin Rashed".
 */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'dei', 'di', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'bint', 'ibn']);

/** A name particle, in lowercase or opening a sentence in capitals ("De la Cruz said"). */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word.toLowerCase());
}

/** A sentence-opening participle or adverb ("Marking", "Reportedly") is not a given name. */
export const LOOKS_LIKE_VERB_OR_ADVERB = /(?:ing|ed|ly)$/u;
