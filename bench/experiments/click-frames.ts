/**
 * `npx tsx bench/experiments/click-frames.ts --dist label=path [--dist ...] [--clicks 6] [--port 4340]`
 * Where a select's time goes after the click's frame: for each click on an event list option (4× CPU), every
 * long animation frame (LoAF) from the click until its event's panels show, with the scripts in it, and when the
 * panels appeared. A diagnostic for deferring work by frames, not a benchmark (use bench/probe.ts for figures).
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { launchBrowser } from '../measure-browser';
import { startStaticServer } from '../static-server';

const { values } = parseArgs({ options: { dist: { type: 'string', multiple: true, default: [] }, clicks: { type: 'string', default: '6' }, port: { type: 'string', default: '4340' } } });

async function main() {
  const browser = await launchBrowser();
  for (const [n, spec] of values.dist.entries()) {
    const [label, path] = spec.split('=', 2) as [string, string];
    const port = Number(values.port) + n;
    const server = await startStaticServer(port, { '/': resolve(path) });
    const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __frames: unknown[] };
      w.__frames = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { startTime: number; duration: number; renderStart: number; styleAndLayoutStart: number; scripts: { invoker: string; duration: number; sourceFunctionName: string; forcedStyleAndLayoutDuration: number }[] }[])
          w.__frames.push({
            start: entry.startTime,
            duration: entry.duration,
            render: entry.renderStart ? entry.startTime + entry.duration - entry.renderStart : 0,
            scripts: entry.scripts.map((s) => `${s.invoker}${s.sourceFunctionName ? `:${s.sourceFunctionName}` : ''} ${Math.round(s.duration)}${s.forcedStyleAndLayoutDuration ? ` (forced ${Math.round(s.forcedStyleAndLayoutDuration)})` : ''}`),
          });
      }).observe({ type: 'long-animation-frame', buffered: false });
    });
    const cdp = await context.newCDPSession(page);
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
    await page.waitForSelector('.vis-item-content');
    await page.waitForTimeout(1500);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    console.log(`\n== ${label}`);
    const options = page.locator('[role="listbox"] [role="option"]');
    for (let i = 0; i < Number(values.clicks); i++) {
      const option = options.nth((i * 3 + 1) % Math.min(await options.count(), 40));
      const id = (await option.getAttribute('data-event-id')) ?? '';
      await option.evaluate((element) => element.scrollIntoView({ block: 'end' }));
      const box = (await option.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForTimeout(300);
      await page.evaluate((eventId) => {
        const w = window as unknown as { __frames: unknown[]; __click: number; __panels: number | null };
        w.__frames = [];
        w.__panels = null;
        addEventListener('click', (event) => (w.__click = event.timeStamp), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (document.querySelector(`[data-compare-event="${eventId}"]`)) {
            w.__panels = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      }, id);
      await page.mouse.down();
      await page.mouse.up();
      await page.waitForTimeout(1500);
      const result = await page.evaluate(() => {
        const w = window as unknown as { __frames: { start: number; duration: number; render: number; scripts: string[] }[]; __click: number; __panels: number | null };
        const fetched = performance
          .getEntriesByType('resource')
          .map((entry) => entry as PerformanceResourceTiming)
          .filter((entry) => entry.startTime > w.__click - 300)
          .map((entry) => `${entry.name.replace(location.origin, '')} +${Math.round(entry.startTime - w.__click)}..+${Math.round(entry.responseEnd - w.__click)}`);
        return { click: w.__click, panels: w.__panels, frames: w.__frames, fetched };
      });
      console.log(`click ${i} (${id}): panels in the DOM at +${result.panels === null ? '?' : Math.round(result.panels - result.click)} ms; fetched: ${result.fetched.join(', ') || 'nothing'}`);
      for (const frame of result.frames) {
        console.log(`   frame +${Math.round(frame.start - result.click)}..+${Math.round(frame.start + frame.duration - result.click)} (render ${Math.round(frame.render)}): ${frame.scripts.join(', ')}`);
      }
    }
    await context.close();
    server.close();
  }
  await browser.close();
}
void main();
