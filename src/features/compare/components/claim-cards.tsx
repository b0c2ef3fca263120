import { useMemo } from 'react';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import type { Outlet } from '../../../lib/corpus/schema';
import { firstMentionKeys } from '../../../lib/entity-marks';
import type { ShownClaimRow } from '../claim-rows';
import { ClaimLabel } from './claim-table';
import { ClaimWording, shownMentions } from './claim-wording';

export type ClaimCardsProps = {
  index: CorpusIndex;
  rows: ShownClaimRow[];
  /** The outlet whose wording the cards show. */
  outlet: Outlet;
  /** How many shown outlets report the event. */
  total: number;
  highlighted: readonly string[];
};

/**
 * The claim table for a phone: one outlet at a time (the switcher is above),
 * each claim a card in the table's row order, so switching outlets keeps every
 * claim where it was. A claim the outlet does not state is a slim, quiet card.
 */
export function ClaimCards({ index, rows, outlet, total, highlighted }: ClaimCardsProps) {
  const name = (id: string) => index.outletById.get(id)?.name ?? id;
  // One tab stop per name in the cards, at its first mention.
  const tabStops = useMemo(() => firstMentionKeys(rows.flatMap((row) => (row.cells.get(outlet.id) ?? []).map(shownMentions))), [rows, outlet]);
  return (
    <ol aria-label={`Claims, as ${outlet.name} words them`} className="space-y-2">
      {rows.map((shown) => {
        const cells = shown.cells.get(outlet.id);
        const others = shown.outletIds.filter((id) => id !== outlet.id);
        return (
          <li
            key={shown.row.id}
            data-claim-row={shown.row.id}
            className={`rounded border p-3 text-sm ${cells ? 'border-stone-300 bg-white' : 'border-dashed border-stone-300 bg-stone-50'}`}
          >
            <ClaimLabel index={index} shown={shown} total={total} />
            {cells ? (
              <div className="mt-2 space-y-2">
                {cells.map((cell) => (
                  <ClaimWording key={`${cell.part.sentenceId}:${cell.part.start}`} index={index} cell={cell} outletName={outlet.name} highlighted={highlighted} tabStops={tabStops} />
                ))}
              </div>
            ) : (
              <p className="mt-1 text-xs text-stone-600 italic">not in this outlet</p>
            )}
            {cells && others.length > 0 ? (
              <p className="mt-2 text-xs text-stone-600">
                {others.length === total - 1 && total > 2 ? 'Also in every other shown outlet' : `Also in ${others.map(name).join(', ')}`}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
