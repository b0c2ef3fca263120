import type { Precision } from '../../../lib/corpus/schema';

export type PrecisionBadgeProps = { precision: Precision };

// Told apart by the word and the border pattern, not by colour alone.
const STYLES: Record<Precision, string> = {
  day: 'border-solid border-amber-700 bg-amber-50 text-amber-900',
  month: 'border-dashed border-sky-700 bg-sky-50 text-sky-900',
  year: 'border-dashed border-violet-700 bg-violet-50 text-violet-900',
  interval: 'border-dotted border-sky-700 bg-sky-50 text-sky-900',
};

export function PrecisionBadge({ precision }: PrecisionBadgeProps) {
  return (
    <span className={`inline-block rounded border px-1 text-[0.6875rem] font-semibold tracking-wide uppercase ${STYLES[precision]}`}>
      {precision}
    </span>
  );
}
