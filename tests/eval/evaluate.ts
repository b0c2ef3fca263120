/**
 * Runs the ingest on every story folder of the development corpus and scores
 * it (score.ts). Shared by `npm run eval` (run.ts) and the baseline test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSeedFolder, sha256 } from '../../src/pipeline/io';
import { runIngest } from '../../src/pipeline/pipeline';
import { addCounts, emptyCounts, scoreStory, type Counts, type Half, type ManifestFacts, type StoryGold } from './score';

export const CORPUS_ROOT = join('tests', 'eval', 'corpus');

/** The canonical house styles a gold `style` names (tests/eval/README.md), so "each style in both halves" can be counted. */
export const HOUSE_STYLES = [
  'wire-dateline-period', 'wire-dateline-no-period', 'wire-brief', 'ministry-readout', 'press-release', 'briefing-transcript',
  'american-daily', 'british-daily', 'japanese-daily', 'korean-daily', 'broadcaster', 'aggregator-blog', 'live-blog',
  'regional-daily', 'op-ed', 'legal-news', 'fact-check', 'qa-explainer', 'newsletter-digest',
] as const;

/** Every story's gold, read once. */
export function readGold(root = CORPUS_ROOT): Record<string, StoryGold> {
  return Object.fromEntries(storyFolders(root).map((story) => [story, JSON.parse(readFileSync(join(root, story, 'gold.json'), 'utf8')) as StoryGold]));
}

/** Articles per house style and half, across stories. */
export function styleSummary(root = CORPUS_ROOT): Map<string, Record<Half, number>> {
  const summary = new Map<string, Record<Half, number>>();
  for (const gold of Object.values(readGold(root))) {
    for (const article of Object.values(gold.articles)) {
      const counts = summary.get(article.style) ?? { tune: 0, 'held-out': 0 };
      counts[article.half]++;
      summary.set(article.style, counts);
    }
  }
  return summary;
}

export interface StoryResult {
  story: string;
  counts: Record<Half, Counts>;
}

export function storyFolders(root = CORPUS_ROOT): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'gold.json')))
    .map((entry) => entry.name)
    .sort();
}

export function evaluateStory(story: string, root = CORPUS_ROOT): StoryResult {
  const folder = join(root, story);
  const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')) as StoryGold;
  const manifestPath = join(folder, 'manifest.json');
  const listed = existsSync(manifestPath)
    ? ((JSON.parse(readFileSync(manifestPath, 'utf8')) as { articles?: Record<string, { outlet?: unknown; publishedAt?: unknown }> }).articles ?? {})
    : {};
  const manifest: ManifestFacts = {
    outlet: new Set(Object.entries(listed).filter(([, entry]) => entry.outlet !== undefined).map(([file]) => file)),
    publishedAt: new Set(Object.entries(listed).filter(([, entry]) => entry.publishedAt !== undefined).map(([file]) => file)),
  };
  const corpus = runIngest(readSeedFolder(folder), sha256);
  return { story, counts: scoreStory(corpus, gold, manifest) };
}

/** Every story, and the totals per half. */
/** Every story folder's result and the totals; `except` names stories left out (one kept blind while rules change). */
export function evaluateAll(root = CORPUS_ROOT, except: readonly string[] = []): { stories: StoryResult[]; totals: Record<Half, Counts> } {
  const stories = storyFolders(root)
    .filter((story) => !except.includes(story))
    .map((story) => evaluateStory(story, root));
  const totals: Record<Half, Counts> = { tune: emptyCounts(), 'held-out': emptyCounts() };
  for (const result of stories) for (const half of ['tune', 'held-out'] as const) addCounts(totals[half], result.counts[half]);
  return { stories, totals };
}
