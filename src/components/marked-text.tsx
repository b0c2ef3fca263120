import type { ReactNode } from 'react';
import { splitInvisibles } from '../lib/invisible-characters';

/** A span of a text to mark, e.g. an entity mention or shared wording. */
export interface TextMark {
  start: number;
  end: number;
  /** Rendered around the marked text; receives the text slice. */
  render: (text: string, key: string) => ReactNode;
  /**
   * Optional: drawn around other marks when they cross this one (NestedMarkedText),
   * so the mark stays one element (e.g. one button per name). `text` is its whole text.
   */
  wrap?: (children: ReactNode, key: string, text: string) => ReactNode;
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
  const plain = (from: number, to: number) => parts.push(...withVisibleInvisibles(text.slice(from, to), from));
  for (const mark of ordered) {
    if (mark.start < cursor) continue;
    if (mark.start > cursor) plain(cursor, mark.start);
    parts.push(mark.render(text.slice(mark.start, mark.end), `${mark.start}-${mark.end}`));
    cursor = mark.end;
  }
  if (cursor < text.length) plain(cursor, text.length);
  return <>{parts}</>;
}

export type VisibleTextProps = { text: string };

/** Untrusted text with its hidden characters shown (headlines, bylines, removed lines, marked names). */
export function VisibleText({ text }: VisibleTextProps) {
  return <>{withVisibleInvisibles(text, 0)}</>;
}

/**
 * Bidi overrides, zero-width and control characters become small labelled
 * markers, so they can neither reorder nor hide the text around them.
 */
function withVisibleInvisibles(text: string, offset: number): ReactNode[] {
  let position = offset;
  return splitInvisibles(text).map((part) => {
    const key = `t${position}`;
    if (typeof part === 'string') {
      position += part.length;
      return part;
    }
    position += 1;
    return (
      <abbr key={key} title={`Hidden character in the source text: ${part.description}`} className="invisible-character">
        {part.short}
      </abbr>
    );
  });
}
