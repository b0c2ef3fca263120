import { describe, expect, it } from 'vitest';
import { foldSpaces, splitLines } from '../../../src/pipeline/stages/split-lines';
import type { ArticleContext } from '../../../src/pipeline/types';

const context: ArticleContext = { file: 'sample.txt', articleId: 'sample', manifest: undefined };

describe('splitLines', () => {
  it('numbers lines from 1 and keeps the text as written', () => {
    expect(splitLines(context, 'First\n  Second  \nThird')).toEqual([
      { line: 1, text: 'First', folded: 'First' },
      { line: 2, text: '  Second  ', folded: 'Second' },
      { line: 3, text: 'Third', folded: 'Third' },
    ]);
  });

  it('treats CRLF and lone CR as line ends', () => {
    const lines = splitLines(context, 'One\r\nTwo\rThree\nFour');
    expect(lines.map((line) => line.text)).toEqual(['One', 'Two', 'Three', 'Four']);
    expect(lines.map((line) => line.line)).toEqual([1, 2, 3, 4]);
    expect(lines.some((line) => line.text.includes('\r'))).toBe(false);
  });

  it('does not count a final newline as an extra empty line', () => {
    expect(splitLines(context, 'One\nTwo\n')).toHaveLength(2);
    expect(splitLines(context, 'One\r\nTwo\r\n')).toHaveLength(2);
  });

  it('keeps blank lines in the middle and a second trailing newline as a real blank line', () => {
    const lines = splitLines(context, 'One\n\nTwo\n\n');
    expect(lines.map((line) => line.text)).toEqual(['One', '', 'Two', '']);
  });

  it('gives a single line to a text without newlines, and one empty line to an empty text', () => {
    expect(splitLines(context, 'Only')).toEqual([{ line: 1, text: 'Only', folded: 'Only' }]);
    expect(splitLines(context, '')).toEqual([{ line: 1, text: '', folded: '' }]);
  });

  it('folds NBSP, odd spaces, zero-width and bidi characters for matching but leaves text untouched', () => {
    const raw = '\u00a0Seoul\u200b\u00a0\u00a0talks\u202a\u2066 on\u2009Monday\ufeff\u3000';
    const [line] = splitLines(context, raw);
    expect(line?.text).toBe(raw);
    expect(line?.folded).toBe('Seoul talks on Monday');
  });

  it('makes lines that differ only by invisible characters fold equal', () => {
    const [a, b] = splitLines(context, 'Cho Tae-yul met Iwaya\nCho\u200d Tae-yul\u00a0met  Iwaya\u200f');
    expect(a?.folded).toBe(b?.folded);
    expect(a?.text).not.toBe(b?.text);
  });

  it('folds a line of only invisible characters to empty', () => {
    expect(foldSpaces('\u200b\u00a0\u2060\t')).toBe('');
  });
});
