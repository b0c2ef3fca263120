// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen, within, waitFor } from '@testing-library/react';
import { makeArticle } from '../make-article';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article, Corpus } from '../../../src/lib/corpus/schema';
import { parseViewState } from '../../../src/lib/view-state';
import { EventDetail } from '../../../src/features/timeline/components/event-detail';
import { publishFixture, serveCorpus } from '../published-fixture';
import { renderWithClient } from '../render-with-client';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const article = (id: string, outletId: string, publishedAt: string, headline: string | null, texts: string[]): Article =>
  makeArticle(id, texts, { outletId, publishedAt, headline });

const corpus: Corpus = {
  version: 1,
  outlets: [
    { id: 'kyodo', name: 'Kyodo News', country: 'JP' },
    { id: 'joongang', name: 'Korea JoongAng Daily', country: 'KR' },
  ],
  articles: [
    article('002', 'kyodo', '2025-01-13T20:22:00+09:00', 'Japan, South Korea affirm ties', ['Iwaya met Cho in Seoul on Monday.']),
    article('001', 'joongang', '2025-01-10', 'Ministers to meet', ['Cho will host Iwaya on Jan. 13 <script>alert(1)</script>.']),
  ],
  dates: [
    {
      id: 'd1',
      articleId: '002',
      sentenceId: '002-s1',
      text: 'on Monday',
      charStart: 22,
      charEnd: 31,
      start: '2025-01-13',
      end: '2025-01-13',
      value: '2025-01-13',
      precision: 'day',
      anchor: 'published 2025-01-13',
      rule: 'a bare weekday in a past-tense sentence is the latest such day on or before the anchor',
      stated: { year: false, month: false, day: true },
    },
  ],
  events: [
    {
      id: 'talks',
      title: 'Foreign ministers meet in Seoul',
      start: '2025-01-13',
      precision: 'day',
      evidence: [
        { articleId: '002', sentenceId: '002-s1', dateId: 'd1' },
        { articleId: '001', sentenceId: '001-s1', dateId: null },
      ],
      outlets: ['kyodo', 'joongang'],
      main: true,
      note: 'Merged from two extracted events.',
      dateConflicts: ['Korea JoongAng Daily says Jan. 14 in one sentence.'],
    },
  ],
  entities: [],
  warnings: [],
};
const fixture = publishFixture(corpus);
const { index } = fixture;

/** The detail as the app shows it for a URL, its sources already fetched. */
function renderDetail(search: string, published = fixture) {
  const view = parseViewState(search);
  return renderWithClient(<EventDetail index={published.index} eventId={view.event} hiddenOutlets={view.hiddenOutlets} />, { search, cached: published });
}

describe('EventDetail', () => {
  it('shows the title, date, how the date was resolved, conflicts and the editorial note', () => {
    renderDetail('?event=talks');
    expect(screen.getByRole('heading', { level: 2, name: 'Foreign ministers meet in Seoul' })).toBeInTheDocument();
    const dates = screen.getByRole('region', { name: 'How the date was worked out' });
    const chain = within(dates).getByRole('listitem');
    // In words: what was written, what it came to, and from what, with no rule codes or sentence ids.
    expect(chain).toHaveTextContent(
      '‘on Monday’ in Kyodo News → Mon, 13 Jan 2025, worked out from an article published Mon, 13 Jan 2025 (a bare weekday in a past-tense sentence is the latest such day on or before the anchor)',
    );
    expect(chain).toHaveTextContent('The text states the day; the year and month come from the publication date.');
    expect(chain).not.toHaveTextContent(/anchor:|rule:|DAY/);
    expect(screen.getByRole('note')).toHaveTextContent('Outlets date this event differently');
    expect(screen.getByText('Merged from two extracted events.')).toBeInTheDocument();
  });

  it('leads with one date expression per outlet and keeps the others one click away', async () => {
    const more = structuredClone(corpus);
    more.articles[0]!.sentences.push({ id: '002-s2', text: 'The talks on Monday ran long.', paragraph: 2, kind: 'body', line: 2 });
    more.dates.push({ ...more.dates[0]!, id: 'd2', sentenceId: '002-s2', charStart: 10, charEnd: 19 });
    more.events[0]!.evidence.push({ articleId: '002', sentenceId: '002-s2', dateId: 'd2' });
    renderDetail('?event=talks', publishFixture(more));
    const dates = screen.getByRole('region', { name: 'How the date was worked out' });
    const toggle = within(dates).getByText('1 more date expression placing sentences on this event');
    const folded = toggle.closest('details')!;
    expect(folded).not.toHaveAttribute('open');
    // Folded chains are drawn when opened, not before (a selection builds only the one on show).
    expect(within(folded).queryByRole('listitem', { hidden: true })).toBeNull();
    expect(within(dates).getAllByRole('listitem', { hidden: true })).toHaveLength(1);
    await userEvent.click(toggle);
    expect(folded).toHaveAttribute('open');
    expect(await within(folded).findByRole('listitem')).toHaveTextContent('‘on Monday’ in Kyodo News');
    expect(within(dates).getAllByRole('listitem')).toHaveLength(2);
    await userEvent.click(toggle);
    expect(folded).not.toHaveAttribute('open');
    await waitFor(() => expect(within(folded).queryByRole('listitem', { hidden: true })).toBeNull());
  });

  /** The first date placed on 11 Dec 2024 by an anchor and rule, in an article published the 12th: its chain as shown. */
  function chainOf(text: string, anchor: string, rule: string) {
    const chained = structuredClone(corpus);
    chained.dates[0] = {
      ...chained.dates[0]!,
      text,
      start: '2024-12-11',
      end: '2024-12-11',
      value: '2024-12-11',
      anchor,
      rule,
      stated: { year: false, month: false, day: false },
    };
    chained.articles[0]!.publishedAt = '2024-12-12';
    renderDetail('?event=talks', publishFixture(chained));
    return within(screen.getByRole('region', { name: 'How the date was worked out' })).getByRole('listitem');
  }

  it('says a date worked out from an earlier one in words, naming that date instead of its sentence id', () => {
    const chain = chainOf('On the same day', 'on Wednesday in s4 (previous dated event)', '"the same day" → the previous day-level date in the article, that day');
    expect(chain).toHaveTextContent(
      '‘On the same day’ in Kyodo News → Wed, 11 Dec 2024, worked out from ‘on Wednesday’ earlier in an article published Thu, 12 Dec 2024 (the previous day-level date in the article, that day)',
    );
    expect(chain).toHaveTextContent('The words state no date of their own; it comes from that earlier date.');
    expect(chain).not.toHaveTextContent('s4');
  });

  it('names a live-blog entry stamp as what a date was worked out from, not the publication date', () => {
    const chain = chainOf('today', 'the entry stamped Wed 11 Dec 2024 18.10 GMT', '"today" → the anchor day');
    expect(chain).toHaveTextContent('worked out from the live-blog entry stamped ‘Wed 11 Dec 2024 18.10 GMT’ in an article published Thu, 12 Dec 2024');
    expect(chain).toHaveTextContent('it comes from that entry’s timestamp.');
    expect(chain).not.toHaveTextContent('from the publication date');
  });

  it('names a wire dateline as what a date was worked out from', () => {
    const chain = chainOf('today', 'the dateline BRUSSELS, Wednesday', '"today" → the anchor day');
    expect(chain).toHaveTextContent('worked out from the dateline ‘BRUSSELS, Wednesday’ of an article published Thu, 12 Dec 2024');
    expect(chain).toHaveTextContent('it comes from the day its dateline names.');
    expect(chain).not.toHaveTextContent('entry');
  });

  it('says a span or a month in words, not as a precision badge', () => {
    const spans = structuredClone(corpus);
    spans.events[0] = { ...spans.events[0]!, start: '2024-12-01', end: '2024-12-10', precision: 'interval' };
    renderDetail('?event=talks', publishFixture(spans));
    expect(screen.getByText('early December 2024 (day not stated)')).toBeInTheDocument();
    expect(screen.queryByText(/^interval$/i)).not.toBeInTheDocument();
  });

  it('keeps the focus on the page when the selection is cleared: on the note that replaces the event', async () => {
    const user = userEvent.setup();
    const { rerender, queryClient } = renderDetail('?event=talks');
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('event')).toBe(null));
    // What the shell does on the navigation: the detail drawn for no event.
    rerender(
      <QueryClientProvider client={queryClient}>
        <EventDetail index={index} eventId={null} hiddenOutlets={[]} />
      </QueryClientProvider>,
    );
    expect(screen.getByText(/No event selected/)).toHaveFocus();
  });

  it('names the reporting outlets and leaves their sentences to the compare panels', () => {
    renderDetail('?event=talks');
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(sources).toHaveTextContent(/from Kyodo News, Korea JoongAng Daily|from Korea JoongAng Daily, Kyodo News/);
    expect(sources).toHaveTextContent('compared side by side below');
    // The per-outlet panels live in the compare feature; no outlet region is repeated here.
    expect(screen.queryByRole('region', { name: 'Korea JoongAng Daily' })).not.toBeInTheDocument();
  });

  it('leaves out hidden outlets and says how much it left out', () => {
    renderDetail('?event=talks&hide=joongang');
    expect(screen.getByRole('region', { name: 'Sources' })).not.toHaveTextContent('Korea JoongAng Daily');
    expect(screen.getByText('1 sentence from hidden outlets not shown.')).toBeInTheDocument();
    expect(screen.getByText(/reported by 1 outlet$/)).toBeInTheDocument();
  });

  it('says when the event in the URL does not exist, with a way to clear it', async () => {
    const user = userEvent.setup();
    renderDetail('?event=gone');
    expect(screen.getByRole('alert')).toHaveTextContent('Event not found');
    await user.click(screen.getByRole('button', { name: 'Clear the event selection' }));
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  it('shows the header from the index at once and fetches how the date was worked out', async () => {
    serveCorpus(corpus);
    renderWithClient(<EventDetail index={index} eventId="talks" hiddenOutlets={[]} />, { search: '?event=talks' });
    expect(screen.getByRole('heading', { level: 2, name: 'Foreign ministers meet in Seoul' })).toBeInTheDocument();
    expect(screen.getByText('Loading how the date was worked out…')).toBeInTheDocument();
    const dates = screen.getByRole('region', { name: 'How the date was worked out' });
    expect(await within(dates).findByRole('listitem')).toHaveTextContent('‘on Monday’ in Kyodo News');
  });

  it('says when the event’s sources cannot be loaded, and retries', async () => {
    let broken = true;
    serveCorpus(corpus, (path) => (broken && path.startsWith('data/events/') ? { ok: false, status: 503, statusText: 'Service Unavailable', json: async () => ({}) } : undefined));
    const user = userEvent.setup();
    renderWithClient(<EventDetail index={index} eventId="talks" hiddenOutlets={[]} />, { search: '?event=talks' });
    // The query retries once (after a second) before it gives up.
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('This event’s sources could not be loaded (503 Service Unavailable).');
    broken = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    const dates = screen.getByRole('region', { name: 'How the date was worked out' });
    expect(await within(dates).findByRole('listitem')).toHaveTextContent('‘on Monday’ in Kyodo News');
  });
});
