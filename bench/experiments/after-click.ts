/**
 * `npx tsx bench/experiments/after-click.ts --dist A=path [--dist B=path] [--reps 6]` — what each kind of click costs the
 * main thread in all, its trailing work included (the panes' frame, the chart's sync two paints later): the long
 * animation frames (LoAF) from the press until the page has been quiet for a second, at 4× CPU, summed per click,
 * with the scripts LoAF attributes them to. The bench's own timing stops at the first frame; what runs after it
 * still delays a click made soon after.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page, type Locator } from '@playwright/test';
import { startStaticServer } from '../static-server';

const { values: flags } = parseArgs({ options: { dist: { type: 'string', multiple: true, default: [] }, reps: { type: 'string', default: '6' }, port: { type: 'string', default: '4297' }, rounds: { type: 'string', default: '1' }, profile: { type: 'boolean', default: false } } });
const REPS = Number(flags.reps);
type Frame = { start: number; duration: number; blocking: number; scripts: { name: string; duration: number }[] };

type Cdp = Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>;
type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
const selfByFunction = new Map<string, number>();
const inclusiveByFunction = new Map<string, number>();
function addProfile(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, weight: number) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const key = (node: ProfileNode) => `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
  profile.samples.forEach((id, n) => {
    const ms = (profile.timeDeltas[n + 1] ?? 0) / 1000 / weight;
    const node = byId.get(id)!;
    if (['(idle)', '(program)', '(root)', '(garbage collector)'].includes(node.callFrame.functionName) && node.callFrame.functionName !== '(garbage collector)') return;
    selfByFunction.set(key(node), (selfByFunction.get(key(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = key(byId.get(at)!);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusiveByFunction.set(k, (inclusiveByFunction.get(k) ?? 0) + ms);
    }
  });
}

async function clickAndCollect(page: Page, target: Locator, cdp?: Cdp): Promise<Frame[]> {
  await target.evaluate((element) => element.scrollIntoView({ block: 'end', inline: 'nearest' }));
  const box = await target.boundingBox();
  if (!box) throw new Error('no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  await page.evaluate(() => {
    const w = window as unknown as { __loaf: Frame[]; __loafObs?: PerformanceObserver; __t0: number };
    w.__loaf = [];
    w.__t0 = performance.now();
    w.__loafObs?.disconnect();
    w.__loafObs = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { startTime: number; duration: number; blockingDuration: number; scripts: { invoker: string; sourceFunctionName: string; duration: number }[] }[])
        w.__loaf.push({ start: entry.startTime - w.__t0, duration: entry.duration, blocking: entry.blockingDuration, scripts: entry.scripts.map((s) => ({ name: `${s.invoker} ${s.sourceFunctionName}`.slice(0, 80), duration: s.duration })) });
    });
    w.__loafObs.observe({ type: 'long-animation-frame', buffered: false });
  });
  if (cdp) await cdp.send('Profiler.start');
  await page.mouse.down();
  await page.mouse.up();
  // Quiet: no long frame for a second.
  let seen = -1;
  for (let n = 0; n < 40; n++) {
    await page.waitForTimeout(1000);
    const count = await page.evaluate(() => (window as unknown as { __loaf: Frame[] }).__loaf.length);
    if (count === seen) break;
    seen = count;
  }
  if (cdp) addProfile(((await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } }).profile, REPS);
  return page.evaluate(() => (window as unknown as { __loaf: Frame[] }).__loaf);
}

async function main() {
  const apps = flags.dist.map((spec) => spec.split('=', 2) as [string, string]);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const servers = await Promise.all(apps.map(([, path], n) => startStaticServer(Number(flags.port) + n, { '/': resolve(path) })));
  try {
    for (let round = 0; round < Number(flags.rounds); round++)
      for (const [n, [label]] of apps.entries()) {
        const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
        const page = await context.newPage();
        await page.addInitScript('window.__name = (f) => f');
        await page.goto(`http://127.0.0.1:${Number(flags.port) + n}/`, { waitUntil: 'load' });
        await page.waitForSelector('.vis-item-content', { timeout: 120_000 });
        await page.waitForTimeout(2000);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        if (flags.profile) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        }
        const options = page.locator('[role="listbox"] [role="option"]');
        const names = page.getByRole('region', { name: /names|entit|people/i }).locator('button[aria-pressed]');
        const outlets = page.getByRole('group', { name: /^outlets/i }).locator('input[type="checkbox"]');
        const kinds: [string, (rep: number) => Promise<Locator>][] = [
          ['select', async (rep) => page.locator(`[role="option"][data-event-id="${await options.nth((rep * 3 + 1) % Math.min(await options.count(), 40)).getAttribute('data-event-id')}"]`)],
          ['highlight', async (rep) => names.nth(Math.floor(rep / 2))],
          ['toggle', async (rep) => outlets.nth(Math.floor(rep / 2))],
        ];
        for (const [kind, pick] of kinds) {
          const totals: number[] = [];
          const after: number[] = [];
          const byScript = new Map<string, number>();
          for (let rep = 0; rep < REPS; rep++) {
            const frames = await clickAndCollect(page, await pick(rep), flags.profile ? cdp : undefined);
            totals.push(frames.reduce((sum, f) => sum + f.duration, 0));
            after.push(frames.filter((f) => f.start > 100).reduce((sum, f) => sum + f.duration, 0));
            for (const f of frames) for (const s of f.scripts) byScript.set(s.name, (byScript.get(s.name) ?? 0) + s.duration / REPS);
          }
          const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
          console.log(`${label} r${round + 1} ${kind}: long frames per click ${Math.round(med(totals))} ms (median; all ${totals.map(Math.round).join(' ')}), of which starting >100 ms after the press ${Math.round(med(after))}`);
          for (const [name, ms] of [...byScript].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`    ${ms.toFixed(1).padStart(6)} ${name}`);
          if (flags.profile) {
            console.log('  self (ms per click, sampled):');
            for (const [name, ms] of [...selfByFunction].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`    ${ms.toFixed(1).padStart(6)} ${name}`);
            console.log('  inclusive, app functions:');
            for (const [name, ms] of [...inclusiveByFunction].filter(([k]) => /^(use[A-Z]|[A-Z][a-z]|syncDataSet|filterEvents|visibleEvents|eventHighlights|buildTimelineData|flushViewUrl|countMentions|navigateView|currentView|measureAxis)/.test(k) && !/^(Emitter|SyntheticBaseEvent|Component )/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${ms.toFixed(1).padStart(6)} ${name}`);
            selfByFunction.clear();
            inclusiveByFunction.clear();
          }
        }
        await context.close();
      }
  } finally {
    await browser.close();
    for (const s of servers) s.close();
  }
}
main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
