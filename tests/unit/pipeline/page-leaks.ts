import type { Article } from '../../../src/lib/corpus/schema';

/** Letters and digits only, lower-cased: a line compared however it was spaced, cased or punctuated. */
export const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The sentences of a made-up page (any block but its dateline and byline) that carry a line's words: a line of page
 * furniture the page-shape probes expect removed leaks when this is not empty.
 */
export function leaksOf(article: Article, line: string): string[] {
  const needle = fold(line);
  return article.sentences
    .filter((sentence) => sentence.kind !== 'dateline' && sentence.kind !== 'byline')
    .map((sentence) => sentence.text)
    .filter((text) => fold(text) === needle || (needle.length > 0 && fold(text).includes(needle)) || (fold(text).length > 2 && needle.includes(fold(text))));
}
