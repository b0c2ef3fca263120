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
 * Detail files fetched ahead when the page is idle: enough for the events a reader sees first (a screen of the
 * event list; at 1,000 articles neighbouring story events sit in different files, so four covered only a few rows).
 */
export const IDLE_PREFETCH_FILES = 12;

/**
 * Once the page is idle, fetch the detail files of the first events (in the
 * order given, the event list's), at most IDLE_PREFETCH_FILES of them, so the
 * first clicks find their evidence here. Each file is validated in its own task
 * as it arrives, so a click meanwhile waits for one file at most. Returns its cancel.
 */
export function prefetchWhenIdle(queryClient: QueryClient, eventIds: readonly string[], index: CorpusIndex): () => void {
  const keys: string[] = [];
  for (const id of eventIds) {
    const key = index.eventById.get(id)?.detail;
    if (key && !keys.includes(key)) keys.push(key);
    if (keys.length >= IDLE_PREFETCH_FILES) break;
  }
  return whenIdle(() => keys.forEach((key) => void queryClient.prefetchQuery(eventDetailsQueryOptions(key))));
}

/** The sources of one event (undefined while they load or when the event is unknown). */
export function useEventDetail(index: CorpusIndex, eventId: string | null) {
  const key = (eventId ? index.eventById.get(eventId)?.detail : undefined) ?? '';
  const query = useQuery({ ...eventDetailsQueryOptions(key), enabled: key !== '' });
  return { sources: eventId ? query.data?.get(eventId) : undefined, isPending: key !== '' && query.isPending, error: query.error, retry: query.refetch };
}
