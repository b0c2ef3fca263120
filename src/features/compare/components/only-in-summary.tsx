import type { ClaimTable } from '../claim-rows';
import { plural } from '../event-sources';

export type OnlyInSummaryProps = {
  onlyIn: ClaimTable['onlyIn'];
  /** Shown outlets that report the event. */
  reporting: number;
  /** On a phone: each outlet's list folded behind its count, so the claims are not pushed a screen down. */
  compact?: boolean;
};

/**
 * What a single shown outlet states and no other shown outlet does, outlet by
 * outlet: the first thing a reader comparing coverage wants, before the rows.
 * Hidden outlets do not count (claimTable has already left them out).
 */
export function OnlyInSummary({ onlyIn, reporting, compact = false }: OnlyInSummaryProps) {
  if (reporting < 2) return null;
  return (
    <section aria-labelledby="compare-only-in-heading" className="rounded border border-amber-300 bg-amber-50/60 p-3">
      <h3 id="compare-only-in-heading" className="font-semibold text-stone-800">
        Only in one outlet
      </h3>
      {onlyIn.length === 0 ? (
        <p className="mt-1 text-sm text-stone-700">Every claim is stated by at least two of the shown outlets.</p>
      ) : compact ? (
        <ul className="mt-1 space-y-1 text-sm text-stone-900">
          {onlyIn.map(({ outlet, rows }) => (
            <li key={outlet.id}>
              <details>
                <summary className="cursor-pointer py-0.5">
                  <span className="font-semibold">Only in {outlet.name}:</span> {plural(rows.length, 'claim')}
                </summary>
                <ul className="article-text mt-1 list-disc space-y-1 pl-5">
                  {rows.map((row) => (
                    <li key={row.row.id}>{row.row.label}</li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      ) : (
        <ul className="mt-1 space-y-1 text-sm text-stone-900">
          {onlyIn.map(({ outlet, rows }) => (
            <li key={outlet.id}>
              <span className="font-semibold">Only in {outlet.name}:</span>{' '}
              <span className="article-text">{rows.map((row) => row.row.label).join('; ')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
