import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { CorpusIndex } from './corpus-index';
import { appUrl, fetchValidated } from './fetch-json';
import { groupBy } from './group-by';
import { articleBodyPath } from './paths';
import type { ArticleBody, SentenceMention } from './schema';

/** One article's body with its mentions by sentence, built once per fetch. */
export interface ArticleText {
  body: ArticleBody;
  mentionsBySentence: Map<string, SentenceMention[]>;
}

export async function fetchArticleBody(key: string, signal?: AbortSignal): Promise<ArticleText> {
  const validator = import('./schema').then(({ articleBodySchema }) => articleBodySchema.safeParse.bind(articleBodySchema));
  const body = await fetchValidated(appUrl(articleBodyPath(key)), 'This article', validator, signal);
  return { body, mentionsBySentence: groupBy(body.mentions, (mention) => mention.sentenceId) };
}

export const articleBodyQueryOptions = (key: string) =>
  queryOptions({ queryKey: ['article-body', key], queryFn: ({ signal }) => fetchArticleBody(key, signal), staleTime: Infinity, retry: 1 });

/** Start fetching an article before the reader opens it (hover, focus). */
export function prefetchArticleBody(queryClient: QueryClient, index: CorpusIndex, articleId: string): void {
  const key = index.articleById.get(articleId)?.body;
  if (key) void queryClient.prefetchQuery(articleBodyQueryOptions(key));
}

/** One article's body (undefined while it loads or when the article is unknown). */
export function useArticleBody(index: CorpusIndex, articleId: string | null) {
  const key = (articleId ? index.articleById.get(articleId)?.body : undefined) ?? '';
  const query = useQuery({ ...articleBodyQueryOptions(key), enabled: key !== '' });
  return { text: query.data, isPending: key !== '' && query.isPending, error: query.error, retry: query.refetch };
}
