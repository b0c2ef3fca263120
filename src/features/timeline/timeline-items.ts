import { articleTitle } from '../../lib/article-label';
import type { ArticleSummary, EventSummary, Outlet } from '../../lib/corpus/schema';
import { formatPublished, formatSpan } from '../../lib/format';
import { dayToMs, eventEnd, wallClockMs } from './timeline-window';

/**
 * What the timeline draws, as plain data (no vis-timeline import, so it is cheap
 * to test). `content` is HTML-escaped text, a safe fallback should anything
 * render it as HTML; the view's `template` option renders `text`, `badge` and
 * `tooltip` as DOM text nodes, so article text never reaches innerHTML.
 */
export interface TimelineItemData {
  id: string;
  /** Absent for the background band, which spans every lane. */
  group?: string;
  type: 'box' | 'point' | 'range' | 'background';
  start: Date;
  end?: Date;
  content: string;
  className: string;
  selectable: boolean;
  text: string;
  badge: string;
  tooltip: string;
}

export interface TimelineGroupData {
  id: string;
  order: number;
  content: string;
  className: string;
  label: string;
  sublabel: string;
}

export const EVENTS_GROUP = 'events';
const EVENT_PREFIX = 'event:';
const PUBLICATION_PREFIX = 'publication:';
const HOUR_MS = 60 * 60 * 1000;

export const eventItemId = (eventId: string) => `${EVENT_PREFIX}${eventId}`;
export const publicationItemId = (articleId: string) => `${PUBLICATION_PREFIX}${articleId}`;
export const outletGroupId = (outletId: string | null) => `outlet:${outletId ?? ''}`;

/** Which thing a timeline item id stands for. */
export function parseItemId(id: unknown): { kind: 'event' | 'publication'; id: string } | null {
  if (typeof id !== 'string') return null;
  if (id.startsWith(EVENT_PREFIX)) return { kind: 'event', id: id.slice(EVENT_PREFIX.length) };
  if (id.startsWith(PUBLICATION_PREFIX)) return { kind: 'publication', id: id.slice(PUBLICATION_PREFIX.length) };
  return null;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function eventItem(event: EventSummary, emphasised: Set<string> | null): TimelineItemData {
  const isDayEvent = event.precision === 'day';
  const classes = ['parallax-event', isDayEvent ? 'parallax-day' : `parallax-span parallax-precision-${event.precision}`];
  if (!event.main) classes.push('parallax-context');
  if (emphasised && !emphasised.has(event.id)) classes.push('parallax-dimmed');
  if (emphasised?.has(event.id)) classes.push('parallax-emphasised');
  const span = formatSpan(event.start, event.end, event.precision);
  const badge = isDayEvent ? '' : event.precision;
  const tooltip = `${event.title} — ${span} (${event.precision}${event.main ? '' : ', background'}), reported by ${plural(event.outlets.length, 'outlet')}`;
  return {
    id: eventItemId(event.id),
    group: EVENTS_GROUP,
    // A day event sits at noon, the middle of its day; spans cover whole days (end exclusive).
    type: isDayEvent ? 'box' : 'range',
    start: new Date(dayToMs(event.start) + (isDayEvent ? 12 * HOUR_MS : 0)),
    end: isDayEvent ? undefined : new Date(dayToMs(eventEnd(event)) + 24 * HOUR_MS),
    content: escapeHtml(badge ? `${badge}: ${event.title}` : event.title),
    className: classes.join(' '),
    selectable: true,
    text: event.title,
    badge,
    tooltip,
  };
}

export function publicationItem(article: ArticleSummary, outlet: Outlet | undefined): TimelineItemData | null {
  const placed = wallClockMs(article.publishedAt);
  if (!placed) return null;
  const title = articleTitle(article);
  const text = `Published: ${title.text}`;
  return {
    id: publicationItemId(article.id),
    group: outletGroupId(article.outletId),
    type: 'point',
    start: new Date(placed.ms),
    end: undefined,
    content: escapeHtml(text),
    className: `parallax-publication${placed.dayOnly ? ' parallax-publication-day-only' : ''}`,
    selectable: true,
    text,
    badge: '',
    tooltip: `${outlet?.name ?? 'Unknown outlet'}, published ${formatPublished(article.publishedAt)}${placed.dayOnly ? ' (day only, time unknown)' : ''}: ${title.text}`,
  };
}

/** The band of the story's main events, drawn behind every lane. */
export function storyPeriodItem(events: readonly EventSummary[]): TimelineItemData | null {
  const main = events.filter((event) => event.main);
  if (main.length === 0) return null;
  const from = main.map((event) => event.start).reduce((a, b) => (b < a ? b : a));
  const to = main.map(eventEnd).reduce((a, b) => (b > a ? b : a));
  return {
    id: 'story-period',
    group: undefined,
    type: 'background',
    start: new Date(dayToMs(from)),
    end: new Date(dayToMs(to) + 24 * HOUR_MS),
    content: '',
    className: 'parallax-story-period',
    selectable: false,
    text: '',
    badge: '',
    tooltip: `Story period: ${formatSpan(from, to, 'interval')}`,
  };
}

export function buildTimelineItems(
  events: readonly EventSummary[],
  articles: readonly ArticleSummary[],
  outlets: readonly Outlet[],
  emphasised: Set<string> | null,
): TimelineItemData[] {
  const outletById = new Map(outlets.map((outlet) => [outlet.id, outlet]));
  const items = events.map((event) => eventItem(event, emphasised));
  for (const article of articles) {
    const item = publicationItem(article, outletById.get(article.outletId ?? ''));
    if (item) items.push(item);
  }
  const band = storyPeriodItem(events);
  if (band) items.push(band);
  return items;
}

/** One "Events" lane, then one lane per outlet (corpus order), then unknown outlets. */
export function buildTimelineGroups(outlets: readonly Outlet[], articles: readonly ArticleSummary[]): TimelineGroupData[] {
  const groups: TimelineGroupData[] = [
    { id: EVENTS_GROUP, order: 0, content: 'Events', className: 'parallax-lane-events', label: 'Events', sublabel: 'when it happened' },
  ];
  outlets.forEach((outlet, position) => {
    groups.push({
      id: outletGroupId(outlet.id),
      order: position + 1,
      content: escapeHtml(outlet.name),
      className: 'parallax-lane-outlet',
      label: outlet.name,
      sublabel: 'published',
    });
  });
  const known = new Set(outlets.map((outlet) => outlet.id));
  if (articles.some((article) => article.outletId === null || !known.has(article.outletId))) {
    // Articles whose outlet is unknown (or not in the outlet list) still get a lane.
    const strays = new Set(articles.filter((article) => article.outletId === null || !known.has(article.outletId)).map((article) => article.outletId));
    for (const outletId of strays) {
      const label = outletId ?? 'Unknown outlet';
      groups.push({
        id: outletGroupId(outletId),
        order: groups.length,
        content: escapeHtml(label),
        className: 'parallax-lane-outlet',
        label,
        sublabel: 'published',
      });
    }
  }
  return groups;
}
