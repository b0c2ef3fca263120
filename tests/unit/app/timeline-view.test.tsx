// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DataSet } from 'vis-data/esnext';
import type { ArticleSummary, EventSummary, Outlet } from '../../../src/lib/corpus/schema';
import type { TimelineGroupData, TimelineItemData } from '../../../src/features/timeline/timeline-items';

/** A stand-in for vis-timeline's Timeline: jsdom has no layout, so record what the wrapper asks of it. */
const fake = vi.hoisted(() => {
  class FakeTimeline {
    static instances: FakeTimeline[] = [];
    items: unknown;
    groups: unknown;
    options: Record<string, unknown>;
    handlers = new Map<string, Set<(properties?: unknown) => void>>();
    selections: unknown[][] = [];
    windows: { start: Date; end: Date }[] = [];
    optionUpdates: Record<string, unknown>[] = [];
    destroyed = false;
    current: { start: Date; end: Date };
    container: HTMLElement;
    /** Whether the element vis was given was on the page when vis was built (vis draws at once if it is). */
    builtOnPage: boolean;
    /** What the DataSets held when vis was built. */
    itemsAtBuild: number;
    constructor(container: HTMLElement, items: unknown, groups: unknown, options: Record<string, unknown>) {
      this.container = container;
      this.builtOnPage = container.isConnected;
      this.itemsAtBuild = (items as { length: number }).length;
      this.items = items;
      this.groups = groups;
      this.options = options;
      this.current = { start: options.start as Date, end: options.end as Date };
      FakeTimeline.instances.push(this);
    }
    on(event: string, handler: (properties?: unknown) => void) {
      if (!this.handlers.has(event)) this.handlers.set(event, new Set());
      this.handlers.get(event)!.add(handler);
    }
    off(event: string, handler: (properties?: unknown) => void) {
      this.handlers.get(event)?.delete(handler);
    }
    emit(event: string, properties?: unknown) {
      for (const handler of this.handlers.get(event) ?? []) handler(properties);
    }
    setSelection(ids: unknown[]) {
      this.selections.push(ids);
    }
    getWindow() {
      return this.current;
    }
    setWindow(start: Date, end: Date) {
      this.windows.push({ start, end });
      this.current = { start, end };
    }
    setOptions(options: Record<string, unknown>) {
      this.optionUpdates.push(options);
    }
    redraws = 0;
    redraw() {
      this.redraws += 1;
    }
    destroy() {
      this.destroyed = true;
      this.handlers.clear();
    }
  }
  return { FakeTimeline };
});

vi.mock('vis-timeline/esnext', () => ({ Timeline: fake.FakeTimeline }));

const { TimelineView, zoomInto } = await import('../../../src/features/timeline/components/timeline-view');
const { TIMELINE_HEIGHT } = await import('../../../src/features/timeline/components/timeline-height');

const outlets: Outlet[] = [
  { id: 'kyodo', name: 'Kyodo News', country: 'JP' },
  { id: 'joongang', name: 'Korea JoongAng Daily', country: 'KR' },
];

const article = (id: string, outletId: string, publishedAt: string, headline: string | null): ArticleSummary => ({
  id,
  file: `${id}.txt`,
  outletId,
  headline,
  publishedAt,
  publishedPrecision: publishedAt.includes('T') ? 'minute' : 'day',
  byline: null,
  dateline: null,
  opening: 'Opening sentence.',
  sentenceCount: 1,
  body: id,
});

const articles = [
  article('002', 'kyodo', '2025-01-13T20:22:00+09:00', 'Japan, South Korea affirm ties'),
  article('001', 'joongang', '2025-01-10', null),
];

const event = (id: string, title: string, start: string, extra: Partial<EventSummary> = {}): EventSummary => ({
  id,
  title,
  start,
  precision: 'day',
  outlets: ['kyodo'],
  main: true,
  coverage: { kyodo: 1 },
  detail: 'd1',
  ...extra,
});

const EVENTS = [
  event('visit', 'Iwaya visits Seoul', '2024-12-11'),
  event('talks', 'Foreign ministers meet', '2025-01-13'),
  event('month', 'Political turmoil', '2024-12-01', { precision: 'month', end: '2024-12-31', main: false }),
];
const WINDOW = { from: '2024-12-08', to: '2025-01-17' };

type Props = Parameters<typeof TimelineView>[0];
function props(overrides: Partial<Props> = {}): Props {
  return {
    events: EVENTS,
    articles,
    outlets,
    selectedEventId: null,
    emphasisedEventIds: null,
    window: WINDOW,
    onSelect: vi.fn(),
    onWindowChange: vi.fn(),
    ...overrides,
  };
}

const instances = () => fake.FakeTimeline.instances;
/** One frame painted, and the tasks asked for after it run. */
const oneFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
/**
 * The chart takes its data (and its selection) two frames after the props: the click's frame (the list) and the
 * panes' frame (the event detail and the comparison) are painted first. Wait for both.
 */
const afterFrame = async () => {
  await oneFrame();
  await oneFrame();
};
const only = () => {
  expect(instances()).toHaveLength(1);
  return instances()[0]!;
};
const itemsOf = (timeline: InstanceType<typeof fake.FakeTimeline>) => (timeline.items as DataSet<TimelineItemData, 'id'>).get();
const groupsOf = (timeline: InstanceType<typeof fake.FakeTimeline>) => (timeline.groups as DataSet<TimelineGroupData, 'id'>).get();

beforeEach(() => {
  fake.FakeTimeline.instances = [];
});
afterEach(cleanup);

describe('TimelineView', () => {
  it('creates the timeline once, with the window as whole UTC days and the XSS filter on', () => {
    render(<TimelineView {...props()} />);
    const timeline = only();
    expect((timeline.options.start as Date).toISOString()).toBe('2024-12-08T00:00:00.000Z');
    expect((timeline.options.end as Date).toISOString()).toBe('2025-01-18T00:00:00.000Z');
    expect(timeline.options.xss).toEqual({ disabled: false });
    expect(timeline.options.showCurrentTime).toBe(false);
    // Rendering in UTC: a UTC midnight stays on its day wherever the reader is.
    const utc = (timeline.options.moment as (date: Date) => { format: (f: string) => string })(new Date('2025-01-13T00:00:00Z'));
    expect(utc.format('YYYY-MM-DD HH:mm')).toBe('2025-01-13 00:00');
    // Its height is the container's, which the placeholder shares (no layout shift when the chart arrives).
    expect(timeline.options.height).toBe('100%');
    expect(screen.getByTestId('timeline-container')).toHaveClass(TIMELINE_HEIGHT);
  });

  it('builds vis off the page with its data, then puts it in place and asks for one draw', () => {
    render(<TimelineView {...props()} />);
    const timeline = only();
    // Off the page, vis's constructor skips its drawing (three passes of an empty chart, a long task at load).
    expect(timeline.builtOnPage).toBe(false);
    expect(timeline.itemsAtBuild).toBeGreaterThan(0);
    expect(screen.getByTestId('timeline-container')).toContainElement(timeline.container);
    expect(timeline.redraws).toBe(1);
  });

  it('hands vis the selection at mount before its first draw, so the selected item is drawn in place', () => {
    render(<TimelineView {...props({ selectedEventId: 'talks' })} />);
    expect(only().selections[0]).toEqual(['event:talks']);
  });

  it('asks vis for one more draw after its first range change, which is what makes a fixed-height chart visible', () => {
    render(<TimelineView {...props()} />);
    const timeline = only();
    const before = timeline.optionUpdates.length;
    timeline.emit('rangechanged', { start: timeline.current.start, end: timeline.current.end, byUser: false });
    timeline.emit('rangechanged', { start: timeline.current.start, end: timeline.current.end, byUser: false });
    // The light redraw (an empty setOptions), not redraw(), which would re-measure every item.
    expect(timeline.optionUpdates.slice(before)).toEqual([{}]);
    expect(timeline.redraws).toBe(1);
  });

  it('draws events in one lane (days as boxes, months as ranges) and each outlet’s publications in its own lane', async () => {
    render(<TimelineView {...props()} />);
    const timeline = only();
    // In the DataSets when vis is built, so its first draw has them.
    expect(groupsOf(timeline).map((group) => [group.id, group.label])).toEqual([
      ['events', 'Events'],
      ['outlet:kyodo', 'Kyodo News'],
      ['outlet:joongang', 'Korea JoongAng Daily'],
    ]);
    const items = new Map(itemsOf(timeline).map((item) => [item.id, item]));
    const talks = items.get('event:talks')!;
    expect(talks).toMatchObject({ type: 'box', group: 'events' });
    expect(talks.start.toISOString()).toBe('2025-01-13T12:00:00.000Z');
    const month = items.get('event:month')!;
    expect(month).toMatchObject({ type: 'range' });
    expect(month.className).toContain('parallax-context');
    expect(month.end!.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    const published = items.get('publication:002')!;
    expect(published).toMatchObject({ type: 'point', group: 'outlet:kyodo', text: 'Japan, South Korea affirm ties' });
    expect(published.start.toISOString()).toBe('2025-01-13T20:22:00.000Z');
    // No headline: named by its outlet, not by its first words (which would read as a headline).
    expect(items.get('publication:001')!.text).toBe('untitled, Korea JoongAng Daily');
    // An event's label leads with its date.
    expect(talks.date).toBe('Jan 13');
  });

  it('updates the DataSet instead of recreating the timeline when the data changes, after the click’s frame', async () => {
    const { rerender } = render(<TimelineView {...props()} />);
    const timeline = only();
    const items = timeline.items;
    await afterFrame();
    rerender(<TimelineView {...props({ events: [...EVENTS, event('later', 'Follow-up call', '2025-01-15')], emphasisedEventIds: new Set(['talks']) })} />);
    // The frames showing the change in the list and the panes are painted first: the chart's items are built after them.
    await afterFrame();
    expect(itemsOf(timeline).map((item) => item.id)).not.toContain('event:later');
    await afterFrame();
    expect(itemsOf(timeline).map((item) => item.id)).toContain('event:later');
    rerender(<TimelineView {...props({ events: EVENTS.slice(1), outlets: outlets.slice(0, 1), articles: articles.slice(0, 1) })} />);
    await afterFrame();
    await afterFrame();
    expect(only()).toBe(timeline);
    expect(timeline.items).toBe(items);
    const ids = itemsOf(timeline).map((item) => item.id);
    expect(ids).toContain('event:talks');
    expect(ids).not.toContain('event:visit');
    expect(ids).not.toContain('event:later');
    expect(ids).not.toContain('publication:001');
    expect(groupsOf(timeline).map((group) => group.id)).toEqual(['events', 'outlet:kyodo']);
  });

  it('dims events outside the emphasised set through a class', async () => {
    render(<TimelineView {...props({ emphasisedEventIds: new Set(['talks']) })} />);
    await afterFrame();
    const items = new Map(itemsOf(only()).map((item) => [item.id, item]));
    expect(items.get('event:visit')!.className).toContain('parallax-dimmed');
    expect(items.get('event:talks')!.className).not.toContain('parallax-dimmed');
  });

  it('syncs the selection with setSelection, two frames after the selectedEventId changes', async () => {
    // The chart follows the list and the panes a frame later (its redraw forces a page layout).
    const { rerender } = render(<TimelineView {...props()} />);
    const timeline = only();
    await afterFrame();
    expect(timeline.selections.at(-1)).toEqual([]);
    rerender(<TimelineView {...props({ selectedEventId: 'talks' })} />);
    expect(timeline.selections.at(-1)).toEqual([]);
    // The click's frame: the list shows it, the chart not yet.
    await oneFrame();
    expect(timeline.selections.at(-1)).toEqual([]);
    await oneFrame();
    expect(timeline.selections.at(-1)).toEqual(['event:talks']);
    rerender(<TimelineView {...props({ selectedEventId: null })} />);
    await afterFrame();
    expect(timeline.selections.at(-1)).toEqual([]);
  });

  it('asks for a window around a selected event that is out of view (after the panes\' frame)', async () => {
    const onWindowChange = vi.fn();
    const { rerender } = render(<TimelineView {...props({ onWindowChange })} />);
    rerender(<TimelineView {...props({ onWindowChange, selectedEventId: 'talks' })} />);
    await afterFrame();
    expect(onWindowChange).not.toHaveBeenCalled();
    const early = event('early', 'Earlier summit', '2023-11-02', { main: false });
    rerender(<TimelineView {...props({ onWindowChange, events: [...EVENTS, early], selectedEventId: 'early' })} />);
    expect(onWindowChange).not.toHaveBeenCalled();
    await afterFrame();
    expect(onWindowChange).toHaveBeenCalledTimes(1);
    const [from, to] = onWindowChange.mock.calls[0]!;
    expect(from < '2023-11-02' && to > '2023-11-02').toBe(true);
  });

  it('zooms in on a selected event that a cluster gathers at this zoom', async () => {
    const onWindowChange = vi.fn();
    // A January with two events a day: clustered at a month's view.
    const crowd = Array.from({ length: 62 }, (_, n) => event(`c${n}`, `Crowd ${n}`, new Date(Date.UTC(2025, 0, 1 + Math.floor(n / 2))).toISOString().slice(0, 10)));
    const { rerender } = render(<TimelineView {...props({ onWindowChange, events: crowd, window: { from: '2025-01-01', to: '2025-01-31' } })} />);
    await afterFrame();
    expect(itemsOf(only()).some((item) => item.id.startsWith('cluster:'))).toBe(true);
    expect(itemsOf(only()).map((item) => item.id)).not.toContain('event:c20');
    rerender(<TimelineView {...props({ onWindowChange, events: crowd, window: { from: '2025-01-01', to: '2025-01-31' }, selectedEventId: 'c20' })} />);
    await afterFrame();
    // c20 is on 11 Jan: its day with three days either side.
    expect(onWindowChange).toHaveBeenCalledWith('2025-01-08', '2025-01-14');
  });

  it('reports select events: an event id, null for empty space, and a publication opens its article', () => {
    const onSelect = vi.fn();
    const onOpenArticle = vi.fn();
    render(<TimelineView {...props({ onSelect, onOpenArticle, selectedEventId: 'visit' })} />);
    const timeline = only();
    act(() => timeline.emit('select', { items: ['event:talks'] }));
    expect(onSelect).toHaveBeenLastCalledWith('talks');
    act(() => timeline.emit('select', { items: [] }));
    expect(onSelect).toHaveBeenLastCalledWith(null);
    act(() => timeline.emit('select', { items: ['publication:002'] }));
    expect(onOpenArticle).toHaveBeenCalledWith('002');
    expect(onSelect).toHaveBeenCalledTimes(2);
    // The selected event stays selected in the chart.
    expect(timeline.selections.at(-1)).toEqual(['event:visit']);
  });

  it('zooms into a cluster’s days when it is clicked, keeping the selected event selected', () => {
    const onSelect = vi.fn();
    const onWindowChange = vi.fn();
    render(<TimelineView {...props({ onSelect, onWindowChange, selectedEventId: 'visit' })} />);
    const timeline = only();
    act(() => timeline.emit('select', { items: ['cluster:events|2025-01-01|2025-01-28'] }));
    // 28 days, and a quarter of them (7) either side.
    expect(onWindowChange).toHaveBeenCalledWith('2024-12-25', '2025-02-04');
    expect(onSelect).not.toHaveBeenCalled();
    expect(timeline.selections.at(-1)).toEqual(['event:visit']);
    expect(zoomInto({ from: '2025-01-10', to: '2025-01-10' })).toEqual(['2025-01-09', '2025-01-11']);
  });

  it('reports windows the reader chose, as whole days, and ignores programmatic moves', () => {
    const onWindowChange = vi.fn();
    render(<TimelineView {...props({ onWindowChange })} />);
    const timeline = only();
    act(() => timeline.emit('rangechanged', { start: new Date('2024-12-20T05:00:00Z'), end: new Date('2025-01-05T00:00:00Z'), byUser: false }));
    expect(onWindowChange).not.toHaveBeenCalled();
    act(() => timeline.emit('rangechanged', { start: new Date('2024-12-20T05:00:00Z'), end: new Date('2025-01-05T00:00:00Z'), byUser: true }));
    expect(onWindowChange).toHaveBeenCalledWith('2024-12-20', '2025-01-04');
  });

  it('moves to a new window prop with setWindow (after the panes\' frame), but not when it already shows those days', async () => {
    const { rerender } = render(<TimelineView {...props()} />);
    const timeline = only();
    await afterFrame();
    expect(timeline.windows).toHaveLength(0);
    rerender(<TimelineView {...props({ window: { from: '2024-12-20', to: '2025-01-04' } })} />);
    expect(timeline.windows).toHaveLength(0);
    await afterFrame();
    expect(timeline.windows).toHaveLength(1);
    expect(timeline.windows[0]!.start.toISOString()).toBe('2024-12-20T00:00:00.000Z');
    expect(timeline.windows[0]!.end.toISOString()).toBe('2025-01-05T00:00:00.000Z');
    rerender(<TimelineView {...props({ window: { from: '2024-12-20', to: '2025-01-04' } })} />);
    await afterFrame();
    expect(timeline.windows).toHaveLength(1);
  });

  it('lets the reader pan out to the limits (min/max at creation, then via setOptions)', async () => {
    const { rerender } = render(<TimelineView {...props({ limits: { min: '2023-10-29', max: '2025-01-20' } })} />);
    const timeline = only();
    expect((timeline.options.min as Date).toISOString()).toBe('2023-10-29T00:00:00.000Z');
    expect((timeline.options.max as Date).toISOString()).toBe('2025-01-21T00:00:00.000Z');
    await afterFrame();
    // Not handed to vis a second time.
    expect(timeline.optionUpdates.filter((update) => 'min' in update)).toEqual([]);
    rerender(<TimelineView {...props({ limits: { min: '2023-10-01', max: '2025-01-20' } })} />);
    await afterFrame();
    const update = timeline.optionUpdates.at(-1)!;
    expect((update.min as Date).toISOString()).toBe('2023-10-01T00:00:00.000Z');
    expect((update.max as Date).toISOString()).toBe('2025-01-21T00:00:00.000Z');
  });

  it('unbinds its handlers and destroys the timeline on unmount', () => {
    const { unmount } = render(<TimelineView {...props()} />);
    const timeline = only();
    // vis's first range change (on construction) takes the one-time reveal handler with it.
    timeline.emit('rangechanged', { start: timeline.current.start, end: timeline.current.end, byUser: false });
    expect(timeline.handlers.get('select')?.size).toBe(1);
    expect(timeline.handlers.get('rangechanged')?.size).toBe(1);
    unmount();
    expect(timeline.destroyed).toBe(true);
    expect(instances()).toHaveLength(1);
  });

  it('rebinds handlers without duplicates when callbacks change', () => {
    const { rerender } = render(<TimelineView {...props()} />);
    rerender(<TimelineView {...props()} />);
    const timeline = only();
    timeline.emit('rangechanged', { start: timeline.current.start, end: timeline.current.end, byUser: false });
    expect(timeline.handlers.get('select')?.size).toBe(1);
    expect(timeline.handlers.get('rangechanged')?.size).toBe(1);
  });

  it('gives vis no HTML: an HTML-looking title arrives as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const hostileArticle = article('003', 'kyodo', '2025-01-14', `<b>Bold</b> ${hostile}`);
    render(<TimelineView {...props({ events: [event('evil', hostile, '2025-01-12')], articles: [hostileArticle] })} />);
    const timeline = only();
    await afterFrame();
    for (const item of itemsOf(timeline)) expect(item.content).not.toMatch(/[<>]/);
    for (const group of groupsOf(timeline)) expect(group.content).not.toMatch(/[<>]/);

    const template = timeline.options.template as (item: TimelineItemData) => HTMLElement;
    const items = new Map(itemsOf(timeline).map((item) => [item.id, item]));
    const rendered = template(items.get('event:evil')!);
    expect(rendered.textContent).toBe(`Jan 12 · ${hostile}`);
    expect(rendered.querySelector('img')).toBeNull();
    const publication = template(items.get('publication:003')!);
    expect(publication.textContent).toBe(`<b>Bold</b> ${hostile}`);
    expect(publication.querySelector('b, img')).toBeNull();

    const groupTemplate = timeline.options.groupTemplate as (group: TimelineGroupData) => HTMLElement;
    const lane = groupTemplate({ ...groupsOf(timeline)[1]!, label: hostile });
    expect(lane.querySelector('img')).toBeNull();
    expect(lane.textContent).toContain(hostile);
  });
});
