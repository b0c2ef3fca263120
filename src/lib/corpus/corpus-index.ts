import type { Article, Corpus, Entity, Outlet, Sentence, TimelineEvent } from './schema';

/** Lookups the app needs on every render, built once when the corpus loads. */
export interface CorpusIndex {
  corpus: Corpus;
  articleById: Map<string, Article>;
  outletById: Map<string, Outlet>;
  eventById: Map<string, TimelineEvent>;
  entityById: Map<string, Entity>;
  sentenceById: Map<string, { sentence: Sentence; article: Article }>;
}

export function indexCorpus(corpus: Corpus): CorpusIndex {
  const sentenceById = new Map<string, { sentence: Sentence; article: Article }>();
  for (const article of corpus.articles) {
    for (const sentence of article.sentences) sentenceById.set(sentence.id, { sentence, article });
  }
  return {
    corpus,
    articleById: new Map(corpus.articles.map((article) => [article.id, article])),
    outletById: new Map(corpus.outlets.map((outlet) => [outlet.id, outlet])),
    eventById: new Map(corpus.events.map((event) => [event.id, event])),
    entityById: new Map(corpus.entities.map((entity) => [entity.id, entity])),
    sentenceById,
  };
}
