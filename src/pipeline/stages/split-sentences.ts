import type { Sentence } from '../../lib/corpus/schema';
import type { ArticleContext, Block, Stage } from '../types';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations that never end a sentence in news copy: titles and months. */
const ALWAYS_CONTINUES = /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Dr|MR|MRS|MS|DR|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Prof|Rev|St|Jr|Sr|No|Nos|vs|etc|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\s*$/;
/**
 * Dotted initialisms ("U.S.", "U.N.", "a.m.") and single capital initials ("S. Korea",
 * "John F. Kennedy") end a sentence only before a typical sentence opener.
 */
const INITIALISM = /(?:^|[\s(“"-])(?:(?:\p{L}\.){2,}|\p{Lu}\.)\s*$/u;
const SENTENCE_OPENER =
  /^["“‘']?(The|A|An|It|Its|He|She|They|We|I|This|That|These|Those|There|But|And|Yet|So|In|On|At|As|For|However|Meanwhile|After|Before|When|While|If|Although|Still|Also)\b/;

/**
 * Intl.Segmenter splits after "U.S." and "Jan." (stack notes); rejoin those
 * segments. Work on offsets so a sentence's text is exactly the block's text.
 */
export function splitIntoSentences(text: string): string[] {
  // Each sentence is collected as a list of segments and joined once, keeping it linear.
  const pieces: string[][] = [];
  for (const segment of segmentsOf(text)) {
    const current = pieces[pieces.length - 1];
    const previous = current?.[current.length - 1];
    if (current && previous !== undefined && (continuesAfterAbbreviation(previous, segment) || isBracketedCredit(segment) || isListNumber(current) || isLoneExclamation(current))) {
      current.push(segment);
    } else {
      pieces.push([segment]);
    }
  }
  return pieces.map((piece) => piece.join('').trim()).filter((piece) => piece !== '');
}

/** Window size for the segmenter: its iteration is quadratic on huge lines (50,000 "U.S." took 24 s). */
const WINDOW = 2000;

/**
 * Segment in bounded windows cut at a sentence end or a space; a window's last
 * piece that does not end a sentence flows into the next window's first one.
 */
function* segmentsOf(text: string): Generator<string> {
  let from = 0;
  let carry = '';
  while (from < text.length) {
    const to = from + WINDOW >= text.length ? text.length : cutPoint(text, from);
    const segments = Array.from(segmenter.segment(text.slice(from, to)), (part) => part.segment);
    if (carry !== '' && segments.length > 0) segments[0] = carry + segments[0];
    carry = '';
    const last = segments[segments.length - 1];
    if (to < text.length && last !== undefined && !/[.?!]["'”’)\]]*\s*$/.test(last)) {
      carry = last;
      segments.pop();
    }
    yield* segments;
    from = to;
  }
  if (carry !== '') yield carry;
}

function cutPoint(text: string, from: number): number {
  const window = text.slice(from, from + WINDOW);
  const sentenceEnd = window.search(/[.?!]\s(?![\s\S]*[.?!]\s)/);
  if (sentenceEnd > WINDOW / 2) return from + sentenceEnd + 2;
  const space = window.lastIndexOf(' ');
  return space > 0 ? from + space + 1 : from + WINDOW;
}

/** A numbered paragraph's "1." or "(2)" on its own is no sentence: it opens the one after it. */
function isListNumber(piece: string[]): boolean {
  return piece.length === 1 && /^\s*\(?\d{1,3}[.)]\s*$/.test(piece[0]!);
}

/** A live post's "GOAL!" or "BREAKING!" alone says nothing: it opens the sentence after it ("GOAL! Spain 2-1 England"). */
function isLoneExclamation(piece: string[]): boolean {
  return piece.length === 1 && /^\s*\p{Lu}[\p{L}'’-]*!+\s*$/u.test(piece[0]!);
}

/** "[MINISTRY OF FOREIGN AFFAIRS]" or "(Provided by …)" after a caption belongs to that caption. */
function isBracketedCredit(segment: string): boolean {
  return /^\s*(\[[^\]]*\]|\([^)]*\))\s*$/.test(segment);
}

function continuesAfterAbbreviation(previous: string, next: string): boolean {
  // "HARBOR CITY, Calif. (Coastline Press) — Dockworkers…": an agency in brackets and a dash carry on a wire dateline.
  if (/^\s*\([^()]{2,40}\)\s*[—–-]/.test(next) && /\.\s*$/.test(previous)) return true;
  // "MOSCOW, August 20. /TASS/. Russia's …": an agency between slashes closes a wire dateline.
  if (/^\s*\/\p{Lu}[\p{Lu}\d&-]{1,15}\/\.?\s*$/u.test(next) && /\.\s*$/.test(previous)) return true;
  // Only the tail matters; testing the whole growing piece would be quadratic.
  const tail = previous.slice(-24);
  if (ALWAYS_CONTINUES.test(tail)) return true;
  if (INITIALISM.test(tail)) return !SENTENCE_OPENER.test(next.slice(0, 40).trimStart());
  return false;
}

/** Every block becomes a paragraph of one or more sentences with stable ids. */
export const splitSentences: Stage<ArticleContext, Block[], Sentence[]> = (context, blocks) => {
  const sentences: Sentence[] = [];
  blocks.forEach((block, index) => {
    for (const text of splitIntoSentences(block.text)) {
      sentences.push({ id: `${context.articleId}-s${sentences.length + 1}`, text, paragraph: index + 1, kind: block.kind, line: block.line });
    }
  });
  return sentences;
};
