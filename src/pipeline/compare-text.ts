/**
 * Word tokens for comparing outlets' wording (align-wording, find-differences).
 * Offsets stay on the original sentence text so marks land on what was written;
 * the normalised form folds case, accents and curly/straight apostrophes, and
 * hyphens split words ("Tae-yul" → "tae", "yul"), so typography never hides a match.
 */

import { FUNCTION_WORDS } from '../lib/function-words';

export interface WordToken {
  /** Case- and accent-folded letters or digits. */
  norm: string;
  start: number;
  end: number;
  /** False for function words, which never make a match on their own. */
  content: boolean;
}

/** Function words never make a match on their own (the list is shared with the app). */
export const STOPWORDS = FUNCTION_WORDS;

const ASCII_WORD = /^[A-Za-z0-9]+$/;

export function foldWord(word: string): string {
  // Most words are plain ASCII: skip the Unicode decomposition for them.
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Word tokens of a text with their offsets: the maximal runs of letters and
 * digits (/[\p{L}\p{N}]+/u), found by one scan of the text that builds no
 * match objects, since every evidence sentence is read this way at least twice.
 */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let i = 0;
  while (i < text.length) {
    let width = wordCharWidth(text, i);
    if (width === 0) {
      i += 1;
      continue;
    }
    const start = i;
    let ascii = true;
    do {
      if (width === 2 || text.charCodeAt(i) >= 128) ascii = false;
      i += width;
      width = i < text.length ? wordCharWidth(text, i) : 0;
    } while (width > 0);
    const word = text.slice(start, i);
    const norm = ascii ? word.toLowerCase() : foldWord(word);
    tokens.push({ norm, start, end: i, content: !STOPWORDS.has(norm) });
  }
  return tokens;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Code units of the letter or digit at `i` (2 for one outside the BMP), or 0 when there is none. */
function wordCharWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) ? 1 : 0;
  const point = text.codePointAt(i)!;
  if (!WORD_CHAR.test(String.fromCodePoint(point))) return 0;
  return point > 0xffff ? 2 : 1;
}

/** Distinct content words of a text, for overlap tests. */
export function contentWords(text: string): Set<string> {
  return new Set(
    wordTokens(text)
      .filter((token) => token.content)
      .map((token) => token.norm),
  );
}
