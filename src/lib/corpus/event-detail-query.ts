import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { whenIdle } from '../when-idle';
import type { CorpusIndex } from './corpus-index';
import { appUrl, fetchValidated } from './fetch-json';
import { groupBy } from './group-by';
import { eventDetailPath } from './paths';
import type { DateMention, EventDetail, PlacedSentence, Quote, SentenceMention, WordingSpan } from './schema';

/** One event's evidence with the lookups its views need, built once per fetched file. */
export interface EventSources {
  detail: EventDetail;
  sentenceById: Map<string, PlacedSentence>;
  mentionsBySentence: Map<string, SentenceMention[]>;
  quotesBySentence: Map<string, Quote[]>;
  wordingBySentence: Map<string, WordingSpan[]>;
  dateById: Map<string, DateMention>;
}

export function eventSources(detail: EventDetail): EventSources {
  return {
    detail,
    sentenceById: new Map(detail.sentences.map((placed) => [placed.sentence.id, placed])),
    mentionsBySentence: groupBy(detail.mentions, (mention) => mention.sentenceId),
    quotesBySentence: groupBy(detail.quotes, (quote) => quote.sentenceId),
    wordingBySentence: new Map((detail.wording ?? []).map((entry) => [entry.sentenceId, entry.spans])),
    dateById: new Map(detail.dates.map((date) => [date.id, date])),
  };
}

/** Fetch one event-detail file (several neighbouring events) and validate it. */
export async function fetchEventDetails(key: string, signal?: AbortSignal): Promise<Map<string, EventSources>> {
  const validator = import('./schema').then(({ eventDetailFileSchema }) => eventDetailFileSchema.safeParse.bind(eventDetailFileSchema));
  const file = await fetchValidated(appUrl(eventDetailPath(key)), 'This event’s sources', validator, signal);
  return new Map(file.events.map((detail) => [detail.id, eventSources(detail)]));
}

export const eventDetailsQueryOptions = (key: string) =>
  queryOptions({ queryKey: ['event-details', key], queryFn: ({ signal }) => fetchEventDetails(key, signal), staleTime: Infinity, retry: 1 });

/** Start fetching an event's sources before they are needed (hover, focus, a likely next click). */
export function prefetchEventDetail(queryClient: QueryClient, index: CorpusIndex, eventId: string): void {
  const key = index.eventById.get(eventId)?.detail;
  if (key) void queryClient.prefetchQuery(eventDetailsQueryOptions(key));
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

/** The next idle period; where idle callbacks do not exist (Safari), the next task once the first wait is over. */
const nextIdle = (task: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') return whenIdle(task);
  const timer = setTimeout(task, 0);
  return () => clearTimeout(timer);
};

/**
 * Once the page is idle, fetch the detail files of the events in view (in the order given: the likeliest next clicks
 * first), at most IN_VIEW_PREFETCH_FILES, so a click on any of them finds its evidence here and never waits for a
 * fetch and a validation. A couple at a time, each asked for in an idle period, so their validations (a task each
 * as a file arrives) seldom stand in front of a click. Files already fetched (or on their way) are skipped.
 * A new view (the list scrolled, the chart panned) replaces what is still queued; files on their way carry on, and
 * fetching goes on without waiting again for the page to be idle. Returns its cancel (what is still queued).
 */
export function prefetchInViewWhenIdle(queryClient: QueryClient, eventIds: Iterable<string>, index: CorpusIndex): () => void {
  const pass = { queryClient, keys: detailFilesOf(index, eventIds, IN_VIEW_PREFETCH_FILES) };
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

/** The fetching ahead of the page: the view's queue of files, and how many are on their way. */
const ahead: { pass: { queryClient: QueryClient; keys: string[] } | null; running: number; started: boolean } = { pass: null, running: 0, started: false };

function fetchAhead(): void {
  const pass = ahead.pass;
  if (!pass || ahead.running >= PREFETCH_AT_ONCE) return;
  const { queryClient, keys } = pass;
  // Fetched meanwhile (an earlier view, a hover, a click): skipped.
  let key: string | undefined;
  while ((key = keys.shift()) !== undefined && queryClient.getQueryState(eventDetailsQueryOptions(key).queryKey) !== undefined);
  if (key === undefined) return;
  ahead.running++;
  void queryClient.prefetchQuery(eventDetailsQueryOptions(key)).then(() => {
    ahead.running--;
    nextIdle(fetchAhead);
  });
}

/** The sources of one event (undefined while they load or when the event is unknown). */
export function useEventDetail(index: CorpusIndex, eventId: string | null) {
  const key = (eventId ? index.eventById.get(eventId)?.detail : undefined) ?? '';
  const query = useQuery({ ...eventDetailsQueryOptions(key), enabled: key !== '' });
  return { sources: eventId ? query.data?.get(eventId) : undefined, isPending: key !== '' && query.isPending, error: query.error, retry: query.refetch };
}
