import { describe, expect, it } from 'vitest';
import type { ArticleSummary, EventSummary, Outlet } from '../../../src/lib/corpus/schema';
import { buildTimelineGroups, eventItem, itemDate, publicationItem, shortOutletName } from '../../../src/features/timeline/timeline-items';

const event = (extra: Partial<EventSummary>): EventSummary => ({
  id: 'meeting',
  title: 'Iwaya and Cho meet in Seoul',
  start: '2025-01-13',
  precision: 'day',
  outlets: ['yomiuri'],
  main: true,
  coverage: { yomiuri: 1 },
  detail: 'd',
  ...extra,
});
const yomiuri: Outlet = { id: 'yomiuri', name: 'The Japan News (Yomiuri Shimbun)', country: 'JP' };
const article = (headline: string | null): ArticleSummary => ({
  id: '000',
  file: '000.txt',
  outletId: 'yomiuri',
  headline,
  publishedAt: '2025-01-14',
  publishedPrecision: 'day',
  byline: null,
  dateline: null,
  opening: 'Foreign Minister Takeshi Iwaya met his South Korean counterpart',
  sentenceCount: 1,
  body: '000',
});

describe('itemDate', () => {
  it('gives a day, a span within a month, a span across months, a month and a year', () => {
    expect(itemDate('2025-01-13', undefined, 'day')).toBe('Jan 13');
    expect(itemDate('2025-01-13', '2025-01-16', 'interval')).toBe('Jan 13–16');
    expect(itemDate('2024-12-30', '2025-01-02', 'interval')).toBe('Dec 30 – Jan 2');
    expect(itemDate('2023-11-01', '2023-11-30', 'month')).toBe('Nov 2023');
    expect(itemDate('2022-01-01', '2022-12-31', 'year')).toBe('2022');
    expect(itemDate('2024-12-01', '2024-12-01', 'interval')).toBe('Dec 1');
  });
});

describe('item labels', () => {
  it('lead an event with its date, as text (no precision tag)', () => {
    expect(eventItem(event({}), null)).toMatchObject({ date: 'Jan 13', text: 'Iwaya and Cho meet in Seoul', content: 'Jan 13 · Iwaya and Cho meet in Seoul' });
    const span = eventItem(event({ precision: 'interval', start: '2024-12-01', end: '2024-12-10', title: 'President Yoon declares martial law' }), null);
    // A span that only says "early December" reads that way, never as a precision code; the tooltip says the day is not stated.
    expect(span).toMatchObject({ date: 'early Dec', text: 'President Yoon declares martial law', align: 'auto' });
    expect(span.content).toBe('early Dec · President Yoon declares martial law');
    expect(span.tooltip).toContain('early December 2024 (day not stated)');
    // A real span states its days: no tag.
    const trip = eventItem(event({ precision: 'interval', start: '2025-01-13', end: '2025-01-16', title: 'Four-day trip' }), null);
    expect(trip).toMatchObject({ date: 'Jan 13–16' });
    expect(trip.tooltip).toContain('13–16 Jan 2025 (span)');
    const month = eventItem(event({ precision: 'month', start: '2024-11-01', end: '2024-11-30', title: 'Talks' }), null);
    expect(month).toMatchObject({ date: 'Nov 2024' });
    expect(month.tooltip).toContain('(day not stated)');
    expect(month.tooltip).not.toMatch(/\b(interval|month)\b/);
  });

  it('name a publication by its headline, or as an untitled piece of its outlet, never by its first words', () => {
    expect(publicationItem(article('Japan, South Korea Affirm Ties'), yomiuri)!.text).toBe('Japan, South Korea Affirm Ties');
    expect(publicationItem(article(null), yomiuri)!.text).toBe('untitled, The Japan News (Yomiuri Shimbun)');
    expect(publicationItem(article(null), undefined)!.text).toBe('untitled, unknown outlet');
  });
});

describe('lane names', () => {
  it('shorten for a phone: no leading "The", no parenthesis', () => {
    expect(shortOutletName('The Japan News (Yomiuri Shimbun)')).toBe('Japan News');
    expect(shortOutletName('The Asahi Shimbun')).toBe('Asahi Shimbun');
    expect(shortOutletName('Korea JoongAng Daily')).toBe('Korea JoongAng Daily');
    expect(shortOutletName('(Unnamed)')).toBe('(Unnamed)');
  });

  it('keep the full name as the label', () => {
    const lane = buildTimelineGroups([yomiuri], [])[1]!;
    expect(lane).toMatchObject({ label: 'The Japan News (Yomiuri Shimbun)', shortLabel: 'Japan News' });
  });
});
