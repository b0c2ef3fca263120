/**
 * npm run eval — score the ingest on the development corpus (tests/eval/README.md).
 *   npx tsx tests/eval/run.ts [--story NAME] [--failures] [--check] [--write-baseline]
 * --failures lists what each figure missed (tuning half only unless --held-out-too: the held-out half is read as figures);
 * --check lists gold lines that match no sentence and exits 1 if there are any;
 * --write-baseline records the current figures as the floor the CI test holds.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateAll, evaluateStory, styleSummary, type StoryResult } from './evaluate';
import { addCounts, emptyCounts, figuresOf, type Counts, type Half } from './score';

const args = process.argv.slice(2);
const storyArg = args.includes('--story') ? args[args.indexOf('--story') + 1] : undefined;
const { stories, totals } = storyArg
  ? (() => {
      const result: StoryResult = evaluateStory(storyArg);
      return { stories: [result], totals: result.counts };
    })()
  : evaluateAll();

function table(columns: [string, Counts][]): string {
  const rows = figuresOf(emptyCounts()).map((figure, index) => [
    figure.name,
    ...columns.map(([, counts]) => {
      const shown = figuresOf(counts)[index]!;
      return shown.lowerIsBetter ? shown.shown : `${(shown.value * 100).toFixed(1)}% (${shown.shown})`;
    }),
  ]);
  const header = ['figure', ...columns.map(([name, counts]) => `${name} (${counts.articles} articles)`)];
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

console.log(`Development corpus: ${stories.map((result) => result.story).join(', ')}`);
const styles = [...styleSummary().values()];
console.log(`house styles: ${styles.length} (${styles.filter((counts) => counts.tune > 0 && counts['held-out'] > 0).length} in both halves)\n`);
console.log(table([['tuning half', totals.tune], ['held-out half', totals['held-out']]]));
for (const result of stories) {
  const both = addCounts(addCounts(emptyCounts(), result.counts.tune), result.counts['held-out']);
  console.log(`\n${result.story}: ${figuresOf(both).map((figure) => `${figure.name} ${figure.lowerIsBetter ? figure.shown : figure.value.toFixed(2)}`).join(' · ')}`);
}

const halves: Half[] = args.includes('--held-out-too') ? ['tune', 'held-out'] : ['tune'];
if (args.includes('--failures')) {
  for (const result of stories) for (const half of halves) for (const failure of result.counts[half].failures) console.log(`  [${result.story}, ${half}] ${failure}`);
}
const unmatched = stories.flatMap((result) => [...result.counts.tune.unmatched, ...result.counts['held-out'].unmatched].map((line) => `${result.story}: ${line}`));
if (unmatched.length > 0) console.log(`\n${unmatched.length} gold lines match no sentence:\n  ${unmatched.join('\n  ')}`);
if (args.includes('--write-baseline')) {
  const baseline = Object.fromEntries(
    (['tune', 'held-out'] as const).map((half) => [half, Object.fromEntries(figuresOf(totals[half]).map((figure) => [figure.name, Number(figure.value.toFixed(4))]))]),
  );
  writeFileSync(join('tests', 'eval', 'baseline.json'), `${JSON.stringify(baseline, null, 2)}\n`);
  console.log('\nwrote tests/eval/baseline.json');
}
if (args.includes('--check') && unmatched.length > 0) process.exitCode = 1;
