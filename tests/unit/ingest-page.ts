import type { Article } from '../../src/lib/corpus/schema';
import { ingestArticle } from '../../src/pipeline/pipeline';

/** One made-up page (its raw lines) through the per-article ingest, with no manifest line: what the text alone gives. */
export function ingestPage(lines: readonly string[]): Article {
  const result = ingestArticle({ file: 'page.txt', bytes: new TextEncoder().encode(lines.join('\n')) }, { entries: new Map() }, 'sha');
  if ('message' in result) throw new Error(result.message);
  return result.article;
}
