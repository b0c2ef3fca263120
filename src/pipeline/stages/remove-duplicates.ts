import type { RemovedLine } from '../../lib/corpus/schema';
import { stripMarkers } from '../line-shape';
import type { ArticleContext, Line, Sifted, Stage } from '../types';

/**
 * Pages repeat blocks: a whole body printed twice, a headline above and inside
 * the article, a caption under two photos. A kept line whose folded text equals
 * an earlier kept line is a repeat; it leaves the content and goes on record.
 */
export const removeDuplicates: Stage<ArticleContext, Sifted, Sifted> = (_context, sifted) => {
  const firstSeen = new Map<string, number>();
  const kept: Line[] = [];
  const duplicates: RemovedLine[] = [];
  for (const line of sifted.kept) {
    const key = stripMarkers(line.folded).toLowerCase();
    const original = firstSeen.get(key);
    if (original === undefined) {
      firstSeen.set(key, line.line);
      kept.push(line);
    } else {
      duplicates.push({ kind: 'duplicate', text: line.text, line: line.line, reason: `repeats line ${original}` });
    }
  }
  return { kept, removed: [...sifted.removed, ...duplicates].sort((a, b) => a.line - b.line) };
};
