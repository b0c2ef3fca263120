import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { articleBodyQueryOptions } from '../../src/lib/corpus/article-body-query';
import { eventDetailsQueryOptions, eventSources } from '../../src/lib/corpus/event-detail-query';
import { groupBy } from '../../src/lib/corpus/group-by';
import type { PublishedFixture } from './published-fixture';

export interface RenderOptions {
  /** The URL's query string the component starts on (the view lives in the URL). */
  search?: string;
  /** Event details and article bodies already cached, as after the app fetched them. */
  cached?: PublishedFixture;
}

/** Render with a fresh QueryClient (never shared between tests) on a given URL. */
export function renderWithClient(ui: ReactElement, { search = '', cached }: RenderOptions = {}) {
  window.history.replaceState(null, '', `/${search}`);
  // As the app's own navigations do: the view reads the URL again (it reads it once per task otherwise).
  window.dispatchEvent(new Event('parallax:navigate'));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (cached) {
    for (const { key, file } of cached.published.eventFiles) {
      queryClient.setQueryData(eventDetailsQueryOptions(key).queryKey, new Map(file.events.map((detail) => [detail.id, eventSources(detail)])));
    }
    for (const { key, body } of cached.published.articleBodies) {
      queryClient.setQueryData(articleBodyQueryOptions(key).queryKey, { body, mentionsBySentence: groupBy(body.mentions, (mention) => mention.sentenceId) });
    }
  }
  return { ...render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>), queryClient };
}
