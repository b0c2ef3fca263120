/** The story's central event (what the header names and the page opens on) and its span, from the index alone. */
import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../../../src/lib/corpus/schema';
import { centralEvent, eventOutletCount, storySpan } from '../../../src/lib/story';

function event(id: string, fields: Partial<EventSummary> = {}): EventSummary {
  return { id, title: id, start: '2025-01-13', precision: 'day', outlets: [], main: true, coverage: { kyodo: 1 }, detail: 'd', ...fields };
}

describe('centralEvent', () => {
  it('picks the story event most outlets report, not the one with most sentences', () => {
    const events = [event('one-outlet', { coverage: { kyodo: 9 } }), event('three-outlets', { coverage: { kyodo: 1, yonhap: 1, asahi: 1 } })];
    expect(centralEvent({ events })?.id).toBe('three-outlets');
  });

  it('never picks a background event while the story has events of its own', () => {
    const events = [event('background', { main: false, coverage: { kyodo: 1, yonhap: 1, asahi: 1 } }), event('story', { coverage: { kyodo: 1 } })];
    expect(centralEvent({ events })?.id).toBe('story');
  });

  it('breaks a tie by a stated day over a span, then by sentences, then by the later start', () => {
    const span = event('span', { precision: 'interval', start: '2025-01-01', end: '2025-01-10', coverage: { kyodo: 5 } });
    expect(centralEvent({ events: [span, event('day', { coverage: { kyodo: 1 } })] })?.id).toBe('day');
    expect(centralEvent({ events: [event('more', { coverage: { kyodo: 3 } }), event('fewer', { coverage: { kyodo: 1 } })] })?.id).toBe('more');
    expect(centralEvent({ events: [event('later', { start: '2025-01-14' }), event('earlier', { start: '2025-01-12' })] })?.id).toBe('later');
  });

  it('counts articles with no known outlet as no outlet, and has nothing to pick in an empty corpus', () => {
    expect(eventOutletCount(event('x', { coverage: { '': 4, kyodo: 1 } }))).toBe(1);
    expect(centralEvent({ events: [] })).toBeNull();
  });
});

describe('storySpan', () => {
  it('runs from the first start to the last end of the story events, background left out', () => {
    const events = [
      event('call', { start: '2024-12-11' }),
      event('visit', { start: '2025-01-13', end: '2025-01-14', precision: 'interval' }),
      event('old-visit', { start: '2023-05-07', main: false }),
    ];
    expect(storySpan({ events })).toEqual({ start: '2024-12-11', end: '2025-01-14' });
  });

  it('is null with no events', () => {
    expect(storySpan({ events: [] })).toBeNull();
  });
});
