import { useMemo } from 'react';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import type { Outlet } from '../../../lib/corpus/schema';
import { firstMentionKeys } from '../../../lib/entity-marks';
import type { ShownClaimRow } from '../claim-rows';
import { plural } from '../event-sources';
import { ClaimWording, shownMentions } from './claim-wording';
import { differenceLabel } from './differences-list';

export type ClaimTableProps = {
  index: CorpusIndex;
  rows: ShownClaimRow[];
  /** The columns: shown outlets that report the event. */
  outlets: Outlet[];
  highlighted: readonly string[];
};

/**
 * Claim rows × outlet columns: each outlet's own words for each claim, and a
 * quiet "not in this outlet" where it does not state it. Rows only one outlet
 * states are tagged, since they are what a reader comparing looks for; what all
 * outlets agree on is left unmarked. Scrolls sideways inside itself with many outlets.
 */
export function ClaimTable({ index, rows, outlets, highlighted }: ClaimTableProps) {
  // One tab stop per name in the table, at its first mention in reading order (row by row).
  const tabStops = useMemo(
    () => firstMentionKeys(rows.flatMap((row) => outlets.flatMap((outlet) => (row.cells.get(outlet.id) ?? []).map(shownMentions)))),
    [rows, outlets],
  );
  const stated = (outletId: string) => rows.filter((row) => row.cells.has(outletId)).length;
  const only = (outletId: string) => rows.filter((row) => row.outletIds.length === 1 && row.outletIds[0] === outletId).length;
  return (
    // A stacking context of its own (relative isolate): the positioned parts inside (the sticky claim column, each
    // claim's screen-reader words, hundreds with many outlets) are painted as the table's, not each as a layer of the
    // page's root, which every frame's paint walked, whatever the click changed (bench/probe.ts --trace: a name
    // pressed below the table at 1,000 articles, paint 26 → 9 ms at 4× CPU slowdown).
    <div className="relative isolate overflow-x-auto rounded border border-stone-300 bg-white">
      <table className="w-full border-collapse text-sm">
        <caption className="px-3 pt-2 pb-1 text-left text-xs text-stone-600">
          Claims lined up across outlets: one row per claim, most outlets first; each cell is that outlet’s own wording.
        </caption>
        <thead>
          <tr className="border-b border-stone-300 bg-stone-50 text-left align-bottom">
            <th scope="col" className="sticky left-0 z-10 w-60 min-w-52 bg-stone-50 px-3 py-2 font-semibold text-stone-800">
              Claim
            </th>
            {outlets.map((outlet) => (
              <th key={outlet.id} scope="col" className="min-w-56 px-3 py-2 font-semibold text-stone-800">
                {outlet.name}
                <span className="block text-xs font-normal text-stone-600">
                  {plural(stated(outlet.id), 'claim')}
                  {only(outlet.id) > 0 ? ` · ${only(outlet.id)} only here` : ''}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((shown) => (
            <tr key={shown.row.id} data-claim-row={shown.row.id} className="border-b border-stone-200 align-top last:border-b-0">
              <th scope="row" className="sticky left-0 z-10 bg-white px-3 py-2 text-left font-normal">
                <ClaimLabel index={index} shown={shown} total={outlets.length} />
              </th>
              {outlets.map((outlet) => {
                const cells = shown.cells.get(outlet.id);
                return cells ? (
                  <td key={outlet.id} className="px-3 py-2">
                    <div className="space-y-2">
                      {cells.map((cell) => (
                        <ClaimWording
                          key={`${cell.part.sentenceId}:${cell.part.start}`}
                          index={index}
                          cell={cell}
                          outletName={outlet.name}
                          highlighted={highlighted}
                          tabStops={tabStops}
                        />
                      ))}
                    </div>
                  </td>
                ) : (
                  <td key={outlet.id} className="bg-stone-50 px-3 py-2 text-xs text-stone-600 italic">
                    not in this outlet
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export type ClaimLabelProps = {
  index: CorpusIndex;
  shown: ShownClaimRow;
  /** How many shown outlets report the event. */
  total: number;
};

/** A row's label, who states it when not everyone does, and the differences found on it. */
export function ClaimLabel({ index, shown, total }: ClaimLabelProps) {
  const name = (id: string) => index.outletById.get(id)?.name ?? id;
  const count = shown.outletIds.length;
  return (
    <>
      <span className="block text-stone-900 first-letter:uppercase">{shown.row.label}</span>
      {count === 1 && total > 1 ? (
        <span className="mt-1 inline-block rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-950">Only in {name(shown.outletIds[0]!)}</span>
      ) : count < total ? (
        <span className="mt-1 block text-xs text-stone-600">
          {count} of {total} outlets
        </span>
      ) : null}
      {shown.differences.map(({ difference }) => (
        <span key={`${difference.kind}-${difference.summary}`} className="mt-1 block text-xs text-stone-800">
          <span className="mr-1 inline-block rounded border border-amber-700 px-1 font-semibold text-amber-900">{differenceLabel(difference)}</span>
          {difference.summary}
        </span>
      ))}
    </>
  );
}
