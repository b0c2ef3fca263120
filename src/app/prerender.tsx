/**
 * Build-time render of the first screen (src/pipeline/vite-plugin.ts calls it):
 * the default view of the corpus as HTML, so a reader sees the header, the
 * outlets, the event list and the names before any script has run. The client
 * then hydrates this HTML (src/main.tsx) instead of drawing it again.
 */
import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { indexCorpus } from '../lib/corpus/corpus-index';
import { corpusIndexQueryOptions } from '../lib/corpus/corpus-index-query';
import type { CorpusIndexData } from '../lib/corpus/schema';
import { AppProvider } from './provider';
import { AppShell, preloadPage } from './shell';

// Every part in its own chunk is loaded before the first render, so the page holds it whole (nothing suspends).
await preloadPage();

/**
 * Synchronous on purpose: with the index in the cache nothing suspends, so the
 * HTML is complete and carries no inline script (the page's CSP allows none),
 * unlike a streamed render's out-of-order boundaries.
 */
export function renderFirstScreen(index: CorpusIndexData): string {
  // The build's own client, holding the index it just wrote; the browser makes its own in the provider.
  const queryClient = new QueryClient();
  queryClient.setQueryData(corpusIndexQueryOptions().queryKey, indexCorpus(index));
  const html = renderToString(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <AppShell />
      </AppProvider>
    </StrictMode>,
  );
  // A boundary rendered as its fallback would mean something suspended on the server: the page would hydrate as "loading".
  if (html.includes('<!--$!-->') || html.includes('<!--$?-->')) throw new Error('the first screen suspended during the prerender');
  return html;
}
