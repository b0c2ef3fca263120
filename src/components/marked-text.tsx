import type { ReactNode } from 'react';

/** A span of a text to mark, e.g. an entity mention or shared wording. */
export interface TextMark {
  start: number;
  end: number;
  /** Rendered around the marked text; receives the text slice. */
  render: (text: string, key: string) => ReactNode;
}

export type MarkedTextProps = { text: string; marks: TextMark[] };

/**
 * Renders untrusted article text as React text nodes, wrapping marked spans.
 * Overlapping marks: the earlier-starting one wins and the overlap is skipped.
 */
export function MarkedText({ text, marks }: MarkedTextProps) {
  const ordered = [...marks].filter((mark) => mark.end > mark.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const mark of ordered) {
    if (mark.start < cursor) continue;
    if (mark.start > cursor) parts.push(text.slice(cursor, mark.start));
    parts.push(mark.render(text.slice(mark.start, mark.end), `${mark.start}-${mark.end}`));
    cursor = mark.end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <>{parts}</>;
}
