import { describe, expect, it } from 'vitest';
import type { ArticleSummary, EventSummary, Outlet } from '../../../src/lib/corpus/schema';
import {
  buildTimelineData,
  LANE_ITEM_BUDGET,
  OUTLET_LANE_BUDGET,
  parseItemId,
  PUBLICATION_LANE_BUDGET,
  type TimelineDataInput,
} from '../../../src/features/timeline/timeline-items';
import { addDays } from '../../../src/features/timeline/timeline-window';

const event = (id: string, start: string, extra: Partial<EventSummary> = {}): EventSummary => ({
  id,
  title: `Event ${id}`,
  start,
  precision: 'day',
  outlets: ['o1'],
  main: true,
  coverage: { o1: 1 },
  detail: 'd',
  ...extra,
});
const article = (id: string, outletId: string, publishedAt: string): ArticleSummary => ({
  id,
  file: `${id}.txt`,
  outletId,
  headline: `Headline ${id}`,
  publishedAt,
  publishedPrecision: 'day',
  byline: null,
  dateline: null,
  opening: null,
  sentenceCount: 1,
  body: id,
});
const outlets = (count: number): Outlet[] => Array.from({ length: count }, (_, n) => ({ id: `o${n + 1}`, name: `Outlet ${n + 1}`, country: null }));

const input = (overrides: Partial<TimelineDataInput>): TimelineDataInput => ({
  events: [],
  articles: [],
  outlets: outlets(2),
  emphasised: null,
  window: { from: '2025-01-01', to: '2025-01-31' },
  ...overrides,
});
const kinds = (items: { id: string }[]) => items.map((item) => parseItemId(item.id)?.kind ?? item.id);

describe('buildTimelineData: a small corpus', () => {
  it('draws every event and publication one by one, with a lane for every outlet', () => {
    const events = [event('a', '2025-01-05'), event('b', '2025-01-06'), event('c', '2024-06-01', { main: false })];
    const articles = [article('1', 'o1', '2025-01-07'), article('2', 'o2', '2025-01-08')];
    const { items, groups } = buildTimelineData(input({ events, articles }));
    expect(kinds(items).filter((kind) => kind === 'cluster')).toEqual([]);
    expect(items.map((item) => item.id)).toEqual(['event:a', 'event:b', 'publication:1', 'publication:2', 'story-period']);
    expect(groups.map((group) => group.id)).toEqual(['events', 'outlet:o1', 'outlet:o2']);
  });

  it('leaves out what is more than a window’s width away (panning that far brings it in)', () => {
    const events = [event('near', '2025-02-20'), event('far', '2025-04-01')];
    const { items } = buildTimelineData(input({ events }));
    expect(items.map((item) => item.id)).toEqual(['event:near', 'story-period']);
  });
});

describe('buildTimelineData: a crowded lane', () => {
  // Three events a day through January: 93, past the budget.
  const crowd = Array.from({ length: 93 }, (_, n) => event(`e${n}`, addDays('2025-01-01', Math.floor(n / 3))));

  it('gathers neighbouring events into clusters that name their days, within budget', () => {
    const { items } = buildTimelineData(input({ events: crowd }));
    const clusters = items.filter((item) => parseItemId(item.id)?.kind === 'cluster');
    expect(crowd.length).toBeGreaterThan(LANE_ITEM_BUDGET);
    expect(clusters.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(LANE_ITEM_BUDGET);
    // Every event is in exactly one item: its own or a cluster's count.
    const counted = items.reduce((sum, item) => {
      const kind = parseItemId(item.id)?.kind;
      return sum + (kind === 'event' ? 1 : kind === 'cluster' ? Number(/^(\d+) events/.exec(item.text)![1]) : 0);
    }, 0);
    expect(counted).toBe(crowd.length);
    const first = parseItemId(clusters[0]!.id);
    expect(first).toMatchObject({ kind: 'cluster', range: { from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), to: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } });
    expect(clusters[0]!.tooltip).toMatch(/^\d+ events, .*: Event e\d+; .*Click to zoom in/);
  });

  it('marks a cluster holding a highlighted event, and dims one holding none', () => {
    const { items } = buildTimelineData(input({ events: crowd, emphasised: new Set(['e0']) }));
    const clusters = items.filter((item) => parseItemId(item.id)?.kind === 'cluster');
    expect(clusters[0]!.className).toContain('parallax-emphasised');
    expect(clusters[0]!.text).toMatch(/\(1 highlighted\)$/);
    expect(clusters.at(-1)!.className).toContain('parallax-dimmed');
  });

  it('draws the same days as single events again once zoomed in', () => {
    const { items } = buildTimelineData(input({ events: crowd, window: { from: '2025-01-10', to: '2025-01-12' } }));
    // Three days in view and as many on either side: 27 events, within budget.
    expect(kinds(items).filter((kind) => kind === 'cluster')).toEqual([]);
    expect(kinds(items).filter((kind) => kind === 'event')).toHaveLength(27);
  });

  it('clusters a busy outlet lane past its (smaller) budget', () => {
    const articles = Array.from({ length: 40 }, (_, n) => article(`a${n}`, 'o1', addDays('2025-01-01', n % 31)));
    const { items } = buildTimelineData(input({ articles }));
    const lane = items.filter((item) => item.group === 'outlet:o1');
    expect(articles.length).toBeGreaterThan(PUBLICATION_LANE_BUDGET);
    expect(lane.some((item) => item.text.endsWith(' articles'))).toBe(true);
    expect(lane.length).toBeLessThan(articles.length);
  });
});

describe('buildTimelineData: many outlets', () => {
  it('gives lanes to the busiest outlets in view and one shared lane to the rest', () => {
    const many = outlets(30);
    // Outlet n publishes n articles in January.
    const articles = many.flatMap((outlet, n) => Array.from({ length: n + 1 }, (_, k) => article(`${outlet.id}-${k}`, outlet.id, addDays('2025-01-01', k % 28))));
    const { items, groups } = buildTimelineData(input({ outlets: many, articles }));
    expect(groups).toHaveLength(1 + OUTLET_LANE_BUDGET);
    expect(groups.at(-1)!.label).toBe(`${30 - (OUTLET_LANE_BUDGET - 1)} other outlets`);
    // The busiest: outlets 30 down to 22.
    expect(groups.slice(1, -1).map((group) => group.id).sort()).toEqual(
      many.slice(30 - (OUTLET_LANE_BUDGET - 1)).map((outlet) => `outlet:${outlet.id}`).sort(),
    );
    const lanes = new Set(groups.map((group) => group.id));
    for (const item of items) if (item.group) expect(lanes.has(item.group)).toBe(true);
    expect(items.length).toBeLessThan(OUTLET_LANE_BUDGET * 40);
  });

  it('does not share lanes while the outlets fit', () => {
    const few = outlets(OUTLET_LANE_BUDGET);
    const { groups } = buildTimelineData(input({ outlets: few, articles: [article('1', 'o1', '2025-01-02')] }));
    expect(groups.map((group) => group.label)).not.toContain(expect.stringMatching(/other outlets/));
    expect(groups).toHaveLength(1 + OUTLET_LANE_BUDGET);
  });
});

describe('parseItemId', () => {
  it('reads events, publications and clusters, and nothing else', () => {
    expect(parseItemId('event:ev-1')).toEqual({ kind: 'event', id: 'ev-1' });
    expect(parseItemId('publication:001')).toEqual({ kind: 'publication', id: '001' });
    expect(parseItemId('cluster:events|2025-01-01|2025-01-14')).toEqual({
      kind: 'cluster',
      id: 'cluster:events|2025-01-01|2025-01-14',
      range: { from: '2025-01-01', to: '2025-01-14' },
    });
    expect(parseItemId('cluster:events')).toBeNull();
    expect(parseItemId('story-period')).toBeNull();
    expect(parseItemId(42)).toBeNull();
  });
});
