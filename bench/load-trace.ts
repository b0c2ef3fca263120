/**
 * `npx tsx bench/load-trace.ts URL` — the main thread's tasks during one cold page load (phone viewport), to name
 * what Lighthouse's total blocking time counts. Lighthouse's mobile profile traces the load unthrottled and
 * simulates a 4× slower CPU; so does this, by default: it traces at `--slowdown 1` and multiplies each task's
 * thread time (not wall time, which on a shared machine includes waiting for a core) by 4.
 *
 *   --brief                  one line per load: the estimated blocking time and each task over 50 ms at 4×
 *   --threshold 12.5         otherwise, every task over this many ms of thread time, with its trace events by
 *                            self time and its JavaScript by sampled function (self and inclusive)
 *   --tree NAME --depth 8    also the call tree below every frame of function NAME (e.g. Timeline)
 *   --total                  instead, sampled self time by function over all those tasks together
 *   --runs 1 --seconds 8     loads, and how long each is traced after the load event
 *   --slowdown 4             trace under CDP CPU throttling instead (then nothing is multiplied)
 *
 * Prints figures; writes nothing. For names, trace a build with `--minify false`.
 */
import { parseArgs } from 'node:util';
import { launchBrowser } from './measure-browser';
import { readProfile, selfTimes, type ProfileNode, type TraceEvent } from './trace-events';

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    slowdown: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '8' },
    runs: { type: 'string', default: '1' },
    threshold: { type: 'string', default: '12.5' },
    top: { type: 'string', default: '12' },
    tree: { type: 'string' },
    brief: { type: 'boolean', default: false },
    total: { type: 'boolean', default: false },
    depth: { type: 'string', default: '8' },
  },
});
const url = positionals[0] ?? 'http://127.0.0.1:4312/';
const THRESHOLD = Number(flags.threshold);
const TOP = Number(flags.top);


async function traceLoad(run: number) {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(flags.slowdown) });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'] });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(Number(flags.seconds) * 1000);
    const buffer = await browser.stopTracing();
    report(run, (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents);
  } finally {
    await browser.close();
  }
}

function report(run: number, events: TraceEvent[]) {
  const navigation = events.find((event) => event.name === 'navigationStart' && (event.args?.data as { isLoadingMainFrame?: boolean } | undefined)?.isLoadingMainFrame);
  const mainThread = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && events.some((e) => e.pid === event.pid && e.name === 'ParseHTML'));
  if (!mainThread) throw new Error('load-trace: no renderer main thread');
  const origin = navigation?.ts ?? Math.min(...events.filter((e) => e.pid === mainThread.pid && e.ts > 0).map((e) => e.ts));
  const main = events.filter((e) => e.pid === mainThread.pid && e.tid === mainThread.tid && e.ph === 'X' && e.dur !== undefined);
  const tasks = main.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  // Thread time, not wall time: on a shared machine a task's wall time includes waiting for a core.
  const cpu = (task: TraceEvent) => (task.tdur ?? task.dur!) / 1000;
  const long = tasks.filter((task) => cpu(task) > THRESHOLD);
  // Lighthouse's mobile profile simulates a 4× slower CPU on an unthrottled trace: scale the thread times the same way.
  const scale = 4 / Number(flags.slowdown);
  const paint = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === mainThread.pid)?.ts ?? origin;
  const blocking = (list: TraceEvent[]) => list.reduce((sum, task) => sum + Math.max(0, cpu(task) * scale - 50), 0);
  const afterPaint = tasks.filter((task) => task.ts >= paint);
  // What a task is, in a word: the first event inside it that says (a script's evaluation, a timer, a frame, ...).
  const kind = (task: TraceEvent) => {
    const first = main.find((e) => e.ts >= task.ts && e.ts < task.ts + task.dur! && e !== task && /^(v8\.evaluateModule|FunctionCall|TimerFire|FireAnimationFrame|RunMicrotasks|EventDispatch|ParseHTML|Layout|UpdateLayoutTree|FireIdleCallback|v8\.compileModule)$/.test(e.name));
    const data = first?.args?.data as { url?: string; type?: string } | undefined;
    return first ? `${first.name.replace(/^v8\./, '')}${data?.url ? `@${data.url.split('/').pop()?.split('-')[0]}` : ''}${data?.type ? `@${data.type}` : ''}` : '?';
  };
  console.log(
    `\nrun ${run + 1}: first paint at ${Math.round((paint - origin) / 1000)} ms; blocking after it at 4× ${Math.round(blocking(afterPaint))} ms (thread time × ${scale}); tasks over 50 ms at 4× (start:ms:what):\n    ${afterPaint
      .filter((task) => cpu(task) * scale > 50)
      .map((task) => `${Math.round((task.ts - origin) / 1000)}:${Math.round(cpu(task) * scale)}:${kind(task)}`)
      .join(' ')}`,
  );
  if (flags.brief) return;

  // CPU profile samples, timed.
  const { nodes, samples } = readProfile(events, mainThread.pid);
  const label = (node: ProfileNode) => `${node.callFrame.functionName || '(anon)'} ${(node.callFrame.url ?? '').split('/').pop()}:${(node.callFrame.lineNumber ?? 0) + 1}:${(node.callFrame.columnNumber ?? 0) + 1}`;

  if (flags.total) {
    // Sampled self time by function over all the long tasks together.
    const self = new Map<string, number>();
    for (const sample of samples) {
      if (!long.some((task) => sample.ts >= task.ts && sample.ts <= task.ts + task.dur!)) continue;
      const node = nodes.get(sample.id);
      if (node) self.set(label(node), (self.get(label(node)) ?? 0) + sample.weight);
    }
    const rows = [...self].filter(([key]) => !/^\((idle|program|root)\)/.test(key)).sort((a, b) => b[1] - a[1]);
    console.log(`  self time in the long tasks, by function (sampled, wall ms):${rows.slice(0, TOP).map(([key, ms]) => `\n    ${ms.toFixed(1).padStart(7)} ${key}`).join('')}`);
    return;
  }
  for (const task of long) {
    const from = task.ts;
    const to = task.ts + task.dur!;
    const inside = main.filter((e) => e.ts >= from && e.ts + e.dur! <= to && e !== task);
    const top = inside.filter((e) => !inside.some((p) => p !== e && p.ts <= e.ts && p.ts + p.dur! >= e.ts + e.dur! && p.dur! > e.dur!)).slice(0, 6);
    const what = top.map((e) => `${e.name}${e.args?.data && 'type' in e.args.data ? `(${String(e.args.data.type)})` : ''}${e.args?.data && 'url' in e.args.data ? `(${String(e.args.data.url).split('/').pop()})` : ''} ${Math.round(e.dur! / 1000)}`).join(', ');
    console.log(`  task at ${Math.round((from - origin) / 1000)} ms, ${Math.round(task.dur! / 1000)} ms wall, ${Math.round(cpu(task))} ms thread: ${what}`);
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    for (const sample of samples) {
      if (sample.ts < from || sample.ts > to) continue;
      const node = nodes.get(sample.id);
      if (!node) continue;
      self.set(label(node), (self.get(label(node)) ?? 0) + sample.weight);
      const seen = new Set<string>();
      for (let at: ProfileNode | undefined = node; at; at = at.parent !== undefined ? nodes.get(at.parent) : findParent(nodes, at)) {
        const key = label(at);
        if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + sample.weight);
        seen.add(key);
      }
    }
    const fmt = (map: Map<string, number>) =>
      [...map]
        .filter(([key]) => !/^\((idle|program|root|garbage collector)\)/.test(key))
        .sort((a, b) => b[1] - a[1])
        .slice(0, TOP)
        .map(([key, ms]) => `\n      ${ms.toFixed(1).padStart(7)} ${key}`)
        .join('');
    // Trace events inside the task by name, self time (forced style and layout show here, inside the script).
    const selfByName = new Map<string, number>();
    const countByName = new Map<string, number>();
    for (const [e, us] of selfTimes([...inside].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!), (e) => e.dur!)) {
      selfByName.set(e.name, (selfByName.get(e.name) ?? 0) + us / 1000);
      countByName.set(e.name, (countByName.get(e.name) ?? 0) + 1);
    }
    console.log(`    events (self ms): ${[...selfByName].filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]).map(([name, ms]) => `${name} ${Math.round(ms)} (×${countByName.get(name)})`).join(', ')}`);
    if (flags.tree) printTree(nodes, samples.filter((sample) => sample.ts >= from && sample.ts <= to), flags.tree, Number(flags.depth), label);
    console.log(`    self:${fmt(self)}`);
    console.log(`    inclusive:${fmt(inclusive)}`);
  }
}

/** The call tree below every frame whose function is `name`, by inclusive sampled time. */
function printTree(nodes: Map<number, ProfileNode>, samples: { id: number; weight: number }[], name: string, depth: number, label: (node: ProfileNode) => string) {
  type Tree = { ms: number; children: Map<string, Tree> };
  const root: Tree = { ms: 0, children: new Map() };
  for (const sample of samples) {
    const chain: ProfileNode[] = [];
    for (let at = nodes.get(sample.id); at; at = at.parent !== undefined ? nodes.get(at.parent) : findParent(nodes, at)) chain.unshift(at);
    const start = chain.findIndex((node) => node.callFrame.functionName === name);
    if (start < 0) continue;
    let tree = root;
    tree.ms += sample.weight;
    for (const node of chain.slice(start, start + depth)) {
      const key = label(node);
      if (!tree.children.has(key)) tree.children.set(key, { ms: 0, children: new Map() });
      tree = tree.children.get(key)!;
      tree.ms += sample.weight;
    }
  }
  const print = (tree: Tree, indent: string) => {
    for (const [key, child] of [...tree.children].sort((a, b) => b[1].ms - a[1].ms)) {
      if (child.ms < 1) continue;
      console.log(`${indent}${child.ms.toFixed(1).padStart(7)} ${key}`);
      print(child, `${indent}  `);
    }
  };
  console.log(`    tree under ${name}:`);
  print(root, '      ');
}

// Profile chunks name a node's children, not always its parent: find the parent by search when needed.
const parentOf = new WeakMap<Map<number, ProfileNode>, Map<number, number>>();
function findParent(nodes: Map<number, ProfileNode>, node: ProfileNode): ProfileNode | undefined {
  let parents = parentOf.get(nodes);
  if (!parents || parents.size === 0) {
    parents = new Map();
    for (const candidate of nodes.values()) for (const child of (candidate as { children?: number[] }).children ?? []) parents.set(child, candidate.id);
    parentOf.set(nodes, parents);
  }
  const id = parents.get(node.id);
  return id !== undefined ? nodes.get(id) : undefined;
}

async function main() {
  for (let run = 0; run < Number(flags.runs); run++) await traceLoad(run);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
