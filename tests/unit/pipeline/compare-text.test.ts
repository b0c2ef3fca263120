import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord, STOPWORDS, wordTokens } from '../../../src/pipeline/compare-text';

/** The tokens as the plain pattern finds them. */
function byPattern(text: string) {
  return Array.from(text.matchAll(/[\p{L}\p{N}]+/gu), (match) => {
    const norm = foldWord(match[0]);
    return { norm, start: match.index, end: match.index + match[0].length, content: !STOPWORDS.has(norm) };
  });
}

describe('wordTokens', () => {
  it('finds what the letter-and-digit pattern finds, on any text', () => {
    const piece = fc.oneof(
      fc.constantFrom(' ', 'The', 'of', 'Tae-yul', 'Zoë', 'ﬁrst', '한국', '𝐀𝐁', '🙂', '\u0301', '²', '٣', '’s', '\ud800', '\udc00', '.'),
      fc.string({ unit: 'binary', maxLength: 5 }),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
      const text = pieces.join('');
      expect(wordTokens(text)).toEqual(byPattern(text));
    }));
  });

  it('keeps offsets on the text as written and finds no words in punctuation', () => {
    expect(wordTokens('“Zoë’s”')).toEqual([
      { norm: 'zoe', start: 1, end: 4, content: true },
      { norm: 's', start: 5, end: 6, content: false },
    ]);
    expect(wordTokens(' —, 🙂 … ')).toEqual([]);
  });
});
