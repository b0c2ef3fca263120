import type { RemovedLine } from '../../lib/corpus/schema';
import {
  hasUiVocabulary,
  isBareTimestamp,
  isBreadcrumb,
  isBulletOnly,
  isByline,
  isCaption,
  isCounterWidget,
  isCreditLine,
  isDateline,
  isLabelValue,
  isLinkToOtherArticle,
  isPageClock,
  isProse,
  isReaderPrompt,
  isSitePrompt,
  wordCount,
  words,
} from '../line-shape';
import type { ArticleContext, Line, Stage } from '../types';

export interface Sifted {
  kept: Line[];
  removed: RemovedLine[];
}

/**
 * Remove page furniture and keep it on record. Decided by line shape and
 * position, never by a list of one site's strings:
 * 1. blank lines;
 * 2. link lists: runs of items separated by bare list markers ("-"), with
 *    their header (popular articles, rankings);
 * 3. widgets anywhere: breadcrumbs, "Label:Value", counters "Comment (0)",
 *    bare timestamps, reading times ("4 min read", "Updated 2 hours ago"),
 *    links to other articles ("Related: …"), the site addressing its reader
 *    (cookie banners, sign-up prompts), and very short lines of site vocabulary;
 * 4. everything outside the article's core — before its first real paragraph
 *    unless it can be a headline, dateline, caption or byline; after its last
 *    real paragraph unless it is a byline or credit.
 */
export const removeFurniture: Stage<ArticleContext, Line[], Sifted> = (_context, lines) => {
  const verdicts = new Map<number, RemovedLine>();
  const remove = (line: Line, kind: RemovedLine['kind'], reason: string) => {
    if (!verdicts.has(line.line)) verdicts.set(line.line, { kind, text: line.text, line: line.line, reason });
  };

  for (const line of lines) if (line.folded === '') remove(line, 'blank', 'empty line');

  const nonBlank = lines.filter((line) => line.folded !== '');
  for (const run of findLinkListRuns(nonBlank)) {
    for (const line of run) remove(line, 'link-list', 'list of other articles\u2019 headlines');
  }

  for (const line of nonBlank) {
    const reason = widgetReason(line.folded);
    if (reason) remove(line, 'furniture', reason);
  }

  const candidates = nonBlank.filter((line) => !verdicts.has(line.line));
  const isAnchorProse = (line: Line) =>
    isProse(line.folded) && !isSitePrompt(line.folded) && !isCaption(line.folded);
  const firstProse = candidates.findIndex(isAnchorProse);
  const lastProse = findLastIndex(candidates, isAnchorProse);

  candidates.forEach((line, index) => {
    const text = line.folded;
    if (firstProse === -1) return; // no recognisable article: keep everything, classification decides
    if (index < firstProse) {
      const keepable = isSignature(text) || isDateline(text) || isCaption(text) || wordCount(text) >= 3;
      if (!keepable || (hasUiVocabulary(text) && wordCount(text) <= 4)) {
        remove(line, 'furniture', 'short line before the article starts (site chrome)');
      }
    } else if (index > lastProse && !isSignature(text)) {
      remove(line, 'furniture', 'after the end of the article (site chrome)');
    } else if (wordCount(text) <= 4 && hasUiVocabulary(text)) {
      // Four words or fewer is never prose (isProse needs eight): a widget inside the page.
      remove(line, 'furniture', 'site widget inside the page');
    }
  });

  return {
    kept: lines.filter((line) => !verdicts.has(line.line)),
    removed: [...verdicts.values()].sort((a, b) => a.line - b.line),
  };
};

/** A byline or credit: kept around the article's edges. */
function isSignature(text: string): boolean {
  return isByline(text) || isCreditLine(text);
}

function widgetReason(text: string): string | null {
  // A timestamp line is metadata (read as the publication time), not a widget, however it is labelled.
  if (isDateline(text)) return null;
  if (isPageClock(text)) return 'reading time or relative time of the host page';
  if (isLinkToOtherArticle(text)) return 'link to another article';
  if (isReaderPrompt(text)) return 'the site addressing its reader (cookies, sign-up, log-in, advertising)';
  if (isBreadcrumb(text)) return 'navigation breadcrumb';
  if (isCounterWidget(text)) return 'counter widget (comments, trackbacks, characters)';
  if (isBareTimestamp(text)) return 'bare timestamp of the host page';
  if (isLabelValue(text)) return 'label of the host page (category, tags)';
  if (wordCount(text) <= 3 && hasUiVocabulary(text) && !isDateline(text)) return 'site control (search, print, login, loading)';
  return null;
}

/**
 * A link list: at least two bare markers, each within two lines of the next,
 * the items between them short and not prose. The header line just before
 * (e.g. "POPULAR ARTICLE") belongs to the list when it is not prose either.
 */
function findLinkListRuns(lines: Line[]): Line[][] {
  const runs: Line[][] = [];
  const markerIndexes = lines.flatMap((line, index) => (isBulletOnly(line.folded) ? [index] : []));
  let group: number[] = [];
  const flush = () => {
    if (group.length >= 2) {
      const first = group[0]!;
      const last = group[group.length - 1]!;
      let from = first;
      const header = lines[first - 1];
      if (header && !isProse(header.folded)) from = first - 1;
      const to = Math.min(lines.length - 1, last + 1);
      const run = lines.slice(from, to + 1);
      const items = run.filter((line) => !isBulletOnly(line.folded));
      if (items.every((line) => wordCount(line.folded) <= 25 && !isProse(line.folded) || isShortTitle(line.folded))) {
        runs.push(run);
      }
    }
    group = [];
  };
  for (const index of markerIndexes) {
    const previous = group[group.length - 1];
    if (previous !== undefined && index - previous > 3) flush();
    group.push(index);
  }
  flush();
  return runs;
}

/** Headlines in lists may end with a period ("GDP Down 1.8% in July-Sept."): title case, short. */
function isShortTitle(text: string): boolean {
  const tokens = words(text);
  const capitalised = tokens.filter((token) => /^[\p{Lu}\d"“'‘]/u.test(token)).length;
  return tokens.length <= 20 && capitalised / tokens.length >= 0.6;
}

function findLastIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (predicate(items[index]!)) return index;
  return -1;
}
