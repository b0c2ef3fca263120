// @vitest-environment jsdom
import { cleanup, render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { COVERAGE_PAGE_SIZE, CoverageMatrix } from '../../../src/features/compare/components/coverage-matrix';
import { DifferencesList, differenceLabel } from '../../../src/features/compare/components/differences-list';
import { EventQuotes } from '../../../src/features/compare/components/event-quotes';
import { shownOutlets, sourcesByOutlet } from '../../../src/features/compare/event-sources';
import type { Corpus } from '../../../src/lib/corpus/schema';
import { makeArticle } from '../make-article';
import { publishFixture } from '../published-fixture';
import { renderWithClient } from '../render-with-client';
import { fixture, index } from './compare-fixture';

afterEach(cleanup);

/** One event's evidence per shown outlet, as the compare region passes it down. */
const sourcesOf = (eventId: string, hidden: string[] = []) => sourcesByOutlet(index, fixture.sourcesOf(eventId), shownOutlets(index, hidden));

describe('CoverageMatrix', () => {
  it('is a table of events by outlets whose cells count sentences and select the event', async () => {
    const user = userEvent.setup();
    renderWithClient(<CoverageMatrix index={index} />);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Event', 'Harbour Gazette', 'Valley Post', 'River Times']);
    // Chronological rows: the March stall before the May visit; a month-only date says the day is not stated, as the
    // event list does.
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual([
      'March 2031 (day not stated)Rail talks stall(background)',
      'Tue, 6 May 2031Lindqvist visits Portvale',
    ]);
    const visitRow = within(table).getByRole('row', { name: /Lindqvist visits Portvale/ });
    expect(within(visitRow).getAllByRole('button').map((b) => b.textContent)).toEqual(['✓ 2 sentences', '✓ 3 sentences']);
    // A silent outlet's cell says so in words (its event and outlet are its row and column headers), and is not a control.
    const silent = within(visitRow).getAllByRole('cell').at(-1)!;
    expect(silent).toHaveTextContent(/^not reported$/);
    expect(silent).toHaveClass('coverage-silent');
    expect(within(table).getAllByRole('columnheader').at(-1)).toHaveTextContent('River Times');
    expect(within(silent).queryByRole('button')).toBeNull();
    await user.click(within(visitRow).getByRole('button', { name: 'Lindqvist visits Portvale: Valley Post, 3 sentences' }));
    await waitFor(() => expect(window.location.search).toBe('?event=ev-visit'));
    await user.click(screen.getByRole('button', { name: 'Rail talks stall: River Times, 1 sentence' }));
    await waitFor(() => expect(window.location.search).toBe('?event=ev-stall'));
    expect(within(table).getByRole('rowheader', { name: /Rail talks stall/ })).toHaveTextContent('(selected)');
  });

  it('marks the selected event and follows the outlet filter', () => {
    renderWithClient(<CoverageMatrix index={index} />, { search: '?event=ev-visit&hide=river' });
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader')).toHaveLength(3);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(1);
    expect(within(table).getByRole('rowheader')).toHaveTextContent('(selected)');
    expect(screen.getByText(/1 event reported only by hidden outlets not shown/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lindqvist visits Portvale: Harbour Gazette, 2 sentences' })).toHaveAttribute('aria-current', 'true');
  });
});

describe('CoverageMatrix on a long corpus', () => {
  // 120 one-sentence events, two outlets taking turns, and a third outlet that reports only the last one.
  const articles = Array.from({ length: 120 }, (_, n) =>
    makeArticle(String(1000 + n), [`Report ${n}.`], { outletId: n === 119 ? 'late' : n % 2 ? 'odd' : 'even', publishedAt: '2031-05-06' }),
  );
  const long: Corpus = {
    version: 1,
    outlets: ['even', 'odd', 'late'].map((id) => ({ id, name: `${id} outlet`, country: null })),
    articles,
    dates: [],
    events: articles.map((article, n) => ({
      id: `ev-${String(n).padStart(3, '0')}`,
      title: `Event ${n}`,
      start: new Date(Date.UTC(2031, 0, 1 + n)).toISOString().slice(0, 10),
      precision: 'day' as const,
      evidence: [{ articleId: article.id, sentenceId: `${article.id}-s1`, dateId: null }],
      outlets: [article.outletId!],
      main: true,
    })),
    entities: [],
    warnings: [],
  };
  const longIndex = publishFixture(long).index;

  it('shows a page of rows at a time, opening on the page of the selected event, with only the columns that page needs', async () => {
    const user = userEvent.setup();
    renderWithClient(<CoverageMatrix index={longIndex} />, { search: '?event=ev-060' });
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('rowheader')).toHaveLength(COVERAGE_PAGE_SIZE);
    expect(screen.getByText('Events 51–75 of 120')).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: /Event 60\b/ })).toHaveTextContent('(selected)');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Event', 'even outlet', 'odd outlet']);
    expect(screen.getByText(/1 shown outlet reporting none of these events has no column/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next events' }));
    await user.click(screen.getByRole('button', { name: 'Next events' }));
    expect(screen.getByText('Events 101–120 of 120')).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByRole('rowheader')).toHaveLength(20);
    expect(within(screen.getByRole('table')).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Event', 'even outlet', 'odd outlet', 'late outlet']);
    expect(screen.getByRole('button', { name: 'Next events' })).toBeDisabled();
    for (let page = 0; page < 4; page += 1) await user.click(screen.getByRole('button', { name: 'Previous events' }));
    expect(screen.getByText('Events 1–25 of 120')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous events' })).toBeDisabled();
  });
});

describe('EventQuotes', () => {
  it('groups what one speaker said by outlet, and says who did not quote them', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/');
    render(<EventQuotes index={index} eventId="ev-visit" sources={sourcesOf('ev-visit')} highlighted={[]} />);
    const speaker = screen.getByRole('region', { name: 'What Ana Lindqvist said, per outlet' });
    expect(speaker).toHaveTextContent('2 quotations in 2 outlets');
    expect(within(speaker).getAllByRole('blockquote').map((q) => q.textContent)).toEqual(['Our harbours stay open', 'stay open to all.']);
    expect(speaker).toHaveTextContent('Not quoted by River Times.');
    await user.click(within(speaker).getByRole('button', { name: 'Open in article: Valley Post, sentence 3' }));
    await waitFor(() => expect(window.location.search).toBe('?article=200&sentence=200-s3'));
  });

  it('says when no shown outlet quotes anyone', () => {
    render(<EventQuotes index={index} eventId="ev-stall" sources={sourcesOf('ev-stall')} highlighted={[]} />);
    expect(screen.getByText('No shown outlet quotes anyone directly on this event.')).toBeInTheDocument();
  });
});

describe('DifferencesList', () => {
  it.each([
    ['number', 'Different reference points for the same milestone (“trip”): “first trip … since 2029” (A) vs “last trip … was in 2027” (B).', 'When the last trip was'],
    ['number', 'Different numbers for “ships”: “12 ships” (A) vs “14 ships” (B).', 'How many ships'],
    ['spelling', 'Mira Solberg is spelled differently: “Mira Solberg” (A) vs “Mira Sohlberg” (B).', 'How Mira Solberg is spelled'],
    ['date', 'Outlets date this differently: “May 5” (A) vs “May 6” (B).', 'The date'],
    ['number', 'Different amounts ($): “$799” (A) vs “$849” (B).', 'How much'],
    ['number', 'Different percentages: “4.5%” (A) vs “4.75%” (B).', 'What percentage'],
    ['number', 'Different scores: “2-1” (A) vs “3-1” (B).', 'The score'],
    ['number', 'Different ages for Victor Hale: “61” (A) vs “62-year-old” (B).', 'How old Victor Hale is'],
  ] as const)('names a %s difference by what differs: %s', (kind, summary, label) => {
    expect(differenceLabel({ kind, summary, items: [] as never })).toBe(label);
  });

  it('lists each difference with its sentences side by side and the differing words marked', () => {
    render(<DifferencesList index={index} sources={fixture.sourcesOf('ev-visit')} hiddenOutlets={[]} />);
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent('What Ana Lindqvist saidAna Lindqvist is quoted differently');
    const figures = within(item).getAllByRole('figure');
    expect(figures.map((f) => within(f).getByText(/Gazette|Post/).textContent)).toEqual(['Harbour Gazette', 'Valley Post']);
    expect(figures[1]!.querySelector('mark')).toHaveTextContent('stay open to all.');
  });

  it('hides differences that need a hidden outlet, and says so', () => {
    render(<DifferencesList index={index} sources={fixture.sourcesOf('ev-visit')} hiddenOutlets={['valley']} />);
    expect(screen.queryByRole('listitem')).toBeNull();
    expect(screen.getByText('1 difference involving hidden outlets not shown.')).toBeInTheDocument();
  });

  it('says there is nothing to compare when one outlet reports the event, not that outlets agree', () => {
    render(<DifferencesList index={index} sources={fixture.sourcesOf('ev-stall')} hiddenOutlets={[]} />);
    expect(screen.getByText('No differences to find: only one outlet reports this event.')).toBeInTheDocument();
    expect(screen.queryByText(/agree/)).toBeNull();
  });

  it('says what it compared when two outlets give the same facts', () => {
    const visit = fixture.sourcesOf('ev-visit');
    render(<DifferencesList index={index} sources={{ ...visit, detail: { ...visit.detail, differences: [] } }} hiddenOutlets={[]} />);
    expect(screen.getByText(/^No differences found in what Parallax compares: the dates, figures, name spellings and quotes/)).toBeInTheDocument();
  });
});
