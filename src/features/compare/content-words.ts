/**
 * Small words that carry no content of their own: two outlets both writing
 * "the" or "of the" is not shared wording worth a mark. Kept short on purpose;
 * a missing word only means a slightly longer mark.
 */
const FUNCTION_WORDS = new Set(
  `a an the and or but nor so yet if then than that this these those there here
   of in on at to for from by with without into onto over under about above below after before since until
   as per via between among through during against toward towards upon within amid
   is are was were be been being am has have had having do does did will would shall should can could may might must
   it its it's he him his she her hers they them their theirs we us our you your i me my who whom whose which what
   also not no all any both each either neither such very just only more most other another same own too`
    .split(/\s+/)
    .filter(Boolean),
);

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
