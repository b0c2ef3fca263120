import type { ReactNode } from 'react';
import { MarkedText, type TextMark } from './marked-text';

/** Where a piece of an outer mark sits in it: a mark cut by an inner one is drawn in pieces. */
export interface OuterPart {
  first: boolean;
  last: boolean;
}

/** A stretch of text that wraps whatever is rendered inside it (e.g. a wording span). */
export interface OuterMark {
  start: number;
  end: number;
  wrap: (children: ReactNode, key: string, part: OuterPart) => ReactNode;
}

export type NestedMarkedTextProps = {
  text: string;
  /** Non-overlapping outer stretches; overlaps are skipped as in MarkedText. */
  outer: OuterMark[];
  /** Marks drawn inside the outer stretches (e.g. entity mentions). */
  inner: TextMark[];
};

interface Piece {
  start: number;
  end: number;
  mark?: OuterMark;
  part: OuterPart;
}

/**
 * Two layers of marks over one untrusted text, rendered as React text only:
 * the text is cut at the outer marks, and each piece gets the inner marks that
 * fall in it. An inner mark crossing an outer edge stays whole when it can wrap
 * (a name is one button): the outer mark is cut at its edges and drawn inside
 * it. One that cannot is drawn in two parts. Either way neither layer hides the other.
 */
export function NestedMarkedText({ text, outer, inner }: NestedMarkedTextProps) {
  const outerMarks = nonOverlapping(outer).filter((mark) => mark.end <= text.length);
  const innerMarks = nonOverlapping(inner).filter((mark) => mark.end <= text.length);
  const crosses = (mark: TextMark) =>
    outerMarks.some((o) => o.start < mark.end && o.end > mark.start && (o.start > mark.start || o.end < mark.end));
  const enclosing = innerMarks.filter((mark) => mark.wrap && crosses(mark));
  const rest = innerMarks.filter((mark) => !enclosing.includes(mark));

  // Outer marks cut at the enclosing marks' edges, so each piece lies inside one or outside all.
  const edges = enclosing.flatMap((mark) => [mark.start, mark.end]);
  const outerPieces: Piece[] = [];
  for (const mark of outerMarks) {
    const cuts = [mark.start, ...edges.filter((edge) => edge > mark.start && edge < mark.end).sort((a, b) => a - b), mark.end];
    for (let i = 0; i + 1 < cuts.length; i++) {
      outerPieces.push({ start: cuts[i]!, end: cuts[i + 1]!, mark, part: { first: i === 0, last: i + 2 === cuts.length } });
    }
  }

  const nodes: ReactNode[] = [];
  let cursor = 0;
  for (const mark of enclosing) {
    if (mark.start > cursor) nodes.push(...layer(text, cursor, mark.start, outerPieces, rest));
    const key = `${mark.start}-${mark.end}`;
    nodes.push(mark.wrap!(layer(text, mark.start, mark.end, outerPieces, []), key, text.slice(mark.start, mark.end)));
    cursor = mark.end;
  }
  if (cursor < text.length) nodes.push(...layer(text, cursor, text.length, outerPieces, rest));
  return <>{nodes}</>;
}

/** Marks sorted, the later of two overlapping ones left out (as MarkedText does). */
function nonOverlapping<T extends { start: number; end: number }>(marks: readonly T[]): T[] {
  const ordered = [...marks].filter((mark) => mark.end > mark.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let cursor = 0;
  for (const mark of ordered) {
    if (mark.start < cursor) continue;
    kept.push(mark);
    cursor = mark.end;
  }
  return kept;
}

/** The text in [from, to): cut at the outer pieces inside it, each piece with the inner marks in it, clipped. */
function layer(text: string, from: number, to: number, outerPieces: readonly Piece[], inner: readonly TextMark[]): ReactNode[] {
  const pieces: Piece[] = [];
  let cursor = from;
  for (const piece of outerPieces) {
    if (piece.start < cursor || piece.end > to) continue;
    if (piece.start > cursor) pieces.push({ start: cursor, end: piece.start, part: { first: true, last: true } });
    pieces.push(piece);
    cursor = piece.end;
  }
  if (cursor < to) pieces.push({ start: cursor, end: to, part: { first: true, last: true } });
  return pieces.map((piece) => {
    const clipped = inner
      .filter((mark) => mark.start < piece.end && mark.end > piece.start)
      .map((mark) => ({
        start: Math.max(mark.start, piece.start) - piece.start,
        end: Math.min(mark.end, piece.end) - piece.start,
        render: mark.render,
      }));
    const key = `${piece.start}-${piece.end}`;
    const content = <MarkedText key={key} text={text.slice(piece.start, piece.end)} marks={clipped} />;
    return piece.mark ? piece.mark.wrap(content, key, piece.part) : content;
  });
}
