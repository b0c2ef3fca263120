import type { OuterMark } from '../../../components/nested-marked-text';
import type { WordingSpan } from '../../../lib/corpus/schema';

/**
 * Wording spans as outer marks. Shared wording: solid underline and a
 * superscript count of the outlets using it; unique wording: a dotted line. Both
 * carry screen-reader text, so neither depends on colour or on sight.
 */
export function wordingMarks(spans: readonly WordingSpan[], outletName: (id: string) => string): OuterMark[] {
  return spans.map((span) => {
    if (span.sharedWith.length === 0) {
      return {
        start: span.start,
        end: span.end,
        wrap: (children, key) => (
          <span key={key} data-wording="unique" className="border-b-2 border-dotted border-stone-500">
            {children}
            <span className="sr-only"> (only this outlet)</span>
          </span>
        ),
      };
    }
    const others = span.sharedWith.map(outletName).join(', ');
    const count = span.sharedWith.length + 1;
    return {
      start: span.start,
      end: span.end,
      wrap: (children, key) => (
        <span
          key={key}
          data-wording="shared"
          title={`Also worded this way by ${others}`}
          className="bg-teal-100/70 underline decoration-teal-700 decoration-2 underline-offset-4"
        >
          {children}
          <sup aria-hidden="true" className="ml-px text-[0.65em] font-semibold text-teal-800 no-underline">
            {count}
          </sup>
          <span className="sr-only"> (shared by {count} outlets: also {others})</span>
        </span>
      ),
    };
  });
}

/** The key to the wording marks, in words and with the marks themselves. */
export function WordingLegend() {
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-1 text-xs text-stone-700">
      <span className="font-semibold">Wording:</span>
      <span>
        <span className="bg-teal-100/70 font-serif underline decoration-teal-700 decoration-2 underline-offset-4">shared phrase</span>
        <sup aria-hidden="true" className="ml-px text-[0.65em] font-semibold text-teal-800">
          3
        </sup>{' '}
        = other outlets use the same words; the number says how many outlets in all
      </span>
      <span>
        <span className="border-b-2 border-dotted border-stone-500 font-serif">dotted line</span> = only this outlet puts it this way
      </span>
      <span>plain text = small words between phrases</span>
    </div>
  );
}
