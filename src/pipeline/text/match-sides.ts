/**
 * The pairs of sides a line names as one match: a score ("Spain 2-1 England"), a fixture ("Spain v England") or a
 * result told with a win word ("Portvale beat Hillbrook 3-0", "Hillbrook drew 1-1 with Westby"). Read by the match
 * rules of assign-sentences (a score headline's account) and same-happening (a match's clock): a line naming another
 * pair of sides tells another match.
 */

/** A side: one to three capitalised words ("Castamar", "Real Madrid", "St. Kilda"). */
const SIDE = String.raw`\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*){0,2}`;
const SCORE = String.raw`\d{1,3}\s?[-–]\s?\d{1,3}`;

/** "Spain 2-1 England": the sides and the score, home first. */
export const SCORE_LINE = new RegExp(`(?<![\\p{L}\\p{N}])(${SIDE})\\s+(\\d{1,2})\\s?[-–]\\s?(\\d{1,2})\\s+(${SIDE})`, 'gu');
/** "Portvale v Castamar", "Spain vs. England". */
const FIXTURE = new RegExp(`(?<![\\p{L}\\p{N}])(${SIDE})\\s+(?:v|vs\\.?|versus)\\s+(${SIDE})`, 'gu');
/** "Portvale beat Hillbrook", "England lost to Italy", "Hillbrook drew 1-1 with Westby", "Portvale knocked out Doria". */
const RESULT = new RegExp(
  `(?<![\\p{L}\\p{N}])(${SIDE})\\s+(?:beat|beats|defeated|defeats|thrashed|thrash(?:es)?|edged(?:\\s+past)?|overcame|knocked\\s+out|eliminated|(?:drew|draw|draws|lost|lose|loses)(?:\\s+${SCORE})?\\s+(?:with|to|against))\\s+(${SIDE})`,
  'gu',
);
/**
 * "Hillbrook will face Westby in the final", "Portvale meet Castamar in Saturday's cup tie": a match told ahead, by its two
 * sides and a match word. A meeting of people ("Lee will meet Park on Monday") names no match word and is not one.
 */
const FIXTURE_AHEAD = new RegExp(
  `(?<![\\p{L}\\p{N}])(${SIDE})\\s+(?:will\\s+|would\\s+|(?:is|are)\\s+(?:due|set)\\s+to\\s+)?(?:face|faces|meet|meets|play|plays|take\\s+on|takes\\s+on)\\s+(?:the\\s+)?(${SIDE})`,
  'gu',
);
// Not "the final session", "a game-changing vote".
const MATCH_WORD = /\b(?:(?:semi|quarter)[- ]?finals?|finals?|match(?:es)?|games?|ties?|fixtures?|derby|play-?offs?)(?![-\p{L}])(?!\s+(?:session|sessions|day|days|round|stage|hours?|report|decision|version|word|say)\b)/iu;

/** Month and day names are not sides: "July 14-15 Berlin". */
const CALENDAR_SIDE = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)/u;

/** A side as named, without a closing stop the capitalised run took with it ("Eastmoor." at a line's end). */
const bare = (side: string) => side.replace(/[.’']+$/u, '');

export interface ScoredPair {
  sides: readonly [string, string];
  score: readonly [number, number];
}

/** The pairs of sides a line gives scores for, with the score. */
export function scoresGiven(text: string): ScoredPair[] {
  return [...text.matchAll(SCORE_LINE)]
    .map((match) => ({ sides: [bare(match[1]!), bare(match[4]!)] as const, score: [Number(match[2]), Number(match[3])] as const }))
    .filter((pair) => pair.sides.every((side) => !CALENDAR_SIDE.test(side)));
}

/** Every pair of sides a line names as one match: by a score, a fixture or a result. */
export function pairsNamed(text: string): (readonly [string, string])[] {
  const others = [...text.matchAll(FIXTURE), ...text.matchAll(RESULT)].map((match) => [bare(match[1]!), bare(match[2]!)] as const);
  return [...scoresGiven(text).map((pair) => pair.sides), ...others].filter((pair) => pair.every((side) => !CALENDAR_SIDE.test(side)));
}

/** The pairs of sides a line tells as a match ahead ("Hillbrook will face Westby in the final"); none without a match word. */
export function fixturesAhead(text: string): (readonly [string, string])[] {
  if (!MATCH_WORD.test(text)) return [];
  return [...text.matchAll(FIXTURE_AHEAD)].map((match) => [bare(match[1]!), bare(match[2]!)] as const).filter((pair) => pair.every((side) => !CALENDAR_SIDE.test(side)));
}

/** An individual honour: "named player of the match", "won the award for the best young player", "the Golden Boot". */
const AWARD = /\b(?:named\s+(?:the\s+)?(?:\p{L}+\s+){0,2}(?:player|goalkeeper|manager|coach)\s+of\s+the|awards?|prizes?|golden\s+(?:boot|ball|glove))\b/iu;

/** Whether a line tells an award: the award is its happening, whatever moment of a match it recalls. */
export const tellsAward = (text: string): boolean => AWARD.test(text);

/** Whether a line names a side as a whole word ("England", not "Englander"). */
export function namesSide(line: string, side: string): boolean {
  return new RegExp(`(?<![\\p{L}])${side.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(line);
}

/** Whether one named side is the other ("Madrid" in "Real Madrid"). */
const sameSide = (a: string, b: string) => namesSide(a, b) || namesSide(b, a);

/** Whether a line names a pair of sides as one match that is not the pair given ("In the other tie, Portvale beat Doria"). */
export function namesOtherPair(text: string, sides: readonly string[]): boolean {
  return pairsNamed(text).some((pair) => !pair.every((side) => sides.some((ours) => sameSide(side, ours))));
}

/** Whether two pairs are the same two sides, either way round. */
export function samePair(a: readonly string[], b: readonly string[]): boolean {
  return a.every((side) => b.some((other) => sameSide(side, other))) && b.every((side) => a.some((other) => sameSide(side, other)));
}

/**
 * Whether a line naming pairs of sides ("In the other game, Portvale beat Hillbrook 3-0") tells a match other than the
 * one whose own lines are given: those lines name neither side of any of its pairs, or score a pair of their own that
 * is none of its ("Spain beat England 2-1" against "Spain beat France"). A line naming no pair tells nothing by this;
 * nor does a pair the match's lines name with no score (a race of several: "Ruiz beat Hale", then "Ruiz beat Webb").
 */
export function anotherMatch(pairs: readonly (readonly string[])[], matchLines: readonly string[]): boolean {
  if (pairs.length === 0) return false;
  const theirs = matchLines.filter((line) => new RegExp(SCORE, 'u').test(line)).flatMap((line) => pairsNamed(line));
  return pairs.every((pair) => !matchLines.some((line) => pair.some((side) => namesSide(line, side))) || (theirs.length > 0 && !theirs.some((other) => samePair(other, pair))));
}

/**
 * Whether a line names a pair of sides neither of which is one given: a match that can be played the same day as the
 * given one ("Portvale knocked out Doria" beside Castamar's tie), where a pair sharing a side ("Spain beat France" in a
 * report of Spain's final) is a match of another day.
 */
export function namesPairApart(text: string, sides: readonly string[]): boolean {
  return pairsNamed(text).some((pair) => !pair.some((side) => sides.some((ours) => sameSide(side, ours))));
}
