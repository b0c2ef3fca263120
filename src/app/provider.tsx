import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import type { CorpusIndex } from '../lib/corpus/corpus-index';
import { corpusIndexQueryOptions } from '../lib/corpus/corpus-index-query';

export type AppProviderProps = {
  children: ReactNode;
  queryClient?: QueryClient;
  /** The index, when it was fetched before the first render (to take the prerendered page over at once). */
  initialIndex?: CorpusIndex;
};

/** The one QueryClient of the app; tests pass a fresh one each. */
export function AppProvider({ children, queryClient, initialIndex }: AppProviderProps) {
  const [client] = useState(() => {
    const created = queryClient ?? new QueryClient();
    if (initialIndex) created.setQueryData(corpusIndexQueryOptions().queryKey, initialIndex);
    return created;
  });
  return (
    <QueryClientProvider client={client}>
      <ErrorBoundary label="Parallax">{children}</ErrorBoundary>
    </QueryClientProvider>
  );
}
