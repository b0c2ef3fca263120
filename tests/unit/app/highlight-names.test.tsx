// @vitest-environment jsdom
import { cleanup, render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HighlightLegend } from '../../../src/components/highlight-legend';
import { EventList } from '../../../src/features/timeline/components/event-list';
import { buildTimelineData } from '../../../src/features/timeline/timeline-items';
import { renderItemElement } from '../../../src/features/timeline/components/timeline-view';
import { visibleEvents } from '../../../src/lib/corpus/visible-events';
import { toggledHighlights } from '../../../src/lib/entity-marks';
import { eventHighlights } from '../../../src/lib/event-highlights';
import { index } from './entities-share-fixture';

const go = (search: string) => window.history.replaceState(null, '', `/${search}`);
const params = () => new URLSearchParams(window.location.search);

beforeEach(() => go(''));
afterEach(cleanup);

describe('eventHighlights', () => {
  const events = visibleEvents(index, []);

  it('gives each emphasised event the highlighted names it mentions, in highlight order, with their symbols', () => {
    const marks = eventHighlights(index, events, ['person-pavel-dran', 'person-mira-solberg'], [])!;
    expect([...marks.keys()].sort()).toEqual(['ev-arrive', 'ev-meet']);
    expect(marks.get('ev-meet')!.map((mark) => `${mark.symbol} ${mark.name}`)).toEqual(['① Pavel Dran', '② Mira Solberg']);
    expect(marks.get('ev-arrive')!.map((mark) => `${mark.symbol} ${mark.name}`)).toEqual(['② Mira Solberg']);
    // Not mentioned: not emphasised (the list and the chart dim it).
    expect(marks.has('ev-council')).toBe(false);
  });

  it('is null with nothing known highlighted, and counts an unknown id’s place so symbols match the text', () => {
    expect(eventHighlights(index, events, [], [])).toBeNull();
    expect(eventHighlights(index, events, ['ghost'], [])).toBeNull();
    const marks = eventHighlights(index, events, ['ghost', 'place-norrhavn'], [])!;
    expect(marks.get('ev-arrive')!.map((mark) => mark.symbol)).toEqual(['②']);
  });

  it('leaves out mentions only a hidden outlet makes', () => {
    const hidden = ['times'];
    expect(eventHighlights(index, visibleEvents(index, hidden), ['place-norrhavn'], hidden)).toEqual(new Map());
  });
});

describe('toggledHighlights', () => {
  it('adds, removes, and with every style in use gives the fourth place to the new name', () => {
    expect(toggledHighlights([], 'a')).toEqual(['a']);
    expect(toggledHighlights(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggledHighlights(['a', 'b', 'c', 'd'], 'e')).toEqual(['a', 'b', 'c', 'e']);
    expect(toggledHighlights(['a', 'b', 'c', 'd'], 'd')).toEqual(['a', 'b', 'c']);
  });
});

describe('HighlightLegend', () => {
  it('hints that names can be pressed when none is highlighted', () => {
    render(<HighlightLegend entityById={index.entityById} />);
    expect(screen.queryByRole('group', { name: 'Highlighted names' })).toBeNull();
    expect(screen.getByText(/can be pressed: each highlights every mention/)).toBeInTheDocument();
  });

  it('lists each highlighted name with its symbol, each removable, and clears them all', async () => {
    const user = userEvent.setup();
    go('?entities=person-mira-solberg,person-pavel-dran');
    render(<HighlightLegend entityById={index.entityById} />);
    const legend = screen.getByRole('group', { name: 'Highlighted names' });
    expect(legend).toHaveTextContent(/^Highlighted:①Mira Solberg×②Pavel Dran×Clear all highlights$/);
    await user.click(within(legend).getByRole('button', { name: 'Remove the highlight on Mira Solberg' }));
    await waitFor(() => expect(params().get('entities')).toBe('person-pavel-dran'));
    // The symbols follow the URL's order, as in the text.
    expect(legend).toHaveTextContent(/^Highlighted:①Pavel Dran×$/);
    // One name left: no "clear all", its own button does it.
    expect(within(legend).queryByRole('button', { name: 'Clear all highlights' })).toBeNull();
  });

  it('clears every highlight in one press', async () => {
    const user = userEvent.setup();
    go('?event=ev-meet&entities=person-mira-solberg,person-pavel-dran');
    render(<HighlightLegend entityById={index.entityById} />);
    await user.click(screen.getByRole('button', { name: 'Clear all highlights' }));
    await waitFor(() => expect(window.location.search).toBe('?event=ev-meet'));
  });
});

describe('the event list and the chart', () => {
  const events = visibleEvents(index, []);
  const marks = eventHighlights(index, events, ['person-pavel-dran', 'person-mira-solberg'], []);

  it('say which highlighted names each event mentions, not just "highlighted"', () => {
    render(<EventList events={events} selectedEventId={null} emphasisedEventIds={marks} onSelect={() => {}} />);
    const meet = screen.getByRole('option', { name: /Solberg meets Dran/ });
    expect(meet).toHaveTextContent('mentions① Pavel Dran② Mira Solberg');
    expect(meet).not.toHaveTextContent('highlighted');
    expect(screen.getByRole('option', { name: /Harbour Council approves plan/ })).toHaveTextContent('(no highlighted entity)');
  });

  it('draws a symbol per highlighted name on the event’s chart item, before its date and title', () => {
    const window = { from: '2031-05-01', to: '2031-05-10' };
    const { items } = buildTimelineData({ events, articles: index.data.articles, outlets: index.data.outlets, emphasised: marks, window });
    const meet = items.find((item) => item.id === 'event:ev-meet')!;
    expect(meet.tooltip).toMatch(/mentions ① Pavel Dran ② Mira Solberg$/);
    const label = renderItemElement(meet);
    expect([...label.querySelectorAll('.parallax-item-mark')].map((mark) => mark.textContent)).toEqual(['①', '②']);
    expect(label.lastChild?.textContent).toBe('Solberg meets Dran');
    // Un-highlighted, the item says so explicitly, so the chart's update drops the old symbols.
    const plain = buildTimelineData({ events, articles: index.data.articles, outlets: index.data.outlets, emphasised: null, window });
    const item = plain.items.find((candidate) => candidate.id === 'event:ev-meet')!;
    expect('marks' in item && item.marks === undefined).toBe(true);
  });
});
