import type { Article, Sentence } from '../../src/lib/corpus/schema';

/** A line of a made-up article: body text, or [kind, text] for a headline, caption, byline… */
export type ArticleLine = string | [Sentence['kind'], string];

export interface ArticleFields {
  outletId?: string | null;
  publishedAt?: string | null;
  headline?: string | null;
  quotes?: Article['quotes'];
}

/**
 * A made-up article for stage and component tests: one sentence per line (ids
 * `<id>-s1`, `<id>-s2`…), metadata said to come from the manifest when given
 * and missing otherwise, nothing removed.
 */
export function makeArticle(id: string, lines: readonly ArticleLine[], fields: ArticleFields = {}): Article {
  const { outletId = null, publishedAt = null, headline = null, quotes = [] } = fields;
  return {
    id,
    file: `${id}.txt`,
    outletId,
    headline,
    publishedAt,
    publishedPrecision: publishedAt === null ? null : publishedAt.includes('T') ? 'minute' : 'day',
    byline: null,
    dateline: null,
    metadata: {
      outlet: outletId === null ? { value: null, source: 'missing' } : { value: outletId, source: 'manifest' },
      headline: headline === null ? { value: null, source: 'missing' } : { value: headline, source: 'text' },
      publishedAt: publishedAt === null ? { value: null, source: 'missing' } : { value: publishedAt, source: 'manifest' },
      byline: { value: null, source: 'missing' },
    },
    sentences: lines.map((line, index) => {
      const [kind, text] = typeof line === 'string' ? (['body', line] as const) : line;
      return { id: `${id}-s${index + 1}`, text, paragraph: index + 1, kind, line: index + 1 };
    }),
    removed: [],
    quotes,
    lineCount: lines.length,
    sha256: '',
  };
}
