/**
 * `npx tsx bench/experiments/click-order.ts DIST [kind]` — for each click at 4×, when the app's deferred work
 * (the URL write, history.pushState) ran against the bench's end of the click's frame (rAF, then a task).
 * Work that runs before that end is counted in the click's latency though it was meant to follow the paint.
 * kind: toggle (outlet checkboxes, default), highlight (names index) or select (event list).
 */
import { resolve } from 'node:path';
import { launchBrowser } from '../measure-browser';
import { startStaticServer } from '../static-server';

const dist = resolve(process.argv[2] ?? 'dist');
const kind = process.argv[3] ?? 'toggle';
const PORT = 4231;

async function main() {
  const server = await startStaticServer(PORT, { '/': dist });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const log: [string, number][] = [];
      (window as unknown as { __order: [string, number][] }).__order = log;
      const push = history.pushState.bind(history);
      history.pushState = (...args: Parameters<History['pushState']>) => {
        log.push(['pushState', performance.now()]);
        return push(...args);
      };
      addEventListener('pointerdown', (event) => log.push(['pointerdown', event.timeStamp]), true);
      // What the click changed in the DOM until its frame's end: attribute names by count, nodes added.
      const changes = new Map<string, number>();
      let counting = false;
      new MutationObserver((records) => {
        if (!counting) return;
        for (const record of records) {
          const key = record.type === 'attributes' ? `@${record.attributeName}` : record.type === 'childList' ? `+${record.addedNodes.length}-${record.removedNodes.length}` : 'text';
          changes.set(key, (changes.get(key) ?? 0) + 1);
        }
      }).observe(document, { subtree: true, attributes: true, childList: true, characterData: true });
      (window as unknown as { __changes: () => string }).__changes = () => [...changes].map(([k, v]) => `${k}×${v}`).join(' ');
      addEventListener(
        'click',
        (event) => {
          log.push(['click', event.timeStamp]);
          log.push(['click handler', performance.now()]);
          changes.clear();
          counting = true;
          requestAnimationFrame(() => {
            log.push(['bench rAF', performance.now()]);
            setTimeout(() => {
              log.push(['bench end', performance.now()]);
              counting = false;
            }, 0);
          });
        },
        true,
      );
    });
    const cdp = await context.newCDPSession(page);
    await page.goto(`http://127.0.0.1:${PORT}/`, { waitUntil: 'load' });
    await page.waitForSelector('.vis-item-content', { timeout: 120_000 });
    await page.waitForTimeout(1500);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const controls =
      kind === 'select'
        ? page.locator('[role="listbox"] [role="option"]')
        : kind === 'highlight'
          ? page.getByRole('region', { name: /names|entit|people/i }).locator('button[aria-pressed]')
          : page.getByRole('group', { name: /^outlets/i }).locator('input[type="checkbox"]');
    for (let rep = 0; rep < 10; rep++) {
      const control = controls.nth(kind === 'select' ? (rep * 3 + 1) % 10 : Math.floor(rep / 2) % 2);
      await control.evaluate((element) => element.scrollIntoView({ block: 'end', inline: 'nearest' }));
      const box = (await control.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      await page.evaluate(() => ((window as unknown as { __order: unknown[] }).__order.length = 0));
      await page.mouse.down();
      await page.mouse.up();
      await page.waitForTimeout(600);
      const log = await page.evaluate(() => (window as unknown as { __order: [string, number][] }).__order);
      const t0 = log.find(([name]) => name === 'pointerdown')?.[1] ?? log[0]?.[1] ?? 0;
      console.log(log.map(([name, at]) => `${name} ${Math.round(at - t0)}`).join(' | '));
      console.log(`   DOM changes in the click's frame: ${await page.evaluate(() => (window as unknown as { __changes: () => string }).__changes())}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}
void main();
