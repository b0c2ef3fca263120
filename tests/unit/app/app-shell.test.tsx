// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../src/app/provider';
import { AppShell, preloadPage } from '../../../src/app/shell';
import type { Article, Corpus } from '../../../src/lib/corpus/schema';
import { publishFixture, serveCorpus } from '../published-fixture';

const ARTICLE: Article = {
  id: '001',
  file: '001_test.txt',
  outletId: 'test-daily',
  headline: 'Ministers meet in Seoul for first talks',
  publishedAt: '2025-01-13T20:22:00+09:00',
  publishedPrecision: 'minute',
  byline: 'Jane Doe',
  dateline: null,
  metadata: {
    outlet: { value: 'Test Daily', source: 'manifest' },
    headline: { value: 'Ministers meet in Seoul for first talks', source: 'text' },
    publishedAt: { value: '2025-01-13T20:22:00+09:00', source: 'editorial', note: 'per the seed notes' },
    byline: { value: 'Jane Doe', source: 'text' },
  },
  sentences: [
    { id: '001-s1', text: 'Ministers meet in Seoul for first talks', paragraph: 1, kind: 'headline', line: 1 },
    { id: '001-s2', text: 'The two ministers met in Seoul on Monday.', paragraph: 2, kind: 'body', line: 3 },
    { id: '001-s3', text: 'They agreed to keep talking.', paragraph: 2, kind: 'body', line: 3 },
  ],
  removed: [
    { kind: 'blank', text: '', line: 2, reason: 'empty line' },
    { kind: 'furniture', text: 'Comment (0)', line: 4, reason: 'counter widget (comments, trackbacks, characters)' },
  ],
  quotes: [],
  lineCount: 4,
  sha256: '0'.repeat(64),
};

const CORPUS: Corpus = {
  version: 1,
  outlets: [{ id: 'test-daily', name: 'Test Daily', country: 'KR' }],
  articles: [ARTICLE],
  dates: [],
  events: [],
  entities: [],
  warnings: [],
};

const INDEX = publishFixture(CORPUS).published.index;

function renderApp() {
  // A fresh client per test: no cached corpus leaks between tests.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <AppProvider queryClient={queryClient}>
      <AppShell />
    </AppProvider>,
  );
}

// The workspace is a lazy chunk: loaded once here, so the first test's queries do not wait out a cold module
// transform on a loaded machine (their one-second timeout is for the page's behaviour, not the test runner's).
// (A block, not the promise itself: beforeAll calls a function it is handed back as the suite's teardown, and the chunk
// resolves to a component.)
beforeAll(async () => {
  await preloadPage();
}, 60_000);

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('AppShell', () => {
  it('lists the article as a button named by its outlet and headline', async () => {
    serveCorpus(CORPUS);
    renderApp();
    const button = await screen.findByRole('button', { name: /Test Daily.*Ministers meet in Seoul for first talks/ });
    expect(button).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Articles/ })).toHaveTextContent('(1 of 1)');
  });

  it('opens the reader when the article button is clicked, and puts the article in the URL', async () => {
    serveCorpus(CORPUS);
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: /Ministers meet in Seoul/ }));

    const heading = await screen.findByRole('heading', { level: 2, name: 'Ministers meet in Seoul for first talks' });
    // The drawer holds the focus until the body arrives, then hands it to the heading (an effect after that render).
    await waitFor(() => expect(heading).toHaveFocus());
    await waitFor(() => expect(window.location.search).toBe('?article=001'));
    const reader = screen.getByRole('article');
    expect(within(reader).getByText(/The two ministers met in Seoul on Monday\./)).toBeInTheDocument();
    expect(reader).not.toHaveTextContent('Comment (0)');

    await user.click(within(reader).getByRole('button', { name: 'Show 1 removed lines' }));
    expect(within(reader).getByRole('columnheader', { name: 'Why removed' })).toBeInTheDocument();
    expect(within(reader).getByRole('cell', { name: 'Comment (0)' })).toBeInTheDocument();

    await user.click(within(reader).getByRole('button', { name: 'Close article' }));
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  it('leaves the focus where the reader moved it while the article was loading', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const bodies = new Map(publishFixture(CORPUS).published.articleBodies.map(({ key, body }) => [`data/articles/${key}.json`, body]));
    serveCorpus(CORPUS, (path) => {
      const body = bodies.get(path);
      return body ? { ok: true, status: 200, statusText: 'OK', json: async () => held.then(() => body) } : undefined;
    });
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: /Ministers meet in Seoul/ }));
    await screen.findByRole('complementary', { name: 'Article reader' });
    // The reader moves on before the text is in.
    const elsewhere = screen.getAllByRole('checkbox')[0]!;
    elsewhere.focus();
    release();
    expect(await screen.findByText(/The two ministers met in Seoul on Monday\./)).toBeInTheDocument();
    // Give the body's effect its turn, then check it did not take the focus back.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(elsewhere).toHaveFocus();
  });

  it('moves the focus into the reader again when another article is opened while one is open', async () => {
    const second: Article = {
      ...ARTICLE,
      id: '002',
      file: '002_test.txt',
      headline: 'Ministers agree to meet again',
      metadata: { ...ARTICLE.metadata, headline: { value: 'Ministers agree to meet again', source: 'text' } },
      sentences: [
        { id: '002-s1', text: 'Ministers agree to meet again', paragraph: 1, kind: 'headline', line: 1 },
        { id: '002-s2', text: 'The ministers will meet again in spring.', paragraph: 2, kind: 'body', line: 3 },
      ],
    };
    serveCorpus({ ...CORPUS, articles: [ARTICLE, second] });
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: /Ministers meet in Seoul/ }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Ministers meet in Seoul for first talks' })).toHaveFocus());
    // The list button is outside the drawer: this opening starts from it, so the new text takes the focus.
    await user.click(screen.getByRole('button', { name: /Ministers agree to meet again/ }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Ministers agree to meet again' })).toHaveFocus());
  });

  it('opens the reader as a drawer beside the page, and gives the focus back to the button that opened it on Escape or Close', async () => {
    serveCorpus(CORPUS);
    const user = userEvent.setup();
    renderApp();
    const opener = await screen.findByRole('button', { name: /Ministers meet in Seoul/ });
    await user.click(opener);
    const drawer = screen.getByRole('complementary', { name: 'Article reader' });
    // Focus goes into the drawer, and on to the headline once the text is here.
    expect(await within(drawer).findByRole('heading', { level: 2, name: 'Ministers meet in Seoul for first talks' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Article reader' })).toBeNull();
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(opener).toHaveFocus();

    await user.click(opener);
    await user.click(await within(screen.getByRole('complementary', { name: 'Article reader' })).findByRole('button', { name: 'Close article' }));
    expect(screen.queryByRole('complementary', { name: 'Article reader' })).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('names the story in its header, and says so when the corpus has no events to name it by', async () => {
    serveCorpus(CORPUS);
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'An empty corpus' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 }).closest('header')).toHaveTextContent('1 article from 1 outlet in South Korea');
  });

  it('opens the reader from the URL', async () => {
    window.history.replaceState(null, '', '/?article=001');
    serveCorpus(CORPUS);
    renderApp();
    expect(await screen.findByRole('heading', { level: 2, name: 'Ministers meet in Seoul for first talks' })).toBeInTheDocument();
  });

  it('shows an error alert with Retry when the index does not match the schema, and recovers on Retry', async () => {
    let broken = true;
    const answer = (json: unknown) => ({ ok: true, status: 200, statusText: 'OK', json: async () => json });
    serveCorpus(CORPUS, (path) => (broken && path === 'data/index.json' ? answer({ ...INDEX, articles: [{ ...INDEX.articles[0], headline: 42 }] }) : undefined));
    const user = userEvent.setup();
    renderApp();

    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('The corpus could not be loaded');
    expect(alert).toHaveTextContent(/does not match the expected format \(articles\.0\.headline/);
    const retry = within(alert).getByRole('button', { name: 'Retry' });

    broken = false;
    await user.click(retry);
    expect(await screen.findByRole('button', { name: /Ministers meet in Seoul/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows an error alert when the server answers with an error status', async () => {
    serveCorpus(CORPUS, () => ({ ok: false, status: 500, statusText: 'Internal Server Error', json: async () => ({}) }));
    renderApp();
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('500 Internal Server Error');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
