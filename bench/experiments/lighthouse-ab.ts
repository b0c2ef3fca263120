/**
 * `npx tsx bench/experiments/lighthouse-ab.ts DIST_A DIST_B [runs]` — Lighthouse (mobile) on two builds, runs
 * interleaved A, B, A, B… so a change in the machine's load falls on both. Prints each run's performance score,
 * FCP, LCP and TBT, and the medians. Lighthouse simulates the network and CPU from one trace, so FCP and LCP move
 * with what the page requests before it paints (its critical chain), which is what an A/B of two builds looks for.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runLighthouse, type LighthouseScores } from '../lighthouse';
import { startStaticServer } from '../static-server';

const [distA, distB] = [resolve(process.argv[2] ?? 'dist'), resolve(process.argv[3] ?? 'dist')];
const RUNS = Number(process.argv[4] ?? 3);
const PORT = 4241;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main() {
  const servers = [await startStaticServer(PORT, { '/': distA }), await startStaticServer(PORT + 1, { '/': distB })];
  const work = mkdtempSync(join(tmpdir(), 'lighthouse-ab-'));
  const runs: Record<'A' | 'B', LighthouseScores[]> = { A: [], B: [] };
  try {
    for (let rep = 0; rep < RUNS; rep++) {
      for (const [label, port] of [['A', PORT], ['B', PORT + 1]] as const) {
        const scores = await runLighthouse(`http://127.0.0.1:${port}/`, join(work, `${label}-${rep}.json`));
        runs[label].push(scores);
        console.log(`${label} run ${rep + 1}: performance ${scores.performance} · FCP ${scores.fcpMs} ms · LCP ${scores.lcpMs} ms · TBT ${scores.tbtMs} ms`);
      }
    }
  } finally {
    for (const server of servers) server.close();
  }
  for (const label of ['A', 'B'] as const) {
    const of = (key: keyof LighthouseScores) => median(runs[label].map((run) => Number(run[key])));
    console.log(`${label} (${label === 'A' ? distA : distB}) median: performance ${of('performance')} · FCP ${of('fcpMs')} · LCP ${of('lcpMs')} · TBT ${of('tbtMs')}`);
  }
  console.log(`reports: ${work}`);
}

void main();
