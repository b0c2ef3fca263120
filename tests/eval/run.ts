/**
 * npm run eval — score the ingest on the development corpus (tests/eval/README.md).
 *   npx tsx tests/eval/run.ts [--story NAME | --except NAME,NAME] [--failures] [--check] [--write-baseline]
 * --except leaves stories out (a story kept blind while rules change is not scored until they are chosen);
 * --failures lists what each figure missed; per-story lines and failures cover the tuning half only unless
 *   --held-out-too (the held-out half is read as the table's figures);
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
  : evaluateAll(undefined, args.includes('--except') ? (args[args.indexOf('--except') + 1] ?? '').split(',') : []);
if (args.includes('--write-baseline') && (storyArg || args.includes('--except'))) throw new Error('--write-baseline needs the whole corpus: drop --story and --except');

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
// Why dates were missed, as counts only (the held-out half's texts stay unread).
const misses = (counts: Counts) =>
  `${counts.missNoSentence} sentence not found, ${counts.missNotFound} expression not found, ` +
  `${counts.missWrongPublicationDay} in an article whose publication day is wrong or missing, ` +
  `${counts.missUnresolved} left unresolved, ${counts.missWrongValue} wrong value`;
console.log(`\ndates missed, tuning: ${misses(totals.tune)}\ndates missed, held-out: ${misses(totals['held-out'])}`);
// Why event pairs were missed or wrongly made, as counts only.
const pairs = (counts: Counts) =>
  `missed ${counts.eventPairsFn + counts.pairMissNoSentence}: ${counts.pairMissNoSentence} sentence not found, ` +
  `${counts.pairMissBothUnassigned} both unassigned, ${counts.pairMissOneUnassigned} one unassigned, ` +
  `${counts.pairMissSameArticle} different events in one article, ${counts.pairMissAcrossSameDay} different events across articles (same day), ` +
  `${counts.pairMissAcrossOtherDay} different events across articles (different days); ` +
  `false ${counts.eventPairsFp}: ${counts.pairFalseSameArticle} within one article, ${counts.pairFalseAcross} across articles`;
console.log(`event pairs, tuning: ${pairs(totals.tune)}\nevent pairs, held-out: ${pairs(totals['held-out'])}`);
const halves: Half[] = args.includes('--held-out-too') ? ['tune', 'held-out'] : ['tune'];
// Per-story lines and failure lists show only the halves asked for: a story line that mixed in the held-out half
// would let its figures steer rule choices story by story.
for (const result of stories) {
  const shown = halves.reduce((sum, half) => addCounts(sum, result.counts[half]), emptyCounts());
  console.log(`\n${result.story} (${halves.join(' + ')}): ${figuresOf(shown).map((figure) => `${figure.name} ${figure.lowerIsBetter ? figure.shown : figure.value.toFixed(2)}`).join(' · ')}`);
}

if (args.includes('--failures')) {
  for (const result of stories) for (const half of halves) for (const failure of result.counts[half].failures) console.log(`  [${result.story}, ${half}] ${failure}`);
}
// Unmatched gold lines quote the article, so held-out ones are counted, not printed, unless asked for.
const unmatched = stories.flatMap((result) => halves.flatMap((half) => result.counts[half].unmatched).map((line) => `${result.story}: ${line}`));
const unmatchedHidden = halves.includes('held-out') ? 0 : stories.reduce((sum, result) => sum + result.counts['held-out'].unmatched.length, 0);
if (unmatched.length > 0) console.log(`\n${unmatched.length} gold lines match no sentence:\n  ${unmatched.join('\n  ')}`);
if (unmatchedHidden > 0) console.log(`\n${unmatchedHidden} held-out gold lines match no sentence (--held-out-too --check to list them)`);
if (args.includes('--write-baseline')) {
  const baseline = Object.fromEntries(
    (['tune', 'held-out'] as const).map((half) => [half, Object.fromEntries(figuresOf(totals[half]).map((figure) => [figure.name, Number(figure.value.toFixed(4))]))]),
  );
  writeFileSync(join('tests', 'eval', 'baseline.json'), `${JSON.stringify(baseline, null, 2)}\n`);
  console.log('\nwrote tests/eval/baseline.json');
}
if (args.includes('--check') && unmatched.length + unmatchedHidden > 0) process.exitCode = 1;
