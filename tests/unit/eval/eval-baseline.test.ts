/**
 * The development corpus (tests/eval) must not get worse: every figure of
 * both halves holds the committed baseline (tests/eval/baseline.json, written
 * by `npm run eval -- --write-baseline`). Figures, never timings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../eval/evaluate';
import { figuresOf } from '../../eval/score';

const baseline = JSON.parse(readFileSync('tests/eval/baseline.json', 'utf8')) as Record<'tune' | 'held-out', Record<string, number>>;
const { stories, totals } = evaluateAll();
describe('the ingest on the development corpus', () => {
  it('reads all eleven stories, a hundred and thirty-four articles, with every gold line matched to a sentence', () => {
    expect(stories.map((story) => story.story)).toEqual([
      'bankman-fried-trial', 'chandrayaan-3-landing', 'euro-2024-final', 'it-outage-2024', 'japan-korea-ministers', 'key-bridge-collapse', 'muan-air-crash',
      'noto-earthquake-2024', 'svb-collapse-2023', 'taiwan-election-2024', 'titan-submersible-2023',
    ]);
    expect(totals.tune.articles + totals['held-out'].articles).toBe(134);
    // A gold line that matches no sentence is a typo in the gold, or text the ingest dropped (which must then be
    // listed here, and scored as a miss, until a rule keeps it: the gold stays true to the text).
    expect([...totals.tune.unmatched, ...totals['held-out'].unmatched]).toEqual([]);
  });

  for (const half of ['tune', 'held-out'] as const) {
    it(`holds the baseline on the ${half} half`, () => {
      const figures = figuresOf(totals[half]);
      console.log(`${half}: ${figures.map((figure) => `${figure.name} ${figure.lowerIsBetter ? figure.value : figure.value.toFixed(3)}`).join(' · ')}`);
      for (const figure of figures) {
        const floor = baseline[half][figure.name];
        expect(floor, `baseline has ${figure.name}`).toBeDefined();
        if (figure.lowerIsBetter) expect(figure.value, figure.name).toBeLessThanOrEqual(floor!);
        else expect(figure.value, figure.name).toBeGreaterThanOrEqual(floor! - 1e-4);
      }
    });
  }
});
