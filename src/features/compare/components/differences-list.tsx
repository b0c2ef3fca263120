import { memo, type ReactNode } from 'react';
import { NestedMarkedText, type OuterMark } from '../../../components/nested-marked-text';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import type { EventSources } from '../../../lib/corpus/event-detail-query';
import type { Difference } from '../../../lib/corpus/schema';
import { entityMarksFor, firstMentionKeys } from '../../../lib/entity-marks';
import { navigateView } from '../../../lib/view-state';
import { shownDifferences } from '../claim-rows';
import { plural } from '../event-sources';

export type DifferencesListProps = {
  index: CorpusIndex;
  sources: EventSources;
  hiddenOutlets: readonly string[];
  /** Highlighted entity ids, in highlight order: names in the sentences are pressable as everywhere. */
  highlighted?: readonly string[];
};

/** What differs, by kind, when the summary does not say more (see differenceLabel). */
export const KIND_LABEL: Record<Difference['kind'], string> = {
  date: 'The date',
  number: 'A figure',
  spelling: 'A name’s spelling',
  quote: 'A quote’s words',
};

/**
 * What differs, named as a reader would ask it ("When the last visit was",
 * "How Cho Tae-yul is spelled") rather than by a kind code, read from the
 * summary the ingest writes (src/pipeline/stages/find-differences.ts).
 */
export function differenceLabel(difference: Difference): string {
  const { summary } = difference;
  const milestone = /milestone \(“([^”]+)”\)/.exec(summary);
  if (milestone) return `When the last ${milestone[1]} was`;
  const figure = /^Different numbers for “([^”]+)”/.exec(summary);
  if (figure) return `How many ${figure[1]}`;
  if (summary.startsWith('Different amounts')) return 'How much';
  if (summary.startsWith('Different percentages')) return 'What percentage';
  if (summary.startsWith('Different scores')) return 'The score';
  const age = /^Different ages for (.+?):/.exec(summary);
  if (age) return `How old ${age[1]} is`;
  const spelled = /^(.+?) is spelled differently/.exec(summary);
  if (spelled) return `How ${spelled[1]} is spelled`;
  const quoted = /^(.+?) is quoted differently/.exec(summary);
  if (quoted) return `What ${quoted[1]} said`;
  return KIND_LABEL[difference.kind];
}

/**
 * Facts the outlets give differently for the event, each with the sentences it
 * comes from side by side and the differing words marked in them. Follows the
 * outlet filter: a difference needs two shown outlets to be listed.
 */
export const DifferencesList = memo(function DifferencesList({ index, sources, hiddenOutlets, highlighted = NONE }: DifferencesListProps) {
  const all = sources.detail.differences ?? [];
  const shown = shownDifferences(all, hiddenOutlets);
  const hiddenCount = all.length - shown.length;
  // One tab stop per name in the list, at its first mention.
  const tabStops = firstMentionKeys(shown.flatMap(({ items }) => items.map((item) => sources.mentionsBySentence.get(item.sentenceId))));

  if (all.length === 0) {
    // Say what was compared, not that the outlets agree on everything: figures said of different things, or worded
    // too differently to line up, are not compared.
    const outlets = index.eventById.get(sources.detail.id)?.outlets.length ?? 0;
    return (
      <p className="text-sm text-stone-700">
        {outlets < 2
          ? 'No differences to find: only one outlet reports this event.'
          : 'No differences found in what Parallax compares: the dates, figures, name spellings and quotes of the outlets reporting this event.'}
      </p>
    );
  }
  return (
    <div className="space-y-3">
      {hiddenCount > 0 ? <p className="text-xs text-stone-600">{plural(hiddenCount, 'difference')} involving hidden outlets not shown.</p> : null}
      <ul className="space-y-3">
        {shown.map(({ difference, items }) => (
          <li key={`${difference.kind}-${difference.summary}`} className="rounded border border-amber-300 bg-amber-50/60 p-3">
            <p className="text-sm text-stone-900">
              <span className="mr-2 inline-block rounded border border-amber-700 px-1.5 text-xs font-semibold text-amber-900">{differenceLabel(difference)}</span>
              {difference.summary}
            </p>
            <div className="mt-2 grid gap-2 sm:grid-cols-2 xl:grid-cols-4">
              {items.map((item) => {
                const found = sources.sentenceById.get(item.sentenceId);
                const outlet = index.outletById.get(item.outletId);
                return (
                  <figure key={`${item.outletId}-${item.sentenceId}-${item.text}`} className="rounded border border-stone-300 bg-white p-2">
                    <figcaption className="text-xs font-semibold text-stone-700">{outlet?.name ?? item.outletId}</figcaption>
                    <p className="article-text mt-1 font-serif text-sm text-stone-900">
                      {found ? (
                        <NestedMarkedText
                          text={found.sentence.text}
                          outer={marksFor(found.sentence.text, item.text)}
                          inner={entityMarksFor(index.entityById, sources.mentionsBySentence.get(found.sentence.id), highlighted, { tabStops })}
                        />
                      ) : (
                        item.text
                      )}
                    </p>
                    {found ? (
                      <button
                        type="button"
                        onClick={() => navigateView({ article: found.articleId, sentence: found.sentence.id })}
                        aria-label={`Open in article: ${outlet?.name ?? item.outletId}, sentence ${found.number}`}
                        className="mt-1 rounded border border-stone-400 px-2 py-0.5 text-xs hover:bg-stone-100"
                      >
                        Open in article
                      </button>
                    ) : null}
                  </figure>
                );
              })}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
});

/** The differing words inside their sentence: bold and double-underlined, not colour alone. */
function marksFor(text: string, phrase: string): OuterMark[] {
  const start = text.indexOf(phrase);
  if (start < 0 || !phrase) return [];
  return [
    {
      start,
      end: start + phrase.length,
      wrap: (children: ReactNode, key: string) => (
        <mark key={key} className="bg-amber-100 font-semibold text-inherit underline decoration-double decoration-amber-800">
          {children}
        </mark>
      ),
    },
  ];
}

const NONE: readonly string[] = [];
