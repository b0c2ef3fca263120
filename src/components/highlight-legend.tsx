import type { EntitySummary } from '../lib/corpus/schema';
import { highlightStyle, removeHighlight } from '../lib/entity-marks';
import { navigateView, useViewValue } from '../lib/view-state';

export type HighlightLegendProps = {
  entityById: ReadonlyMap<string, EntitySummary>;
  className?: string;
};

/**
 * The key to the highlights: each highlighted name in its colour and symbol, as
 * the text, the list and the chart draw it, each removable. Nothing when no
 * name is highlighted, except a hint that names can be pressed.
 */
export function HighlightLegend({ entityById, className = '' }: HighlightLegendProps) {
  const highlighted = useViewValue('entities');
  // Positions count every id in the URL, as the marks do, so the symbols match.
  const known = highlighted.flatMap((id, position) => {
    const entity = entityById.get(id);
    return entity ? [{ entity, style: highlightStyle(position) }] : [];
  });
  if (known.length === 0) {
    return (
      <p className={`text-xs text-stone-600 ${className}`}>
        <span className="underline decoration-stone-400 underline-offset-[3px]">Underlined names</span> can be pressed: each
        highlights every mention of that name on the page.
      </p>
    );
  }
  return (
    <div role="group" aria-label="Highlighted names" className={`flex flex-wrap items-center gap-x-2 gap-y-1 text-sm ${className}`}>
      <span className="text-xs font-semibold text-stone-700">Highlighted:</span>
      {known.map(({ entity, style }) => (
        <span key={entity.id} data-legend-entity={entity.id} className={`inline-flex items-center gap-1 rounded py-px pr-0.5 pl-1.5 ${style.className}`}>
          <span aria-hidden="true">{style.symbol}</span>
          {entity.name}
          <button
            type="button"
            onClick={() => removeHighlight(entity.id)}
            aria-label={`Remove the highlight on ${entity.name}`}
            title={`Remove the highlight on ${entity.name}`}
            className="inline-flex size-5 items-center justify-center rounded text-stone-800 no-underline hover:bg-white/70 focus-visible:outline-2 focus-visible:outline-stone-900"
          >
            <span aria-hidden="true">×</span>
          </button>
        </span>
      ))}
      {known.length > 1 ? (
        <button
          type="button"
          onClick={() => navigateView({ entities: [] })}
          className="rounded border border-stone-400 bg-white px-2 py-0.5 text-xs hover:bg-stone-100"
        >
          Clear all highlights
        </button>
      ) : null}
    </div>
  );
}
