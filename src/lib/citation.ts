import { articleTitle } from './article-label';
import type { CorpusIndex } from './corpus/corpus-index';
import { formatDay } from './format';

/** What a citation of one sentence says. */
export interface CitationParts {
  outlet: string;
  /** The headline, or a description of the article when it has none. */
  headline: string;
  /** The outlet's local publication day, "12 Dec 2024", or "date unknown". */
  date: string;
  sentence: string;
  url: string;
}

/** The sentence to cite: its article and its text, from whichever payload shows it. */
export interface CitedSentence {
  articleId: string;
  text: string;
}

/**
 * The parts of a citation for one sentence, or null when its article is unknown.
 * The date is the outlet's own calendar day (publishedAt keeps its local offset).
 */
export function citationParts(index: CorpusIndex, cited: CitedSentence, url: string): CitationParts | null {
  const article = index.articleById.get(cited.articleId);
  if (!article) return null;
  const title = articleTitle(article);
  const day = /^\d{4}-\d{2}-\d{2}/.exec(article.publishedAt ?? '')?.[0];
  return {
    outlet: index.outletById.get(article.outletId ?? '')?.name ?? 'Unknown outlet',
    headline: title.stated ? `“${title.text}”` : `untitled article beginning “${title.text}”`,
    date: day ? formatDay(day) : 'date unknown',
    sentence: cited.text.replace(/\s+/gu, ' ').trim(),
    url,
  };
}

/** One line a reader can paste: “Sentence.” — Outlet, “Headline”, 12 Dec 2024. https://… */
export function formatCitation(parts: CitationParts): string {
  return `“${parts.sentence}” — ${parts.outlet}, ${parts.headline}, ${parts.date}. ${parts.url}`;
}
