import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
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

/** The sources of one event (undefined while they load or when the event is unknown). */
export function useEventDetail(index: CorpusIndex, eventId: string | null) {
  const key = (eventId ? index.eventById.get(eventId)?.detail : undefined) ?? '';
  const query = useQuery({ ...eventDetailsQueryOptions(key), enabled: key !== '' });
  return { sources: eventId ? query.data?.get(eventId) : undefined, isPending: key !== '' && query.isPending, error: query.error, retry: query.refetch };
}
