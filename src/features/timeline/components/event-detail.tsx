import { memo, useEffect, useRef, useState } from 'react';
import { StatusMessage } from '../../../components/status-message';
import { isShownOutlet, outletKey, type CorpusIndex } from '../../../lib/corpus/corpus-index';
import { DATELINE_ANCHOR_PREFIX, ENTRY_ANCHOR_PREFIX } from '../../../lib/corpus/date-anchor';
import { useEventDetail, type EventSources } from '../../../lib/corpus/event-detail-query';
import type { ArticleSummary, DateMention, Evidence, EventSummary, Outlet } from '../../../lib/corpus/schema';
import { describeWhen, formatDay } from '../../../lib/format';
import { navigateView } from '../../../lib/view-state';

export type EventDetailProps = {
  index: CorpusIndex;
  eventId: string | null;
  hiddenOutlets: readonly string[];
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

interface ResolvedEvidence {
  evidence: Evidence;
  article: ArticleSummary;
  outlet: Outlet | undefined;
}

/** The selected event: its date, how that date was resolved, and which outlets report it (their wording is compared below). */
export const EventDetail = memo(function EventDetail({ index, eventId, hiddenOutlets }: EventDetailProps) {
  const event = eventId ? index.eventById.get(eventId) : undefined;
  // Fetched beside the header: the title and dates are in the index, the date chains in the detail.
  const { sources, isPending, error, retry } = useEventDetail(index, event ? event.id : null);
  if (!eventId) return <NoSelection />;
  if (!event) {
    return (
      <StatusMessage tone="error" title="Event not found">
        No event has the id “{eventId}” (the link may come from an older version of the corpus).{' '}
        <button type="button" className="underline" onClick={() => navigateView({ event: null })}>
          Clear the event selection
        </button>
      </StatusMessage>
    );
  }
  return (
    <EventDetailBody
      index={index}
      event={event}
      hiddenOutlets={hiddenOutlets}
      sources={sources}
      loading={isPending}
      error={error}
      onRetry={() => void retry()}
    />
  );
});

function EventDetailBody({
  index,
  event,
  hiddenOutlets,
  sources,
  loading,
  error,
  onRetry,
}: {
  index: CorpusIndex;
  event: EventSummary;
  hiddenOutlets: readonly string[];
  sources: EventSources | undefined;
  loading: boolean;
  error: Error | null;
  onRetry: () => void;
}) {
  const hidden = new Set(hiddenOutlets);
  const resolved = (sources?.detail.evidence ?? [])
    .map((evidence): ResolvedEvidence | null => {
      const article = index.articleById.get(evidence.articleId);
      if (!article || !sources?.sentenceById.has(evidence.sentenceId)) return null;
      return { evidence, article, outlet: index.outletById.get(article.outletId ?? '') };
    })
    .filter((item) => item !== null);
  const shown = resolved.filter((item) => isShownOutlet(outletKey(item.article.outletId), hidden));
  const hiddenCount = resolved.length - shown.length;
  // From the index, so the header is right before the detail arrives.
  const indexOutlets = Object.keys(event.coverage).filter((key) => isShownOutlet(key, hidden));
  const outletCount = indexOutlets.length;
  const indexSentences = indexOutlets.reduce((sum, key) => sum + (event.coverage[key] ?? 0), 0);
  const dateById = sources?.dateById;

  // One line per date mention, even when several evidence sentences share it.
  const mentions = new Map<string, { mention: DateMention; item: ResolvedEvidence }>();
  for (const item of shown) {
    const mention = item.evidence.dateId ? dateById?.get(item.evidence.dateId) : undefined;
    if (mention && !mentions.has(mention.id)) mentions.set(mention.id, { mention, item });
  }
  // The first expression of each outlet up front; the rest on demand, so the sources stay near the top.
  const allMentions = [...mentions.values()];
  const seenOutlets = new Set<string | null>();
  const leading: typeof allMentions = [];
  const further: typeof allMentions = [];
  for (const entry of allMentions) {
    const outlet = entry.item.article.outletId;
    if (seenOutlets.has(outlet)) further.push(entry);
    else {
      seenOutlets.add(outlet);
      leading.push(entry);
    }
  }
  const missingDates = shown.filter((item) => item.evidence.dateId && !dateById?.has(item.evidence.dateId)).length;

  const byOutlet = new Map<string, ResolvedEvidence[]>();
  for (const item of shown) {
    const key = item.article.outletId ?? '';
    const list = byOutlet.get(key);
    if (list) list.push(item);
    else byOutlet.set(key, [item]);
  }
  const headingId = `event-detail-${event.id}`;

  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded border border-stone-300 bg-white p-3 shadow-sm sm:p-4">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="text-sm text-stone-700">
            <span className="font-medium tabular-nums">{describeWhen(event.start, event.end, event.precision)}</span> ·{' '}
            {event.main ? 'Story event' : 'Background context'} · reported by {plural(outletCount, 'outlet')}
          </p>
          <h2 id={headingId} className="font-serif text-xl text-stone-900">
            {event.title}
          </h2>
        </div>
        <button
          type="button"
          onClick={() => {
            // The button goes with the event: the note that replaces it takes the focus (see NoSelection).
            focusAfterClear = true;
            navigateView({ event: null });
          }}
          className="rounded border border-stone-400 px-2 py-1 text-sm hover:bg-stone-100"
        >
          Clear selection
        </button>
      </header>

      {event.dateConflicts && event.dateConflicts.length > 0 ? (
        <div role="note" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
          <p className="font-semibold">
            <span aria-hidden="true">⚠ </span>Outlets date this event differently
          </p>
          <ul className="mt-1 list-disc pl-5">
            {event.dateConflicts.map((conflict) => (
              <li key={conflict}>{conflict}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {event.note || (event.editorial && event.editorial.length > 0) ? (
        // Folded to a line: what an editor changed is on record, but the comparison below is what the reader came for.
        <details className="rounded border border-stone-300 bg-stone-50 px-3 py-1.5 text-sm text-stone-800">
          <summary className="cursor-pointer font-semibold">Editorial note</summary>
          {event.note ? <p className="mt-1">{event.note}</p> : null}
          {event.editorial && event.editorial.length > 0 ? (
            <ul className="mt-1 list-disc pl-5 text-stone-700">
              {event.editorial.map((change) => (
                <li key={change}>{change}</li>
              ))}
            </ul>
          ) : null}
        </details>
      ) : null}

      <section aria-labelledby={`${headingId}-dates`}>
        <h3 id={`${headingId}-dates`} className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
          How the date was worked out
        </h3>
        {error ? (
          <DetailError error={error} onRetry={onRetry} />
        ) : !sources && loading ? (
          // About the height of what replaces it (one outlet's chain, and a line for the others'), so the comparison
          // below does not jump when the evidence arrives.
          <p className={`mt-1 text-sm text-stone-600 ${outletCount > 1 ? 'min-h-24' : 'min-h-16'}`}>Loading how the date was worked out…</p>
        ) : mentions.size === 0 ? (
          <p className="mt-1 text-sm text-stone-700">
            None of the shown sentences carries its own date expression; the event was dated from the surrounding text.
          </p>
        ) : (
          <>
            {/* One outlet's chain up front; the others a press away, so the comparison below stays on the first screen. */}
            <DateChainList entries={leading.slice(0, 1)} />
            {leading.length + further.length > 1 ? (
              <MoreDateChains
                summary={
                  further.length === 0
                    ? `How ${plural(leading.length - 1, 'other outlet')} dated it`
                    : `${plural(leading.length - 1 + further.length, 'more date expression')} placing sentences on this event`
                }
                entries={[...leading.slice(1), ...further]}
              />
            ) : null}
          </>
        )}
        {missingDates > 0 ? (
          <p className="mt-1 text-xs text-stone-600">{plural(missingDates, 'date reference')} could not be found in the corpus.</p>
        ) : null}
      </section>

      <section aria-labelledby={`${headingId}-sources`}>
        {/* A line, not a section to the eye: the sources themselves are the comparison right below. */}
        <h3 id={`${headingId}-sources`} className="sr-only">
          Sources
        </h3>
        {/* Each outlet's sentences are shown side by side in the compare region below, not repeated here. */}
        {!sources ? (
          // From the index until the evidence arrives, worded as it will be then, so the page below does not move
          // (the first screen is prerendered with the evidence; the app takes it over before fetching it).
          <p className="text-sm text-stone-700">
            {plural(indexSentences, 'sentence')} from {indexOutlets.map((id) => index.outletById.get(id)?.name ?? 'an unknown outlet').join(', ')}; compared
            side by side below.
          </p>
        ) : shown.length === 0 ? (
          <p className="text-sm text-stone-700">Every outlet reporting this event is hidden by the outlet filter.</p>
        ) : (
          <p className="text-sm text-stone-700">
            {plural(shown.length, 'sentence')} from {[...byOutlet.values()].map((items) => items[0]!.outlet?.name ?? 'an unknown outlet').join(', ')}; compared
            side by side below.
          </p>
        )}
        {hiddenCount > 0 ? (
          <p className="mt-1 text-xs text-stone-600">{plural(hiddenCount, 'sentence')} from hidden outlets not shown.</p>
        ) : null}
      </section>
    </article>
  );
}

/** Whether the Clear selection button was just pressed: the note replacing the event then takes the focus. */
let focusAfterClear = false;

/** No event selected: says how to choose one, and holds the focus after "Clear selection" (so it is not dropped on the page). */
function NoSelection() {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!focusAfterClear) return;
    focusAfterClear = false;
    ref.current?.focus();
  }, []);
  return (
    <p ref={ref} tabIndex={-1} className="rounded border border-dashed border-stone-300 p-3 text-sm text-stone-600 focus-visible:outline-2 focus-visible:outline-amber-700">
      No event selected. Choose one on the timeline or in the event list to see how each outlet reported it.
    </p>
  );
}

const PARTS = ['year', 'month', 'day'] as const;
const inWords = (parts: readonly string[]) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`);

/** "Tue, 14 Jan 2025" for an article's publication time (its own calendar day), or null when unknown. */
function publishedDay(publishedAt: string | null): string | null {
  return publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? formatDay(publishedAt.slice(0, 10), true) : null;
}

/**
 * How one date was worked out, in words: "‘on Monday’ in Kyodo News → Mon, 13 Jan 2025,
 * worked out from ‘on Wednesday’ earlier in an article published Thu, 12 Dec 2024 (the
 * latest Monday on or before publication)". The ingest's anchor names a sentence by its
 * id ("on Wednesday in s4"); the reader gets the words of that date instead.
 */
function describeDateChain(mention: DateMention, publishedAt: string | null): { value: string | null; how: string; stated: string } {
  const value = mention.start && mention.precision ? describeWhen(mention.start, mention.end ?? undefined, mention.precision) : null;
  const published = publishedDay(publishedAt);
  const article = published ? `an article published ${published}` : 'an article with no publication date';
  const previous = mention.anchor ? /^(.+?) in s\d+\b/.exec(mention.anchor) : null;
  // Under a live blog's entry stamp the words count from that entry's day, not from the page's publication.
  const entry = mention.anchor?.startsWith(ENTRY_ANCHOR_PREFIX) ? mention.anchor.slice(ENTRY_ANCHOR_PREFIX.length) : null;
  // Under a wire dateline ("BRUSSELS, Tuesday —") they count from the day it names.
  const dateline = mention.anchor?.startsWith(DATELINE_ANCHOR_PREFIX) ? mention.anchor.slice(DATELINE_ANCHOR_PREFIX.length) : null;
  const source = previous ? 'that earlier date' : entry ? 'that entry\u2019s timestamp' : dateline ? 'the day its dateline names' : 'the publication date';
  // The rule reads "cue → outcome"; the outcome is what a reader follows.
  const outcome = mention.rule.includes('→') ? mention.rule.slice(mention.rule.indexOf('→') + 1).trim() : mention.rule;
  const how = !value
    ? `could not be worked out${mention.reason ? `: ${mention.reason}` : ''}`
    : !mention.anchor
      ? 'stated in full in the text'
      : `worked out from ${previous ? `‘${previous[1]}’ earlier in ${article}` : entry ? `the live-blog entry stamped ‘${entry}’ in ${article}` : dateline ? `the dateline ‘${dateline}’ of ${article}` : article} (${outcome})`;
  const stated = PARTS.filter((part) => mention.stated[part]);
  const assumed = PARTS.filter((part) => !mention.stated[part]);
  const statedLine =
    !value || assumed.length === 0
      ? ''
      : stated.length === 0
        ? `The words state no date of their own; it comes from ${source}.`
        : `The text states the ${inWords(stated)}; the ${inWords(assumed)} ${assumed.length === 1 ? 'comes' : 'come'} from ${source}.`;
  return { value, how, stated: statedLine };
}

function DateChain({ mention, item }: { mention: DateMention; item: ResolvedEvidence }) {
  const chain = describeDateChain(mention, item.article.publishedAt);
  return (
    <>
      <span className="article-text font-medium">‘{mention.text}’</span> in {item.outlet?.name ?? 'an unknown outlet'} →{' '}
      {chain.value ? <strong className="tabular-nums">{chain.value}</strong> : <strong>not worked out</strong>}, <span className="text-stone-700">{chain.how}</span>
      {chain.stated ? <span className="block text-xs text-stone-600">{chain.stated}</span> : null}
    </>
  );
}

function DateChainList({ entries }: { entries: { mention: DateMention; item: ResolvedEvidence }[] }) {
  return (
    <ul className="mt-1 space-y-2 text-sm">
      {entries.map(({ mention, item }) => (
        <li key={mention.id} className="border-l-2 border-stone-300 pl-2">
          <DateChain mention={mention} item={item} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The other date chains, folded: drawn when opened, not before, so selecting an event builds (and the next
 * selection removes) only the chain on show.
 */
function MoreDateChains({ summary, entries }: { summary: string; entries: { mention: DateMention; item: ResolvedEvidence }[] }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-2 text-sm" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-stone-700">{summary}</summary>
      {open ? <DateChainList entries={entries} /> : null}
    </details>
  );
}

/** A detail file that failed: the reason, and a way to try again. */
function DetailError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <div role="alert" className="mt-1 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
      <p>{error.message}</p>
      <button type="button" onClick={onRetry} className="mt-1 rounded border border-red-400 bg-white px-2 py-0.5 hover:bg-red-100">
        Retry
      </button>
    </div>
  );
}
