/**
 * Page-load and interaction measurements in Debian's Chromium through
 * Playwright and the DevTools protocol. Every load is cold (a fresh browser
 * context: empty cache, no service worker); CPU slowdown is
 * Emulation.setCPUThrottlingRate. Interaction latency runs from the input
 * event's own timestamp to the first frame painted after the handlers ran
 * (requestAnimationFrame, then a task: the frame has been produced by then).
 */
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium';

export { CHROMIUM_PATH };
/** The shared flags, and nothing leaves the machine: TimelineJS3's theme asks Google Fonts for three fonts; they fail at once. */
export const CHROMIUM_FLAGS = [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}

export interface LoadTarget {
  app: 'parallax' | 'timelinejs';
  url: string;
  /** CSS selectors whose first appearance is timed; `chart` = the timeline accepts a click. */
  selectors: { chart: string; list?: string };
}

export interface LoadSample {
  fcpMs: number | null;
  lcpMs: number | null;
  /** The timeline's first clickable item is in the DOM and the main thread has come back. */
  timelineReadyMs: number | null;
  /** Parallax only: the accessible event list is clickable. */
  listReadyMs: number | null;
  totalBlockingTimeMs: number | null;
  transferredBytes: number | null;
  requests: number | null;
  criticalBytes: number | null;
  criticalRequests: number | null;
  /** Null when the load timed out (a busy page is not stopped for a heap reading). */
  jsHeapBytes: number | null;
  /** 1 when the timeline was not clickable within the time limit (its figures then stop at the limit). */
  timedOut: number;
}

interface PagePerf {
  lcp: number | null;
  longTasks: [number, number][];
  seen: Record<string, number>;
  ready: Record<string, number>;
}

interface Latency {
  /** The press's own latency (pointerdown to the frame after it), once that frame is done. */
  pressFrameMs: number | null;
  samples: number[];
  /** A selector the next click's measurement waits for (what the click should show), then a frame. */
  until: string | null;
  /** Every click's first frame (as INP counts it), also when `samples` waited for `until`. */
  firstFrames: number[];
  /** The press's wait before its handlers ran (input delay: work already on the main thread), per press. */
  pressDelayMs: number | null;
  /** Every click's input delay: the longer of the press's and the click's own. */
  inputDelays: number[];
}

type BenchWindow = Window & { __benchPerf: PagePerf; __benchLatency: Latency };

/** Installed before any page script runs (addInitScript). */
function installProbes(selectors: Record<string, string>) {
  const w = window as unknown as BenchWindow;
  const perf: PagePerf = { lcp: null, longTasks: [], seen: {}, ready: {} };
  w.__benchPerf = perf;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) perf.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) perf.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // An observer type this browser lacks leaves its figure empty.
  }
  const names = Object.keys(selectors);
  const observer = new MutationObserver(() => {
    for (const name of names) {
      if (perf.seen[name] === undefined && document.querySelector(selectors[name]!)) {
        perf.seen[name] = performance.now();
        // Ready when the frame showing it is done and a task can run: a click would be handled now.
        requestAnimationFrame(() => setTimeout(() => (perf.ready[name] = performance.now()), 0));
      }
    }
    if (names.every((name) => perf.seen[name] !== undefined)) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });

  const latency: Latency = { pressFrameMs: null, samples: [], until: null, firstFrames: [], pressDelayMs: null, inputDelays: [] };
  w.__benchLatency = latency;
  // As INP counts an interaction: each of its events from its own timestamp to the frame after its
  // handlers, and the slower of the press and the click. Not from the press to the click's frame:
  // the time the button is held down (a human's ~100 ms, the driver's round trip here) is no one's work.
  addEventListener(
    'pointerdown',
    (event) => {
      const pressed = event.timeStamp;
      latency.pressFrameMs = null;
      latency.pressDelayMs = performance.now() - pressed;
      requestAnimationFrame(() => setTimeout(() => (latency.pressFrameMs = performance.now() - pressed), 0));
    },
    true,
  );
  addEventListener(
    'click',
    (event) => {
      const start = event.timeStamp;
      latency.inputDelays.push(Math.max(performance.now() - start, latency.pressDelayMs ?? 0));
      const until = latency.until;
      latency.until = null;
      // (No named inner functions here: this runs as page source, where the bundler's name helpers do not exist.)
      // The frame is asked for now, before the app's handlers run, so its rAF and the task after it come
      // ahead of anything the app defers past the paint (the chart's redraw): that work is not this frame's.
      requestAnimationFrame(() => {
        setTimeout(() => {
          latency.firstFrames.push(Math.max(performance.now() - start, latency.pressFrameMs ?? 0));
          if (!until || document.querySelector(until)) {
            latency.samples.push(Math.max(performance.now() - start, latency.pressFrameMs ?? 0));
            return;
          }
          // What the click should show was not in that frame (its evidence is being fetched): wait for it, then its frame.
          const poll = setInterval(() => {
            if (!document.querySelector(until)) return;
            clearInterval(poll);
            requestAnimationFrame(() => setTimeout(() => latency.samples.push(Math.max(performance.now() - start, latency.pressFrameMs ?? 0)), 0));
          }, 4);
        }, 0);
      });
    },
    true,
  );
}

type CdpSession = import('@playwright/test').CDPSession;

async function openPage(browser: Browser, target: LoadTarget, throttle: number): Promise<{ context: BrowserContext; page: Page; cdp: CdpSession }> {
  const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
  const page = await context.newPage();
  const selectors: Record<string, string> = { chart: target.selectors.chart };
  if (target.selectors.list) selectors.list = target.selectors.list;
  await page.addInitScript(installProbes, selectors);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page, cdp };
}

async function waitReady(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(() => (window as unknown as BenchWindow).__benchPerf.ready.chart !== undefined, null, {
    timeout: timeoutMs,
    polling: 200,
  });
}

/** One cold load: navigate, wait for the timeline to accept a click, settle a second, read the figures. */
export async function measureLoad(browser: Browser, target: LoadTarget, throttle: number, timeoutMs = 180_000): Promise<LoadSample> {
  const { context, page, cdp } = await openPage(browser, target, throttle);
  try {
    const started = Date.now();
    await page.goto(target.url, { waitUntil: 'load', timeout: timeoutMs });
    let timedOut = 0;
    try {
      await waitReady(page, Math.max(1000, timeoutMs - (Date.now() - started)));
      await page.waitForTimeout(1000);
    } catch {
      // Too slow to wait for: recorded as timed out, with what happened until then.
      timedOut = 1;
    }
    // After a timeout the page may still be busy for minutes: read what it has, or give up on the figures.
    const readFigures = page.evaluate(() => {
      const perf = (window as unknown as BenchWindow).__benchPerf;
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const entries = [...(navigation ? [navigation] : []), ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[])];
      const transferredBytes = entries.reduce((sum, entry) => sum + entry.transferSize, 0);
      const critical = fcp === null ? [] : entries.filter((entry) => entry.responseEnd <= fcp);
      const end = perf.ready.chart ?? performance.now();
      // Lighthouse's definition: the part of each task past 50 ms, between FCP and interactive.
      const blocking = perf.longTasks.reduce((sum, [start, duration]) => {
        if (fcp === null) return sum;
        const from = Math.max(start, fcp);
        const to = Math.min(start + duration, end);
        return sum + Math.max(0, to - from - 50);
      }, 0);
      return {
        fcpMs: fcp,
        lcpMs: perf.lcp,
        timelineReadyMs: perf.ready.chart ?? null,
        listReadyMs: perf.ready.list ?? null,
        totalBlockingTimeMs: blocking,
        transferredBytes,
        requests: entries.length,
        criticalBytes: critical.reduce((sum, entry) => sum + entry.transferSize, 0),
        criticalRequests: critical.length,
      };
    });
    if (timedOut) {
      const figures = await Promise.race([readFigures, new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000))]);
      const empty = { fcpMs: null, lcpMs: null, listReadyMs: null, totalBlockingTimeMs: null, transferredBytes: null, requests: null, criticalBytes: null, criticalRequests: null };
      return { ...(figures ?? empty), timelineReadyMs: null, jsHeapBytes: null, timedOut };
    }
    const figures = await readFigures;
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return { ...figures, jsHeapBytes: heap.usedSize, timedOut };
  } finally {
    await context.close();
  }
}

export interface InteractionResult {
  /** How it was driven: the app's own control, or the URL (when the control does not exist yet). */
  method: string;
  samples: number[];
  /** Where `samples` waited for what the click should show: each click's first frame alone (INP's count). */
  firstFrame?: number[];
  /** What each sample clicked (the event's id, for selects), so a slow sample can be traced to its target. */
  targets?: string[];
  /** Each click's input delay (the wait before its handlers ran: earlier work still on the main thread). */
  inputDelay?: number[];
  note?: string;
}

export interface InteractionPlan {
  entityIds: string[];
  outletIds: string[];
  /** An event to select first, so highlights and filters act on a filled detail panel. */
  initialEventId: string | null;
}

/**
 * Click the target as a user's pointer would: scrolled into view, the pointer moved onto it (not
 * timed), then pressed and released. Not `locator.click()`: its hit-target check runs a listener
 * on pointerdown that costs several milliseconds at 4× and would sit inside every timed sample.
 */
async function pointerClick(page: Page, target: Locator): Promise<void> {
  // To the bottom of the view, as a reader scrolls a list up to reach an item: "if needed" leaves an item that is
  // on screen but under the pinned timeline where it is, and the press then lands on the chart.
  await target.evaluate((element) => element.scrollIntoView({ block: 'end', inline: 'nearest' }));
  const box = await target.boundingBox();
  if (!box) throw new Error('interaction: the control to click has no box on the page');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // A reader's pointer rests on a control before pressing it: its hover frame is not the click's.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  await page.mouse.down();
  await page.mouse.up();
}

async function clickAndMeasure(page: Page, target: Locator, until: string | null = null, firstFrame?: number[], inputDelay?: number[]): Promise<number> {
  const before = await page.evaluate((selector) => {
    const latency = (window as unknown as BenchWindow).__benchLatency;
    latency.until = selector;
    return latency.samples.length;
  }, until);
  await pointerClick(page, target);
  await page
    .waitForFunction((count) => (window as unknown as BenchWindow).__benchLatency.samples.length > count, before, { timeout: 60_000, polling: 50 })
    .catch((error: unknown) => {
      throw new Error(`interaction: no frame was timed after the click${until ? ` (waiting for ${until})` : ''}: ${String(error)}`);
    });
  const [sample, first, delay] = await page.evaluate((index) => {
    const latency = (window as unknown as BenchWindow).__benchLatency;
    return [latency.samples[index]!, latency.firstFrames[index]!, latency.inputDelays[index]!] as const;
  }, before);
  firstFrame?.push(first);
  inputDelay?.push(delay);
  return sample;
}

/** For a view change with no control on the page yet: the app's own navigation (pushState + its event), timed to the next frame. */
async function navigateAndMeasure(page: Page, query: string): Promise<number> {
  return page.evaluate(async (search) => {
    const started = performance.now();
    window.history.pushState(null, '', `${window.location.pathname}${search}`);
    window.dispatchEvent(new Event('parallax:navigate'));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - started;
  }, query);
}

async function settle(page: Page): Promise<void> {
  // Let trailing work (effects, the chart's redraw) finish so one sample never pays for the last.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  await page.waitForTimeout(150);
}

export async function measureParallaxInteractions(
  browser: Browser,
  target: LoadTarget,
  plan: InteractionPlan,
  reps: number,
  throttle: number,
  /** Wall-time budget per interaction kind; fewer reps are taken when an app is too slow for it. */
  budgetMs = 180_000,
): Promise<Record<'selectEvent' | 'highlightEntity' | 'toggleOutlet', InteractionResult>> {
  // Loaded at full speed (the load is measured elsewhere), then slowed down for the interactions.
  const { context, page, cdp } = await openPage(browser, target, 1);
  try {
    const url = new URL(target.url);
    if (plan.initialEventId) url.searchParams.set('event', plan.initialEventId);
    await page.goto(url.href, { waitUntil: 'load', timeout: 180_000 });
    await waitReady(page, 180_000);
    await page.waitForTimeout(500);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const deadline = () => Date.now() + budgetMs;

    // Select an event: click options of the accessible event list in turn, timed until that event's
    // source panels are on the page (its evidence may have to be fetched first).
    const options = page.locator('[role="listbox"] [role="option"]');
    const optionCount = await options.count();
    const select: InteractionResult = { method: 'click an option in the accessible event list, until its source panels show', samples: [], firstFrame: [], targets: [], inputDelay: [] };
    const selectUntil = deadline();
    for (let rep = 0; rep < reps && optionCount > 1 && Date.now() < selectUntil; rep++) {
      let index = (rep * 3 + 1) % Math.min(optionCount, 40);
      if ((await options.nth(index).getAttribute('aria-selected')) === 'true') index = (index + 1) % optionCount;
      // A long list draws only the options in view, and scrolling redraws them: name the option by its event, not its place.
      const eventId = (await options.nth(index).getAttribute('data-event-id')) ?? '';
      const chosen = page.locator(`[role="option"][data-event-id="${eventId}"]`);
      const panels = `[data-compare-event="${eventId}"]`;
      select.samples.push(await clickAndMeasure(page, chosen, panels, select.firstFrame, select.inputDelay));
      select.targets!.push(eventId);
      if ((await chosen.getAttribute('aria-selected')) !== 'true') throw new Error('event select: the clicked option did not become selected');
      await settle(page);
    }
    if (plan.initialEventId) await navigateAndMeasure(page, `?event=${encodeURIComponent(plan.initialEventId)}`);
    await settle(page);

    // Highlight an entity: the entity index's toggle buttons if the page has them, else the URL.
    const entityButtons = page.getByRole('region', { name: /names|entit|people/i }).locator('button[aria-pressed]');
    const highlight: InteractionResult = { method: '', samples: [], inputDelay: [] };
    const highlightUntil = deadline();
    if ((await entityButtons.count()) > 0) {
      highlight.method = 'click a highlight toggle (aria-pressed) in the names index';
      const count = await entityButtons.count();
      for (let rep = 0; rep < reps && Date.now() < highlightUntil; rep++) {
        // Each entity on, then off again: both are timed, and highlights never pile up.
        const button = entityButtons.nth(Math.floor(rep / 2) % Math.min(count, 10));
        highlight.samples.push(await clickAndMeasure(page, button, null, undefined, highlight.inputDelay));
        await settle(page);
      }
    } else {
      highlight.method = 'URL: ?entities=<id> via the app navigation (no entity control on the page yet)';
      highlight.note = 'the entity index UI was not on the page when this ran';
      const base = plan.initialEventId ? `event=${encodeURIComponent(plan.initialEventId)}` : '';
      for (let rep = 0; rep < reps && plan.entityIds.length > 0 && Date.now() < highlightUntil; rep++) {
        // On, then off again; both directions are timed.
        const entity = plan.entityIds[Math.floor(rep / 2) % plan.entityIds.length]!;
        const query = rep % 2 === 0 ? `?${base ? `${base}&` : ''}entities=${encodeURIComponent(entity)}` : `?${base}`;
        highlight.samples.push(await navigateAndMeasure(page, query));
        await settle(page);
      }
    }

    // Toggle an outlet filter: the outlet list's toggles if present, else the URL.
    const outletToggles = page
      .getByRole('group', { name: /^outlets/i })
      .or(page.getByRole('region', { name: /^outlets/i }))
      .locator('input[type="checkbox"], button[aria-pressed]');
    const toggle: InteractionResult = { method: '', samples: [], inputDelay: [] };
    const toggleUntil = deadline();
    if ((await outletToggles.count()) > 0) {
      toggle.method = 'click an outlet checkbox in the Outlets filter';
      const count = await outletToggles.count();
      for (let rep = 0; rep < reps && Date.now() < toggleUntil; rep++) {
        // Each outlet off, then on again, so the corpus is never left filtered.
        const control = outletToggles.nth(Math.floor(rep / 2) % Math.min(count, 10));
        toggle.samples.push(await clickAndMeasure(page, control, null, undefined, toggle.inputDelay));
        await settle(page);
      }
    } else {
      toggle.method = 'URL: ?hide=<outlet> via the app navigation (no outlet control on the page yet)';
      toggle.note = 'the outlet filter UI was not on the page when this ran';
      const base = plan.initialEventId ? `event=${encodeURIComponent(plan.initialEventId)}` : '';
      for (let rep = 0; rep < reps && plan.outletIds.length > 0 && Date.now() < toggleUntil; rep++) {
        // Off, then on again; both directions are timed.
        const outlet = plan.outletIds[Math.floor(rep / 2) % plan.outletIds.length]!;
        const query = rep % 2 === 0 ? `?${base ? `${base}&` : ''}hide=${encodeURIComponent(outlet)}` : `?${base}`;
        toggle.samples.push(await navigateAndMeasure(page, query));
        await settle(page);
      }
    }
    return { selectEvent: select, highlightEntity: highlight, toggleOutlet: toggle };
  } finally {
    await context.close();
  }
}

/** TimelineJS3 has one interaction of the three: moving to another event (its "next" arrow). */
export async function measureTimelineJsInteractions(
  browser: Browser,
  target: LoadTarget,
  reps: number,
  throttle: number,
  budgetMs = 180_000,
): Promise<{ selectEvent: InteractionResult }> {
  const { context, page, cdp } = await openPage(browser, target, 1);
  try {
    await page.goto(target.url, { waitUntil: 'load', timeout: 180_000 });
    await waitReady(page, 180_000);
    await page.waitForTimeout(500);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const until = Date.now() + budgetMs;
    const next = page.locator('.tl-slidenav-next').first();
    const previous = page.locator('.tl-slidenav-previous').first();
    const select: InteractionResult = { method: 'click the next-slide arrow (the next event; back at the end)', samples: [] };
    let forward = true;
    for (let rep = 0; rep < reps && Date.now() < until; rep++) {
      // At the last slide the arrow goes away: walk back, and forward again at the first.
      if (forward && !(await next.isVisible())) forward = false;
      else if (!forward && !(await previous.isVisible())) forward = true;
      const arrow = forward ? next : previous;
      select.samples.push(await clickAndMeasure(page, arrow));
      // Its slide animation runs for about a second; start the next click from rest.
      await page.waitForTimeout(1200);
    }
    return { selectEvent: select };
  } finally {
    await context.close();
  }
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
