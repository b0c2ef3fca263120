/**
 * Evidence fetched ahead for the events in view. A chunk of its own, loaded once the page has painted: none of it
 * is needed for the first paint (bench/bundle-budget.ts).
 */
import type { QueryClient } from '@tanstack/react-query';
import type { CorpusIndex } from './corpus-index';
import type { eventDetailsQueryOptions as DetailOptions } from './event-detail-query';
import type { EventSummary } from './schema';

/** A span of whole days, first and last (YYYY-MM-DD), as the chart's window. */
type DayWindow = { from: string; to: string };

/** Of the chart's window, the events nearest its middle fetched ahead (the list's rows in view come first). */
export const CHART_PREFETCH_EVENTS = 40;

/** The events drawn in the chart's window (any overlap with it), nearest the window's middle first. */
export function eventsInWindow(events: readonly EventSummary[], window: DayWindow): string[] {
  const middle = (Date.parse(window.from) + Date.parse(window.to)) / 2;
  const inside: { id: string; distance: number }[] = [];
  for (const event of events) {
    if (!event.start) continue;
    const start = event.start.slice(0, 10);
    const end = (event.end ?? event.start).slice(0, 10);
    if (start > window.to || end < window.from) continue;
    const at = Date.parse(start.length === 10 ? start : `${start}-01`.slice(0, 10));
    inside.push({ id: event.id, distance: Number.isNaN(at) ? Infinity : Math.abs(at - middle) });
  }
  return inside.sort((a, b) => a.distance - b.distance).map((entry) => entry.id);
}

/** The list's rows in view, then the chart window's events nearest its middle: the likeliest next clicks first. */
export function prefetchViewWhenIdle(
  queryClient: QueryClient,
  index: CorpusIndex,
  listInView: readonly string[],
  events: readonly EventSummary[],
  /** The chart's window (none before the corpus has dates). */
  window: DayWindow | null,
  /** event-detail-query's, handed in: imported here it would split the first paint's chunks (bench/bundle-budget.ts). */
  detailOptions: typeof DetailOptions,
): () => void {
  const chartInView = window ? eventsInWindow(events, window).slice(0, CHART_PREFETCH_EVENTS) : [];
  return prefetchInViewWhenIdle(queryClient, [...listInView, ...chartInView], index, detailOptions);
}

/**
 * Detail files fetched ahead per view (the list's rows in view, then the chart's window): enough for a screen of the
 * event list (at 1,000 articles neighbouring story events sit in different files) and the events drawn on the chart.
 */
export const IN_VIEW_PREFETCH_FILES = 36;

/** The detail files of these events, in the order given, each once, at most `max`. */
export function detailFilesOf(index: CorpusIndex, eventIds: Iterable<string>, max: number): string[] {
  const keys = new Set<string>();
  for (const id of eventIds) {
    if (keys.size >= max) break;
    const key = index.eventById.get(id)?.detail;
    if (key) keys.add(key);
  }
  return [...keys];
}

/** Detail files on their way at once while fetching ahead: a click's own fetch never queues behind many. */
const PREFETCH_AT_ONCE = 2;

/**
 * An idle period (or, where idle callbacks do not exist, as in Safari: after `fallbackMs`). Not lib/when-idle's:
 * importing it here would split it off the first paint's chunks into one of its own (bench/bundle-budget.ts).
 */
const idle = (task: () => void, fallbackMs: number): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 3000 });
  else setTimeout(task, fallbackMs);
};
/** The first idle period; the same wait as lib/when-idle's where idle callbacks do not exist. */
const whenIdle = (task: () => void) => idle(task, 500);
/** The next idle period, or the next task once the first wait is over. */
const nextIdle = (task: () => void) => idle(task, 0);

/**
 * Once the page is idle, fetch the detail files of the events in view (in the order given: the likeliest next clicks
 * first), at most IN_VIEW_PREFETCH_FILES, so a click on any of them finds its evidence here and never waits for a
 * fetch and a validation. A couple at a time, each asked for in an idle period, so their validations (a task each
 * as a file arrives) seldom stand in front of a click. Files already fetched (or on their way) are skipped.
 * A new view (the list scrolled, the chart panned) replaces what is still queued; files on their way carry on, and
 * fetching goes on without waiting again for the page to be idle. Returns its cancel (what is still queued).
 */
export function prefetchInViewWhenIdle(
  queryClient: QueryClient,
  eventIds: Iterable<string>,
  index: CorpusIndex,
  detailOptions: typeof DetailOptions,
): () => void {
  const pass: Pass = { queryClient, keys: detailFilesOf(index, eventIds, IN_VIEW_PREFETCH_FILES), detailOptions };
  ahead.pass = pass;
  if (!ahead.started) {
    ahead.started = true;
    whenIdle(() => {
      for (let n = 0; n < PREFETCH_AT_ONCE; n++) fetchAhead();
    });
  } else if (ahead.running < PREFETCH_AT_ONCE) {
    nextIdle(fetchAhead);
  }
  return () => {
    if (ahead.pass === pass) ahead.pass = null;
  };
}

/** One view's queue of detail files, with what fetches them. */
type Pass = { queryClient: QueryClient; keys: string[]; detailOptions: typeof DetailOptions };

/** The fetching ahead of the page: the view's queue of files, and how many are on their way. */
const ahead: { pass: Pass | null; running: number; started: boolean } = { pass: null, running: 0, started: false };

function fetchAhead(): void {
  const pass = ahead.pass;
  if (!pass || ahead.running >= PREFETCH_AT_ONCE) return;
  const { queryClient, keys, detailOptions } = pass;
  // Fetched meanwhile (an earlier view, a hover, a click): skipped.
  let key: string | undefined;
  while ((key = keys.shift()) !== undefined && queryClient.getQueryState(detailOptions(key).queryKey) !== undefined);
  if (key === undefined) return;
  ahead.running++;
  void queryClient.prefetchQuery(detailOptions(key)).then(() => {
    ahead.running--;
    nextIdle(fetchAhead);
  });
}

