import { describe, expect, it } from 'vitest';
import type { RemovedLine } from '../../../src/lib/corpus/schema';
import { removeDuplicates } from '../../../src/pipeline/stages/remove-duplicates';
import { splitLines } from '../../../src/pipeline/stages/split-lines';
import type { ArticleContext } from '../../../src/pipeline/types';

const context: ArticleContext = { file: 'made-up.txt', articleId: 'made-up', manifest: undefined };

function dedupe(lines: string[], removed: RemovedLine[] = []) {
  const all = splitLines(context, lines.join('\n'));
  const removedLines = new Set(removed.map((line) => line.line));
  return removeDuplicates(context, { kept: all.filter((line) => !removedLines.has(line.line)), removed });
}

describe('removeDuplicates', () => {
  it('keeps the first of two equal lines and records the repeat with the line it repeats', () => {
    const result = dedupe(['Headline of the story', 'A paragraph of the story.', 'Headline of the story']);
    expect(result.kept.map((line) => line.line)).toEqual([1, 2]);
    expect(result.removed).toEqual([{ kind: 'duplicate', text: 'Headline of the story', line: 3, reason: 'repeats line 1' }]);
  });

  it('removes a whole body printed twice, each repeat pointing at its first copy', () => {
    const body = ['First paragraph.', 'Second paragraph.', 'Asia News Network/The Example Times'];
    const result = dedupe([...body, ...body]);
    expect(result.kept.map((line) => line.text)).toEqual(body);
    expect(result.removed.map((line) => [line.line, line.reason])).toEqual([
      [4, 'repeats line 1'],
      [5, 'repeats line 2'],
      [6, 'repeats line 3'],
    ]);
  });

  it('compares folded text: spacing, NBSP, zero-width characters, case and list markers do not hide a repeat', () => {
    const result = dedupe(['Ministers meet in Seoul', '  ministers\u00a0meet in\u200b Seoul ', '▼ Ministers meet in Seoul', '- MINISTERS MEET IN SEOUL']);
    expect(result.kept.map((line) => line.line)).toEqual([1]);
    expect(result.removed.every((line) => line.reason === 'repeats line 1')).toBe(true);
  });

  it('keeps the repeat text exactly as written in the record', () => {
    const result = dedupe(['Same line', '  Same\u00a0line  ']);
    expect(result.removed[0]?.text).toBe('  Same\u00a0line  ');
  });

  it('keeps lines that only resemble each other', () => {
    const result = dedupe(['Ministers meet in Seoul.', 'Ministers meet in Seoul again.', 'Ministers met in Seoul.']);
    expect(result.kept).toHaveLength(3);
    expect(result.removed).toEqual([]);
  });

  it('merges its records with earlier removals, sorted by line', () => {
    const furniture: RemovedLine[] = [
      { kind: 'blank', text: '', line: 2, reason: 'empty line' },
      { kind: 'furniture', text: 'Search', line: 4, reason: 'site control' },
    ];
    const result = dedupe(['Body line.', '', 'Body line.', 'Search', 'Body line.'], furniture);
    expect(result.removed.map((line) => [line.line, line.kind])).toEqual([
      [2, 'blank'],
      [3, 'duplicate'],
      [4, 'furniture'],
      [5, 'duplicate'],
    ]);
  });

  it('does not count a line already removed as furniture as the original', () => {
    const furniture: RemovedLine[] = [{ kind: 'furniture', text: 'Most read', line: 1, reason: 'site chrome' }];
    const result = dedupe(['Most read', 'Most read'], furniture);
    expect(result.kept.map((line) => line.line)).toEqual([2]);
  });
});
