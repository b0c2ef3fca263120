/**
 * `npx tsx bench/probe.ts` — the interaction part of `npm run bench` alone, for A/B work on a noisy machine.
 *
 *   --dist A=path --dist B=path   built apps to compare (vite build with PARALLAX_OUT_DIR); rounds alternate A and B,
 *                                 so a burst of load on the shared machine hits both alike
 *   --rounds 3 --reps 10          rounds per app, clicks per kind per round
 *   --timelinejs                  also TimelineJS3's select on the first app's corpus, in the same rounds
 *   --raw                         also every sample, in click order
 *   --trace [--functions] [--inclusive]  instead of timing: one traced pass per app, where each click's frame goes
 *                                 (script, style, layout, paint, ...; main-thread self time per click)
 *
 * Prints median and p95 per round and over all rounds. Nothing is written to bench/results.json.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import type { Browser, Page } from '@playwright/test';
import type { Corpus } from '../src/lib/corpus/schema';
import { launchBrowser, measureParallaxInteractions, measureTimelineJsInteractions, median, percentile, type LoadTarget } from './measure-browser';
import { startStaticServer } from './static-server';
import { readProfile, selfTimes, type TraceEvent } from './trace-events';
import { timelineJsDist, writeTimelinePage } from './timelinejs-page';

const { values: flags } = parseArgs({
  options: {
    dist: { type: 'string', multiple: true, default: [] },
    rounds: { type: 'string', default: '3' },
    reps: { type: 'string', default: '10' },
    timelinejs: { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
    functions: { type: 'boolean', default: false },
    raw: { type: 'boolean', default: false },
    inclusive: { type: 'boolean', default: false },
    port: { type: 'string', default: '4194' },
  },
});
const apps = flags.dist.map((spec) => {
  const [label, path] = spec.includes('=') ? (spec.split('=', 2) as [string, string]) : [spec, spec];
  return { label, dist: resolve(path) };
});
if (apps.length === 0) throw new Error('probe: give at least one --dist label=path');
const ROUNDS = Number(flags.rounds);
const REPS = Number(flags.reps);
const PORT = Number(flags.port);
const KINDS = ['selectEvent', 'highlightEntity', 'toggleOutlet'] as const;

const fmt = (values: number[]) => (values.length ? `${Math.round(median(values)!)}/${Math.round(percentile(values, 95)!)} ms (n=${values.length})` : '–');

function plan(corpus: Corpus) {
  return {
    entityIds: [...corpus.entities].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 10).map((entity) => entity.id),
    outletIds: corpus.outlets.slice(0, 10).map((outlet) => outlet.id),
    initialEventId: corpus.events.find((event) => event.main)?.id ?? corpus.events[0]?.id ?? null,
  };
}

async function main() {
  const servers = await Promise.all(apps.map((app, n) => startStaticServer(PORT + n, { '/': app.dist })));
  const corpora = apps.map((app) => JSON.parse(readFileSync(join(app.dist, 'corpus.json'), 'utf8')) as Corpus);
  const targets: LoadTarget[] = apps.map((_, n) => ({
    app: 'parallax',
    url: `http://127.0.0.1:${PORT + n}/`,
    selectors: { chart: '.vis-item-content', list: '[role="listbox"] [role="option"]' },
  }));
  let tlTarget: LoadTarget | null = null;
  if (flags.timelinejs) {
    const folder = join(tmpdir(), 'parallax-probe-timelinejs');
    writeTimelinePage(folder, corpora[0]!);
    servers.push(await startStaticServer(PORT + apps.length, { '/tl/': timelineJsDist(), '/c/': folder }));
    tlTarget = { app: 'timelinejs', url: `http://127.0.0.1:${PORT + apps.length}/c/`, selectors: { chart: '.tl-timemarker' } };
  }
  const browser = await launchBrowser();
  try {
    if (flags.trace) {
      for (let round = 0; round < ROUNDS; round++)
        for (const [n, app] of apps.entries()) await traceOnce(browser, `${app.label} (round ${round + 1})`, targets[n]!, corpora[n]!);
      return;
    }
    const all = new Map<string, number[]>();
    const add = (key: string, values: number[]) => all.set(key, [...(all.get(key) ?? []), ...values]);
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate the order each round, so neither app always runs first.
      const order = round % 2 === 0 ? apps.map((_, n) => n) : apps.map((_, n) => n).reverse();
      for (const n of order) {
        const result = await measureParallaxInteractions(browser, targets[n]!, plan(corpora[n]!), REPS, 4, 120_000);
        const line = KINDS.map((kind) => `${kind} ${fmt(result[kind].samples)}`).join('  ');
        console.log(`round ${round + 1} ${apps[n]!.label}: ${line}`);
        if (flags.raw)
          for (const kind of KINDS) {
            console.log(`  ${kind}: ${result[kind].samples.map(Math.round).join(' ')}`);
            if (result[kind].inputDelay?.length) console.log(`  ${kind} input delays: ${result[kind].inputDelay!.map(Math.round).join(' ')}`);
          }
        if (flags.raw && result.selectEvent.targets) console.log(`  selectEvent events: ${result.selectEvent.targets.join(' ')}`);
        if (flags.raw && result.selectEvent.firstFrame) console.log(`  selectEvent first frames: ${result.selectEvent.firstFrame.map(Math.round).join(' ')}`);
        for (const kind of KINDS) add(`${apps[n]!.label} ${kind}`, result[kind].samples);
        for (const kind of KINDS) if (flags.raw && result[kind].inputDelay?.length) add(`${apps[n]!.label} ${kind} input delay`, result[kind].inputDelay!);
        // Select is timed until the event's panels show; its first frame alone is what INP counts.
        const first = result.selectEvent.firstFrame ?? [];
        if (first.length) {
          console.log(`  selectEvent first frame ${fmt(first)}`);
          add(`${apps[n]!.label} selectEvent 1st frame`, first);
        }
      }
      if (tlTarget) {
        const result = await measureTimelineJsInteractions(browser, tlTarget, REPS, 4, 120_000);
        console.log(`round ${round + 1} TimelineJS3: selectEvent ${fmt(result.selectEvent.samples)}`);
        add('TimelineJS3 selectEvent', result.selectEvent.samples);
      }
    }
    console.log('\nall rounds (median/p95):');
    for (const [key, values] of all) console.log(`  ${key.padEnd(28)} ${fmt(values)}`);
  } finally {
    await browser.close();
    for (const server of servers) server.close();
  }
}

// ---------- trace ----------


/** What a main-thread event's self time counts as. */
function category(name: string): string {
  if (/^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|ParseAuthorStyleSheet)$/.test(name)) return 'style';
  if (/^(Layout|UpdateLayout)$/.test(name)) return 'layout';
  if (/^(PrePaint|Paint|PaintImage|Layerize|UpdateLayer|UpdateLayerTree|Commit|CompositeLayers|RasterTask|PaintSetup|IntersectionObserverController::computeIntersections|ComputeIntersections)$/.test(name))
    return name === 'Commit' || name === 'Layerize' ? 'commit/layerize' : name === 'Paint' ? 'paint' : name === 'PrePaint' ? 'prepaint' : name.startsWith('Intersection') || name === 'ComputeIntersections' ? 'intersections' : 'paint';
  if (/^(FunctionCall|EvaluateScript|v8\.|V8\.|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|FireIdleCallback|MajorGC|MinorGC|GCEvent|v8\.execute|ProfileChunk)/.test(name))
    return name.includes('GC') ? 'gc' : 'script';
  return 'other';
}

async function traceOnce(browser: Browser, label: string, target: LoadTarget, corpus: Corpus) {
  // The bench's own driver, traced: the same clicks, at 4×.
  const original = browser.newContext.bind(browser);
  let tracedPage: Page | null = null;
  let buffer: Buffer | null = null;
  (browser as { newContext: Browser['newContext'] }).newContext = async (options) => {
    const context = await original(options);
    context.on('page', (page) => (tracedPage = page));
    // The driver closes its context when done: stop the trace first.
    const close = context.close.bind(context);
    context.close = async (closeOptions) => {
      // Not started when the driver failed before the page was ready: its own error is the one to report.
      if (tracedPage && !buffer) buffer = await browser.stopTracing().catch(() => null);
      return close(closeOptions);
    };
    return context;
  };
  const startTracing = async () => {
    while (!tracedPage) await new Promise((r) => setTimeout(r, 50));
  };
  const measuring = measureParallaxInteractions(browser, target, plan(corpus), REPS, 4, 120_000);
  await startTracing();
  // Wait for the page to be ready before tracing (the load is not what is traced).
  await tracedPage!.waitForFunction(() => (window as unknown as { __benchPerf: { ready: { chart?: number } } }).__benchPerf.ready.chart !== undefined, null, {
    timeout: 180_000,
  });
  await browser.startTracing(tracedPage!, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'] });
  const result = await measuring;
  (browser as { newContext: Browser['newContext'] }).newContext = original;
  if (!buffer) throw new Error('probe: the trace was not stopped');
  const { traceEvents } = JSON.parse((buffer as Buffer).toString()) as { traceEvents: TraceEvent[] };
  const mainThread = traceEvents.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && traceEvents.some((e) => e.pid === event.pid && e.name === 'EventDispatch'));
  if (!mainThread) throw new Error('probe: no renderer main thread in the trace');
  const main = traceEvents.filter((event) => event.pid === mainThread.pid && event.tid === mainThread.tid && event.ph === 'X' && event.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const marks = traceEvents.filter((event) => event.pid === mainThread.pid && event.tid === mainThread.tid && (event.name === 'RequestAnimationFrame' || event.name === 'TimerInstall'));
  const presses = main.filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'pointerdown');
  const clicks = main.filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'click');
  const commits = main.filter((event) => event.name === 'Commit' || event.name === 'Layerize' || event.name === 'Paint');
  const windows: [number, number, string][] = [];
  // Each click: from its press to the end of the first frame's commit after the click's handlers.
  const rows: { kind: string; target: string; window: [number, number, string]; shown: [number, number, string]; total: number; cpu: number; untilShown: number; byCategory: Record<string, number>; counts: Record<string, number> }[] = [];
  // What "other" is made of, over all clicks (trace event names by self time).
  const otherByName = new Map<string, number>();
  const kindAt: string[] = [...KINDS.flatMap((kind) => result[kind].samples.map(() => kind))];
  const sampleAt: number[] = [...KINDS.flatMap((kind) => result[kind].samples)];
  const targetAt: string[] = [...KINDS.flatMap((kind) => result[kind].samples.map((_, n) => result[kind].targets?.[n] ?? ''))];
  clicks.forEach((click, n) => {
    const press = [...presses].reverse().find((event) => event.ts <= click.ts) ?? click;
    const clickEnd = click.ts + click.dur!;
    const commit = commits.find((event) => event.name === 'Commit' && event.ts >= clickEnd);
    if (!commit) return;
    const from = press.ts;
    const to = commit.ts + commit.dur!;
    const inside = main.filter((event) => event.ts >= from && event.ts + event.dur! <= to);
    // Self time: each event's duration less its direct children's.
    const byCategory: Record<string, number> = {};
    const self = selfTimes(inside, (event) => event.tdur ?? event.dur!);
    for (const [event, time] of self) byCategory[category(event.name)] = (byCategory[category(event.name)] ?? 0) + time / 1000;
    for (const [event, time] of self) if (category(event.name) === 'other') otherByName.set(event.name, (otherByName.get(event.name) ?? 0) + time / 1000);
    const cpu = [...self.values()].reduce((sum, time) => sum + time, 0) / 1000;
    // A select is timed until its event's panels show, which may be frames after the first: the main thread's CPU
    // (thread time, so a busy machine's waits are left out) from the press to the end of that timed span.
    const shownEnd = Math.max(to, click.ts + (sampleAt[n] ?? 0) * 1000);
    const untilShown = [...selfTimes(main.filter((event) => event.ts >= from && event.ts + event.dur! <= shownEnd), (event) => event.tdur ?? event.dur!).values()].reduce((sum, time) => sum + time, 0) / 1000;
    // Work done, as counts that do not depend on how busy the machine is: elements whose style was recomputed,
    // layout objects laid out, hit tests and animation frame requests.
    const counts = { styled: 0, laidOut: 0, hitTests: 0, frameRequests: 0, timers: 0 };
    for (const event of marks) {
      if (event.ts < from || event.ts > to) continue;
      if (event.name === 'RequestAnimationFrame') counts.frameRequests += 1;
      if (event.name === 'TimerInstall') counts.timers += 1;
    }
    for (const event of inside) {
      const args = event.args as { elementCount?: number; beginData?: { dirtyObjects?: number } } | undefined;
      if (event.name === 'UpdateLayoutTree') counts.styled += args?.elementCount ?? 0;
      if (event.name === 'Layout') counts.laidOut += args?.beginData?.dirtyObjects ?? 0;
      if (event.name === 'HitTest') counts.hitTests += 1;
    }
    rows.push({ kind: kindAt[n] ?? '?', target: targetAt[n] ?? '', window: [from, to, kindAt[n] ?? '?'], shown: [from, shownEnd, kindAt[n] ?? '?'], total: (to - from) / 1000, cpu, untilShown, byCategory, counts });
    windows.push([from, to, kindAt[n] ?? '?']);
  });
  if (flags.raw)
    console.log(`\n${label}: "other", all clicks (ms): ${[...otherByName].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([name, ms]) => `${name} ${Math.round(ms)}`).join(', ')}`);
  console.log(`\n${label}: per click, press to the frame's commit: wall window, main-thread CPU, CPU self time by kind (ms, median over clicks; 4×)`);
  for (const kind of KINDS) {
    const mine = rows.filter((row) => row.kind === kind);
    if (!mine.length) continue;
    const categories = [...new Set(mine.flatMap((row) => Object.keys(row.byCategory)))].sort();
    const parts = categories.map((name) => `${name} ${Math.round(median(mine.map((row) => row.byCategory[name] ?? 0))!)}`);
    console.log(`  ${kind.padEnd(16)} window ${fmt(mine.map((row) => row.total))}, main-thread CPU ${fmt(mine.map((row) => row.cpu))}; ${parts.join(', ')}`);
    console.log(`  ${''.padEnd(16)} timed ${fmt(result[kind].samples)}; main-thread CPU until shown ${fmt(mine.map((row) => row.untilShown))}`);
    const countNames = Object.keys(mine[0]!.counts);
    console.log(`  ${''.padEnd(16)} work per click (median): ${countNames.map((name) => `${name} ${Math.round(median(mine.map((row) => row.counts[name] ?? 0))!)}`).join(', ')}`);
    if (flags.raw)
      for (const [n, row] of mine.entries()) {
        console.log(`    click ${row.target}: timed ${Math.round(result[kind].samples[n] ?? NaN)} (CPU ${Math.round(row.untilShown)}), window ${Math.round(row.total)}, cpu ${Math.round(row.cpu)}; ${Object.entries(row.byCategory).filter(([, ms]) => ms >= 1).map(([name, ms]) => `${name} ${Math.round(ms)}`).join(', ')}; ${Object.entries(row.counts).map(([name, count]) => `${name} ${count}`).join(', ')}`);
        // The click's own heaviest functions until what it shows is on the page, where one click stands out.
        if (flags.functions) console.log(`      ${topFunctions(traceEvents, [row.shown], mainThread).split('\n').slice(0, 7).join('\n  ')}`);
      }
    if (flags.functions) console.log(`  ${''.padEnd(16)} JS self time inside the windows, all clicks (ms): ${topFunctions(traceEvents, windows.filter((w) => w[2] === kind), mainThread)}`);
    if (flags.inclusive)
      console.log(`  ${''.padEnd(16)} JS inclusive time of the app's own functions (named as a component or hook), all clicks (ms): ${topFunctions(traceEvents, windows.filter((w) => w[2] === kind), mainThread, true)}`);
  }
}

/** Sampled JS self time by function (name, file:line) inside the given windows, from the trace's CPU profile. */
function topFunctions(traceEvents: TraceEvent[], windows: [number, number, string][], thread: TraceEvent, inclusive = false): string {
  const { nodes, samples } = readProfile(traceEvents, thread.pid);
  const totals = new Map<string, number>();
  for (const sample of samples) {
    if (!windows.some(([from, to]) => sample.ts >= from && sample.ts <= to)) continue;
    const frame = nodes.get(sample.id)?.callFrame;
    if (!frame || ['(idle)', '(program)', '(root)'].includes(frame.functionName)) continue;
    const keyOf = (callFrame: NonNullable<typeof frame>) => `${callFrame.functionName || '(anon)'} ${(callFrame.url ?? '').split('/').pop()}:${callFrame.lineNumber ?? ''}`;
    if (!inclusive) {
      const key = keyOf(frame);
      totals.set(key, (totals.get(key) ?? 0) + sample.weight);
      continue;
    }
    // Inclusive: every distinct function on the sample's stack that looks like the app's (a component, a hook,
    // a camelCase helper outside React's own files), once per sample. Read with a build made with --minify false.
    const seen = new Set<string>();
    for (let node = nodes.get(sample.id); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) {
      const name = node.callFrame.functionName;
      if (!/^(use[A-Z]|[A-Z][a-z])/.test(name)) continue;
      const key = keyOf(node.callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      totals.set(key, (totals.get(key) ?? 0) + sample.weight);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, inclusive ? 30 : 14).map(([key, ms]) => `\n      ${ms.toFixed(1).padStart(7)} ${key}`).join('');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
