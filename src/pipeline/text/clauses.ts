/**
 * Clauses of a sentence, for the stages that read what a date or a happening
 * word belongs to. Pure and linear in the sentence.
 */

/**
 * The clause holding the date: commas, semicolons, dashes and subordinating
 * words ("amid", "following") bound it.
 */
export function clauseBoundaries(text: string): { index: number; end: number }[] {
  const boundary = /[;:—–]|\s-{1,2}\s|,(?=\s)|\s(?=(?:amid|following|despite|while|whereas|although|as|ahead of|after|before|until|since)\s)/g;
  return Array.from(text.matchAll(boundary), (match) => ({ index: match.index, end: match.index + match[0].length }));
}

/** Boundaries found once per sentence and searched by bisection: long sentences with many dates stay linear. */
export function clauseOf(boundaries: { index: number; end: number }[], length: number, start: number, end: number): [number, number] {
  // The last boundary ending at or before `start` opens the clause…
  let low = 0;
  let high = boundaries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (boundaries[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  const from = low > 0 ? boundaries[low - 1]!.end : 0;
  // …and the first later boundary starting at or after `end` closes it.
  let next = low;
  while (next < boundaries.length && boundaries[next]!.index < end) next++;
  return [from, next < boundaries.length ? boundaries[next]!.index : length];
}

/** Plans and expectations ("will", "is due to", "plans to"): words that cannot report a happening already over. */
export const FUTURE_CUE = /\b(will|is set to|are set to|is scheduled to|are scheduled to|is expected to|are expected to|plans? to|is due to|are due to|is to|are to|likely to)\b/i;

/** A clause that only says what may or is meant to happen ("would", "vowed to", "could"), as well as the future. */
export const UNREALISED_CUE = new RegExp(`${FUTURE_CUE.source}|\\b(would|vow(?:ed|s)? to|intends? to|intended to|threaten(?:ed|s)? to|may|might|could)\\b`, 'i');

/**
 * The quoted stretches of a sentence, each from its opening to its closing mark: curly pairs (“…”), or straight
 * double quotes taken in pairs. An unclosed quote (a quotation running on into the next paragraph) gives nothing.
 */
export function quoteSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(/\u201c[^\u201c\u201d]*\u201d|"[^"]*"/g)) spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}
