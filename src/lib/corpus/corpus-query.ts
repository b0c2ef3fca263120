import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { appUrl, fetchValidated } from './fetch-json';
import { CORPUS_FILE } from './paths';
import type { Corpus } from './schema';

/**
 * The whole corpus (every article, date, mention and event, as the ingest wrote
 * it). The app never needs it to show anything: it is fetched only when the
 * reader exports, then kept.
 */
export async function fetchCorpus(url: string = appUrl(CORPUS_FILE), signal?: AbortSignal): Promise<Corpus> {
  const validator = import('./schema').then(({ corpusSchema }) => corpusSchema.safeParse.bind(corpusSchema));
  return fetchValidated(url, 'The whole corpus', validator, signal);
}

export const corpusQueryOptions = () =>
  queryOptions({ queryKey: ['corpus'], queryFn: ({ signal }) => fetchCorpus(undefined, signal), staleTime: Infinity, retry: 1 });

/** For click handlers (export): the cached corpus, fetched the first time. */
export function loadCorpus(queryClient: QueryClient): Promise<Corpus> {
  return queryClient.fetchQuery(corpusQueryOptions());
}
