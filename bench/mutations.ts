/**
 * `npx tsx bench/mutations.ts --dist path` — what each kind of click changes in the DOM (the bench's clicks,
 * at full speed): nodes added and removed, attributes set, text changed, per click, grouped by the nearest
 * landmark or labelled section. Counts, not timings, so they hold on a busy machine.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page, type Locator } from '@playwright/test';
import { startStaticServer } from './static-server';

const { values: flags } = parseArgs({ options: { dist: { type: 'string' }, port: { type: 'string', default: '4296' }, reps: { type: 'string', default: '4' } } });
if (!flags.dist) throw new Error('mutations: give --dist path');
const PORT = Number(flags.port);
const REPS = Number(flags.reps);

async function record(page: Page, target: Locator): Promise<Record<string, number>> {
  await target.evaluate((element) => element.scrollIntoView({ block: 'end', inline: 'nearest' }));
  await page.evaluate(() => {
    const w = window as unknown as { __mut: MutationRecord[]; __obs: MutationObserver };
    w.__mut = [];
    w.__obs = new MutationObserver((records) => w.__mut.push(...records));
    w.__obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  // Stop at the first animation frame after the click: what the click's own frame draws (later work is not counted).
  await target.evaluate((element) =>
    element.addEventListener(
      'click',
      () => {
        const w = window as unknown as { __mut: MutationRecord[]; __obs: MutationObserver };
        requestAnimationFrame(() => {
          w.__mut.push(...w.__obs.takeRecords());
          w.__obs.disconnect();
        });
      },
      { once: true },
    ),
  );
  await target.click();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  return page.evaluate(() => {
    const w = window as unknown as { __mut: MutationRecord[]; __obs: MutationObserver };
    const counts: Record<string, number> = {};
    const where = (node: Node) => {
      const element = node instanceof Element ? node : node.parentElement;
      const section = element?.closest('[aria-label],[aria-labelledby],section,aside,nav,header,main');
      const label = section?.getAttribute('aria-label') ?? (section?.getAttribute('aria-labelledby') ? document.getElementById(section.getAttribute('aria-labelledby')!.split(' ')[0]!)?.textContent : null) ?? section?.tagName ?? '?';
      return (label ?? '?').slice(0, 30);
    };
    const add = (key: string, n = 1) => (counts[key] = (counts[key] ?? 0) + n);
    const size = (node: Node) => (node instanceof Element ? node.querySelectorAll('*').length + 1 : 0);
    for (const m of w.__mut) {
      const at = where(m.target);
      if (m.type === 'attributes') add(`${at} | attr ${m.attributeName}`);
      else if (m.type === 'characterData') add(`${at} | text`);
      else {
        let added = 0;
        let removed = 0;
        m.addedNodes.forEach((node) => (added += size(node)));
        m.removedNodes.forEach((node) => (removed += size(node)));
        if (added) add(`${at} | +elements`, added);
        if (removed) add(`${at} | -elements`, removed);
      }
    }
    return counts;
  });
}

async function main() {
  const server = await startStaticServer(PORT, { '/': resolve(flags.dist!) });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: 1350, height: 940 } });
    // tsx keeps function names with a helper the page does not have.
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(`http://127.0.0.1:${PORT}/`, { waitUntil: 'load' });
    await page.waitForSelector('.vis-item-content', { timeout: 60_000 });
    await page.waitForTimeout(1000);
    const total: Record<string, Record<string, number>> = {};
    const add = (kind: string, counts: Record<string, number>) => {
      total[kind] ??= {};
      for (const [key, n] of Object.entries(counts)) total[kind]![key] = (total[kind]![key] ?? 0) + n;
    };
    const options = page.locator('[role="listbox"] [role="option"]');
    for (let rep = 0; rep < REPS; rep++) {
      const id = await options.nth((rep * 3 + 1) % Math.min(await options.count(), 40)).getAttribute('data-event-id');
      add('select', await record(page, page.locator(`[role="option"][data-event-id="${id}"]`)));
      await page.waitForTimeout(400);
    }
    const names = page.getByRole('region', { name: /names|entit|people/i }).locator('button[aria-pressed]');
    for (let rep = 0; rep < REPS; rep++) {
      add('highlight', await record(page, names.nth(Math.floor(rep / 2))));
      await page.waitForTimeout(400);
    }
    const outlets = page.getByRole('group', { name: /^outlets/i }).or(page.getByRole('region', { name: /^outlets/i })).locator('input[type="checkbox"], button[aria-pressed]');
    for (let rep = 0; rep < REPS; rep++) {
      add('toggle', await record(page, outlets.nth(Math.floor(rep / 2))));
      await page.waitForTimeout(400);
    }
    for (const [kind, counts] of Object.entries(total)) {
      const sum = Object.values(counts).reduce((a, b) => a + b, 0);
      console.log(`\n${kind}: ${(sum / REPS).toFixed(0)} mutations per click (in the click's frame)`);
      for (const [key, n] of Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`  ${(n / REPS).toFixed(1).padStart(7)} ${key}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}
main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
