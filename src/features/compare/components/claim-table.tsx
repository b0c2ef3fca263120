import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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

/** From this many outlet columns on, only the columns in view (and one either side) are drawn. */
export const WINDOWED_FROM = 9;
/** Columns drawn before the table's width is known: about a desktop's worth, and one more. */
export const FIRST_COLUMNS = 6;
/** An outlet column's width when windowed (14rem, the unwindowed minimum) and the claim column's (15rem), in rem. */
const COLUMN_REM = 14;
const CLAIM_REM = 15;

/**
 * The outlet columns to draw, [first, end), for a table scrolled `scrollLeft` pixels sideways in a box `width`
 * pixels wide, with `count` columns of `column` pixels after a claim column `claim` pixels wide (sticky, so it
 * always covers the box's left edge): those any of which shows, and one more either side.
 */
export function columnWindow(scrollLeft: number, width: number, count: number, column: number, claim: number): [number, number] {
  if (!(column > 0) || !(width > 0)) return [0, Math.min(count, FIRST_COLUMNS)];
  const first = Math.max(0, Math.floor(Math.max(0, scrollLeft) / column) - 1);
  const end = Math.min(count, Math.ceil((Math.max(0, scrollLeft) + Math.max(0, width - claim)) / column) + 1);
  return [Math.min(first, Math.max(0, end - 1)), Math.max(end, Math.min(count, first + 1))];
}

/**
 * Claim rows × outlet columns: each outlet's own words for each claim, and a
 * quiet "not in this outlet" where it does not state it. Rows only one outlet
 * states are tagged, since they are what a reader comparing looks for; what all
 * outlets agree on is left unmarked. Scrolls sideways inside itself with many outlets.
 *
 * With many outlets (an event a hundred outlets report has tens of columns, thousands of cells) only the columns in
 * view are drawn, each a fixed width, with an empty cell holding the place of those either side, so selecting such
 * an event, or a click that redraws it, builds and lays out a screenful of cells and not the whole table; scrolling
 * sideways draws the next. The table says its full column count (aria-colcount) and each cell its column.
 */
export function ClaimTable({ index, rows, outlets, highlighted }: ClaimTableProps) {
  const windowed = outlets.length >= WINDOWED_FROM;
  const [range, setRange] = useState<[number, number]>(() => [0, Math.min(outlets.length, FIRST_COLUMNS)]);
  const boxRef = useRef<HTMLDivElement>(null);
  const [first, end] = windowed ? [Math.min(range[0], outlets.length), Math.min(range[1], outlets.length)] : [0, outlets.length];
  const shown = useMemo(() => outlets.slice(first, end), [outlets, first, end]);
  // Read where the box is scrolled and how wide it is after a layout (a scroll, a resize), never forcing one.
  const follow = useCallback(() => {
    const box = boxRef.current;
    if (!box) return;
    const rem = parseFloat(getComputedStyle(box).fontSize) || 16;
    const next = columnWindow(box.scrollLeft, box.clientWidth, outlets.length, COLUMN_REM * rem, CLAIM_REM * rem);
    setRange((was) => (was[0] === next[0] && was[1] === next[1] ? was : next));
  }, [outlets.length]);
  useEffect(() => {
    const box = boxRef.current;
    if (!windowed || !box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => follow());
    observer.observe(box);
    return () => observer.disconnect();
  }, [windowed, follow]);
  // One tab stop per name in the table, at its first mention in reading order (row by row) among the cells drawn.
  const tabStops = useMemo(
    () => firstMentionKeys(rows.flatMap((row) => shown.flatMap((outlet) => (row.cells.get(outlet.id) ?? []).map(shownMentions)))),
    [rows, shown],
  );
  const stated = (outletId: string) => rows.filter((row) => row.cells.has(outletId)).length;
  const only = (outletId: string) => rows.filter((row) => row.outletIds.length === 1 && row.outletIds[0] === outletId).length;
  // The place of the columns not drawn: an empty cell as wide as they are, in every row, hidden from screen readers.
  const spacer = (columns: number, key: string) =>
    windowed && columns > 0 ? <td key={key} aria-hidden="true" className="p-0" style={{ width: `${columns * COLUMN_REM}rem` }} /> : null;
  const colIndex = (offset: number) => (windowed ? first + offset + 2 : undefined);
  return (
    // A stacking context of its own (relative isolate): the positioned parts inside (the sticky claim column, each
    // claim's screen-reader words, hundreds with many outlets) are painted as the table's, not each as a layer of the
    // page's root, which every frame's paint walked, whatever the click changed (bench/probe.ts --trace: a name
    // pressed below the table at 1,000 articles, paint 26 → 9 ms at 4× CPU slowdown).
    // Windowed, the box is a focusable region: arrow keys scroll it sideways and draw the next columns, so every
    // outlet's cells are reachable by keyboard, not only those with a name to tab to.
    <div
      ref={boxRef}
      onScroll={windowed ? follow : undefined}
      tabIndex={windowed ? 0 : undefined}
      role={windowed ? 'region' : undefined}
      aria-label={windowed ? `Claims across ${outlets.length} outlets; scroll sideways for more columns` : undefined}
      className="relative isolate overflow-x-auto rounded border border-stone-300 bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-700"
    >
      <table
        aria-colcount={windowed ? outlets.length + 1 : undefined}
        className={`border-collapse text-sm ${windowed ? 'table-fixed' : 'w-full'}`}
        style={windowed ? { width: `${CLAIM_REM + outlets.length * COLUMN_REM}rem` } : undefined}
      >
        <caption className="px-3 pt-2 pb-1 text-left text-xs text-stone-600">
          Claims lined up across outlets: one row per claim, most outlets first; each cell is that outlet’s own wording.
        </caption>
        <thead>
          <tr className="border-b border-stone-300 bg-stone-50 text-left align-bottom">
            <th
              scope="col"
              aria-colindex={windowed ? 1 : undefined}
              className="sticky left-0 z-10 w-60 min-w-52 bg-stone-50 px-3 py-2 font-semibold text-stone-800"
            >
              Claim
            </th>
            {spacer(first, 'before')}
            {shown.map((outlet, offset) => (
              <th
                key={outlet.id}
                scope="col"
                aria-colindex={colIndex(offset)}
                className={`${windowed ? 'w-56' : ''} min-w-56 px-3 py-2 font-semibold text-stone-800`}
              >
                {outlet.name}
                <span className="block text-xs font-normal text-stone-600">
                  {plural(stated(outlet.id), 'claim')}
                  {only(outlet.id) > 0 ? ` · ${only(outlet.id)} only here` : ''}
                </span>
              </th>
            ))}
            {spacer(outlets.length - end, 'after')}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row.id} data-claim-row={row.row.id} className="border-b border-stone-200 align-top last:border-b-0">
              <th scope="row" aria-colindex={windowed ? 1 : undefined} className="sticky left-0 z-10 bg-white px-3 py-2 text-left font-normal">
                <ClaimLabel index={index} shown={row} total={outlets.length} />
              </th>
              {spacer(first, 'before')}
              {shown.map((outlet, offset) => {
                const cells = row.cells.get(outlet.id);
                return cells ? (
                  <td key={outlet.id} aria-colindex={colIndex(offset)} className="px-3 py-2">
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
                  <td key={outlet.id} aria-colindex={colIndex(offset)} className="bg-stone-50 px-3 py-2 text-xs text-stone-600 italic">
                    not in this outlet
                  </td>
                );
              })}
              {spacer(outlets.length - end, 'after')}
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
