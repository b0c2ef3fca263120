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
/** Gold lines in text the ingest drops: a picture's caption read whole as the picture's label (a blind story's, unfitted). */
const KNOWN_INGEST_MISSES = [
  '04_signal-live-debris.txt: date sentence “whose ROV joined the search on Thursday”',
  '04_signal-live-debris.txt: event sentence “whose ROV joined the search on Thursday”',
];

describe('the ingest on the development corpus', () => {
  it('reads all ten stories, a hundred and twenty-four articles, with no gold line left unmatched but the known ingest misses', () => {
    expect(stories.map((story) => story.story)).toEqual([
      'bankman-fried-trial', 'chandrayaan-3-landing', 'euro-2024-final', 'it-outage-2024', 'japan-korea-ministers', 'key-bridge-collapse', 'muan-air-crash',
      'noto-earthquake-2024', 'taiwan-election-2024', 'titan-submersible-2023',
    ]);
    expect(totals.tune.articles + totals['held-out'].articles).toBe(124);
    // A gold line that matches no sentence is a typo in the gold, or text the ingest dropped. The gold stays true to
    // the text, so the dropped ones are listed here (and scored as misses) until a rule keeps them.
    expect([...totals.tune.unmatched, ...totals['held-out'].unmatched]).toEqual(KNOWN_INGEST_MISSES);
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
