import { FUNCTION_WORDS } from '../../lib/function-words';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/**
 * The runs of content words inside text[start, end): each run a stretch from a
 * content word to the last content word before the next function word, so
 * "reaffirmed the importance of joint patrols" gives "reaffirmed",
 * "importance", "joint patrols". Offsets are into `text`.
 */
export function contentRuns(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  let open: { start: number; end: number } | null = null;
  for (const match of text.slice(start, end).matchAll(WORD)) {
    const from = start + match.index;
    const to = from + match[0].length;
    if (FUNCTION_WORDS.has(match[0].toLowerCase().replace(/’/g, "'"))) {
      if (open) runs.push(open);
      open = null;
    } else if (open) open.end = to;
    else open = { start: from, end: to };
  }
  if (open) runs.push(open);
  return runs;
}
