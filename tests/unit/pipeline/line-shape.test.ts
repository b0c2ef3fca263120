import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordCount, words } from '../../../src/pipeline/line-shape';

describe('wordCount', () => {
  it('counts what words() returns, on any text', () => {
    const piece = fc.oneof(fc.constantFrom(' ', '  ', '-', '—', '•', '1', 'a', 'Z', 'é', '한국', '𝐀', '\u00a0', '\t', '(0)', '²'), fc.string({ unit: 'grapheme', maxLength: 6 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      expect(wordCount(text)).toBe(words(text).length);
    }));
  });

  it('does not count markers, punctuation or empty runs between spaces as words', () => {
    expect(wordCount('-  • — (…)  ')).toBe(0);
    expect(wordCount('Comment (0) 한국 𝐀')).toBe(4);
  });
});
