/** Renders bench/results.json as BENCHMARKS.md: figures, machine, date, targets, how to reproduce. */
import { FIRST_PAINT_BUDGET } from './bundle-budget';

type Figure = number | null;

export interface LoadSummary {
  runs: number;
  fcpMs: Figure;
  lcpMs: Figure;
  timelineReadyMs: Figure;
  listReadyMs: Figure;
  totalBlockingTimeMs: Figure;
  transferredBytes: Figure;
  requests: Figure;
  criticalBytes: Figure;
  criticalRequests: Figure;
  jsHeapBytes: Figure;
  timedOut?: Figure;
  limitMs?: number;
}

export interface InteractionSummary {
  method: string;
  note?: string;
  reps: number;
  medianMs: Figure;
  p95Ms: Figure;
  maxMs: Figure;
}

export interface SizeResult {
  label: string;
  articles: number;
  textBytes: number;
  events: number;
  entities: number;
  outlets: number;
  corpusJson: { bytes: number; gzip: number };
  timelineJsData: { bytes: number; gzip: number };
  ingest: {
    runs: { wallMs: number; loadMs: number; ingestMs: number; cpuMs: number; maxRssMiB: Figure }[];
    medianWallMs: Figure;
    medianIngestMs: Figure;
    medianCpuMs: Figure;
    maxRssMiB: Figure;
    stagesMs: Record<string, number>;
  };
  buildMs: number;
  load?: Record<'parallax' | 'timelinejs', Record<'cpu1x' | 'cpu4x', LoadSummary>>;
  interactions?: {
    parallax: Record<'selectEvent' | 'highlightEntity' | 'toggleOutlet', InteractionSummary>;
    timelinejs: { selectEvent: InteractionSummary };
  };
}

interface Lighthouse {
  performance: Figure;
  accessibility: Figure;
  bestPractices: Figure;
  fcpMs: Figure;
  lcpMs: Figure;
  tbtMs: Figure;
  cls: Figure;
  failedAudits: string[];
  performanceRuns?: Figure[];
  error?: string;
}

export interface BenchResults {
  generatedAt: string;
  mode: string;
  durationS: number;
  machine: { cpu: string; cores: number; memoryGiB: Figure; node: string; chromium: string; platform: string; loadAverageStart: Figure[]; loadAverageEnd: Figure[] };
  config: { loadReps: number; interactionReps: number; generatorSeed: number };
  bundle: {
    parallax: {
      assets: { file: string; bytes: number; gzip: number }[];
      firstPaint: string[];
      firstPaintJsGzip: number;
      firstPaintCssGzip: number;
      lazyJsGzip: number;
      totalJsGzip: number;
    };
    timelinejs: { js: { bytes: number; gzip: number }; css: { bytes: number; gzip: number } };
  } | null;
  sizes: SizeResult[];
  lighthouse: Record<string, Lighthouse> | null;
}


const kb = (bytes: Figure) => (bytes === null ? '–' : `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} kB`);
const mb = (bytes: Figure) => (bytes === null ? '–' : `${(bytes / 1e6).toFixed(2)} MB`);
const ms = (value: Figure) => (value === null ? '–' : `${Math.round(value).toLocaleString('en-US')} ms`);
const ratio = (them: Figure, us: Figure) => (them === null || us === null || us === 0 ? '–' : `${(them / us).toFixed(2)}×`);
const yes = (met: boolean | null) => (met === null ? 'not measured' : met ? '**met**' : '**not met**');

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function loadTable(size: SizeResult): string[] {
  if (!size.load) return [];
  const lines = [
    row(['', 'Parallax 1×', 'TimelineJS3 1×', 'TL/P 1×', 'Parallax 4×', 'TimelineJS3 4×', 'TL/P 4×']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
  ];
  const p1 = size.load.parallax.cpu1x;
  const t1 = size.load.timelinejs.cpu1x;
  const p4 = size.load.parallax.cpu4x;
  const t4 = size.load.timelinejs.cpu4x;
  const metric = (name: string, key: Exclude<keyof LoadSummary, 'timedOut' | 'limitMs' | 'runs'>, format: (value: Figure) => string) =>
    lines.push(row([name, format(p1[key]), format(t1[key]), ratio(t1[key], p1[key]), format(p4[key]), format(t4[key]), ratio(t4[key], p4[key])]));
  metric('first contentful paint', 'fcpMs', ms);
  metric('largest contentful paint', 'lcpMs', ms);
  // Loads stopped at the limit: "> limit" when most did, the count either way.
  const ready = (summary: LoadSummary) => {
    const late = summary.timedOut ?? 0;
    const note = late > 0 ? ` (${late} of ${summary.runs} over ${ms(summary.limitMs ?? null)})` : '';
    return summary.timelineReadyMs === null && late > 0 ? `> ${ms(summary.limitMs ?? null)}${note}` : `${ms(summary.timelineReadyMs)}${note}`;
  };
  lines.push(row(['timeline accepts a click', ready(p1), ready(t1), ratio(t1.timelineReadyMs, p1.timelineReadyMs), ready(p4), ready(t4), ratio(t4.timelineReadyMs, p4.timelineReadyMs)]));
  lines.push(row(['event list accepts a click (Parallax)', ms(p1.listReadyMs), 'n/a', '', ms(p4.listReadyMs), 'n/a', '']));
  metric('total blocking time', 'totalBlockingTimeMs', ms);
  metric('bytes transferred', 'transferredBytes', kb);
  metric('bytes before FCP (critical path)', 'criticalBytes', kb);
  metric('requests', 'requests', (value) => String(value ?? '–'));
  metric('JS heap after load', 'jsHeapBytes', mb);
  return lines;
}

function interactionTable(size: SizeResult): string[] {
  if (!size.interactions) return [];
  const { parallax, timelinejs } = size.interactions;
  const lines = [row(['interaction (4× CPU slowdown)', 'app', 'median', 'p95', 'max', 'reps', 'how']), row(['---', '---', '---:', '---:', '---:', '---:', '---'])];
  const add = (name: string, app: string, result: InteractionSummary) =>
    lines.push(row([name, app, ms(result.medianMs), ms(result.p95Ms), ms(result.maxMs), result.reps, result.method]));
  add('select an event', 'Parallax', parallax.selectEvent);
  add('select an event', 'TimelineJS3', timelinejs.selectEvent);
  add('highlight an entity', 'Parallax', parallax.highlightEntity);
  lines.push(row(['highlight an entity', 'TimelineJS3', '–', '–', '–', 0, 'no such feature']));
  add('toggle an outlet filter', 'Parallax', parallax.toggleOutlet);
  lines.push(row(['toggle an outlet filter', 'TimelineJS3', '–', '–', '–', 0, 'no such feature']));
  return lines;
}

interface Target {
  name: string;
  measured: string;
  met: boolean | null;
}

export function evaluateTargets(results: BenchResults): Target[] {
  const targets: Target[] = [];
  const seeds = results.sizes.find((size) => size.label === 'seeds');
  const largest = results.sizes.find((size) => size.label === '1000');
  const bundle = results.bundle?.parallax;
  if (bundle) {
    // The stylesheet counts too, as in the e2e budget test (tests/e2e/bundle-budget.spec.ts).
    const firstPaint = bundle.firstPaintJsGzip + bundle.firstPaintCssGzip;
    targets.push({
      name: `first-paint JavaScript + CSS ≤ ${FIRST_PAINT_BUDGET / 1000} kB gzipped`,
      measured: `${kb(firstPaint)}: JavaScript ${kb(bundle.firstPaintJsGzip)} + CSS ${kb(bundle.firstPaintCssGzip)} (${bundle.firstPaint.join(', ')})`,
      met: firstPaint <= FIRST_PAINT_BUDGET,
    });
    const eager = bundle.firstPaint.some((file) => /timeline-view/.test(file));
    targets.push({ name: 'the timeline library is not on the first-paint path (lazy chunk)', measured: eager ? 'vis-timeline chunk is loaded by index.html' : 'vis-timeline is a separate chunk loaded after first paint', met: !eager });
  }
  if (seeds?.load) {
    const p1 = seeds.load.parallax.cpu1x.lcpMs;
    const t1 = seeds.load.timelinejs.cpu1x.lcpMs;
    const p4 = seeds.load.parallax.cpu4x.lcpMs;
    const t4 = seeds.load.timelinejs.cpu4x.lcpMs;
    targets.push({ name: 'LCP no later than TimelineJS3 (seeds, 1×)', measured: `${ms(p1)} vs ${ms(t1)}`, met: p1 !== null && t1 !== null ? p1 <= t1 : null });
    targets.push({ name: 'LCP at least 1.5× earlier at 4× slowdown (seeds)', measured: `${ms(p4)} vs ${ms(t4)} (${ratio(t4, p4)})`, met: p4 !== null && t4 !== null ? t4 / p4 >= 1.5 : null });
  }
  if (largest?.load) {
    for (const rate of ['cpu1x', 'cpu4x'] as const) {
      const p = largest.load.parallax[rate].timelineReadyMs;
      const t = largest.load.timelinejs[rate].timelineReadyMs;
      targets.push({ name: `interactive timeline ≥ 5× faster than TimelineJS3 at 1,000 articles (${rate.slice(3)})`, measured: `${ms(p)} vs ${ms(t)} (${ratio(t, p)})`, met: p !== null && t !== null ? t / p >= 5 : null });
    }
  }
  for (const [size, limit] of [
    [seeds, 50],
    [largest, 100],
  ] as const) {
    if (!size?.interactions) continue;
    for (const [name, result] of Object.entries(size.interactions.parallax)) {
      targets.push({
        name: `${name} p95 ≤ ${limit} ms at 4× (${size.label === 'seeds' ? 'seed corpus' : '1,000 articles'})`,
        measured: `${ms(result.p95Ms)}${result.note ? ` (${result.method})` : ''}`,
        met: result.p95Ms === null ? null : result.p95Ms <= limit,
      });
    }
  }
  if (largest) {
    targets.push({ name: 'ingest of 1,000 articles < 5 s wall', measured: `${ms(largest.ingest.medianWallMs)} wall (of which ingest ${ms(largest.ingest.medianIngestMs)}), peak RSS ${largest.ingest.maxRssMiB} MiB`, met: (largest.ingest.medianWallMs ?? Infinity) < 5000 });
    const hundred = results.sizes.find((size) => size.label === '100');
    if (hundred?.ingest.medianIngestMs && largest.ingest.medianIngestMs) {
      const growth = largest.ingest.medianIngestMs / hundred.ingest.medianIngestMs;
      const input = largest.textBytes / hundred.textBytes;
      targets.push({ name: 'ingest linear in input size', measured: `${input.toFixed(1)}× the text took ${growth.toFixed(1)}× the time`, met: growth <= input * 1.5 });
    }
  }
  const lighthouse = results.lighthouse?.parallax;
  if (lighthouse && !lighthouse.error) {
    targets.push({ name: 'Lighthouse performance ≥ 95 (mobile)', measured: String(lighthouse.performance), met: (lighthouse.performance ?? 0) >= 95 });
    targets.push({ name: 'Lighthouse accessibility 100', measured: String(lighthouse.accessibility), met: lighthouse.accessibility === 100 });
    targets.push({ name: 'Lighthouse best practices 100', measured: String(lighthouse.bestPractices), met: lighthouse.bestPractices === 100 });
  }
  return targets;
}

/** `analysis` is hand-written commentary (bench/analysis.md), placed after the targets. */
export function renderMarkdown(results: BenchResults, analysis?: string): string {
  const { machine } = results;
  const out: string[] = [];
  out.push('# Benchmarks: Parallax and TimelineJS3 on the same events');
  out.push('');
  const skipped = (results.config as { skipLargeBrowser?: boolean }).skipLargeBrowser ? ' with `--skip-large-browser`' : '';
  out.push(
    `Measured ${results.generatedAt.slice(0, 16).replace('T', ' ')} UTC by \`npm run bench\`${skipped} (${results.mode} run, ${results.durationS} s). Raw figures: [bench/results.json](bench/results.json).`,
  );
  out.push('');
  out.push(
    `**Machine:** ${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.platform}, Node ${machine.node}, ${machine.chromium}. ` +
      `Load average (1/5/15 min) ${machine.loadAverageStart.join(' / ')} at the start and ${machine.loadAverageEnd.join(' / ')} at the end: ` +
      'other work shared this 2-core machine, so single figures are noisy; each is a median.',
  );
  out.push('');
  out.push('## Targets');
  out.push('');
  out.push(row(['target', 'measured', '']));
  out.push(row(['---', '---', '---']));
  for (const target of evaluateTargets(results)) out.push(row([target.name, target.measured, yes(target.met)]));
  out.push('');
  if (analysis?.trim()) {
    out.push(analysis.trim());
    out.push('');
  }

  for (const size of results.sizes) {
    if (!size.load) continue;
    const name = size.label === 'seeds' ? 'Seed corpus' : `${Number(size.label).toLocaleString('en-US')} synthetic articles`;
    out.push(`## Page load: ${name} (${size.articles} articles, ${size.events} events)`);
    out.push('');
    out.push(`Median of ${size.load.parallax.cpu1x.runs} cold loads each; “TL/P” is TimelineJS3's figure over Parallax's (above 1 means Parallax is faster or smaller).`);
    out.push('');
    out.push(...loadTable(size));
    out.push('');
    out.push(...interactionTable(size));
    out.push('');
  }

  out.push('## Scale');
  out.push('');
  out.push(
    row(['corpus', 'articles', 'text', 'events', 'entities', 'ingest wall (process)', 'ingest (pipeline)', 'ingest CPU', 'peak RSS', 'corpus JSON', 'gzipped', 'TimelineJS3 JSON', 'build']),
  );
  out.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const size of results.sizes) {
    out.push(
      row([
        size.label,
        size.articles,
        mb(size.textBytes),
        size.events,
        size.entities,
        ms(size.ingest.medianWallMs),
        ms(size.ingest.medianIngestMs),
        ms(size.ingest.medianCpuMs),
        `${size.ingest.maxRssMiB} MiB`,
        mb(size.corpusJson.bytes),
        mb(size.corpusJson.gzip),
        mb(size.timelineJsData.bytes),
        ms(size.buildMs),
      ]),
    );
  }
  out.push('');
  out.push(
    '“Ingest wall” is the whole `ingest` process (Node start, loading the code, reading, the pipeline, writing); “pipeline” leaves out start-up and code loading. Build time is `vite build`, which runs the ingest again.',
  );
  const profiled = results.sizes.filter((size) => Object.keys(size.ingest.stagesMs).length > 0);
  if (profiled.length > 0) {
    const stages = [...new Set(profiled.flatMap((size) => Object.keys(size.ingest.stagesMs)))].sort(
      (a, b) => (profiled.at(-1)!.ingest.stagesMs[b] ?? 0) - (profiled.at(-1)!.ingest.stagesMs[a] ?? 0),
    );
    out.push('');
    out.push('Time per pipeline stage (one CPU-profiled run each; sampled, so small stages read as 0):');
    out.push('');
    const growth = profiled.length === 2 ? profiled[1]!.textBytes / profiled[0]!.textBytes : null;
    out.push(row(['stage', ...profiled.map((size) => `${size.label} articles`), ...(growth ? ['growth (input grew ' + growth.toFixed(1) + '×)'] : [])]));
    out.push(row(['---', ...profiled.map(() => '---:'), ...(growth ? ['---:'] : [])]));
    for (const stage of stages) {
      const values = profiled.map((size) => size.ingest.stagesMs[stage] ?? 0);
      const stageGrowth = growth && values[0] ? `${(values[1]! / values[0]).toFixed(1)}×` : growth ? '–' : null;
      out.push(row([stage, ...values.map((value) => ms(value)), ...(stageGrowth ? [stageGrowth] : [])]));
    }
  }
  out.push('');

  if (results.bundle) {
    const { parallax, timelinejs } = results.bundle;
    out.push('## Bundle (seed build)');
    out.push('');
    out.push(row(['file', 'bytes', 'gzipped', 'loaded']));
    out.push(row(['---', '---:', '---:', '---']));
    for (const asset of parallax.assets) out.push(row([asset.file, kb(asset.bytes), kb(asset.gzip), parallax.firstPaint.includes(asset.file) ? 'first paint' : 'lazy']));
    out.push(row(['TimelineJS3 timeline.js', kb(timelinejs.js.bytes), kb(timelinejs.js.gzip), 'first paint']));
    out.push(row(['TimelineJS3 timeline.css', kb(timelinejs.css.bytes), kb(timelinejs.css.gzip), 'first paint']));
    out.push('');
    out.push(
      `Parallax's first paint needs ${kb(parallax.firstPaintJsGzip)} of JavaScript and ${kb(parallax.firstPaintCssGzip)} of CSS (gzipped); the timeline chart's ${kb(parallax.lazyJsGzip)} load after it.`,
    );
    out.push('');
  }

  if (results.lighthouse) {
    out.push('## Lighthouse 12 (mobile profile, seed corpus)');
    out.push('');
    out.push(row(['page', 'performance', 'accessibility', 'best practices', 'FCP', 'LCP', 'TBT', 'CLS', 'audits below 0.9']));
    out.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']));
    for (const [app, scores] of Object.entries(results.lighthouse)) {
      const name = app === 'parallax' ? 'Parallax' : 'TimelineJS3';
      if (scores.error) out.push(row([name, 'error', '', '', '', '', '', '', scores.error.replace(/\|/g, '/').slice(0, 200)]));
      else
        out.push(
          row([
            name,
            `${scores.performance}${scores.performanceRuns && scores.performanceRuns.length > 1 ? ` (runs: ${scores.performanceRuns.join(', ')})` : ''}`,
            String(scores.accessibility),
            String(scores.bestPractices),
            ms(scores.fcpMs),
            ms(scores.lcpMs),
            ms(scores.tbtMs),
            String(scores.cls),
            scores.failedAudits.join(', ') || 'none',
          ]),
        );
    }
    out.push('');
  }

  out.push('## How it was measured');
  out.push('');
  out.push(
    [
      '- **Same events.** The TimelineJS3 page is built from Parallax\'s own corpus: one slide per event (title, date at the event\'s precision, the reporting outlets and each evidence sentence, HTML-escaped), grouped Story/Background, started the documented way (`new TL.Timeline(id, json)` after fetching the JSON). TimelineJS3 comes from the `@knight-lab/timelinejs` npm package, a dev dependency of the benchmark only.',
      '- **Same serving.** Both are production builds served by one tiny Node server on localhost (gzip for text, long cache for hashed assets).',
      `- **Browser.** Debian's Chromium through Playwright, headless, viewport 1350×940. Every load is cold (a new browser context). CPU slowdown is the DevTools protocol's \`Emulation.setCPUThrottlingRate\`; the network is not throttled.`,
      '- **Figures.** FCP and LCP from the Paint and LCP timing APIs. “Timeline accepts a click”: the first clickable timeline item (`.vis-item-content`, `.tl-timemarker`) is in the DOM, a frame has been painted and a task has run after it (the main thread is free to handle a click). Total blocking time: the part over 50 ms of every long task between FCP and that moment. Bytes from Resource Timing (`transferSize`, headers included); “before FCP” counts responses finished before FCP. JS heap: `Runtime.getHeapUsage` after a forced GC.',
      '- **Interactions** (4× slowdown, one warm page per app), counted as INP counts one: each input event from its own timestamp to the end of the first frame after its handlers ran (requestAnimationFrame asked for before the app\'s handlers, then a task), and the slower of the press (`pointerdown`) and the `click`. Not from the press to the click\'s frame: the time a button is held down is nobody\'s work (here it is the driver\'s round trip). The pointer is moved onto the control and rests a frame before it is pressed (`page.mouse`, not `locator.click()`, whose hit-target check runs a listener inside the timed window). Parallax: click an option in the accessible event list, timed until that event\'s source panels are on the page (when its evidence is still being fetched, to the frame after they arrive); toggle an entity; toggle an outlet. What is on screen renders in the click\'s frame; sections wholly off screen (below the fold at this viewport) take the change in a background render right after it (React\'s useDeferredValue) and are skipped in layout and paint until scrolled near (content-visibility); the vis-timeline chart follows one frame later (its DataSet sync, selection and window are applied after the paint, because vis forces a layout per item it touches). Where a control does not exist on the page yet, the same view change is made through the app\'s URL navigation and timed from the call (the table says which). TimelineJS3 has no entity highlight or outlet filter; its event change is the next-slide arrow (timed to its first frame, not to the end of its slide animation).',
      `- **Synthetic corpora** (\`bench/generate-corpus.ts\`, seed ${results.config.generatorSeed}): stories of 5–10 articles recombining the seed articles' lines and body paragraphs, explicit dates shifted by whole weeks, invented people and outlets. Ingest runs as a child process (\`bench/ingest-probe.ts\` wraps the real CLI and reports peak RSS from \`process.resourceUsage()\`).`,
      '- **Lighthouse** 12 CLI, default mobile profile (simulated throttling), with `CHROME_PATH=/usr/bin/chromium` and the same Chromium flags; median performance score of three runs.',
    ].join('\n'),
  );
  out.push('');
  out.push('## Reproduce');
  out.push('');
  out.push('```sh');
  out.push('npm ci                      # Debian chromium at /usr/bin/chromium (apt-get install chromium)');
  out.push('npm run bench               # full run: writes bench/results.json and BENCHMARKS.md');
  out.push('npm run bench -- --quick    # development: 3 loads, 10 interactions, no 1,000-article corpus; writes to the work dir only');
  out.push('npm run bench -- --skip-large-browser  # as the full run, but no page measurements at 1,000 articles (minutes per load today)');
  out.push('npx tsx bench/render.ts     # re-render this file from bench/results.json and bench/analysis.md');
  out.push('```');
  out.push('');
  out.push('`BENCH_WORK_DIR` (default: the OS temp dir) holds generated corpora and builds; `BENCH_PORT` (default 4184) is the first of four local ports.');
  out.push('');
  return out.join('\n');
}
