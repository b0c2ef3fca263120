import type { EventSources } from '../../lib/corpus/event-detail-query';
import type { ClaimPart, ClaimRow, Difference, Outlet } from '../../lib/corpus/schema';
import type { OutletSources, SourceSentence } from './event-sources';

/** One outlet's wording of a claim: the part, and the evidence sentence it is cut from. */
export interface ClaimCell {
  part: ClaimPart;
  item: SourceSentence;
}

/** A difference as the outlet filter leaves it: only the items of shown outlets. */
export interface ShownDifference {
  difference: Difference;
  items: Difference['items'];
}

/** A claim row as the outlet filter leaves it. */
export interface ShownClaimRow {
  row: ClaimRow;
  /** Shown outlets stating it, in column order. */
  outletIds: string[];
  /** Each stating outlet's wordings, in article order. */
  cells: Map<string, ClaimCell[]>;
  /** Differences whose items all sit in this row's sentences. */
  differences: ShownDifference[];
}

export interface ClaimTable {
  /** Rows at least one shown outlet states, most outlets first. */
  rows: ShownClaimRow[];
  /**
   * Per reporting shown outlet (column order), the rows only it states among the
   * shown outlets. Empty when fewer than two shown outlets report the event:
   * then everything is "only in" the one, which says nothing.
   */
  onlyIn: Array<{ outlet: Outlet; rows: ShownClaimRow[] }>;
}

/**
 * A difference needs two shown outlets to be one: hidden outlets' items are
 * dropped, and what is left with a single outlet is not listed.
 */
export function shownDifferences(differences: readonly Difference[], hiddenOutlets: readonly string[]): ShownDifference[] {
  const hidden = new Set(hiddenOutlets);
  return differences
    .map((difference) => ({ difference, items: difference.items.filter((item) => !hidden.has(item.outletId)) }))
    .filter(({ items }) => new Set(items.map((item) => item.outletId)).size >= 2);
}

/**
 * The event's claim rows for the shown outlets (`byOutlet`, from
 * sourcesByOutlet): rows no shown outlet states are dropped, the rest re-ordered
 * by how many shown outlets state them (the published order counts hidden
 * ones too), and each difference placed on the row that holds its sentences.
 */
export function claimTable(sources: EventSources, byOutlet: readonly OutletSources[], hiddenOutlets: readonly string[]): ClaimTable {
  const itemById = new Map<string, SourceSentence>();
  for (const { articles } of byOutlet) for (const { sentences } of articles) for (const item of sentences) itemById.set(item.sentence.id, item);
  const columns = byOutlet.map((source) => source.outlet.id);

  const rows: ShownClaimRow[] = [];
  for (const row of sources.detail.claims ?? []) {
    const cells = new Map<string, ClaimCell[]>();
    for (const part of row.parts) {
      const item = itemById.get(part.sentenceId);
      // A part of a hidden outlet, or of a sentence not in the evidence (never published so): not drawn.
      if (!item || item.article.outletId !== part.outletId) continue;
      const list = cells.get(part.outletId);
      if (list) list.push({ part, item });
      else cells.set(part.outletId, [{ part, item }]);
    }
    if (cells.size === 0) continue;
    for (const list of cells.values()) list.sort((a, b) => a.item.number - b.item.number || a.part.start - b.part.start);
    rows.push({ row, outletIds: columns.filter((id) => cells.has(id)), cells, differences: [] });
  }
  // Stable: rows stated by as many shown outlets keep the published order.
  rows.sort((a, b) => b.outletIds.length - a.outletIds.length);

  for (const shown of shownDifferences(sources.detail.differences ?? [], hiddenOutlets)) {
    const home = rowFor(rows, shown, sources);
    if (home) home.differences.push(shown);
  }

  const reporting = byOutlet.filter((source) => source.sentenceCount > 0);
  const onlyIn =
    reporting.length < 2
      ? []
      : reporting
          .map((source) => ({ outlet: source.outlet, rows: rows.filter((row) => row.outletIds.length === 1 && row.outletIds[0] === source.outlet.id) }))
          .filter((entry) => entry.rows.length > 0);
  return { rows, onlyIn };
}

/**
 * The row holding every item's sentence, preferring one whose wordings contain
 * the differing words themselves (a sentence can hold several claims).
 */
function rowFor(rows: readonly ShownClaimRow[], shown: ShownDifference, sources: EventSources): ShownClaimRow | undefined {
  const holds = (row: ShownClaimRow, inside: boolean) =>
    shown.items.every((item) =>
      (row.cells.get(item.outletId) ?? []).some(({ part }) => {
        if (part.sentenceId !== item.sentenceId) return false;
        if (!inside) return true;
        const at = sources.sentenceById.get(item.sentenceId)?.sentence.text.indexOf(item.text) ?? -1;
        return at >= part.start && at + item.text.length <= part.end;
      }),
    );
  return rows.find((row) => holds(row, true)) ?? rows.find((row) => holds(row, false));
}

/** Whether a part leaves words of its sentence out before and after it (spaces and closing punctuation aside). */
export function partCut(text: string, part: Pick<ClaimPart, 'start' | 'end'>): { before: boolean; after: boolean } {
  return { before: /[\p{L}\p{N}]/u.test(text.slice(0, part.start)), after: /[\p{L}\p{N}]/u.test(text.slice(part.end)) };
}
