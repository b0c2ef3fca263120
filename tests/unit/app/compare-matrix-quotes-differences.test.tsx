// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoverageMatrix } from '../../../src/features/compare/components/coverage-matrix';
import { DifferencesList } from '../../../src/features/compare/components/differences-list';
import { EventQuotes } from '../../../src/features/compare/components/event-quotes';
import { parseViewState } from '../../../src/lib/view-state';
import { index } from './compare-fixture';

afterEach(cleanup);

const view = (search: string) => parseViewState(search);
const visit = index.eventById.get('ev-visit')!;

describe('CoverageMatrix', () => {
  it('is a table of events by outlets whose cells count sentences and select the event', async () => {
    const user = userEvent.setup();
    const onNavigate = vi.fn();
    render(<CoverageMatrix index={index} view={view('')} onNavigate={onNavigate} />);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Event', 'Harbour Gazette', 'Valley Post', 'River Times']);
    // Chronological rows: the March stall before the May visit.
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual([
      'March 2031Rail talks stall(background)',
      'Tue, 6 May 2031Lindqvist visits Portvale',
    ]);
    const visitRow = within(table).getByRole('row', { name: /Lindqvist visits Portvale/ });
    expect(within(visitRow).getAllByRole('button').map((b) => b.textContent)).toEqual(['✓ 2 sentences', '✓ 3 sentences', '—']);
    await user.click(within(visitRow).getByRole('button', { name: 'Lindqvist visits Portvale: not reported by River Times' }));
    expect(onNavigate).toHaveBeenCalledWith({ event: 'ev-visit' });
    await user.click(screen.getByRole('button', { name: 'Rail talks stall: River Times, 1 sentence' }));
    expect(onNavigate).toHaveBeenLastCalledWith({ event: 'ev-stall' });
  });

  it('marks the selected event and follows the outlet filter', () => {
    render(<CoverageMatrix index={index} view={view('?event=ev-visit&hide=river')} onNavigate={vi.fn()} />);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader')).toHaveLength(3);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(1);
    expect(within(table).getByRole('rowheader')).toHaveTextContent('(selected)');
    expect(screen.getByText(/1 event reported only by hidden outlets not shown/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lindqvist visits Portvale: Harbour Gazette, 2 sentences' })).toHaveAttribute('aria-current', 'true');
  });
});

describe('EventQuotes', () => {
  it('groups what one speaker said by outlet, and says who did not quote them', async () => {
    const user = userEvent.setup();
    const onNavigate = vi.fn();
    render(<EventQuotes index={index} view={view('')} onNavigate={onNavigate} event={visit} />);
    const speaker = screen.getByRole('region', { name: 'What Ana Lindqvist said, per outlet' });
    expect(speaker).toHaveTextContent('2 quotations in 2 outlets');
    expect(within(speaker).getAllByRole('blockquote').map((q) => q.textContent)).toEqual(['Our harbours stay open', 'stay open to all.']);
    expect(speaker).toHaveTextContent('Not quoted by River Times.');
    await user.click(within(speaker).getByRole('button', { name: 'Open in article: Valley Post, sentence 3' }));
    expect(onNavigate).toHaveBeenCalledWith({ article: '200', sentence: '200-s3' });
  });

  it('says when no shown outlet quotes anyone', () => {
    render(<EventQuotes index={index} view={view('')} onNavigate={vi.fn()} event={index.eventById.get('ev-stall')!} />);
    expect(screen.getByText('No shown outlet quotes anyone directly on this event.')).toBeInTheDocument();
  });
});

describe('DifferencesList', () => {
  it('lists each difference with its sentences side by side and the differing words marked', () => {
    render(<DifferencesList index={index} view={view('')} onNavigate={vi.fn()} event={visit} />);
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent('QuoteAna Lindqvist is quoted differently');
    const figures = within(item).getAllByRole('figure');
    expect(figures.map((f) => within(f).getByText(/Gazette|Post/).textContent)).toEqual(['Harbour Gazette', 'Valley Post']);
    expect(figures[1]!.querySelector('mark')).toHaveTextContent('stay open to all.');
  });

  it('hides differences that need a hidden outlet, and says so', () => {
    render(<DifferencesList index={index} view={view('?hide=valley')} onNavigate={vi.fn()} event={visit} />);
    expect(screen.queryByRole('listitem')).toBeNull();
    expect(screen.getByText('1 difference involving hidden outlets not shown.')).toBeInTheDocument();
  });

  it('says when the outlets agree', () => {
    render(<DifferencesList index={index} view={view('')} onNavigate={vi.fn()} event={index.eventById.get('ev-stall')!} />);
    expect(screen.getByText(/No differences found/)).toBeInTheDocument();
  });
});
