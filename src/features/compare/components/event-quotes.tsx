import { memo } from 'react';
import { MarkedText } from '../../../components/marked-text';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import type { Outlet, SentenceMention } from '../../../lib/corpus/schema';
import { entityMarksFor, firstMentionKeys } from '../../../lib/entity-marks';
import { navigateView } from '../../../lib/view-state';
import { plural, SILENT_OUTLET_BOXES, type OutletSources, type SourceSentence } from '../event-sources';

export type EventQuotesProps = {
  index: CorpusIndex;
  eventId: string;
  /** The event's evidence per shown outlet (sourcesByOutlet). */
  sources: OutletSources[];
  /** Highlighted entity ids, in highlight order. */
  highlighted: readonly string[];
};

interface SpeakerQuotes {
  key: string;
  name: string;
  byOutlet: Array<{ outlet: Outlet; quotes: Array<{ text: string; item: SourceSentence; mentions: SentenceMention[] }> }>;
}

/** The sentence's mentions inside a quotation, counted from the quotation's start. */
function mentionsInQuote(item: SourceSentence, text: string): SentenceMention[] {
  const start = item.sentence.text.indexOf(text);
  if (start < 0) return [];
  return item.mentions
    .filter((mention) => mention.start >= start && mention.end <= start + text.length)
    .map((mention) => ({ ...mention, start: mention.start - start, end: mention.end - start }));
}

/** How many quotations the shown outlets give on the event, and how many named people they quote: the fold's count. */
export function quoteCounts(sources: readonly OutletSources[]): { quotations: number; people: number } {
  const people = new Set<string>();
  let quotations = 0;
  for (const source of sources) {
    for (const { sentences } of source.articles) {
      for (const item of sentences) {
        for (const quote of item.quotes) {
          quotations += 1;
          if (quote.speakerId) people.add(quote.speakerId);
        }
      }
    }
  }
  return { quotations, people: people.size };
}

/**
 * Direct quotations in the event's sentences, grouped by speaker, then by outlet:
 * what one person said, as each outlet quoted it. Quotations whose sentence names
 * no speaker are listed apart, never guessed.
 */
export const EventQuotes = memo(function EventQuotes({ index, eventId, sources, highlighted }: EventQuotesProps) {
  const speakers = new Map<string, SpeakerQuotes>();
  for (const source of sources) {
    for (const { sentences } of source.articles) {
      for (const item of sentences) {
        for (const quote of item.quotes) {
          const key = quote.speakerId ?? '';
          const speaker = speakers.get(key) ?? {
            key,
            name: quote.speakerName ?? 'Speaker not named in the sentence',
            byOutlet: sources.map(({ outlet }) => ({ outlet, quotes: [] })),
          };
          speaker.byOutlet
            .find((entry) => entry.outlet.id === source.outlet.id)
            ?.quotes.push({ text: quote.text, item, mentions: mentionsInQuote(item, quote.text) });
          speakers.set(key, speaker);
        }
      }
    }
  }
  // Named speakers first, most quoted first; the unnamed last.
  const ordered = [...speakers.values()].sort(
    (a, b) =>
      Number(a.key === '') - Number(b.key === '') ||
      count(b) - count(a) ||
      a.name.localeCompare(b.name),
  );
  // One tab stop per name among the quotations, at its first mention.
  const tabStops = firstMentionKeys(ordered.flatMap((speaker) => speaker.byOutlet.flatMap((entry) => entry.quotes.map((quote) => quote.mentions))));
  if (ordered.length === 0) return <p className="text-sm text-stone-700">No shown outlet quotes anyone directly on this event.</p>;

  return (
    <div className="space-y-4">
      {ordered.map((speaker) => {
        const quoting = speaker.byOutlet.filter((entry) => entry.quotes.length > 0);
        const headingId = `quotes-${eventId}-${speaker.key || 'unnamed'}`;
        return (
          <section key={speaker.key} aria-labelledby={headingId}>
            <div className="flex flex-wrap items-baseline gap-x-2">
              <h4 id={headingId} className="font-semibold text-stone-800">
                {speaker.key ? `What ${speaker.name} said, per outlet` : speaker.name}
              </h4>
              <p className="text-xs text-stone-600">
                {plural(count(speaker), 'quotation')} in {plural(quoting.length, 'outlet')}
              </p>
            </div>
            <div className="mt-1 grid gap-2 sm:grid-cols-2 xl:grid-cols-4">
              {(speaker.byOutlet.length > SILENT_OUTLET_BOXES ? quoting : speaker.byOutlet).map(({ outlet, quotes }) => (
                <div key={outlet.id} className={`rounded border p-2 ${quotes.length > 0 ? 'border-stone-300 bg-white' : 'border-dashed border-stone-300 bg-stone-50'}`}>
                  <p className="text-xs font-semibold text-stone-700">{outlet.name}</p>
                  {quotes.length === 0 ? (
                    <p className="mt-1 text-xs text-stone-600">Not quoted by {outlet.name}.</p>
                  ) : (
                    <ul className="mt-1 space-y-2">
                      {quotes.map(({ text, item, mentions }) => (
                        <li key={`${item.sentence.id}-${text}`}>
                          <blockquote className="article-text border-l-4 border-stone-400 pl-2 font-serif text-sm text-stone-900">
                            <q>
                              <MarkedText text={text} marks={entityMarksFor(index.entityById, mentions, highlighted, { tabStops })} />
                            </q>
                          </blockquote>
                          <button
                            type="button"
                            onClick={() => navigateView({ article: item.article.id, sentence: item.sentence.id })}
                            aria-label={`Open in article: ${outlet.name}, sentence ${item.number}`}
                            className="mt-1 rounded border border-stone-400 px-2 py-0.5 text-xs hover:bg-stone-100"
                          >
                            Open in article
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              ))}
            </div>
            {speaker.byOutlet.length > SILENT_OUTLET_BOXES && speaker.byOutlet.length > quoting.length ? (
              <p className="mt-1 text-xs text-stone-600">Not quoted by the {plural(speaker.byOutlet.length - quoting.length, 'other shown outlet')}.</p>
            ) : null}
          </section>
        );
      })}
    </div>
  );
});

function count(speaker: SpeakerQuotes): number {
  return speaker.byOutlet.reduce((sum, entry) => sum + entry.quotes.length, 0);
}
