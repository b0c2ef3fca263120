import { queryOptions, useQuery } from '@tanstack/react-query';
import { indexCorpus, type CorpusIndex } from './corpus-index';

/** Where the build put the corpus; relative to the app's base so a sub-path deploy works. */
export const CORPUS_URL = `${import.meta.env.BASE_URL}corpus.json`;

export class CorpusLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorpusLoadError';
  }
}

/** Fetch, validate against the shared schema, and index. A bad file is an error, never a blank page. */
export async function fetchCorpus(url: string = CORPUS_URL): Promise<CorpusIndex> {
  // The validator (zod) is not needed to paint the page's frame: it loads as its own chunk,
  // alongside the corpus, which keeps it off the first-paint bundle (budget: BENCHMARKS.md).
  const [response, { corpusSchema }] = await Promise.all([fetch(url), import('./schema')]);
  if (!response.ok) throw new CorpusLoadError(`The corpus could not be loaded (${response.status} ${response.statusText || 'error'}).`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new CorpusLoadError('The corpus file is not valid JSON (truncated or corrupt).');
  }
  const parsed = corpusSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CorpusLoadError(`The corpus file does not match the expected format (${issue?.path.join('.') || 'top level'}: ${issue?.message}).`);
  }
  return indexCorpus(parsed.data);
}

export const corpusQueryOptions = (url: string = CORPUS_URL) =>
  queryOptions({ queryKey: ['corpus', url], queryFn: () => fetchCorpus(url), staleTime: Infinity, retry: 1 });

export function useCorpus() {
  return useQuery(corpusQueryOptions());
}
