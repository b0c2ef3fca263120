import type { ArticleSummary } from './corpus/schema';

/** A headline to show; articles without one are named by how they open, and say so. */
export function articleTitle(article: Pick<ArticleSummary, 'headline' | 'opening' | 'file'>): { text: string; stated: boolean } {
  if (article.headline) return { text: article.headline, stated: true };
  const opening = article.opening ?? article.file;
  return { text: opening.length > 90 ? `${opening.slice(0, 88).trimEnd()}…` : opening, stated: false };
}
