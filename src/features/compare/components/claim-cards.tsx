import { useId, useMemo, useState } from 'react';
import { DisclosureButton } from '../../../components/disclosure-button';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import type { Outlet } from '../../../lib/corpus/schema';
import { firstMentionKeys } from '../../../lib/entity-marks';
import type { ShownClaimRow } from '../claim-rows';
import { plural } from '../event-sources';
import { ClaimLabel } from './claim-table';
import { ClaimWording, shownMentions } from './claim-wording';
import { differenceLabel } from './differences-list';

export type ClaimCardsProps = {
  index: CorpusIndex;
  rows: ShownClaimRow[];
  /** The outlet whose wording the cards show. */
  outlet: Outlet;
  /** How many shown outlets report the event. */
  total: number;
  highlighted: readonly string[];
};

/** Cards shown before "more claims": about a screen of them, so quotes and differences are in reach below. */
export const FIRST_CARDS = 4;

/**
 * The claim table for a phone: one outlet at a time (the switcher is above).
 * The claims it states come first, as cards in the table's row order (most
 * outlets first), the first few open and the rest one press away; the claims
 * only other outlets state are folded behind their count, since the "Only in"
 * summary above already names them.
 */
export function ClaimCards({ index, rows, outlet, total, highlighted }: ClaimCardsProps) {
  const [allStated, setAllStated] = useState(false);
  const [unstatedOpen, setUnstatedOpen] = useState(false);
  const moreId = useId();
  const unstatedId = useId();
  const stated = useMemo(() => rows.filter((row) => row.cells.has(outlet.id)), [rows, outlet]);
  const unstated = rows.filter((row) => !row.cells.has(outlet.id));
  // Folding a single card saves nothing.
  const shown = useMemo(() => (allStated || stated.length <= FIRST_CARDS + 1 ? stated : stated.slice(0, FIRST_CARDS)), [stated, allStated]);
  // One tab stop per name in the cards shown, at its first mention.
  const tabStops = useMemo(() => firstMentionKeys(shown.flatMap((row) => (row.cells.get(outlet.id) ?? []).map(shownMentions))), [shown, outlet]);
  const more = stated.length - FIRST_CARDS;

  return (
    <div className="space-y-2">
      {stated.length > 0 ? (
        <ol id={moreId} aria-label={`Claims, as ${outlet.name} words them`} className="space-y-2">
          {shown.map((row) => (
            <StatedCard key={row.row.id} index={index} shown={row} outlet={outlet} total={total} highlighted={highlighted} tabStops={tabStops} />
          ))}
        </ol>
      ) : (
        <p className="text-sm text-stone-700">{outlet.name} states none of the claims lined up for this event.</p>
      )}
      {stated.length > FIRST_CARDS + 1 ? (
        <DisclosureButton
          expanded={allStated}
          controls={moreId}
          onToggle={() => setAllStated((open) => !open)}
          className="w-full rounded border border-stone-400 bg-white px-3 py-1.5 text-left text-sm font-medium text-stone-800 hover:bg-stone-100"
        >
          {allStated ? `Showing all ${stated.length} claims from ${outlet.name}` : `${plural(more, 'more claim')} from ${outlet.name}`}
        </DisclosureButton>
      ) : null}
      {unstated.length > 0 ? (
        <div>
          <DisclosureButton
            expanded={unstatedOpen}
            controls={unstatedId}
            onToggle={() => setUnstatedOpen((open) => !open)}
            className="w-full rounded border border-dashed border-stone-400 bg-stone-50 px-3 py-1.5 text-left text-sm text-stone-800 hover:bg-stone-100"
          >
            Not in {outlet.name}: {plural(unstated.length, 'claim')} other outlets state
          </DisclosureButton>
          {unstatedOpen ? (
            <ol id={unstatedId} aria-label={`Claims not in ${outlet.name}`} className="mt-2 space-y-2">
              {unstated.map((row) => (
                <li key={row.row.id} data-claim-row={row.row.id} className="rounded border border-dashed border-stone-300 bg-stone-50 p-3 text-sm">
                  <ClaimLabel index={index} shown={row} total={total} />
                  <p className="mt-1 text-xs text-stone-600 italic">not in this outlet</p>
                </li>
              ))}
            </ol>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

type StatedCardProps = {
  index: CorpusIndex;
  shown: ShownClaimRow;
  outlet: Outlet;
  total: number;
  highlighted: readonly string[];
  tabStops: ReadonlySet<string>;
};

/** One claim in the outlet's words; who else states it said once, below ("3 of 4 outlets" would repeat it). */
function StatedCard({ index, shown, outlet, total, highlighted, tabStops }: StatedCardProps) {
  const name = (id: string) => index.outletById.get(id)?.name ?? id;
  const cells = shown.cells.get(outlet.id) ?? [];
  const others = shown.outletIds.filter((id) => id !== outlet.id);
  return (
    <li data-claim-row={shown.row.id} className="rounded border border-stone-300 bg-white p-3 text-sm">
      <span className="block text-stone-900 first-letter:uppercase">{shown.row.label}</span>
      {shown.differences.map(({ difference }) => (
        <span key={`${difference.kind}-${difference.summary}`} className="mt-1 block text-xs text-stone-800">
          <span className="mr-1 inline-block rounded border border-amber-700 px-1 font-semibold text-amber-900">{differenceLabel(difference)}</span>
          {difference.summary}
        </span>
      ))}
      <div className="mt-2 space-y-2">
        {cells.map((cell) => (
          <ClaimWording key={`${cell.part.sentenceId}:${cell.part.start}`} index={index} cell={cell} outletName={outlet.name} highlighted={highlighted} tabStops={tabStops} />
        ))}
      </div>
      {others.length === 0 ? (
        total > 1 ? <span className="mt-2 inline-block rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-950">Only in {outlet.name}</span> : null
      ) : (
        <p className="mt-2 text-xs text-stone-600">
          {others.length === total - 1 && total > 2 ? 'Also in every other shown outlet' : `Also in ${others.map(name).join(', ')}`}
        </p>
      )}
    </li>
  );
}
