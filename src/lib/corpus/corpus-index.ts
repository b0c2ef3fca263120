import type { ArticleSummary, CorpusIndexData, EntitySummary, EventSummary, Outlet } from './schema';

/** Lookups over the index that the app needs on every render, built once when it loads. */
export interface CorpusIndex {
  data: CorpusIndexData;
  articleById: Map<string, ArticleSummary>;
  outletById: Map<string, Outlet>;
  eventById: Map<string, EventSummary>;
  entityById: Map<string, EntitySummary>;
  /** Articles per outlet id ("" for articles with no outlet). */
  articleCountByOutlet: Map<string, number>;
}

export function indexCorpus(data: CorpusIndexData): CorpusIndex {
  const articleCountByOutlet = new Map<string, number>();
  for (const article of data.articles) {
    const key = article.outletId ?? '';
    articleCountByOutlet.set(key, (articleCountByOutlet.get(key) ?? 0) + 1);
  }
  return {
    data,
    articleById: new Map(data.articles.map((article) => [article.id, article])),
    outletById: new Map(data.outlets.map((outlet) => [outlet.id, outlet])),
    eventById: new Map(data.events.map((event) => [event.id, event])),
    entityById: new Map(data.entities.map((entity) => [entity.id, entity])),
    articleCountByOutlet,
  };
}

/** The outlet key of an article for filters and counts: its outlet id, or "" when it has none (always shown). */
export const outletKey = (outletId: string | null | undefined) => outletId ?? '';

/** Whether an outlet key is shown under the filter (articles with no known outlet cannot be switched off). */
export const isShownOutlet = (key: string, hidden: ReadonlySet<string>) => key === '' || !hidden.has(key);
