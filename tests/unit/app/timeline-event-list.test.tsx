// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventSummary, Outlet } from '../../../src/lib/corpus/schema';
import { EventList } from '../../../src/features/timeline/components/event-list';

afterEach(cleanup);

const event = (id: string, title: string, start: string, extra: Partial<EventSummary> = {}): EventSummary => ({
  id,
  title,
  start,
  precision: 'day',
  outlets: ['kyodo', 'joongang'],
  main: true,
  coverage: { kyodo: 1, joongang: 1 },
  detail: 'd1',
  ...extra,
});

const EVENTS: EventSummary[] = [
  event('visit', 'Iwaya visits Seoul', '2024-12-11', { outlets: ['kyodo'], coverage: { kyodo: 2 } }),
  event('talks', 'Foreign ministers meet', '2025-01-13'),
  event('normalisation', 'Normalisation anniversary year', '2025-01-01', { precision: 'year', end: '2025-12-31', main: false }),
  event('summit', 'Leaders agree shuttle diplomacy', '2023-11-01', { precision: 'month', end: '2023-11-30', main: false, outlets: [] }),
];

const OUTLETS: Outlet[] = [
  { id: 'kyodo', name: 'Kyodo News', country: 'JP' },
  { id: 'joongang', name: 'Korea JoongAng Daily', country: 'KR' },
  { id: 'asahi', name: 'The Asahi Shimbun', country: 'JP' },
];

function Harness({ onSelect, emphasised = null, outlets = OUTLETS }: { onSelect: (id: string) => void; emphasised?: Set<string> | null; outlets?: Outlet[] }) {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <EventList
      events={EVENTS}
      selectedEventId={selected}
      emphasisedEventIds={emphasised}
      totalCount={6}
      outlets={outlets}
      onSelect={(id) => {
        onSelect(id);
        setSelected(id);
      }}
    />
  );
}

describe('EventList', () => {
  it('is a listbox of events grouped into story and background, with the date in words and who reported each', () => {
    render(<Harness onSelect={() => {}} />);
    const listbox = screen.getByRole('listbox', { name: /events/i });
    const story = within(listbox).getByRole('group', { name: 'Story' });
    const background = within(listbox).getByRole('group', { name: 'Background' });
    expect(within(story).getAllByRole('option').map((option) => option.dataset.eventId)).toEqual(['visit', 'talks']);
    expect(within(background).getAllByRole('option')).toHaveLength(2);
    const talks = screen.getByRole('option', { name: /Foreign ministers meet/ });
    expect(talks).toHaveTextContent('Mon, 13 Jan 2025');
    // The coverage bar's words: how many of the shown outlets, and which.
    expect(talks).toHaveTextContent('2 of 3 outlets: Kyodo News, Korea JoongAng Daily');
    expect(screen.getByRole('option', { name: /Iwaya visits Seoul/ })).toHaveTextContent('1 of 3 outlets: Kyodo News');
    // No precision codes: a month reads as a month with the day not stated.
    expect(screen.getByRole('option', { name: /shuttle diplomacy/ })).toHaveTextContent('November 2023 (day not stated)');
    expect(listbox).not.toHaveTextContent(/\b(DAY|MONTH|INTERVAL)\b/);
    expect(screen.getByText(/2 events reported only by hidden outlets/)).toBeInTheDocument();
  });

  it('counts only the outlets shown: with one switched off, an event both shown outlets report is reported by both', () => {
    render(<Harness onSelect={() => {}} outlets={OUTLETS.slice(0, 2)} />);
    expect(screen.getByRole('option', { name: /Foreign ministers meet/ })).toHaveTextContent('both outlets');
    expect(screen.getByRole('option', { name: /Iwaya visits Seoul/ })).toHaveTextContent('1 of 2 outlets');
  });

  it('draws a coverage mark per shown outlet, and past ten outlets one bar of the share, the count in words either way', () => {
    render(<Harness onSelect={() => {}} />);
    const talks = screen.getByRole('option', { name: /Foreign ministers meet/ });
    expect(talks.querySelector('svg')).toBeNull();
    cleanup();
    // Twelve outlets: a mark each would run out of the option, and the count with them.
    const many: Outlet[] = [...OUTLETS, ...Array.from({ length: 9 }, (_, n) => ({ id: `o${n}`, name: `Outlet ${n}`, country: 'JP' }))];
    render(<Harness onSelect={() => {}} outlets={many} />);
    const wide = screen.getByRole('option', { name: /Foreign ministers meet/ });
    expect(wide).toHaveTextContent('2 of 12 outlets: Kyodo News, Korea JoongAng Daily');
    const bar = wide.querySelector('svg')!;
    expect(bar).toHaveAttribute('aria-hidden', 'true');
    const [track, filled] = [...bar.querySelectorAll('rect')];
    // Two of twelve: a sixth of the track filled.
    expect(Number(filled!.getAttribute('width'))).toBe(Math.round(Number(bar.getAttribute('width')) / 6));
    expect(track).toBeDefined();
  });

  it('rings the active option through its own class, not a selector on every option under the list', async () => {
    // A group-focus-visible utility made Chromium restyle every element of the list when focus entered or left it
    // (src/index.css): the ring hangs on one class, carried by the active option alone.
    const user = userEvent.setup();
    render(<Harness onSelect={() => {}} />);
    const listbox = screen.getByRole('listbox');
    expect(listbox).toHaveClass('event-listbox');
    expect(listbox.className).not.toMatch(/\bgroup\b/);
    listbox.focus();
    await user.keyboard('{ArrowDown}');
    const ringed = [...listbox.querySelectorAll('.event-option-active')];
    expect(ringed).toEqual([screen.getByRole('option', { name: /Foreign ministers meet/ })]);
    for (const element of listbox.querySelectorAll('*')) expect(element.className.toString()).not.toMatch(/group-/);
  });

  it('moves with the arrow keys, selects with Enter, and announces the selection', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    const listbox = screen.getByRole('listbox');
    listbox.focus();
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('');
    expect(listbox).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: /Iwaya visits Seoul/ }).id);

    await user.keyboard('{ArrowDown}');
    expect(listbox).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: /Foreign ministers meet/ }).id);
    expect(onSelect).not.toHaveBeenCalled();

    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('talks');
    expect(screen.getByRole('option', { name: /Foreign ministers meet/ })).toHaveAttribute('aria-selected', 'true');
    expect(status).toHaveTextContent('Selected: Foreign ministers meet, Mon, 13 Jan 2025, reported by 2 outlets');
  });

  it('goes to the ends with Home and End, stays in bounds, and selects with Space', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    screen.getByRole('listbox').focus();
    await user.keyboard('{End}{ArrowDown} ');
    expect(onSelect).toHaveBeenLastCalledWith('summit');
    await user.keyboard('{Home}{ArrowUp}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('visit');
    expect(screen.getByRole('status')).toHaveTextContent('Selected: Iwaya visits Seoul, Wed, 11 Dec 2024, reported by 1 outlet');
  });

  it('selects on click', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    await user.click(screen.getByText('Normalisation anniversary year'));
    expect(onSelect).toHaveBeenCalledWith('normalisation');
  });

  it('dims events outside the highlighted-entity set, saying so in words', () => {
    render(<Harness onSelect={() => {}} emphasised={new Set(['talks'])} />);
    // Dimmed by a grey background and text that keeps AA contrast, not by opacity.
    expect(screen.getByRole('option', { name: /Iwaya visits Seoul/ })).toHaveClass('bg-stone-50', 'text-stone-600');
    expect(screen.getByRole('option', { name: /Iwaya visits Seoul/ })).not.toHaveClass('opacity-50');
    expect(screen.getByRole('option', { name: /Foreign ministers meet/ })).not.toHaveClass('bg-stone-50');
    expect(screen.getByRole('option', { name: /Iwaya visits Seoul/ })).toHaveTextContent('(no highlighted entity)');
    expect(screen.getByRole('option', { name: /Foreign ministers meet/ })).toHaveTextContent('mentions highlighted');
  });

  it('passes axe with a selection and an active option', async () => {
    const user = userEvent.setup();
    const { container } = render(<Harness onSelect={() => {}} emphasised={new Set(['talks'])} />);
    screen.getByRole('listbox').focus();
    await user.keyboard('{ArrowDown}{Enter}{ArrowDown}');
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`)).toEqual([]);
  });

  it('says so when the outlet filter leaves nothing', () => {
    render(<EventList events={[]} selectedEventId={null} emphasisedEventIds={null} onSelect={() => {}} />);
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(screen.getByText(/No events to show/)).toBeInTheDocument();
  });
  it('a long list draws its rows in view with their places in the whole list; Home and End reach either group', async () => {
    // 60 story events and 40 background ones, interleaved in time: past LONG_LIST, so only the rows in view are drawn.
    const many = Array.from({ length: 100 }, (_, n) =>
      event(`e${n}`, `Happening number ${n}`, `2024-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`, { main: n % 5 < 3 }),
    );
    const story = many.filter((item) => item.main);
    const background = many.filter((item) => !item.main);
    render(<EventList events={many} selectedEventId={null} emphasisedEventIds={null} onSelect={() => {}} outlets={OUTLETS} />);
    const listbox = screen.getByRole('listbox', { name: /events/i });
    const drawn = within(listbox).getAllByRole('option');
    expect(drawn.length).toBeLessThan(many.length);
    expect(drawn[0]!.dataset.eventId).toBe(story[0]!.id);
    expect(drawn.every((option) => option.getAttribute('aria-setsize') === '100')).toBe(true);
    expect(drawn.map((option) => Number(option.getAttribute('aria-posinset')))).toEqual(drawn.map((_, n) => n + 1));
    listbox.focus();
    await userEvent.keyboard('{End}');
    const last = listbox.ownerDocument.getElementById(listbox.getAttribute('aria-activedescendant')!)!;
    expect(last.dataset.eventId).toBe(background.at(-1)!.id);
    expect(last.getAttribute('aria-posinset')).toBe('100');
    expect(within(listbox).getByRole('group', { name: 'Background' })).toContainElement(last);
    await userEvent.keyboard('{Home}');
    const first = listbox.ownerDocument.getElementById(listbox.getAttribute('aria-activedescendant')!)!;
    expect(first.dataset.eventId).toBe(story[0]!.id);
    expect(within(listbox).getByRole('group', { name: 'Story' })).toContainElement(first);
  });

  it('a long list heads each group where the group starts', () => {
    // Three story events, then the background: the first rows in view hold both headings.
    const many = Array.from({ length: 100 }, (_, n) => event(`e${n}`, `Happening number ${n}`, `2024-01-${String(1 + (n % 28)).padStart(2, '0')}`, { main: n < 3 }));
    render(<EventList events={many} selectedEventId={null} emphasisedEventIds={null} onSelect={() => {}} outlets={OUTLETS} />);
    const background = within(screen.getByRole('listbox', { name: /events/i })).getByRole('group', { name: 'Background' });
    expect(background.firstElementChild).toHaveTextContent(/^Background$/);
  });
});
