import { describe, expect, it } from 'vitest';
import type { Article, Corpus, TimelineEvent } from '../../../src/lib/corpus/schema';
import { emphasisedEventIds, visibleEvents } from '../../../src/lib/corpus/visible-events';
import { publishFixture } from '../published-fixture';

const indexOf = (corpus: Corpus) => publishFixture(corpus).index;

const article = (id: string, outletId: string | null): Article => ({
  id,
  file: `${id}.txt`,
  outletId,
  headline: `Headline ${id}`,
  publishedAt: '2025-01-13',
  publishedPrecision: 'day',
  byline: null,
  dateline: null,
  metadata: {
    outlet: { value: outletId, source: 'manifest' },
    headline: { value: null, source: 'text' },
    publishedAt: { value: null, source: 'text' },
    byline: { value: null, source: 'missing' },
  },
  sentences: [1, 2].map((n) => ({ id: `${id}-s${n}`, text: `Sentence ${n} of ${id}.`, paragraph: n, kind: 'body' as const, line: n })),
  removed: [],
  quotes: [],
  lineCount: 2,
  sha256: 'x',
});

const event = (id: string, start: string, evidence: [string, number][], extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  title: id,
  start,
  precision: 'day',
  evidence: evidence.map(([articleId, n]) => ({ articleId, sentenceId: `${articleId}-s${n}`, dateId: null })),
  outlets: [],
  main: true,
  ...extra,
});

function corpus(): Corpus {
  return {
    version: 1,
    outlets: [
      { id: 'kyodo', name: 'Kyodo News', country: 'JP' },
      { id: 'joongang', name: 'Korea JoongAng Daily', country: 'KR' },
    ],
    articles: [article('a1', 'kyodo'), article('a2', 'joongang'), article('a3', null)],
    dates: [],
    events: [
      event('meeting', '2025-01-13', [['a1', 1], ['a2', 1]], { outlets: ['kyodo', 'joongang'] }),
      event('only-korea', '2025-01-10', [['a2', 2]], { outlets: ['joongang'] }),
      event('no-outlet', '2025-01-12', [['a3', 1]], { outlets: [] }),
      event('earlier', '2024-12-11', [['a1', 2]], { outlets: ['kyodo'] }),
    ],
    entities: [
      {
        id: 'iwaya',
        name: 'Takeshi Iwaya',
        type: 'person',
        aliases: [],
        mentions: [{ articleId: 'a2', sentenceId: 'a2-s2', start: 0, end: 5, text: 'Iwaya' }],
      },
    ],
    warnings: [],
  };
}

describe('visibleEvents', () => {
  it('returns every event, chronologically, when no outlet is hidden', () => {
    const index = indexOf(corpus());
    expect(visibleEvents(index, []).map((e) => e.id)).toEqual(['earlier', 'only-korea', 'no-outlet', 'meeting']);
  });

  it('drops events reported only by hidden outlets and trims the outlets and coverage of the rest', () => {
    const index = indexOf(corpus());
    const events = visibleEvents(index, ['joongang']);
    expect(events.map((e) => e.id)).toEqual(['earlier', 'no-outlet', 'meeting']);
    const meeting = events.find((e) => e.id === 'meeting')!;
    expect(meeting.coverage).toEqual({ kyodo: 1 });
    expect(meeting.outlets).toEqual(['kyodo']);
    // The index itself is untouched.
    expect(index.eventById.get('meeting')!.coverage).toEqual({ kyodo: 1, joongang: 1 });
  });

  it('keeps articles with no known outlet visible (they cannot be switched off)', () => {
    const index = indexOf(corpus());
    expect(visibleEvents(index, ['kyodo', 'joongang']).map((e) => e.id)).toEqual(['no-outlet']);
  });
});

describe('visibleEvents across view changes', () => {
  it('answers a repeated filter with the same list, and a changed filter afresh, never a stale one', () => {
    const index = indexOf(corpus());
    const hideKorea = ['joongang'];
    const first = visibleEvents(index, hideKorea);
    expect(visibleEvents(index, hideKorea)).toBe(first);
    expect(visibleEvents(index, []).map((e) => e.id)).toEqual(['earlier', 'only-korea', 'no-outlet', 'meeting']);
    // The same outlets in a new array (a new URL) give the same events, still in order.
    expect(visibleEvents(index, ['joongang']).map((e) => e.id)).toEqual(first.map((e) => e.id));
    expect(first.map((e) => e.id)).toEqual(['earlier', 'no-outlet', 'meeting']);
  });

  it('gives an outlet switched off and on again the lists it had, whatever order the URL names the outlets in', () => {
    const index = indexOf(corpus());
    const all = visibleEvents(index, []);
    const noKorea = visibleEvents(index, ['joongang']);
    expect(visibleEvents(index, [])).toBe(all);
    expect(visibleEvents(index, ['joongang'])).toBe(noKorea);
    const both = visibleEvents(index, ['kyodo', 'joongang']);
    expect(visibleEvents(index, ['joongang', 'kyodo'])).toBe(both);
    expect(both.map((e) => e.id)).toEqual(['no-outlet']);
    // A different filter is never answered from another's list.
    expect(visibleEvents(index, ['kyodo']).map((e) => e.id)).not.toEqual(both.map((e) => e.id));
    // Another index (a reloaded corpus) is filtered afresh.
    expect(visibleEvents(indexOf(corpus()), [])).not.toBe(all);
  });
});

describe('emphasisedEventIds', () => {
  it('is null when no entity (or only unknown ones) is highlighted', () => {
    const index = indexOf(corpus());
    const events = visibleEvents(index, []);
    expect(emphasisedEventIds(index, events, [], [])).toBeNull();
    expect(emphasisedEventIds(index, events, ['nobody'], [])).toBeNull();
  });

  it('holds the events whose evidence sentences mention a highlighted entity', () => {
    const index = indexOf(corpus());
    expect(emphasisedEventIds(index, visibleEvents(index, []), ['iwaya'], [])).toEqual(new Set(['only-korea']));
    // The mention is in a hidden outlet's sentence: nothing is emphasised, everything dims.
    expect(emphasisedEventIds(index, visibleEvents(index, ['joongang']), ['iwaya'], ['joongang'])).toEqual(new Set());
  });
});
