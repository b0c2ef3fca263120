// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderFirstScreen } from '../../../src/app/prerender';
import type { Corpus } from '../../../src/lib/corpus/schema';
import { publishFixture, serveCorpus } from '../published-fixture';
import { cleanUpPrerenderedPage, loadPrerenderedPage as loadPrerenderedPageOf, parsed, startPrerenderedPage } from '../prerendered-page';
import { corpus } from './entities-share-fixture';

const { published } = publishFixture(corpus);
const loadPrerenderedPage = (search = '') => loadPrerenderedPageOf(published.index, search);
const start = startPrerenderedPage;

afterEach(cleanUpPrerenderedPage);

describe('the prerendered first screen', () => {
  it('holds the story header, outlets, events, names and articles of the default view, and no script', () => {
    const html = renderFirstScreen(published.index);
    document.body.replaceChildren(parsed(html));
    // The story is named by its central event (the one most outlets report), which the page opens on.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Solberg meets Dran');
    const header = screen.getByRole('heading', { level: 1 }).closest('header');
    expect(header).toHaveTextContent('Parallax');
    expect(header).toHaveTextContent('5 May 2031 – 6 May 2031 · 4 articles from 3 outlets');
    expect(screen.getByRole('option', { name: /Solberg meets Dran/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('heading', { level: 2, name: 'Solberg meets Dran' })).toBeInTheDocument();
    // The exports wait behind their button.
    expect(screen.getByRole('button', { name: /^Export/ })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    expect(within(screen.getByRole('listbox', { name: /Events/ })).getAllByRole('option')).toHaveLength(3);
    expect(screen.getByRole('button', { name: /^Mira Solberg/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /Articles/ })).toHaveTextContent('(4 of 4)');
    // The chart exists only in the browser: its placeholder stands in, at its height.
    expect(screen.getByText('Loading timeline…')).toBeInTheDocument();
    expect(html).not.toMatch(/<script|<!--\$[!?]/);
  });

  it('is taken over as it is once its index has arrived: the same elements, no mismatch, working', async () => {
    const fetchMock = serveCorpus(corpus);
    const container = loadPrerenderedPage();
    const serverButton = screen.getByRole('button', { name: /^Mira Solberg/ });
    const { mode, problems } = await start(container);
    expect(mode).toBe('hydrated');
    // The index the page was rendered from, handed to React rather than fetched again; then the opened event's evidence.
    const requests = fetchMock.mock.calls.map(([url]) => String(url));
    expect(requests.filter((url) => url.includes('index'))).toEqual(['/data/index.json']);
    expect(requests.filter((url) => !url.includes('index')).every((url) => url.startsWith('/data/events/'))).toBe(true);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^Mira Solberg/ }));
    // The view as it stands goes to the URL, the event it opened on included.
    await waitFor(() => expect(window.location.search).toBe('?event=ev-meet&entities=person-mira-solberg'));
    // Hydrated, not drawn again: the element the server wrote is the one that now works.
    expect(screen.getByRole('button', { name: /^Mira Solberg/ })).toBe(serverButton);
    expect(serverButton).toHaveAttribute('aria-pressed', 'true');
    expect(problems()).toEqual([]);
  });

  it('keeps what the reader typed in the name search before the page was taken over', async () => {
    serveCorpus(corpus);
    const container = loadPrerenderedPage();
    const search = screen.getByRole('searchbox', { name: 'Find a person, place or organisation' }) as HTMLInputElement;
    search.value = 'dran';
    await start(container);
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Mira Solberg/ })).toBeNull());
    expect(screen.getByRole('button', { name: /^Pavel Dran/ })).toBeInTheDocument();
    expect(search).toHaveValue('dran');
  });

  it('loses no click made before the page is taken over: each counts once, after', async () => {
    // The index arrives late, as on a slow connection; the page is on screen and clickable meanwhile.
    let indexArrives!: () => void;
    const arrival = new Promise<void>((resolve) => (indexArrives = resolve));
    const indexFile = JSON.parse(JSON.stringify(published.index)) as unknown;
    serveCorpus(corpus, (path) =>
      path === 'data/index.json' ? { ok: true, status: 200, statusText: 'OK', json: async () => arrival.then(() => indexFile) } : undefined,
    );
    const container = loadPrerenderedPage();
    const started = start(container);
    const outlet = screen.getByRole('checkbox', { name: /^River Times/ });
    fireEvent.click(outlet);
    fireEvent.click(screen.getByRole('button', { name: /^Mira Solberg/ }));
    // Held, not acted on: the box does not flip before the app knows of it.
    expect(outlet).toBeChecked();
    indexArrives();
    const { mode, problems } = await started;
    expect(mode).toBe('hydrated');
    await waitFor(() => expect(window.location.search).toBe('?event=ev-meet&hide=times&entities=person-mira-solberg'));
    expect(screen.getByRole('checkbox', { name: /^River Times/ })).not.toBeChecked();
    expect(screen.getByRole('button', { name: /^Mira Solberg/ })).toHaveAttribute('aria-pressed', 'true');
    expect(problems()).toEqual([]);
  });

  it('opens a deep link on its own view right after taking the page over', async () => {
    serveCorpus(corpus);
    const container = loadPrerenderedPage('?hide=times&article=100');
    const { mode, problems } = await start(container);
    expect(mode).toBe('hydrated');
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /^River Times/ })).not.toBeChecked());
    const reader = await screen.findByRole('complementary', { name: 'Article reader' });
    expect(await within(reader).findByRole('heading', { level: 2, name: 'Solberg meets Dran' })).toBeInTheDocument();
    expect(problems()).toEqual([]);
  });

  it('draws the page afresh when the index is not the one it was rendered from (a page cached across a deploy)', async () => {
    const newer: Corpus = structuredClone(corpus);
    newer.outlets.push({ id: 'extra', name: 'Extra Outlet', country: null });
    newer.articles.push({ ...structuredClone(newer.articles[0]!), id: '900', file: '900.txt', outletId: 'extra' });
    serveCorpus(newer);
    const container = loadPrerenderedPage();
    const { mode, problems } = await start(container);
    expect(mode).toBe('rendered');
    expect(await screen.findByRole('checkbox', { name: /^Extra Outlet/ })).toBeChecked();
    expect(problems()).toEqual([]);
  });

  it('shows the error with Retry when the index cannot be loaded, without a hydration error', async () => {
    serveCorpus(corpus, (path) => (path === 'data/index.json' ? { ok: true, status: 200, statusText: 'OK', json: async () => Promise.reject(new SyntaxError('truncated')) } : undefined));
    const container = loadPrerenderedPage();
    const { mode } = await start(container);
    expect(mode).toBe('rendered');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('The corpus could not be loaded');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
