import { articleTitle } from '../../lib/article-label';
import type { ArticleSummary, EventSummary, Outlet } from '../../lib/corpus/schema';
import { highlightsOf, highlightWords, type Emphasis, type EventHighlight } from '../../lib/event-highlights';
import { describeWhen, formatPublished, formatSpan } from '../../lib/format';
import { dayToMs, eventEnd, wallClockMs, type DayWindow } from './timeline-window';

/**
 * What the timeline draws, as plain data (no vis-timeline import, so it is cheap
 * to test). `content` is HTML-escaped text, a safe fallback should anything
 * render it as HTML; the view's `template` option renders `text`, `date`, marks and
 * `tooltip` as DOM text nodes, so article text never reaches innerHTML.
 */
export interface TimelineItemData {
  id: string;
  /** Absent for the background band, which spans every lane. */
  group?: string;
  type: 'box' | 'point' | 'range' | 'background';
  /** A range that starts left of the view shows its label at the view's edge ('auto'), not off-screen. */
  align?: 'auto';
  start: Date;
  end?: Date;
  content: string;
  className: string;
  selectable: boolean;
  text: string;
  /** Leads the label ("Jan 13"): the axis may be too coarse to read it from. Empty for publications and clusters. */
  date: string;
  tooltip: string;
  /** The highlighted names an event mentions (a symbol each, before its label). */
  marks?: readonly EventHighlight[];
}

export interface TimelineGroupData {
  id: string;
  order: number;
  content: string;
  className: string;
  label: string;
  /** The label where room is short (a phone): the name without "The" and a parenthesis; `label` stays the title. */
  shortLabel: string;
  sublabel: string;
}

export const EVENTS_GROUP = 'events';
const EVENT_PREFIX = 'event:';
const PUBLICATION_PREFIX = 'publication:';
const CLUSTER_PREFIX = 'cluster:';
const HOUR_MS = 60 * 60 * 1000;

export const eventItemId = (eventId: string) => `${EVENT_PREFIX}${eventId}`;
export const publicationItemId = (articleId: string) => `${PUBLICATION_PREFIX}${articleId}`;
export const outletGroupId = (outletId: string | null) => `outlet:${outletId ?? ''}`;

/** Which thing a timeline item id stands for (a cluster: the days it gathers). */
export function parseItemId(
  id: unknown,
): { kind: 'event' | 'publication'; id: string } | { kind: 'cluster'; id: string; range: ClusterTarget } | null {
  if (typeof id !== 'string') return null;
  if (id.startsWith(EVENT_PREFIX)) return { kind: 'event', id: id.slice(EVENT_PREFIX.length) };
  if (id.startsWith(PUBLICATION_PREFIX)) return { kind: 'publication', id: id.slice(PUBLICATION_PREFIX.length) };
  if (id.startsWith(CLUSTER_PREFIX)) {
    const [, from, to] = id.slice(CLUSTER_PREFIX.length).split('|');
    if (from && to) return { kind: 'cluster', id, range: { from, to } };
  }
  return null;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function eventItem(event: EventSummary, emphasised: Emphasis | null): TimelineItemData {
  const isDayEvent = event.precision === 'day';
  const classes = ['parallax-event', isDayEvent ? 'parallax-day' : `parallax-span parallax-precision-${event.precision}`];
  if (!event.main) classes.push('parallax-context');
  if (emphasised && !emphasised.has(event.id)) classes.push('parallax-dimmed');
  if (emphasised?.has(event.id)) classes.push('parallax-emphasised');
  const when = plainWhen(event);
  const date = when.short;
  const label = `${date} · ${event.title}`;
  const marks = highlightsOf(emphasised, event.id);
  const tooltip = `${event.title} — ${when.long}${event.main ? '' : ' (background)'}, reported by ${plural(event.outlets.length, 'outlet')}${
    marks.length > 0 ? `; mentions ${highlightWords(marks)}` : ''
  }`;
  return {
    id: eventItemId(event.id),
    group: EVENTS_GROUP,
    // A day event sits at noon, the middle of its day; spans cover whole days (end exclusive).
    type: isDayEvent ? 'box' : 'range',
    ...(isDayEvent ? {} : { align: 'auto' as const }),
    start: new Date(dayToMs(event.start) + (isDayEvent ? 12 * HOUR_MS : 0)),
    end: isDayEvent ? undefined : new Date(dayToMs(eventEnd(event)) + 24 * HOUR_MS),
    // No precision tag: "early Dec" and the hatching (explained in the caption) say the day is not stated.
    content: escapeHtml(label),
    className: classes.join(' '),
    selectable: true,
    text: event.title,
    date,
    tooltip,
    // Explicitly undefined when none: the chart's DataSet update spreads, so an absent key would keep old marks.
    marks: marks.length > 0 ? marks : undefined,
  };
}

export function publicationItem(article: ArticleSummary, outlet: Outlet | undefined): TimelineItemData | null {
  const placed = wallClockMs(article.publishedAt);
  if (!placed) return null;
  const title = articleTitle(article);
  // The headline; an article without one is named by its outlet, not by its first words (they read as a headline).
  const text = article.headline ?? `untitled, ${outlet?.name ?? 'unknown outlet'}`;
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
    date: '',
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
    date: '',
    tooltip: `Story period: ${formatSpan(from, to, 'interval')}`,
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthDay = (day: string) => `${MONTHS[Number(day.slice(5, 7)) - 1] ?? ''} ${Number(day.slice(8, 10))}`;

/**
 * An event's date in a reader's words, not a precision code: the label's short form ("early Dec" for a span that
 * only says "early December", "Jan 13–16" for a real span), the long form for the tooltip, and whether the text
 * left the day unstated (drawn hatched, with a "day not stated" tag instead of "INTERVAL").
 */
export function plainWhen(event: Pick<EventSummary, 'start' | 'end' | 'precision'>): { short: string; long: string; vague: boolean } {
  const long = describeWhen(event.start, event.end, event.precision);
  const vague = long.endsWith('not stated)');
  const part = /^(early|mid-|late) ?([A-Z][a-z]{2})/.exec(long);
  const short = vague && part ? `${part[1]}${part[1] === 'mid-' ? '' : ' '}${part[2]}` : itemDate(event.start, event.end, event.precision);
  return { short, long, vague };
}

/**
 * An item's date, short enough to lead its label (the axis gives the year):
 * "Jan 13", "Jan 13–16", "Dec 30 – Jan 2", "Nov 2023", "2023".
 */
export function itemDate(start: string, end: string | undefined, precision: string): string {
  if (precision === 'year') return start.slice(0, 4);
  if (precision === 'month') return `${MONTHS[Number(start.slice(5, 7)) - 1] ?? ''} ${start.slice(0, 4)}`;
  if (precision === 'day' || !end || end <= start) return monthDay(start);
  if (start.slice(0, 7) === end.slice(0, 7)) return `${monthDay(start)}–${Number(end.slice(8, 10))}`;
  return `${monthDay(start)} – ${monthDay(end)}`;
}

/** "Japan News" for "The Japan News (Yomiuri Shimbun)": a lane name that fits a phone (the full one is its title). */
export function shortOutletName(name: string): string {
  const short = name
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/^the\s+/i, '')
    .trim();
  return short || name;
}

/** Past this many events near the window, neighbouring events share a cluster item. */
export const LANE_ITEM_BUDGET = 30;
/** Publication labels are wide: an outlet lane clusters past this many. */
export const PUBLICATION_LANE_BUDGET = 12;
/** A clustered lane is cut into bins of the finest width that puts at most this many in view. */
const BINS_IN_VIEW = 12;
/** At most this many outlet lanes; past it the outlets with the fewest articles in view share one. */
export const OUTLET_LANE_BUDGET = 10;
/** Bin widths (days) a crowded lane may be cut into, finest first. */
const BIN_LADDER = [1, 2, 7, 14, 30, 61, 91, 182, 365, 730, 1826, 3652];
const OTHER_OUTLETS = 'other-outlets';

export interface TimelineDataInput {
  events: readonly EventSummary[];
  articles: readonly ArticleSummary[];
  outlets: readonly Outlet[];
  emphasised: Emphasis | null;
  /** The days in view: items are given for it and one more window's width on each side (panning finds them drawn). */
  window: DayWindow;
}

/** A bin of items too close to draw one by one at this zoom: one item that zooms in when clicked. */
export interface ClusterTarget {
  from: string;
  to: string;
}

/**
 * What the chart draws, at a level of detail that keeps vis-timeline fast: vis
 * measures every item it adds (a forced layout each), so it is never handed
 * thousands. Only items near the window are given (one window's width either
 * side); a lane with more than its budget of them is cut into day bins (the
 * finest width that puts at most BINS_IN_VIEW in view), and a bin holding
 * several becomes one "N events" or "N articles" item that zooms into its days;
 * with more than OUTLET_LANE_BUDGET outlets the quietest in view share one lane.
 * A small corpus (the seeds) is drawn item by item, every lane shown.
 */
export function buildTimelineData(input: TimelineDataInput): { items: TimelineItemData[]; groups: TimelineGroupData[] } {
  const { events, articles, outlets, emphasised, window } = input;
  const spanDays = Math.max(1, Math.round((dayToMs(window.to) - dayToMs(window.from)) / DAY_MS) + 1);
  const rangeStart = dayToMs(window.from) - spanDays * DAY_MS;
  const rangeEnd = dayToMs(window.to) + (spanDays + 1) * DAY_MS;
  const near = (startMs: number, endMs: number) => endMs > rangeStart && startMs < rangeEnd;
  const binDays = () => BIN_LADDER.find((days) => Math.ceil(spanDays / days) <= BINS_IN_VIEW) ?? BIN_LADDER.at(-1)!;

  // Events: one lane.
  const shownEvents = events.filter((event) => near(dayToMs(event.start), dayToMs(eventEnd(event)) + DAY_MS));
  const items: TimelineItemData[] = [];
  if (shownEvents.length <= LANE_ITEM_BUDGET) {
    for (const event of shownEvents) items.push(eventItem(event, emphasised));
  } else {
    const days = binDays();
    for (const members of binned(shownEvents, (event) => dayToMs(event.start), days)) {
      items.push(members.length === 1 ? eventItem(members[0]!, emphasised) : eventCluster(members, days, emphasised));
    }
  }

  // Publications: a lane per outlet, the quietest sharing one past the budget.
  const placed = articles
    .map((article) => ({ article, at: wallClockMs(article.publishedAt) }))
    .filter((entry): entry is { article: ArticleSummary; at: { ms: number; dayOnly: boolean } } => entry.at !== null);
  const inView = placed.filter((entry) => near(entry.at.ms, entry.at.ms + 1));
  const groups = buildTimelineGroups(outlets, articles);
  const laneOf = new Map<string | null, string>();
  const known = new Set(outlets.map((outlet) => outlet.id));
  if (outlets.length > OUTLET_LANE_BUDGET) {
    const counts = new Map<string, number>();
    for (const { article } of inView) if (article.outletId && known.has(article.outletId)) counts.set(article.outletId, (counts.get(article.outletId) ?? 0) + 1);
    const busiest = new Set(
      [...counts.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, OUTLET_LANE_BUDGET - 1)
        .map(([id]) => id),
    );
    const kept = groups.filter((group) => group.id === EVENTS_GROUP || !group.id.startsWith('outlet:') || busiest.has(group.id.slice('outlet:'.length)) || !known.has(group.id.slice('outlet:'.length)));
    const others = outlets.length - busiest.size;
    kept.push({
      id: OTHER_OUTLETS,
      order: groups.length + 1,
      content: escapeHtml(`${others} other outlets`),
      className: 'parallax-lane-outlet parallax-lane-others',
      label: `${others} other outlets`,
      shortLabel: `${others} others`,
      sublabel: 'published',
    });
    for (const outlet of outlets) laneOf.set(outlet.id, busiest.has(outlet.id) ? outletGroupId(outlet.id) : OTHER_OUTLETS);
    groups.splice(0, groups.length, ...kept);
  }
  const outletById = new Map(outlets.map((outlet) => [outlet.id, outlet]));
  const byLane = new Map<string, typeof inView>();
  for (const entry of inView) {
    const lane = laneOf.get(entry.article.outletId) ?? outletGroupId(entry.article.outletId);
    const list = byLane.get(lane);
    if (list) list.push(entry);
    else byLane.set(lane, [entry]);
  }
  for (const [lane, entries] of byLane) {
    if (entries.length <= PUBLICATION_LANE_BUDGET) {
      for (const { article } of entries) {
        const item = publicationItem(article, outletById.get(article.outletId ?? ''));
        if (item) items.push({ ...item, group: lane });
      }
      continue;
    }
    const days = binDays();
    for (const members of binned(entries, (entry) => entry.at.ms, days)) {
      if (members.length === 1) {
        const item = publicationItem(members[0]!.article, outletById.get(members[0]!.article.outletId ?? ''));
        if (item) items.push({ ...item, group: lane });
      } else {
        items.push(publicationCluster(lane, members.map((entry) => entry.article), days, outletById));
      }
    }
  }

  const band = storyPeriodItem(events);
  if (band) items.push(band);
  return { items, groups };
}

const DAY_MS = 24 * HOUR_MS;

/** Items in day bins of a width, in time order; bins are aligned to whole multiples of it (stable while panning). */
function binned<T>(items: readonly T[], msOf: (item: T) => number, days: number): T[][] {
  const bins = new Map<number, T[]>();
  for (const item of items) {
    const bin = Math.floor(msOf(item) / (days * DAY_MS));
    const list = bins.get(bin);
    if (list) list.push(item);
    else bins.set(bin, [item]);
  }
  return [...bins.entries()].sort((a, b) => a[0] - b[0]).map(([, list]) => list);
}

/** A bin's days, and the stretch its cluster is drawn over: inset a little, so neighbouring clusters never touch (vis would stack them). */
function binRange(firstMs: number, days: number): { from: string; to: string; startMs: number; endMs: number } {
  const binStart = Math.floor(firstMs / (days * DAY_MS)) * days * DAY_MS;
  const binEnd = binStart + days * DAY_MS;
  const inset = (binEnd - binStart) * 0.08;
  return {
    from: new Date(binStart).toISOString().slice(0, 10),
    to: new Date(binEnd - DAY_MS).toISOString().slice(0, 10),
    startMs: binStart + inset,
    endMs: binEnd - inset,
  };
}

const clusterId = (lane: string, range: ClusterTarget) => `${CLUSTER_PREFIX}${lane}|${range.from}|${range.to}`;
const listed = (titles: string[]) => (titles.length > 5 ? `${titles.slice(0, 5).join('; ')}; and ${titles.length - 5} more` : titles.join('; '));

export function eventCluster(members: readonly EventSummary[], days: number, emphasised: Emphasis | null): TimelineItemData {
  const range = binRange(dayToMs(members[0]!.start), days);
  const marked = emphasised ? members.filter((event) => emphasised.has(event.id)).length : 0;
  const classes = ['parallax-cluster', 'parallax-event'];
  if (emphasised && marked === 0) classes.push('parallax-dimmed');
  if (marked > 0) classes.push('parallax-emphasised');
  const text = `${members.length} events${marked > 0 ? ` (${marked} highlighted)` : ''}`;
  return {
    id: clusterId(EVENTS_GROUP, range),
    group: EVENTS_GROUP,
    type: 'range',
    start: new Date(range.startMs),
    end: new Date(range.endMs),
    content: escapeHtml(text),
    className: classes.join(' '),
    selectable: true,
    text,
    date: '',
    tooltip: `${text}, ${formatSpan(range.from, range.to, 'interval')}: ${listed(members.map((event) => event.title))}. Click to zoom in; the event list has each one.`,
  };
}

export function publicationCluster(lane: string, members: readonly ArticleSummary[], days: number, outletById: ReadonlyMap<string, Outlet>): TimelineItemData {
  const first = Math.min(...members.map((article) => wallClockMs(article.publishedAt)?.ms ?? Infinity));
  const range = binRange(first, days);
  const text = `${members.length} articles`;
  return {
    id: clusterId(lane, range),
    group: lane,
    type: 'range',
    start: new Date(range.startMs),
    end: new Date(range.endMs),
    content: escapeHtml(text),
    className: 'parallax-cluster parallax-publication',
    selectable: true,
    text,
    date: '',
    tooltip: `${text}, ${formatSpan(range.from, range.to, 'interval')}: ${listed(members.map((article) => `${outletById.get(article.outletId ?? '')?.name ?? 'Unknown outlet'}: ${articleTitle(article).text}`))}. Click to zoom in.`,
  };
}

/** One "Events" lane, then one lane per outlet (corpus order), then unknown outlets. */
export function buildTimelineGroups(outlets: readonly Outlet[], articles: readonly ArticleSummary[]): TimelineGroupData[] {
  const groups: TimelineGroupData[] = [
    { id: EVENTS_GROUP, order: 0, content: 'Events', className: 'parallax-lane-events', label: 'Events', shortLabel: 'Events', sublabel: 'when it happened' },
  ];
  outlets.forEach((outlet, position) => {
    groups.push({
      id: outletGroupId(outlet.id),
      order: position + 1,
      content: escapeHtml(outlet.name),
      className: 'parallax-lane-outlet',
      label: outlet.name,
      shortLabel: shortOutletName(outlet.name),
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
        shortLabel: shortOutletName(label),
        sublabel: 'published',
      });
    }
  }
  return groups;
}
