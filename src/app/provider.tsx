import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/error-boundary';

export type AppProviderProps = { children: ReactNode; queryClient?: QueryClient };

/** The one QueryClient of the app; tests pass a fresh one each. */
export function AppProvider({ children, queryClient }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <ErrorBoundary label="Parallax">{children}</ErrorBoundary>
    </QueryClientProvider>
  );
}
