import type { ReactNode } from 'react';
import { MarkedText, type TextMark } from './marked-text';

/** A stretch of text that wraps whatever is rendered inside it (e.g. a wording span). */
export interface OuterMark {
  start: number;
  end: number;
  wrap: (children: ReactNode, key: string) => ReactNode;
}

export type NestedMarkedTextProps = {
  text: string;
  /** Non-overlapping outer stretches; overlaps are skipped as in MarkedText. */
  outer: OuterMark[];
  /** Marks drawn inside the outer stretches (e.g. entity mentions), split at their edges. */
  inner: TextMark[];
};

/**
 * Two layers of marks over one untrusted text, rendered as React text only:
 * the text is cut at the outer marks, and each piece gets the inner marks that
 * fall in it, clipped to the piece. An inner mark crossing an outer edge is drawn
 * in two parts, so neither layer hides the other.
 */
export function NestedMarkedText({ text, outer, inner }: NestedMarkedTextProps) {
  const ordered = [...outer].filter((mark) => mark.end > mark.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: Array<{ start: number; end: number; wrap?: OuterMark['wrap'] }> = [];
  let cursor = 0;
  for (const mark of ordered) {
    if (mark.start < cursor || mark.end > text.length) continue;
    if (mark.start > cursor) pieces.push({ start: cursor, end: mark.start });
    pieces.push(mark);
    cursor = mark.end;
  }
  if (cursor < text.length) pieces.push({ start: cursor, end: text.length });

  return (
    <>
      {pieces.map((piece) => {
        const clipped = inner
          .filter((mark) => mark.start < piece.end && mark.end > piece.start)
          .map((mark) => ({
            start: Math.max(mark.start, piece.start) - piece.start,
            end: Math.min(mark.end, piece.end) - piece.start,
            render: mark.render,
          }));
        const key = `${piece.start}-${piece.end}`;
        const content = <MarkedText key={key} text={text.slice(piece.start, piece.end)} marks={clipped} />;
        return piece.wrap ? piece.wrap(content, key) : content;
      })}
    </>
  );
}
