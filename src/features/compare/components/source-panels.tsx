import { CiteButton } from '../../../components/cite-button';
import { NestedMarkedText } from '../../../components/nested-marked-text';
import { articleTitle } from '../../../lib/article-label';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import { entityMarksFor, firstMentionKeys, highlightKey } from '../../../lib/entity-marks';
import { formatPublished } from '../../../lib/format';
import { navigateView } from '../../../lib/view-state';
import { memo, useId, useMemo, useState } from 'react';
import { firstSentences, PANEL_SENTENCES, plural, SILENT_OUTLET_BOXES, type OutletSources, type SourceSentence } from '../event-sources';
import { SilentOutlet } from './silent-outlet';
import { WordingLegend, wordingMarks } from './wording-marks';

export type SourcePanelsProps = {
  index: CorpusIndex;
  /** The compared event: a silent outlet's panel offers its events that may be this one. */
  eventId: string;
  /** One entry per shown outlet (sourcesByOutlet). */
  sources: OutletSources[];
  /** Whether the event has wording to compare (more than one outlet reports it). */
  hasWording: boolean;
  /** Highlighted entity ids, in highlight order. */
  highlighted: readonly string[];
  /** Draw only this outlet's panel (the phone's one outlet at a time); the others still count for the wording. */
  only?: string;
};

/**
 * One panel per shown outlet, side by side: its full text on the event, in
 * article order, with shared and unique wording marked (the claim table lines
 * the same sentences up by claim). Outlets that do not report the event say so.
 * Panels stack on narrow screens and scroll sideways when there are more than fit.
 */
export function SourcePanels({ index, eventId, sources, hasWording, highlighted, only }: SourcePanelsProps) {
  const outletName = useMemo(() => (id: string) => index.outletById.get(id)?.name ?? id, [index]);
  // Shared wording counts only the shown outlets: a hidden outlet's words are not on screen to compare.
  const shown = useMemo(() => new Set(sources.map((source) => source.outlet.id)), [sources]);
  const drawn = only ? sources.filter((source) => source.outlet.id === only) : sources;
  const together = drawn.length > SILENT_OUTLET_BOXES;
  const panels = together ? drawn.filter((source) => source.sentenceCount > 0) : drawn;
  const silent = together ? drawn.filter((source) => source.sentenceCount === 0) : [];

  return (
    <div className="space-y-2">
      {hasWording ? (
        <WordingLegend />
      ) : (
        <p className="text-xs text-stone-600">Only one outlet reports this event, so there is no wording to compare.</p>
      )}
      {panels.length > 4 ? (
        <p className="hidden text-xs text-stone-600 md:block">
          {panels.length} outlets: the panels scroll sideways (Shift + wheel, or Tab through their buttons).
        </p>
      ) : null}
      {/* Stacked below md; beside each other above, scrolling sideways past four or so. Relative, so the
          screen-reader-only text (absolutely positioned) scrolls with it instead of widening the page. */}
      <div className="relative flex flex-col gap-3 md:flex-row md:items-stretch md:overflow-x-auto md:pb-2">
        {panels.map((source) => (
          <OutletPanel key={source.outlet.id} index={index} eventId={eventId} highlighted={highlighted} source={source} outletName={outletName} shown={shown} />
        ))}
        {silent.length > 0 ? <SilentOutlets index={index} eventId={eventId} silent={silent} highlighted={highlighted} /> : null}
      </div>
    </div>
  );
}

/** One outlet's panel; its sentences redraw themselves when their marks change. */
const OutletPanel = memo(function OutletPanel({
  index,
  eventId,
  highlighted,
  source,
  outletName,
  shown,
}: Pick<SourcePanelsProps, 'index' | 'eventId' | 'highlighted'> & { source: OutletSources; outletName: (id: string) => string; shown: ReadonlySet<string> }) {
  const headingId = `panel-${source.outlet.id}`;
  const listId = useId();
  const [showAll, setShowAll] = useState(false);
  const more = source.sentenceCount - PANEL_SENTENCES;
  const articles = useMemo(() => (showAll || more <= 0 ? source.articles : firstSentences(source.articles, PANEL_SENTENCES)), [showAll, more, source]);
  // One tab stop per name in the panel, at its first mention shown.
  const tabStops = useMemo(() => firstMentionKeys(articles.flatMap((entry) => entry.sentences.map((item) => item.mentions))), [articles]);
  // Said on the button, so a highlighted name in a folded sentence is not missed.
  const foldedWithHighlight =
    more > 0 && highlighted.length > 0
      ? source.articles
          .flatMap((entry) => entry.sentences)
          .slice(PANEL_SENTENCES)
          .filter((item) => highlightKey(item.mentions, highlighted) !== '').length
      : 0;
  const panelClass = 'min-w-0 rounded border p-3 md:min-w-[18rem] md:flex-1 md:shrink-0 md:[content-visibility:auto] md:[contain-intrinsic-size:auto_18rem_auto_30rem]';
  if (source.sentenceCount === 0) {
    return (
      <section aria-labelledby={headingId} className={`${panelClass} border-dashed border-stone-400 bg-stone-50`}>
        <h3 id={headingId} className="font-semibold text-stone-800">
          {source.outlet.name}
        </h3>
        <div className="mt-2">
          <SilentOutlet index={index} eventId={eventId} source={source} highlighted={highlighted} />
        </div>
      </section>
    );
  }
  return (
    <section aria-labelledby={headingId} className={`${panelClass} border-stone-300 bg-white shadow-sm`}>
      <h3 id={headingId} className="font-semibold text-stone-800">
        {source.outlet.name}
      </h3>
      <p className="text-xs text-stone-600">
        {plural(source.sentenceCount, 'sentence')}
        {source.articles.length > 1 ? ` in ${plural(source.articles.length, 'article')}` : ''}
      </p>
      <div id={listId} className="mt-2 space-y-3">
        {articles.map(({ article, sentences }) => {
          const title = articleTitle(article);
          return (
            <div key={article.id}>
              <p className="text-xs text-stone-700">
                <span className={`article-text font-medium ${title.stated ? '' : 'italic'}`}>{title.text}</span>
                {title.stated ? null : <span className="sr-only"> (no headline; its opening words)</span>}
                <span className="text-stone-600"> · {formatPublished(article.publishedAt)}</span>
              </p>
              <ol className="mt-1 space-y-2">
                {sentences.map((item) => (
                  <PanelSentence
                    key={item.sentence.id}
                    index={index}
                    item={item}
                    outletLabel={source.outlet.name}
                    headline={title.stated ? title.text : null}
                    outletName={outletName}
                    shown={shown}
                    highlighted={highlighted}
                    marksKey={highlightKey(item.mentions, highlighted)}
                    tabStops={tabStops}
                  />
                ))}
              </ol>
            </div>
          );
        })}
      </div>
      {more > 0 ? (
        <button
          type="button"
          aria-expanded={showAll}
          aria-controls={listId}
          onClick={() => setShowAll((open) => !open)}
          className="mt-2 rounded border border-stone-400 px-2 py-0.5 text-xs text-stone-800 hover:bg-stone-100"
        >
          {showAll
            ? `Show the first ${PANEL_SENTENCES} only`
            : `Show all ${source.sentenceCount} sentences (${more} more${foldedWithHighlight > 0 ? `, ${foldedWithHighlight} with a highlighted name` : ''})`}
        </button>
      ) : null}
    </section>
  );
});

/** The shown outlets with no sentence on the event, together in one box; each said once opened. */
function SilentOutlets({ index, eventId, silent, highlighted }: { index: CorpusIndex; eventId: string; silent: OutletSources[]; highlighted: readonly string[] }) {
  const label = `No sentence on this event from ${plural(silent.length, 'shown outlet')}`;
  // Said only once opened: each outlet's nearby events are a search of their own (a hundred outlets, a hundred).
  const [open, setOpen] = useState(false);
  return (
    <section aria-label={label} className="min-w-0 rounded border border-dashed border-stone-400 bg-stone-50 p-3 md:min-w-[14rem] md:shrink-0">
      <h3 className="font-semibold text-stone-800">
        <span aria-hidden="true">∅ </span>
        {label}
      </h3>
      <details className="mt-1 text-sm text-stone-700" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="cursor-pointer">Which ones, and what may speak of it</summary>
        {open ? (
          <ul className="mt-1 space-y-2">
            {silent.map((source) => (
              <li key={source.outlet.id}>
                <SilentOutlet index={index} eventId={eventId} source={source} highlighted={highlighted} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1">{silent.map((source) => source.outlet.name).join(', ')}</p>
        )}
      </details>
    </section>
  );
}

type PanelSentenceProps = {
  index: CorpusIndex;
  item: SourceSentence;
  outletLabel: string;
  /** The article's headline, for the button's name; null when it has none. */
  headline: string | null;
  outletName: (id: string) => string;
  /** The shown outlets, which alone count for shared wording. */
  shown: ReadonlySet<string>;
  highlighted: readonly string[];
  /** What its entity marks depend on (highlightKey): pressing a name it does not mention leaves it as it is. */
  marksKey: string;
  tabStops: ReadonlySet<string>;
};

/** One evidence sentence with its wording and entity marks; redrawn only when its own marks change. */
const PanelSentence = memo(
  function PanelSentence({ index, item, outletLabel, headline, outletName, shown, highlighted, tabStops }: PanelSentenceProps) {
    return (
      <li className="border-l-4 border-stone-200 pl-2">
        {item.quotes.some((quote) => quote.speakerName) ? (
          <p className="text-[0.7rem] font-semibold tracking-wide text-stone-600 uppercase">
            <span aria-hidden="true">❝ </span>
            Quoting {[...new Set(item.quotes.map((quote) => quote.speakerName).filter(Boolean))].join(', ')}
          </p>
        ) : null}
        <p className="article-text font-serif leading-relaxed text-stone-900">
          <NestedMarkedText
            text={item.sentence.text}
            outer={wordingMarks(item.sentence.text, item.wording, outletName, shown)}
            inner={entityMarksFor(index.entityById, item.mentions, highlighted, { tabStops })}
          />
        </p>
        <div className="mt-1 flex flex-wrap items-center gap-1">
          <button
            type="button"
            onClick={() => navigateView({ article: item.article.id, sentence: item.sentence.id })}
            aria-label={`Open in article: ${outletLabel}, sentence ${item.number}${headline ? ` of “${headline}”` : ''}`}
            className="rounded border border-stone-400 px-2 py-0.5 text-xs hover:bg-stone-100"
          >
            Open in article
          </button>
          <CiteButton
            index={index}
            articleId={item.article.id}
            sentenceId={item.sentence.id}
            text={item.sentence.text}
            label={`Cite: ${outletLabel}, sentence ${item.number}`}
            className="inline-flex h-6 items-center justify-center rounded border border-stone-400 px-2 text-xs text-stone-700 hover:bg-stone-100"
          />
        </div>
      </li>
    );
  },
  // `highlighted` is read only through the marks, which marksKey stands for.
  (previous, next) =>
    previous.index === next.index &&
    previous.item === next.item &&
    previous.outletLabel === next.outletLabel &&
    previous.headline === next.headline &&
    previous.outletName === next.outletName &&
    previous.shown === next.shown &&
    previous.marksKey === next.marksKey &&
    previous.tabStops === next.tabStops,
);
