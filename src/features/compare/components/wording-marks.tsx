import type { OuterMark } from '../../../components/nested-marked-text';
import type { WordingSpan } from '../../../lib/corpus/schema';
import { contentRuns } from '../content-words';

/**
 * Wording spans as outer marks, on their content words only ("the", "of" are
 * left plain however many outlets write them). Quiet where outlets agree: shared
 * wording keeps its ink and gets only a small count of the shown outlets using
 * it after the phrase; what differs, wording no other shown outlet uses, is
 * dotted-underlined. Hidden outlets do not count. Each span's words for screen
 * readers sit on its last run, so neither mark depends on colour or sight.
 */
export function wordingMarks(
  text: string,
  spans: readonly WordingSpan[],
  outletName: (id: string) => string,
  shown: ReadonlySet<string> | null = null,
): OuterMark[] {
  const marks: OuterMark[] = [];
  for (const span of spans) {
    const sharers = shown ? span.sharedWith.filter((id) => shown.has(id)) : span.sharedWith;
    const runs = contentRuns(text, span.start, span.end);
    runs.forEach((run, position) => {
      const last = position === runs.length - 1;
      if (sharers.length === 0) {
        const words = span.sharedWith.length > 0 ? ' (no other shown outlet)' : ' (only this outlet)';
        marks.push({
          ...run,
          wrap: (children, key, part) => (
            <span key={key} data-wording="unique" className="border-b-2 border-dotted border-stone-500">
              {children}
              {last && part.last ? <span className="sr-only">{words}</span> : null}
            </span>
          ),
        });
        return;
      }
      const others = sharers.map(outletName).join(', ');
      const count = sharers.length + 1;
      marks.push({
        ...run,
        wrap: (children, key, part) => (
          <span key={key} data-wording="shared" title={`Also worded this way by ${others}`}>
            {children}
            {last && part.last ? (
              <>
                <sup aria-hidden="true" className="ml-px text-[0.65em] font-semibold text-teal-800">
                  {count}
                </sup>
                <span className="sr-only"> (shared by {count} outlets: also {others})</span>
              </>
            ) : null}
          </span>
        ),
      });
    });
  }
  return marks;
}

/** The key to the wording marks, in words and with the marks themselves. */
export function WordingLegend() {
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-1 text-xs text-stone-700">
      <span className="font-semibold">Wording:</span>
      <span>
        <span className="border-b-2 border-dotted border-stone-500 font-serif">dotted line</span> = no other shown outlet puts it this way
      </span>
      <span>
        <span className="font-serif">shared words</span>
        <sup aria-hidden="true" className="ml-px text-[0.65em] font-semibold text-teal-800">
          3
        </sup>{' '}
        = other shown outlets use the same words; the number says how many outlets in all
      </span>
    </div>
  );
}
