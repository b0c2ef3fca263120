/**
 * Stage 9: each draft's evidence in reading order and its outlets in the corpus's outlet order,
 * so the output does not depend on the order groups were found in.
 */
import type { Article, Outlet } from '../../../lib/corpus/schema';
import type { Draft } from './model';

export function orderEvidence(drafts: Draft[], articles: Article[], outlets: Outlet[]): void {
  const readingOrder = new Map(articles.flatMap((article, articleIndex) => article.sentences.map((sentence, index) => [sentence.id, articleIndex * 1e6 + index] as const)));
  const outletOrder = new Map(outlets.map((outlet, index) => [outlet.id, index]));
  for (const draft of drafts) {
    draft.evidence.sort((a, b) => (readingOrder.get(a.sentenceId) ?? 0) - (readingOrder.get(b.sentenceId) ?? 0));
    draft.outlets.sort((a, b) => (outletOrder.get(a) ?? 0) - (outletOrder.get(b) ?? 0));
  }
}
