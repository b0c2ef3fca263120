/**
 * Re-render BENCHMARKS.md from bench/results.json and bench/analysis.md without
 * measuring again (after editing the analysis): tsx bench/render.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderMarkdown, type BenchResults } from './report';

const root = resolve(import.meta.dirname, '..');
const results = JSON.parse(readFileSync(join(root, 'bench', 'results.json'), 'utf8')) as BenchResults;
const analysisFile = join(root, 'bench', 'analysis.md');
writeFileSync(join(root, 'BENCHMARKS.md'), renderMarkdown(results, existsSync(analysisFile) ? readFileSync(analysisFile, 'utf8') : undefined));
