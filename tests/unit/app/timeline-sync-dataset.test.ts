// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { DataSet } from 'vis-data/esnext';
import type { Timeline } from 'vis-timeline/esnext';

// The chart module imports vis-timeline's CSS and the real Timeline; only syncDataSet is under test here.
vi.mock('vis-timeline/styles/vis-timeline-graph2d.min.css', () => ({}));
const { syncDataSet } = await import('../../../src/features/timeline/components/timeline-view');

type Item = { id: string; content: string };

/** A stand-in for the chart: its range, as vis keeps it (numbers), and the range each DataSet change saw. */
function chartWatching(dataSet: DataSet<Item, 'id'>) {
  const range = { start: 1_000, end: 2_000 };
  const seen: string[] = [];
  dataSet.on('*', (event) => seen.push(`${event} ${range.start}..${range.end}`));
  return { timeline: { range } as unknown as Timeline, range, seen };
}

describe('syncDataSet', () => {
  it('adds new items while the chart has no range in view (vis then draws them in one batched redraw), and puts the range back', () => {
    const dataSet = new DataSet<Item, 'id'>([{ id: 'a', content: 'A' }]);
    const { timeline, range, seen } = chartWatching(dataSet);
    syncDataSet(dataSet, [{ id: 'a', content: 'A' }, { id: 'b', content: 'B' }], timeline);
    expect(dataSet.getIds()).toEqual(['a', 'b']);
    expect(seen).toEqual(['add -Infinity..-Infinity']);
    expect(range).toEqual({ start: 1_000, end: 2_000 });
  });

  it('leaves the range alone when nothing is new: a changed item is redrawn where it is', () => {
    const dataSet = new DataSet<Item, 'id'>([{ id: 'a', content: 'A' }, { id: 'b', content: 'B' }]);
    const { timeline, seen } = chartWatching(dataSet);
    syncDataSet(dataSet, [{ id: 'a', content: 'A2' }], timeline);
    expect(dataSet.get('a')).toEqual({ id: 'a', content: 'A2' });
    expect(dataSet.getIds()).toEqual(['a']);
    expect(seen).toEqual(['remove 1000..2000', 'update 1000..2000']);
  });

  it('puts the range back even when vis throws while adding', () => {
    const dataSet = new DataSet<Item, 'id'>([]);
    const { timeline, range } = chartWatching(dataSet);
    dataSet.on('add', () => {
      throw new Error('vis failed');
    });
    expect(() => syncDataSet(dataSet, [{ id: 'a', content: 'A' }], timeline)).toThrow('vis failed');
    expect(range).toEqual({ start: 1_000, end: 2_000 });
  });

  it('without a chart (before it is built), adds as it is', () => {
    const dataSet = new DataSet<Item, 'id'>([]);
    syncDataSet(dataSet, [{ id: 'a', content: 'A' }]);
    expect(dataSet.getIds()).toEqual(['a']);
  });
});
