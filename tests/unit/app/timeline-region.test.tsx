// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DataSet } from 'vis-data/esnext';
import type { Article, Corpus, TimelineEvent } from '../../../src/lib/corpus/schema';
import { publishFixture, serveCorpus } from '../published-fixture';
import { renderWithClient } from '../render-with-client';
import type { TimelineItemData } from '../../../src/features/timeline/timeline-items';
import { TimelineRegion } from '../../../src/features/timeline/components/timeline-region';
import { TIMELINE_HEIGHT } from '../../../src/features/timeline/components/timeline-height';
import { navigateView } from '../../../src/lib/view-state';

const fake = vi.hoisted(() => {
  class FakeTimeline {
    static instances: FakeTimeline[] = [];
    options: Record<string, unknown>;
    items: unknown;
    constructor(_container: HTMLElement, items: unknown, _groups: unknown, options: Record<string, unknown>) {
      this.items = items;
      this.options = options;
      FakeTimeline.instances.push(this);
    }
    on() {}
    off() {}
    setSelection() {}
    setOptions() {}
    setWindow() {}
    redraw() {}
    getWindow() {
      return { start: this.options.start as Date, end: this.options.end as Date };
    }
    destroy() {}
  }
  return { FakeTimeline };
});
vi.mock('vis-timeline/esnext', () => ({ Timeline: fake.FakeTimeline }));

beforeEach(() => {
  fake.FakeTimeline.instances = [];
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const article = (id: string, outletId: string | null, publishedAt: string): Article => ({
  id,
  file: `${id}.txt`,
  outletId,
  headline: `Headline ${id}`,
  publishedAt,
  publishedPrecision: 'day',
  byline: null,
  dateline: null,
  metadata: {
    outlet: { value: outletId, source: 'manifest' },
    headline: { value: null, source: 'text' },
    publishedAt: { value: null, source: 'text' },
    byline: { value: null, source: 'missing' },
  },
  sentences: [{ id: `${id}-s1`, text: `Sentence of ${id}.`, paragraph: 1, kind: 'body', line: 1 }],
  removed: [],
  quotes: [],
  lineCount: 1,
  sha256: 'x',
});
const event = (id: string, start: string, articleId: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  title: `Event ${id}`,
  start,
  precision: 'day',
  evidence: [{ articleId, sentenceId: `${articleId}-s1`, dateId: null }],
  outlets: [],
  main: true,
  ...extra,
});
const corpus: Corpus = {
  version: 1,
  outlets: [
    { id: 'kyodo', name: 'Kyodo News', country: 'JP' },
    { id: 'asahi', name: 'The Asahi Shimbun', country: 'JP' },
  ],
  articles: [article('a1', 'kyodo', '2024-12-12'), article('a2', 'asahi', '2025-01-14'), article('a3', null, '2025-01-13')],
  dates: [],
  events: [
    event('phone', '2024-12-11', 'a1', { outlets: ['kyodo'] }),
    event('meeting', '2025-01-14', 'a2', { outlets: ['asahi'] }),
    event('context', '2023-11-01', 'a1', { main: false, precision: 'month', end: '2023-11-30', outlets: ['kyodo'] }),
  ],
  entities: [],
  warnings: [],
};
const { index } = publishFixture(corpus);

describe('TimelineRegion', () => {
  it('loads the chart lazily, opening on the story with margins and letting the reader pan to the context', async () => {
    renderWithClient(<TimelineRegion index={index} />);
    expect(screen.getByText('Loading timeline…')).toBeInTheDocument();
    // The placeholder stands where the chart will, at its height, inside the captioned figure.
    const figure = screen.getByRole('figure', { name: /Top lane: when each event happened/ });
    expect(within(figure).getByText('Loading timeline…').closest(`.${CSS.escape(TIMELINE_HEIGHT)}`)).not.toBeNull();
    // The event list does not wait for the chart.
    expect(screen.getByRole('listbox', { name: /events/i })).toBeInTheDocument();
    await waitFor(() => expect(fake.FakeTimeline.instances).toHaveLength(1));
    const { options } = fake.FakeTimeline.instances[0]!;
    expect((options.start as Date).toISOString()).toBe('2024-12-08T00:00:00.000Z');
    expect((options.end as Date).toISOString()).toBe('2025-01-27T00:00:00.000Z');
    expect(screen.queryByRole('button', { name: 'Reset timeline window' })).not.toBeInTheDocument();
  });

  it('selects from the list into the URL and offers a reset for a moved window', async () => {
    const user = userEvent.setup();
    renderWithClient(<TimelineRegion index={index} />, { search: '?from=2024-12-20&to=2025-01-05' });
    const entries = window.history.length;
    await user.click(screen.getByRole('option', { name: /Event meeting/ }));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('from')).not.toBe('2024-12-20'));
    const params = new URLSearchParams(window.location.search);
    expect(params.get('event')).toBe('meeting');
    // The selection was outside the moved window: the chart brings it into view.
    expect(params.get('from')! <= '2025-01-14' && params.get('to')! >= '2025-01-14').toBe(true);
    expect(window.history.length).toBe(entries + 1);
    await user.click(screen.getByRole('button', { name: 'Reset timeline window' }));
    // The window is replaced in history, not pushed.
    await waitFor(() => expect(window.location.search).toBe('?event=meeting'));
    expect(window.history.length).toBe(entries + 1);
    expect(screen.queryByRole('button', { name: 'Reset timeline window' })).not.toBeInTheDocument();
    await waitFor(() => expect(fake.FakeTimeline.instances).toHaveLength(1));
  });

  it('applies the outlet filter to the list and the chart, keeping articles with no known outlet', async () => {
    renderWithClient(<TimelineRegion index={index} />, { search: '?hide=asahi' });
    expect(screen.queryByRole('option', { name: /Event meeting/ })).not.toBeInTheDocument();
    await waitFor(() => expect(fake.FakeTimeline.instances).toHaveLength(1));
    const items = fake.FakeTimeline.instances[0]!.items as DataSet<TimelineItemData, 'id'>;
    await waitFor(() => expect(items.getIds()).toContain('publication:a3'));
    expect(items.getIds()).not.toContain('publication:a2');
    expect(items.getIds()).not.toContain('event:meeting');
  });

  it('fetches the evidence of the first story events once the page is idle, before any click', async () => {
    const fetchMock = serveCorpus(corpus);
    renderWithClient(<TimelineRegion index={index} />);
    const detailFile = `data/events/${index.eventById.get('phone')!.detail}.json`;
    await waitFor(() => expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain(`/${detailFile}`), { timeout: 3000 });
  });

  it('fetches ahead the evidence of every event in view, not only of the first few files', async () => {
    // Evidence of about 50 kB per event: each event's detail file is its own (a file holds neighbours up to ~48 kB).
    const long = (n: number) => `${'A long sentence of evidence for the test. '.repeat(1200)}${n}.`;
    const many = Array.from({ length: 16 }, (_, n) => n);
    const big: Corpus = {
      ...corpus,
      articles: many.map((n) => {
        const base = article(`b${n}`, 'kyodo', `2024-12-${String(10 + n).padStart(2, '0')}`);
        return { ...base, sentences: [{ ...base.sentences[0]!, text: long(n) }] };
      }),
      events: many.map((n) => event(`e${n}`, `2024-12-${String(10 + n).padStart(2, '0')}`, `b${n}`, { outlets: ['kyodo'], main: n < 14 })),
    };
    const { index: bigIndex } = publishFixture(big);
    const files = new Set(big.events.map((each) => bigIndex.eventById.get(each.id)!.detail));
    expect(files.size).toBeGreaterThan(12);
    const fetchMock = serveCorpus(big);
    renderWithClient(<TimelineRegion index={bigIndex} />);
    const fetched = () => new Set(fetchMock.mock.calls.map(([url]) => String(url)));
    // The last of the list (a background event, past the twelfth file) too, with no click and no hover.
    const last = `/data/events/${bigIndex.eventById.get('e15')!.detail}.json`;
    await waitFor(() => expect(fetched()).toContain(last), { timeout: 8000 });
    expect([...files].every((key) => fetched().has(`/data/events/${key}.json`))).toBe(true);
  }, 15_000);

  it('shows a selection in the click\'s render, and marks the detail busy while an outlet switched off follows', async () => {
    serveCorpus(corpus);
    renderWithClient(<TimelineRegion index={index} />, { search: '?event=phone' });
    const option = screen.getByRole('option', { name: /Event meeting/ });
    fireEvent.click(option);
    // A selection: the option and the detail in the click's own render, nothing held back.
    expect(option).toHaveAttribute('aria-selected', 'true');
    const detail = screen.getByRole('heading', { level: 2, name: /Event meeting/ }).closest('article')!;
    expect(detail.closest('[aria-busy="true"]')).toBeNull();
    expect(detail).toHaveTextContent('reported by 1 outlet');
    // An outlet switched off: the list follows at once, the detail right after the click's frame (busy and, past a
    // tenth of a second, dimmed meanwhile).
    act(() => navigateView({ hiddenOutlets: ['asahi'] }));
    expect(screen.queryByRole('option', { name: /Event meeting/ })).not.toBeInTheDocument();
    expect(detail).toHaveTextContent('reported by 1 outlet');
    expect(detail.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true');
    expect(detail.closest('[aria-busy]')).toHaveClass('opacity-50');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: /Event meeting/ }).closest('article')).toHaveTextContent('reported by 0 outlets'));
    expect(screen.getByRole('heading', { level: 2, name: /Event meeting/ }).closest('[aria-busy="true"]')).toBeNull();
  });

  it('shows "Event not found" for an unknown event in the URL', () => {
    renderWithClient(<TimelineRegion index={index} />, { search: '?event=nope' });
    expect(screen.getByRole('alert')).toHaveTextContent('Event not found');
  });
});
