import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { indexCorpus, type CorpusIndex } from './corpus-index';
import { appUrl, fetchValidated } from './fetch-json';
import { INDEX_FILE } from './paths';
import { safeParseInSlices } from './parse-in-slices';

/** Fetch the index, validate it against the shared schema, and build its lookups. */
export async function fetchCorpusIndex(url: string = appUrl(INDEX_FILE), signal?: AbortSignal): Promise<CorpusIndex> {
  // In slices: the index is the largest file validated during the load, and in one go it was a long task.
  const validator = import('./schema').then(({ corpusIndexSchema }) => safeParseInSlices(corpusIndexSchema));
  return indexCorpus(await fetchValidated(url, 'The corpus', validator, signal));
}

export const corpusIndexQueryOptions = () =>
  queryOptions({ queryKey: ['corpus-index'], queryFn: ({ signal }) => fetchCorpusIndex(undefined, signal), staleTime: Infinity, retry: 1 });

/**
 * The index, suspending until it has loaded. While React hydrates the
 * prerendered page, suspending keeps the server's HTML on screen until the data
 * arrives. Errors go to the nearest error boundary (the shell's, with Retry).
 */
export function useCorpusIndex(): CorpusIndex {
  return useSuspenseQuery(corpusIndexQueryOptions()).data;
}
