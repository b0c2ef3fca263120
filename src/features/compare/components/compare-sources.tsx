import { memo, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { DisclosureButton } from '../../../components/disclosure-button';
import { ErrorBoundary } from '../../../components/error-boundary';
import { HighlightLegend } from '../../../components/highlight-legend';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import type { EventSources } from '../../../lib/corpus/event-detail-query';
import { useMediaQuery, WIDE_QUERY } from '../../../lib/use-media-query';
import { useScreenDistance, useUnlessOffScreen } from '../../../lib/use-off-screen';
import { navigateView, useViewValue } from '../../../lib/view-state';
import { claimTable, shownDifferences, type ClaimTable as ClaimTableData } from '../claim-rows';
import { plural, SILENT_OUTLET_BOXES, type OutletSources } from '../event-sources';
import { ClaimCards } from './claim-cards';
import { ClaimTable } from './claim-table';
import { DifferencesList } from './differences-list';
import { EventQuotes, quoteCounts } from './event-quotes';
import { OnlyInSummary } from './only-in-summary';
import { SilentOutlet } from './silent-outlet';
import { SourcePanels } from './source-panels';

export type CompareSourcesProps = {
  index: CorpusIndex;
  eventId: string;
  sources: EventSources;
  /** The event's evidence per shown outlet (sourcesByOutlet). */
  byOutlet: OutletSources[];
  hiddenOutlets: readonly string[];
  highlighted: readonly string[];
};

type View = 'claims' | 'text';

/**
 * The compared sources of one event: what only one outlet says, the claims
 * lined up across outlets (or each outlet's full text, one press away), then
 * quotes and differences. On a phone, one outlet at a time. Its own chunk,
 * loaded beside the event's evidence: the page needs none of it until an event
 * is selected. Memoised: a name pressed or an outlet switched re-renders the region
 * above in the click's frame only to mark it busy (these panels take the change a
 * frame later, with the same props until then), not the panels themselves.
 */
export const CompareSources = memo(function CompareSources({ index, eventId, sources, byOutlet, hiddenOutlets, highlighted }: CompareSourcesProps) {
  const wide = useMediaQuery(WIDE_QUERY, true);
  // Both live in the URL, like every other view choice, so a shared link shows the same comparison.
  const chosenView: View = useViewValue('compare') === 'text' ? 'text' : 'claims';
  const picked = useViewValue('outlet');
  const setView = (value: View) => navigateView({ compare: value === 'text' ? 'text' : null });
  const setPicked = (value: string) => navigateView({ outlet: value }, { replace: true });
  const table = useMemo(() => claimTable(sources, byOutlet, hiddenOutlets), [sources, byOutlet, hiddenOutlets]);
  const inputs = useMemo<PartInputs>(() => ({ eventId, sources, byOutlet, hiddenOutlets, highlighted, table }), [eventId, sources, byOutlet, hiddenOutlets, highlighted, table]);
  const reporting = byOutlet.filter((source) => source.sentenceCount > 0);
  const silent = byOutlet.filter((source) => source.sentenceCount === 0);
  const hiddenCount = index.data.outlets.length - byOutlet.length;
  const hasClaims = table.rows.length > 0;
  const view: View = hasClaims ? chosenView : 'text';
  // The phone's outlet: the one picked, while it is shown and reports the event; else the first that does.
  const outlet = (reporting.find((source) => source.outlet.id === picked) ?? reporting[0])?.outlet;

  return (
    <div data-compare-event={eventId} className="space-y-3">
      <p className="text-sm text-stone-700">
        {reporting.length === 0 ? 'No shown outlet reports this event.' : `Reported by ${plural(reporting.length, 'shown outlet')} of ${byOutlet.length}.`}
        {hiddenCount > 0 ? ` ${plural(hiddenCount, 'outlet is', 'outlets are')} hidden by the outlet filter.` : ''}
      </p>
      {/* The full text has a box per silent outlet; the claim rows have no place for one. */}
      {view === 'claims' || !wide ? <NotReported index={index} eventId={eventId} silent={silent} highlighted={highlighted} /> : null}
      <ErrorBoundary label="The claims only one outlet states">
        <OnlyInSummary onlyIn={table.onlyIn} reporting={reporting.length} compact={!wide} />
      </ErrorBoundary>
      {reporting.length > 0 ? (
        <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
          {hasClaims ? (
            <div role="group" aria-label="Compare by" className="inline-flex rounded border border-stone-400 text-sm">
              {(
                [
                  ['claims', 'Claims side by side'],
                  ['text', 'Full text, article order'],
                ] as const
              ).map(([value, label]) => (
                <button
                  key={value}
                  type="button"
                  aria-pressed={view === value}
                  onClick={() => setView(value)}
                  className={`px-3 py-1 first:rounded-l last:rounded-r ${view === value ? 'bg-stone-800 text-white' : 'bg-white text-stone-800 hover:bg-stone-100'}`}
                >
                  {label}
                </button>
              ))}
            </div>
          ) : (
            <p className="text-xs text-stone-600">No claims were lined up for this event: each outlet’s text, in article order.</p>
          )}
          {!wide && outlet ? (
            <label className="flex w-full flex-col gap-1 text-sm font-medium text-stone-800">
              Outlet shown
              <select
                value={outlet.id}
                onChange={(event) => setPicked(event.target.value)}
                className="rounded border border-stone-400 bg-white px-2 py-1.5 font-normal"
              >
                {reporting.map((source) => (
                  <option key={source.outlet.id} value={source.outlet.id}>
                    {source.outlet.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </div>
      ) : null}
      {reporting.length > 0 ? <HighlightLegend entityById={index.entityById} /> : null}
      <OffScreenPart inputs={inputs}>
        {(shown) => <ClaimsPart index={index} shown={shown} chosenView={chosenView} picked={picked} wide={wide} />}
      </OffScreenPart>
      <Fold id="compare-quotes-heading" title="Quotes" count={quoteCount(byOutlet)} folds={!wide} inputs={inputs}>
        {(shown) => (
          <ErrorBoundary label="The quotes">
            <EventQuotes index={index} eventId={shown.eventId} sources={shown.byOutlet} highlighted={shown.highlighted} />
          </ErrorBoundary>
        )}
      </Fold>
      <Fold
        id="compare-differences-heading"
        title="Differences between outlets"
        count={plural(shownDifferences(sources.detail.differences ?? [], hiddenOutlets).length, 'difference')}
        folds={!wide}
        inputs={inputs}
      >
        {(shown) => (
          <ErrorBoundary label="The differences">
            <DifferencesList index={index} sources={shown.sources} hiddenOutlets={shown.hiddenOutlets} highlighted={shown.highlighted} />
          </ErrorBoundary>
        )}
      </Fold>
    </div>
  );
});

type ClaimsPartProps = { index: CorpusIndex; shown: PartInputs; chosenView: View; picked: string | null; wide: boolean };

/** The claim rows (a table, or cards on a phone) or each outlet's full text, from the inputs this part shows. */
const ClaimsPart = memo(function ClaimsPart({ index, shown, chosenView, picked, wide }: ClaimsPartProps) {
  const reporting = useMemo(() => shown.byOutlet.filter((source) => source.sentenceCount > 0), [shown.byOutlet]);
  const columns = useMemo(() => reporting.map((source) => source.outlet), [reporting]);
  const outlet = (reporting.find((source) => source.outlet.id === picked) ?? reporting[0])?.outlet;
  const view: View = shown.table.rows.length > 0 ? chosenView : 'text';
  return (
    <ErrorBoundary label="The claims and source panels">
      {view === 'claims' ? (
        wide ? (
          <ClaimTable key={shown.eventId} index={index} rows={shown.table.rows} outlets={columns} highlighted={shown.highlighted} />
        ) : outlet ? (
          <ClaimCards key={shown.eventId} index={index} rows={shown.table.rows} outlet={outlet} total={reporting.length} highlighted={shown.highlighted} />
        ) : null
      ) : (
        // Keyed by event: a panel opened to all its sentences folds again for the next event.
        <SourcePanels
          key={shown.eventId}
          index={index}
          eventId={shown.eventId}
          sources={shown.byOutlet}
          hasWording={!!shown.sources.detail.wording}
          highlighted={shown.highlighted}
          only={wide ? undefined : outlet?.id}
        />
      )}
    </ErrorBoundary>
  );
});

/** What the parts below the comparison's header draw from: one object per change, so a part can hold it back. */
type PartInputs = Pick<CompareSourcesProps, 'eventId' | 'sources' | 'byOutlet' | 'hiddenOutlets' | 'highlighted'> & { table: ClaimTableData };

/**
 * A part of the comparison drawn from `inputs` as they are, while any of it is
 * on screen; off screen (the claim rows while the reader is at the names below,
 * the quotes and differences while at the top), from the inputs it last showed,
 * caught up after the click's frame (useUnlessOffScreen), so a click does not
 * redraw what nobody sees.
 */
function OffScreenPart({ inputs, children }: { inputs: PartInputs; children: (shown: PartInputs) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = useUnlessOffScreen(inputs, useScreenDistance(ref));
  // Skipped in style, layout, paint and hit testing while off screen (content-visibility): with many outlets the
  // claim rows are a table thousands of elements large, which a click elsewhere (the outlet filter at the top, a
  // name below) otherwise paid for in its frame. Its last size holds its place meanwhile (contain-intrinsic-size).
  return (
    <div ref={ref} className="[content-visibility:auto] [contain-intrinsic-size:auto_40rem]">
      {children(shown)}
    </div>
  );
}

function quoteCount(sources: readonly OutletSources[]): string {
  const { quotations, people } = quoteCounts(sources);
  return people > 0 ? `${plural(quotations, 'quotation')}, ${plural(people, 'person', 'people')} quoted` : plural(quotations, 'quotation');
}

type FoldProps = { id: string; title: string; count: string; folds: boolean; inputs: PartInputs; children: (shown: PartInputs) => ReactNode };

/**
 * A section of the comparison. On a phone it folds behind its heading, a
 * button saying how many it holds (it is screens long open); on a desktop it
 * is a plain section, beside room enough. Off screen it is skipped in layout
 * and paint (content-visibility) and catches up on a click after its frame
 * (as OffScreenPart).
 */
function Fold({ id, title, count, folds, inputs, children }: FoldProps) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const ref = useRef<HTMLElement>(null);
  const shown = useUnlessOffScreen(inputs, useScreenDistance(ref));
  return (
    // Skipped in layout and paint off screen when open on a desktop; a phone's closed fold is just its heading.
    <section ref={ref} aria-labelledby={id} className={`rounded border border-stone-300 bg-stone-50 p-3 ${folds ? '' : '[content-visibility:auto] [contain-intrinsic-size:auto_30rem]'}`}>
      {folds ? (
        // The region is named by its title alone; the button by the title and its count.
        <h3 className="font-semibold text-stone-800">
          <DisclosureButton expanded={open} controls={bodyId} onToggle={() => setOpen((was) => !was)} className="-m-1 flex w-[calc(100%+0.5rem)] flex-wrap items-baseline gap-x-2 rounded p-1 text-left hover:bg-stone-100">
            <span id={id}>{title}</span>
            <span className="text-sm font-normal whitespace-nowrap text-stone-600">{count}</span>
          </DisclosureButton>
        </h3>
      ) : (
        <h3 id={id} className="mb-2 font-semibold text-stone-800">
          {title}
        </h3>
      )}
      {!folds || open ? (
        <div id={bodyId} className={folds ? 'mt-2' : undefined}>
          {children(shown)}
        </div>
      ) : null}
    </section>
  );
}

/**
 * Shown outlets with no sentence on the event: each said while few (what was checked, or the sentences that may
 * speak of it); counted together past SILENT_OUTLET_BOXES, and said once opened.
 */
function NotReported({ index, eventId, silent, highlighted }: { index: CorpusIndex; eventId: string; silent: OutletSources[]; highlighted: readonly string[] }) {
  const [open, setOpen] = useState(false);
  if (silent.length === 0) return null;
  const list = (
    <ul className="space-y-2">
      {silent.map((source) => (
        <li key={source.outlet.id}>
          <SilentOutlet index={index} eventId={eventId} source={source} highlighted={highlighted} />
        </li>
      ))}
    </ul>
  );
  if (silent.length <= SILENT_OUTLET_BOXES) return list;
  const withLeads = silent.filter((source) => source.leads.length > 0).length;
  // Each outlet's nearby events are looked for only once the reader opens the list: a hundred outlets, one search each.
  return (
    <details className="text-sm text-stone-700" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer">
        <span aria-hidden="true">∅ </span>No sentence on this event from {plural(silent.length, 'shown outlet')}
        {withLeads > 0 ? `; ${plural(withLeads, 'has', 'have')} sentences that may speak of it` : ''}
      </summary>
      <div className="mt-1">{open ? list : <p>{silent.map((source) => source.outlet.name).join(', ')}</p>}</div>
    </details>
  );
}
