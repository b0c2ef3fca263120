import type { ArticleContext, Line, Stage } from '../types';

/** Spaces that pages use for layout but that carry no meaning when matching. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;
/** Zero-width and bidi controls: invisible, and able to make two equal lines differ. */
const INVISIBLES = /[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Fold a line for comparison only; the original text is always kept beside it. */
export function foldSpaces(text: string): string {
  return text.replace(INVISIBLES, '').replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * CRLF and lone CR become LF; every raw line keeps its 1-based number and its
 * text exactly as written. A final newline does not make an extra empty line.
 */
export const splitLines: Stage<ArticleContext, string, Line[]> = (_context, text) => {
  const rawLines = text.replace(/\r\n?/g, '\n').split('\n');
  if (rawLines.length > 1 && rawLines[rawLines.length - 1] === '') rawLines.pop();
  return rawLines.map((raw, index) => ({ line: index + 1, text: raw, folded: foldSpaces(raw) }));
};
