/**
 * `npx tsx bench/experiments/select-sequence.ts --dist label=path [--clicks 12] [--port 4350]`
 * The bench's select sequence (bench/measure-browser.ts: opened on the central event, options (3i+1) % 40, each
 * scrolled to the bottom of the view), at 4× CPU, with what each click found before it was pressed: where the
 * comparison stood against the viewport (on screen, near, far), the page's scroll, and then every long animation
 * frame until the event's panels were in the DOM. A diagnostic for a slow select, not a benchmark.
 * `--events a,b,c`: click these events in turn instead (the list is scrolled until each one's option is drawn).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Corpus } from '../../src/lib/corpus/schema';
import { launchBrowser } from '../measure-browser';
import { startStaticServer } from '../static-server';

const { values } = parseArgs({ options: { dist: { type: 'string', multiple: true, default: [] }, clicks: { type: 'string', default: '12' }, events: { type: 'string', default: '' }, port: { type: 'string', default: '4350' } } });

async function main() {
  const browser = await launchBrowser();
  for (const [n, spec] of values.dist.entries()) {
    const [label, path] = spec.split('=', 2) as [string, string];
    const port = Number(values.port) + n;
    const server = await startStaticServer(port, { '/': resolve(path) });
    const corpus = JSON.parse(readFileSync(join(resolve(path), 'corpus.json'), 'utf8')) as Corpus;
    const initial = corpus.events.find((event) => event.main)?.id ?? corpus.events[0]?.id ?? '';
    const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __frames: unknown[] };
      w.__frames = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { startTime: number; duration: number; renderStart: number; styleAndLayoutStart: number; scripts: { invoker: string; duration: number; sourceFunctionName: string; sourceURL: string; sourceCharPosition: number; forcedStyleAndLayoutDuration: number }[] }[])
          w.__frames.push({
            start: entry.startTime,
            duration: entry.duration,
            render: entry.renderStart ? entry.startTime + entry.duration - entry.renderStart : 0,
            scripts: entry.scripts.map((s) => `${s.invoker}${s.sourceFunctionName ? `:${s.sourceFunctionName}` : ''}@${s.sourceURL.split('/').pop()}:${s.sourceCharPosition} ${Math.round(s.duration)}${s.forcedStyleAndLayoutDuration ? ` (forced ${Math.round(s.forcedStyleAndLayoutDuration)})` : ''}`),
          });
      }).observe({ type: 'long-animation-frame', buffered: false });
    });
    const cdp = await context.newCDPSession(page);
    await page.goto(`http://127.0.0.1:${port}/?event=${encodeURIComponent(initial)}`, { waitUntil: 'load' });
    await page.waitForSelector('.vis-item-content');
    // As the bench: a frame and a task after the chart's first item, then half a second.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    await page.waitForTimeout(500);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    console.log(`\n== ${label}`);
    const options = page.locator('[role="listbox"] [role="option"]');
    let pending: { id: string; before: unknown } | null = null;
    // Frames are read one click late (their entries arrive after the frame), so the bench's pace is kept.
    const report = async () => {
      if (!pending) return;
      const result = await page.evaluate(() => {
        const w = window as unknown as { __frames: { start: number; duration: number; render: number; scripts: string[] }[]; __click: number; __panels: number | null; __firstFrame: number | null };
        const fetched = performance
          .getEntriesByType('resource')
          .map((entry) => entry as PerformanceResourceTiming)
          .filter((entry) => entry.startTime > w.__click - 300 && !entry.name.includes('favicon'))
          .map((entry) => `${entry.name.replace(location.origin, '')} +${Math.round(entry.startTime - w.__click)}..+${Math.round(entry.responseEnd - w.__click)}`);
        return { click: w.__click, panels: w.__panels, firstFrame: w.__firstFrame, frames: w.__frames, fetched };
      });
      const { id, before } = pending;
      const b = before as { scrollY: number; compareTop: number | null; compareBottom: number | null; viewport: number };
      console.log(`${id}: scrollY ${b.scrollY}, comparison ${b.compareTop}..${b.compareBottom} of ${b.viewport}; first frame +${Math.round((result.firstFrame ?? NaN) - result.click)}, panels at +${result.panels === null ? '?' : Math.round(result.panels - result.click)} ms; fetched: ${result.fetched.join(', ') || 'nothing'}`);
      for (const frame of result.frames) {
        if (frame.start + frame.duration < result.click || (result.panels !== null && frame.start > result.panels + 100)) continue;
        console.log(`   frame +${Math.round(frame.start - result.click)}..+${Math.round(frame.start + frame.duration - result.click)} (render ${Math.round(frame.render)}): ${frame.scripts.join(', ')}`);
      }
    };
    for (let i = 0; i < Number(values.clicks); i++) {
      const chosen = values.events ? values.events.split(',') : [];
      let id: string;
      if (chosen.length) {
        id = chosen[i % chosen.length]!;
        // A long list draws only the rows in view: scroll its box until this event's row is drawn.
        for (let step = 0; step < 400 && (await page.locator(`[role="option"][data-event-id="${id}"]`).count()) === 0; step++)
          await page.evaluate((first) => {
            const list = document.querySelector('[role="listbox"]')!;
            list.scrollTop = first ? 0 : list.scrollTop + list.clientHeight * 0.8;
            return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          }, step === 0);
      } else {
        let index = (i * 3 + 1) % Math.min(await options.count(), 40);
        if ((await options.nth(index).getAttribute('aria-selected')) === 'true') index = (index + 1) % (await options.count());
        id = (await options.nth(index).getAttribute('data-event-id')) ?? '';
      }
      const option = page.locator(`[role="option"][data-event-id="${id}"]`);
      await option.evaluate((element) => element.scrollIntoView({ block: 'end', inline: 'nearest' }));
      const box = (await option.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      await report();
      const before = await page.evaluate((eventId) => {
        const w = window as unknown as { __frames: unknown[]; __click: number; __panels: number | null; __firstFrame: number | null };
        w.__frames = [];
        w.__panels = null;
        w.__firstFrame = null;
        addEventListener(
          'click',
          (event) => {
            w.__click = event.timeStamp;
            requestAnimationFrame(() => setTimeout(() => (w.__firstFrame = performance.now()), 0));
          },
          { capture: true, once: true },
        );
        const observer = new MutationObserver(() => {
          if (document.querySelector(`[data-compare-event="${eventId}"]`)) {
            w.__panels = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        const compare = document.getElementById('compare-heading')?.closest('section')?.getBoundingClientRect();
        return { scrollY: Math.round(scrollY), compareTop: compare ? Math.round(compare.top) : null, compareBottom: compare ? Math.round(compare.bottom) : null, viewport: innerHeight };
      }, id);
      pending = { id, before };
      await page.mouse.down();
      await page.mouse.up();
      await page.waitForFunction(() => (window as unknown as { __panels: number | null }).__panels !== null, null, { polling: 50, timeout: 60_000 });
      // The bench's settle.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(1500);
    await report();
    await context.close();
    server.close();
  }
  await browser.close();
}
void main();
