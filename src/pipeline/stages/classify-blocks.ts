import { headlineText, isByline, isCaption, isCreditLine, isDateline, isHeadlineShaped, isIssuerLine, isIssuerLineOver, isNameWithRole, isProse, placeStamp, shortHeadlineAt, wordCount } from '../line-shape';
import type { ArticleContext, Block, Line, Stage } from '../types';

/**
 * Name what each kept line is. Before the first paragraph of prose, the first
 * headline-shaped line is the headline and later short lines are captions
 * (photo labels), save a numbered item, which opens the body; datelines, bylines and credits are recognised anywhere. A
 * first line naming the body that issued the page ("Ministry of Foreign Affairs
 * of Japan", "Maryland Port Administration") is its credit, not its headline: the title is the next such line.
 */
export const classifyBlocks: Stage<ArticleContext, Line[], Block[]> = (_context, lines) => {
  let seenHeadline = false;
  let seenBody = false;
  // A bare two- or three-word name on the first line is a masthead only when a title follows it before the story:
  // alone, "Carrow Mayor Resigns" is the headline.
  const firstProse = lines.findIndex((line) => isProse(line.folded));
  const titleFollows = lines
    .slice(1, firstProse === -1 ? lines.length : firstProse)
    .some((line) => !isDateline(line.folded) && !isByline(line.folded) && !isCaption(line.folded) && isHeadlineShaped(headlineText(line.folded)));
  // "Kovac wins": a short title, on a page with no longer one before its prose.
  const shortHeadline = shortHeadlineAt(lines.map((line) => line.folded), firstProse);
  return lines.map((line, index): Block => {
    const text = line.folded;
    const block = (kind: Block['kind'], blockText = line.text.trim()): Block => ({ line: line.line, text: blockText, kind });
    if (isDateline(text)) return block('dateline');
    if (isByline(text) || isCreditLine(text) || isNameWithRole(text) || (index === 0 && (isIssuerLineOver(text, lines[1]?.folded) || (titleFollows && isBareMasthead(text))))) return block('byline');
    // "Department of Space, Government of Westland" under the issuer's name: its parent body, credited with it.
    if (index === 1 && isIssuerLine(text) && isIssuerLineOver(lines[0]!.folded, text)) return block('byline');
    if (isCaption(text)) return block('caption');
    // A question of a dozen words before anything else is a headline ("Taiwan's new legislature: who is in charge now?").
    const questionHeadline = !seenHeadline && /\?["'”’)]*$/u.test(text) && wordCount(text) <= 14;
    // "Dam cracks force a winter of repairs upstate." first on the page, straight over its stamp or byline and with
    // the story after them: a title some sites close with a full stop, a dozen words at most and no one's attributed
    // words ("…, officials said."), not the story's opening paragraph.
    const next = lines[index + 1]?.folded ?? '';
    const stoppedHeadline =
      index === 0 && /^\p{Lu}[^.!?,;]*\.$/u.test(text) && wordCount(text) <= 12 && (isDateline(next) || isByline(next)) && lines.slice(2).some((line) => isProse(line.folded));
    // "1. Tokyo sends its foreign minister" under the headline: the first numbered item of a digest or readout opens
    // the body; a picture's caption is never numbered.
    const numberedItem = seenHeadline && /^\d{1,2}[.)]\s+\p{L}/u.test(text);
    if (!seenBody && (!isProse(text) || questionHeadline || stoppedHeadline) && !numberedItem) {
      if (!seenHeadline && ((isHeadlineShaped(headlineText(text)) && placeStamp(text) === null) || index === shortHeadline || stoppedHeadline)) {
        seenHeadline = true;
        return block('headline', headlineText(line.text));
      }
      return block('caption');
    }
    seenBody = true;
    return block('body');
  });
};

/**
 * "The Bayport Courier", "Maryland Port Administration" opening the page: two or three capitalised words, too short
 * for a headline, no sentence: the masthead or the issuer, credited like one (never a caption of the news).
 */
function isBareMasthead(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  return (
    tokens.length >= 2 && tokens.length <= 3 && !/\d/.test(text) && !/[.,;:!?]$/.test(text) &&
    tokens.every((token) => /^[\p{Lu}][\p{L}'’&.-]*$/u.test(token) || /^(of|the|and|for|&)$/.test(token))
  );
}
