// @vitest-environment jsdom
import { cleanup, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewPanel } from '../../../src/features/review/components/review-panel';
import { indexCorpus } from '../../../src/lib/corpus/corpus-index';
import type { Corpus } from '../../../src/lib/corpus/schema';
import { makeArticle } from '../make-article';
import { publishFixture } from '../published-fixture';
import { renderWithClient } from '../render-with-client';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const stated = makeArticle('001', ['Iwaya met Cho on Monday.'], { outletId: 'kyodo', publishedAt: '2025-01-13', headline: 'Iwaya meets Cho' });
const unknown = makeArticle('002', ['<b>Not markup</b> opens the article.', 'They met on Monday.']);
unknown.file = '002_my-article.txt';
const corpus: Corpus = {
  version: 1,
  outlets: [
    { id: 'kyodo', name: 'Kyodo News', country: 'JP' },
    { id: 'unattributed-002', name: 'Unattributed (002_my-article.txt)', country: null },
  ],
  articles: [stated, { ...unknown, outletId: 'unattributed-002' }],
  dates: [
    {
      id: '002-s2-d1',
      articleId: '002',
      sentenceId: '002-s2',
      text: 'on Monday',
      charStart: 10,
      charEnd: 19,
      start: null,
      end: null,
      value: null,
      precision: null,
      anchor: null,
      rule: 'weekday',
      reason: 'no publication date to anchor on',
      stated: { year: false, month: false, day: false },
    },
  ],
  events: [],
  entities: [],
  warnings: [],
};
const { index } = publishFixture(corpus);

describe('ReviewPanel', () => {
  it('is folded under its count until opened, then lists the items by article with a Copy button per line', async () => {
    const user = userEvent.setup();
    renderWithClient(<ReviewPanel index={index} />);
    const toggle = screen.getByRole('button', { name: 'Needs checking (2)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: /^Copy/ })).toBeNull();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const region = screen.getByRole('region', { name: 'Needs checking (2)' });
    // The stated article has nothing to check; the other is named by how it opens, as text, never markup.
    const group = within(region).getByRole('region', { name: /^Unattributed \(002_my-article\.txt\): <b>Not markup<\/b> opens/ });
    expect(within(region).queryByRole('region', { name: /Iwaya meets Cho/ })).toBeNull();
    expect(within(group).getByText('Outlet unknown: the text names none and the manifest has no line for it')).toBeInTheDocument();
    expect(within(group).getByText('Publication date unknown, so 1 date in it cannot be placed')).toBeInTheDocument();
    expect(within(group).getByText('"002_my-article.txt": { "publishedAt": { "value": "YYYY-MM-DD", "source": "manifest" } }')).toBeInTheDocument();
    expect(within(group).getAllByRole('button', { name: /^Copy the manifest\.json/ })).toHaveLength(3);

    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(group).getByRole('button', { name: 'Copy the manifest.json “outlets” line for article 002: Outlet unknown: the text names none and the manifest has no line for it' }));
    expect(writeText).toHaveBeenCalledWith('"<outlet-id>": { "name": "<outlet name>", "country": "<two-letter code, e.g. JP>" }');
    expect(within(group).getByText('Copied')).toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: /^Copy/ })).toBeNull();
  });

  it('opens the article at a sentence the item names', async () => {
    const user = userEvent.setup();
    renderWithClient(<ReviewPanel index={index} />);
    await user.click(screen.getByRole('button', { name: /Needs checking/ }));
    await user.click(screen.getByRole('button', { name: 'Show s2 of article 002 in the reader' }));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('article')).toBe('002'));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('sentence')).toBe('002-s2'));
  });

  it('says there is nothing to check when the review is empty, and nothing at all for an index without one', () => {
    const clean = publishFixture({ ...corpus, articles: [stated], outlets: [corpus.outlets[0]!], dates: [] }).index;
    const { unmount } = renderWithClient(<ReviewPanel index={clean} />);
    expect(screen.getByRole('button', { name: 'Needs checking (0)' })).toBeInTheDocument();
    expect(screen.getByText(/^Nothing: every outlet and date is stated/)).toBeInTheDocument();
    unmount();
    const { review: _omitted, ...older } = index.data;
    const { container } = renderWithClient(<ReviewPanel index={indexCorpus(older)} />);
    expect(container).toBeEmptyDOMElement();
  });
});
