import { memo, useId, useState, type ReactNode } from 'react';
import type { TextMark } from '../../../components/marked-text';
import { NestedMarkedText, type OuterPart } from '../../../components/nested-marked-text';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import type { SentenceMention } from '../../../lib/corpus/schema';
import { entityMarksFor, highlightKey, mentionKey } from '../../../lib/entity-marks';
import { navigateView } from '../../../lib/view-state';
import { partCut, type ClaimCell } from '../claim-rows';

export type ClaimWordingProps = {
  index: CorpusIndex;
  cell: ClaimCell;
  outletName: string;
  /** Highlighted entity ids, in highlight order. */
  highlighted: readonly string[];
  /** The names in the tab order (firstMentionKeys over what the table shows); default: every name. */
  tabStops?: ReadonlySet<string>;
};

/**
 * One outlet's words for a claim: the stretch of its sentence that states it,
 * with "…" where the sentence goes on, the whole sentence one press away (the
 * rest dimmed), and the sentence in its article one more. Highlighted names are
 * marked inside, pressable as in the full text. Redrawn only when what it shows
 * changes: pressing a name it does not mention, or switching another outlet off,
 * leaves it as it is.
 */
export const ClaimWording = memo(function ClaimWording({ index, cell, outletName, highlighted, tabStops }: ClaimWordingProps) {
  const { part, item } = cell;
  const text = item.sentence.text;
  const [whole, setWhole] = useState(false);
  const textId = useId();
  const [from, to] = claimStretch(cell);
  const cut = partCut(text, { start: from, end: to });
  const marks = entityMarksFor(index.entityById, item.mentions, highlighted, { tabStops });
  const where = `${outletName}, sentence ${item.number}`;

  return (
    <div data-claim-part={`${part.sentenceId}:${part.start}-${part.end}`}>
      <p id={textId} className="article-text font-serif leading-snug text-stone-900">
        {whole ? (
          <NestedMarkedText text={text} outer={dimmedAround(part.start, part.end, text.length)} inner={marks} />
        ) : (
          <>
            {cut.before ? <span className="text-stone-500">… </span> : null}
            <NestedMarkedText
              text={text.slice(from, to)}
              outer={dimmedAround(part.start - from, part.end - from, to - from)}
              inner={clip(marks, from, to)}
            />
            {cut.after ? <span className="text-stone-500"> …</span> : null}
          </>
        )}
      </p>
      <div className="mt-1 flex flex-wrap gap-1">
        {cut.before || cut.after ? (
          <button
            type="button"
            aria-expanded={whole}
            aria-controls={textId}
            aria-label={`${whole ? 'Claim only' : 'Whole sentence'}: ${where}`}
            onClick={() => setWhole((open) => !open)}
            className="rounded border border-stone-300 px-1.5 py-px text-xs text-stone-700 hover:bg-stone-100"
          >
            {whole ? 'Claim only' : 'Whole sentence'}
          </button>
        ) : null}
        <button
          type="button"
          onClick={() => navigateView({ article: item.article.id, sentence: item.sentence.id })}
          aria-label={`Open in article: ${where}`}
          className="rounded border border-stone-300 px-1.5 py-px text-xs text-stone-700 hover:bg-stone-100"
        >
          Open in article
        </button>
      </div>
    </div>
  );
}, sameWording);

/**
 * Whether a wording would draw the same: the same sentence part, and the same
 * marks (`highlighted` and `tabStops` only as they touch its mentions). The
 * outlet filter rebuilds the cells and the tab stops on every change.
 */
function sameWording(previous: ClaimWordingProps, next: ClaimWordingProps): boolean {
  const a = previous.cell;
  const b = next.cell;
  const mentions = b.item.mentions;
  return (
    previous.index === next.index &&
    a.part === b.part &&
    a.item.sentence === b.item.sentence &&
    a.item.article === b.item.article &&
    a.item.number === b.item.number &&
    a.item.mentions === mentions &&
    previous.outletName === next.outletName &&
    (previous.highlighted === next.highlighted || highlightKey(mentions, previous.highlighted) === highlightKey(mentions, next.highlighted)) &&
    (previous.tabStops === next.tabStops || tabStopsKey(mentions, previous.tabStops) === tabStopsKey(mentions, next.tabStops))
  );
}

/** Which of a sentence's mentions are tab stops (all, without a set). */
function tabStopsKey(mentions: readonly SentenceMention[], tabStops: ReadonlySet<string> | undefined): string {
  return tabStops ? mentions.map((mention) => (tabStops.has(mentionKey(mention)) ? '1' : '0')).join('') : '*';
}

/** The stretch of its sentence a cell shows: the claim, or a short one with a few words either side. */
export function claimStretch({ part, item }: ClaimCell): [number, number] {
  // A short wording ("on Monday") means little alone: a few words either side come with it, dimmed.
  return part.end - part.start < SHORT_PART ? widen(item.sentence.text, part.start, part.end, CONTEXT_WORDS) : [part.start, part.end];
}

/** The sentence's mentions a cell shows: what its tab stops are chosen from. */
export function shownMentions(cell: ClaimCell): SentenceMention[] {
  const [from, to] = claimStretch(cell);
  return cell.item.mentions.filter((mention) => mention.start >= from && mention.end <= to);
}

/** Entity marks of the whole sentence, cut to [start, end) and counted from start; a name cut in two is no longer one button. */
function clip(marks: readonly TextMark[], start: number, end: number): TextMark[] {
  return marks
    .filter((mark) => mark.start < end && mark.end > start)
    .map((mark) => ({
      start: Math.max(mark.start, start) - start,
      end: Math.min(mark.end, end) - start,
      render: mark.render,
      ...(mark.wrap && mark.start >= start && mark.end <= end ? { wrap: mark.wrap } : {}),
    }));
}

/** Wordings shorter than this many characters are shown with CONTEXT_WORDS words either side. */
const SHORT_PART = 30;
const CONTEXT_WORDS = 5;

/** [start, end) grown by up to `words` whole words on each side. */
function widen(text: string, start: number, end: number, words: number): [number, number] {
  // Words with their following (before) or leading (after) spaces, so the joins measure exact lengths.
  const before = text.slice(0, start).split(/(?<=\s)(?=\S)/).slice(-words).join('');
  const after = text.slice(end).split(/(?<=\S)(?=\s)/).slice(0, words).join('');
  return [start - before.length, end + after.length];
}

/** The sentence around the claim, dimmed; the claim keeps full ink (and says where it is to screen readers). */
function dimmedAround(start: number, end: number, length: number) {
  if (start <= 0 && end >= length) return [];
  const dim = (from: number, to: number) => ({
    start: from,
    end: to,
    wrap: (children: ReactNode, key: string) => (
      // stone-600, not 500: a highlighted name inside keeps its contrast on the yellow mark (axe, seen on a phone).
      <span key={key} className="text-stone-600">
        {children}
      </span>
    ),
  });
  return [
    ...(start > 0 ? [dim(0, start)] : []),
    {
      start,
      end,
      wrap: (children: ReactNode, key: string, part: OuterPart) => (
        <span key={key} data-claim="wording" className="font-medium text-stone-950">
          {part.first ? <span className="sr-only">[claim:] </span> : null}
          {children}
          {part.last ? <span className="sr-only"> [end of claim]</span> : null}
        </span>
      ),
    },
    ...(end < length ? [dim(end, length)] : []),
  ];
}
