/**
 * Runs the real ingest CLI (src/pipeline/cli.ts) in this process and, on exit,
 * writes to BENCH_RSS_FILE the process's peak resident memory (portable where
 * /usr/bin/time is not installed) and how the wall time splits between loading
 * the code and ingesting. The benchmark runs this as a child process.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const target = process.env.BENCH_RSS_FILE;
const started = performance.now();
// Load the pipeline's modules first, so the CLI's own run below is the ingest alone.
await import('../src/pipeline/io');
const loaded = performance.now();
process.on('exit', () => {
  const ended = performance.now();
  // resourceUsage().maxRSS is in kilobytes.
  const usage = process.resourceUsage();
  const report = {
    maxRssKb: usage.maxRSS,
    loadMs: loaded - started,
    ingestMs: ended - loaded,
    startupMs: started,
    // CPU time is steadier than wall time when other work shares the machine.
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
  };
  if (target) writeFileSync(target, JSON.stringify(report));
});

await import('../src/pipeline/cli');
