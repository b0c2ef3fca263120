/**
 * `npm run bench` — Parallax against TimelineJS3 on the same events, same run.
 *
 * 1. corpora: the seeds, and synthetic 100- and 1,000-article folders (bench/generate-corpus.ts);
 * 2. ingest at each size as a child process (wall, CPU, peak RSS; one CPU profile per stage);
 * 3. production builds of Parallax at each size, and TimelineJS3 pages from each built corpus;
 * 4. both served from localhost (bench/static-server.ts), measured in Debian's Chromium:
 *    cold loads with and without 4× CPU slowdown, interactions at 4×;
 * 5. Lighthouse (mobile) on both seed-corpus pages;
 * 6. bench/results.json and BENCHMARKS.md.
 *
 * `npm run bench -- --quick`: fewer repetitions, no 1,000-article corpus.
 * BENCH_WORK_DIR (default: the OS temp dir) holds the generated corpora and builds;
 * BENCH_PORT (default 4184) is the first of four local ports.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Server } from 'node:http';
import type { Corpus } from '../src/lib/corpus/schema';
import { bundleSizes, gzipSize } from './bundle-budget';
import { generateCorpus, loadSource, writeCorpus } from './generate-corpus';
import {
  CHROMIUM_PATH,
  launchBrowser,
  measureLoad,
  measureParallaxInteractions,
  measureTimelineJsInteractions,
  median,
  percentile,
  type InteractionResult,
  type LoadSample,
  type LoadTarget,
} from './measure-browser';
import { runLighthouse, type LighthouseScores } from './lighthouse';
import { renderMarkdown, type BenchResults } from './report';
import { startStaticServer } from './static-server';
import { timelineJsDist, writeTimelinePage } from './timelinejs-page';

const ROOT = resolve(import.meta.dirname, '..');
const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    // Ingest and build the 1,000-article corpus but measure no page at that size (its pages take minutes each today).
    'skip-large-browser': { type: 'boolean', default: false },
  },
});
const QUICK = flags.quick;
const LOAD_REPS = QUICK ? 3 : 5;
const INTERACTION_REPS = QUICK ? 10 : 20;
const LARGE_LOAD_REPS = 3;
const LARGE_LOAD_LIMIT_MS = 75_000;
// Per interaction kind; an app too slow for 20 reps in this time reports the reps it managed.
const INTERACTION_BUDGET_MS = QUICK ? 60_000 : 150_000;
const WORK = resolve(process.env.BENCH_WORK_DIR ?? join(tmpdir(), 'parallax-bench'));
const PORT = Number(process.env.BENCH_PORT ?? 4184);
const GENERATOR_SEED = 42;

interface SizePlan {
  label: string;
  /** Seed folder to ingest and build from. */
  folder: string;
  generated: number | null;
}

const log = (message: string) => process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const round = (value: number | null, digits = 0) => (value === null ? null : Number(value.toFixed(digits)));

function machine() {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    // Reported as unknown; the launch below fails loudly if the browser is really missing.
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    chromium,
    platform: `${process.platform} ${process.arch}`,
  };
}

// ---------- ingest ----------

interface IngestRun {
  wallMs: number;
  loadMs: number;
  ingestMs: number;
  cpuMs: number;
  maxRssMiB: number;
}

function runIngestChild(folder: string, out: string, profileDir?: string): IngestRun {
  const rssFile = join(WORK, `rss-${process.pid}.json`);
  rmSync(rssFile, { force: true });
  const args = ['--import', 'tsx', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), 'bench/ingest-probe.ts', '--seeds', folder, '--out', out, '--quiet'];
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, BENCH_RSS_FILE: rssFile }, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const wallMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`ingest of ${folder} failed (${child.status}): ${child.stderr.slice(-2000)}`);
  const probe = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRssKb: number; loadMs: number; ingestMs: number; cpuMs: number };
  return { wallMs, loadMs: probe.loadMs, ingestMs: probe.ingestMs, cpuMs: probe.cpuMs, maxRssMiB: probe.maxRssKb / 1024 };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

/**
 * Time per pipeline stage from a V8 CPU profile: each sample goes to the
 * outermost frame in src/pipeline/stages/ (the stage the pipeline called),
 * else to schema validation (zod), else to the rest of the ingest.
 */
function stageTimes(profileDir: string): Record<string, number> {
  const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) return {};
  const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const totals: Record<string, number> = {};
  profile.samples.forEach((sampleId, index) => {
    let stage: string | null = null;
    let inIngest = false;
    let inZod = false;
    for (let id: number | undefined = sampleId; id !== undefined; id = parent.get(id)) {
      const frame = nodes.get(id)!.callFrame;
      // A stage is a file or a folder of sub-stages (stages/resolve-dates/…): the folder names the stage.
      const stageMatch = /src\/pipeline\/stages\/([\w-]+)(?:\/[\w-]+)?\.ts/.exec(frame.url);
      if (stageMatch) stage = stageMatch[1]!;
      if (frame.url.includes('node_modules/zod')) inZod = true;
      if (frame.functionName === 'buildCorpusJson') inIngest = true;
    }
    if (!inIngest) return;
    const key = stage ?? (inZod ? 'schema validation (zod)' : 'read, hash, serialise, other');
    totals[key] = (totals[key] ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000;
  });
  return Object.fromEntries(Object.entries(totals).map(([key, ms]) => [key, Math.round(ms)]));
}

// ---------- build ----------

function buildParallax(seeds: string, outDir: string): number {
  const started = performance.now();
  const child = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--configLoader', 'runner', '--logLevel', 'warn'], {
    cwd: ROOT,
    env: { ...process.env, PARALLAX_SEEDS: seeds, PARALLAX_OUT_DIR: outDir },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  if (child.status !== 0) throw new Error(`vite build failed: ${child.stderr.slice(-3000)}`);
  return performance.now() - started;
}

function timelineJsSizes() {
  const dist = timelineJsDist();
  const size = (file: string) => {
    const bytes = readFileSync(join(dist, file));
    return { file, bytes: bytes.length, gzip: gzipSize(bytes) };
  };
  return { js: size('js/timeline.js'), css: size('css/timeline.css') };
}

// ---------- summaries ----------

type LoadSummary = Record<keyof LoadSample, number | null> & { runs: number; limitMs: number };

function summariseLoads(samples: LoadSample[], limitMs: number): LoadSummary {
  const keys = Object.keys(samples[0] ?? {}) as (keyof LoadSample)[];
  const summary = { runs: samples.length, limitMs } as LoadSummary;
  for (const key of keys) {
    if (key === 'timedOut') {
      summary.timedOut = samples.reduce((sum, sample) => sum + sample.timedOut, 0);
      continue;
    }
    // A load that timed out counts as slower than any that finished (null when most did).
    const values = samples
      .map((sample) => (key === 'timelineReadyMs' && sample.timedOut ? Infinity : sample[key]))
      .filter((value): value is number => value !== null);
    const middle = median(values);
    summary[key] = middle === null || !Number.isFinite(middle) ? null : round(middle, key.endsWith('Bytes') ? 0 : 1);
  }
  return summary;
}

function summariseInteraction(result: InteractionResult) {
  return {
    method: result.method,
    ...(result.note ? { note: result.note } : {}),
    reps: result.samples.length,
    medianMs: round(median(result.samples), 1),
    p95Ms: round(percentile(result.samples, 95), 1),
    maxMs: round(result.samples.length ? Math.max(...result.samples) : null, 1),
  };
}

// ---------- main ----------

async function main() {
  const startedAt = new Date();
  const started = performance.now();
  const loadStart = loadavg();
  mkdirSync(WORK, { recursive: true });
  log(`work dir ${WORK}; ${QUICK ? 'quick' : 'full'} run; load average ${loadStart.map((value) => value.toFixed(2)).join(' ')}`);

  const sizes: SizePlan[] = [{ label: 'seeds', folder: join(ROOT, 'seeds'), generated: null }];
  const source = loadSource(join(ROOT, 'seeds'));
  for (const count of QUICK ? [100] : [100, 1000]) {
    const folder = join(WORK, `corpus-${count}`);
    const generated = generateCorpus(source, count, GENERATOR_SEED);
    writeCorpus(folder, generated);
    sizes.push({ label: String(count), folder, generated: count });
  }

  const results: Record<string, unknown>[] = [];
  const servers: Server[] = [];
  // An interrupted run must not leave its servers holding the ports.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const server of servers) server.close();
      process.exit(130);
    });
  }
  const targets = new Map<string, { parallax: LoadTarget; timelinejs: LoadTarget; corpus: Corpus }>();
  let bundle: ReturnType<typeof bundleSizes> | null = null;
  const tlMounts: Record<string, string> = { '/tl/': timelineJsDist() };

  for (const [index, size] of sizes.entries()) {
    const textBytes = readdirSync(size.folder)
      .filter((file) => file.endsWith('.txt'))
      .reduce((sum, file) => sum + statSync(join(size.folder, file)).size, 0);
    log(`${size.label}: ingest (${(textBytes / 1e6).toFixed(2)} MB of text)`);
    const out = join(WORK, `ingest-${size.label}.json`);
    const ingestReps = QUICK ? 1 : size.generated === 1000 ? 2 : 3;
    const runs: IngestRun[] = [];
    for (let rep = 0; rep < ingestReps; rep++) runs.push(runIngestChild(size.folder, out));
    const corpusJson = readFileSync(out);
    let stages: Record<string, number> = {};
    if (size.generated !== null) {
      const profileDir = join(WORK, `profile-${size.label}`);
      rmSync(profileDir, { recursive: true, force: true });
      runIngestChild(size.folder, join(WORK, `ingest-${size.label}-profiled.json`), profileDir);
      stages = stageTimes(profileDir);
    }

    log(`${size.label}: build`);
    const outDir = join(WORK, `dist-${size.label}`);
    const buildMs = buildParallax(size.folder, outDir);
    if (size.label === 'seeds') bundle = bundleSizes(outDir);
    const corpus = JSON.parse(readFileSync(join(outDir, 'corpus.json'), 'utf8')) as Corpus;
    const tlFolder = join(WORK, `timelinejs-${size.label}`);
    rmSync(tlFolder, { recursive: true, force: true });
    const { dataBytes } = writeTimelinePage(tlFolder, corpus);
    tlMounts[`/${size.label}/`] = tlFolder;
    servers.push(await startStaticServer(PORT + index, { '/': outDir }));
    targets.set(size.label, {
      corpus,
      parallax: { app: 'parallax', url: `http://127.0.0.1:${PORT + index}/`, selectors: { chart: '.vis-item-content', list: '[role="listbox"] [role="option"]' } },
      timelinejs: { app: 'timelinejs', url: `http://127.0.0.1:${PORT + 3}/${size.label}/`, selectors: { chart: '.tl-timemarker' } },
    });
    results.push({
      label: size.label,
      articles: corpus.articles.length,
      textBytes,
      events: corpus.events.length,
      entities: corpus.entities.length,
      outlets: corpus.outlets.length,
      corpusJson: { bytes: corpusJson.length, gzip: gzipSize(corpusJson) },
      timelineJsData: { bytes: dataBytes, gzip: gzipSize(readFileSync(join(tlFolder, 'data.json'))) },
      ingest: {
        runs: runs.map((run) => ({ wallMs: Math.round(run.wallMs), loadMs: Math.round(run.loadMs), ingestMs: Math.round(run.ingestMs), cpuMs: Math.round(run.cpuMs), maxRssMiB: round(run.maxRssMiB, 1) })),
        medianWallMs: round(median(runs.map((run) => run.wallMs))),
        medianIngestMs: round(median(runs.map((run) => run.ingestMs))),
        medianCpuMs: round(median(runs.map((run) => run.cpuMs))),
        maxRssMiB: round(Math.max(...runs.map((run) => run.maxRssMiB)), 1),
        stagesMs: stages,
      },
      buildMs: Math.round(buildMs),
    });
  }
  servers.push(await startStaticServer(PORT + 3, tlMounts));

  const browser = await launchBrowser();
  try {
    for (const result of results) {
      const label = result.label as string;
      if (flags['skip-large-browser'] && (result.articles as number) >= 500) {
        log(`${label}: page measurements skipped (--skip-large-browser)`);
        continue;
      }
      const target = targets.get(label)!;
      const loads: Record<string, Record<string, LoadSample[]>> = { parallax: { '1': [], '4': [] }, timelinejs: { '1': [], '4': [] } };
      // At 1,000 articles a load can take minutes: fewer loads, each stopped at a limit, keep the run bounded.
      const large = (result.articles as number) >= 500;
      const reps = large ? LARGE_LOAD_REPS : LOAD_REPS;
      const limitMs = large ? LARGE_LOAD_LIMIT_MS : 120_000;
      log(`${label}: ${reps} cold loads × 2 apps × 2 CPU rates (limit ${limitMs / 1000} s each)`);
      // Interleaved, so a burst of load on the machine hits both apps alike.
      for (let rep = 0; rep < reps; rep++) {
        for (const throttle of [1, 4]) {
          for (const app of ['parallax', 'timelinejs'] as const) {
            loads[app]![String(throttle)]!.push(await measureLoad(browser, target[app], throttle, limitMs));
          }
        }
      }
      result.load = Object.fromEntries(
        Object.entries(loads).map(([app, byRate]) => [
          app,
          Object.fromEntries(Object.entries(byRate).map(([rate, samples]) => [`cpu${rate}x`, summariseLoads(samples, limitMs)])),
        ]),
      );
      log(`${label}: interactions at 4× (${INTERACTION_REPS} each)`);
      const entityIds = [...target.corpus.entities].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 10).map((entity) => entity.id);
      const outletIds = target.corpus.outlets.slice(0, 10).map((outlet) => outlet.id);
      const initialEventId = target.corpus.events.find((event) => event.main)?.id ?? target.corpus.events[0]?.id ?? null;
      const budget = large ? INTERACTION_BUDGET_MS * 0.6 : INTERACTION_BUDGET_MS;
      // A page too busy to take a click must not cost the whole run its results.
      const failed = (error: unknown): InteractionResult => ({ method: 'failed', samples: [], note: String(error).split('\n')[0]!.slice(0, 200) });
      const parallax = await measureParallaxInteractions(browser, target.parallax, { entityIds, outletIds, initialEventId }, INTERACTION_REPS, 4, budget).catch(
        (error: unknown) => ({ selectEvent: failed(error), highlightEntity: failed(error), toggleOutlet: failed(error) }),
      );
      const timelinejs = await measureTimelineJsInteractions(browser, target.timelinejs, INTERACTION_REPS, 4, budget).catch((error: unknown) => ({
        selectEvent: failed(error),
      }));
      result.interactions = {
        parallax: {
          selectEvent: summariseInteraction(parallax.selectEvent),
          highlightEntity: summariseInteraction(parallax.highlightEntity),
          toggleOutlet: summariseInteraction(parallax.toggleOutlet),
        },
        timelinejs: { selectEvent: summariseInteraction(timelinejs.selectEvent) },
      };
    }
  } finally {
    await browser.close();
  }

  let lighthouse: Record<string, LighthouseScores | { error: string }> | null = null;
  if (!flags['no-lighthouse']) {
    lighthouse = {};
    for (const [app, url] of [
      ['parallax', targets.get('seeds')!.parallax.url],
      ['timelinejs', targets.get('seeds')!.timelinejs.url],
    ] as const) {
      log(`lighthouse: ${app}`);
      // Lighthouse's own score varies run to run; the median of three in a full run.
      const runs: LighthouseScores[] = [];
      try {
        for (let rep = 0; rep < (QUICK ? 1 : 3); rep++) runs.push(await runLighthouse(url, join(WORK, `lighthouse-${app}-${rep}.json`)));
        const byPerformance = [...runs].sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
        lighthouse[app] = { ...byPerformance[Math.floor(byPerformance.length / 2)]!, ...{ performanceRuns: runs.map((run) => run.performance) } };
      } catch (error) {
        lighthouse[app] = { error: error instanceof Error ? error.message : String(error) };
      }
    }
  }
  for (const server of servers) server.close();

  const output = {
    generatedAt: startedAt.toISOString(),
    mode: QUICK ? 'quick' : 'full',
    durationS: Math.round((performance.now() - started) / 1000),
    machine: { ...machine(), loadAverageStart: loadStart.map((value) => round(value, 2)), loadAverageEnd: loadavg().map((value) => round(value, 2)) },
    config: {
      skipLargeBrowser: flags['skip-large-browser'],
      loadReps: LOAD_REPS,
      largeCorpusLoadReps: LARGE_LOAD_REPS,
      largeCorpusLoadLimitMs: LARGE_LOAD_LIMIT_MS,
      interactionReps: INTERACTION_REPS,
      interactionBudgetMs: INTERACTION_BUDGET_MS, generatorSeed: GENERATOR_SEED, viewport: '1350×940', cpuSlowdowns: [1, 4] },
    bundle: bundle && { parallax: bundle, timelinejs: timelineJsSizes() },
    sizes: results,
    lighthouse,
  };
  // A quick run is for development: it never overwrites the committed figures.
  const resultsFile = QUICK ? join(WORK, 'results.quick.json') : join(ROOT, 'bench', 'results.json');
  const markdownFile = QUICK ? join(WORK, 'BENCHMARKS.quick.md') : join(ROOT, 'BENCHMARKS.md');
  writeFileSync(resultsFile, `${JSON.stringify(output, null, 2)}\n`);
  // Hand-written findings (why a target is missed, what was changed) sit beside the generated tables.
  const analysisFile = join(ROOT, 'bench', 'analysis.md');
  const analysis = existsSync(analysisFile) ? readFileSync(analysisFile, 'utf8') : undefined;
  writeFileSync(markdownFile, renderMarkdown(output as unknown as BenchResults, analysis));
  log(`wrote ${resultsFile} and ${markdownFile} in ${output.durationS} s`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  // Exit outright: open servers and the browser would otherwise keep the process (and the ports) alive.
  process.exit(1);
});
