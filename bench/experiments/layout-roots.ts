/**
 * `npx tsx bench/experiments/layout-roots.ts --dist path [--kind toggle|highlight|select]` — for one click of a kind,
 * each Layout in the click's frame: objects laid out and the element at each layout root (CDP), so a click that
 * lays out hundreds of objects says which part of the page they are in.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { startStaticServer } from '../static-server';

const { values: flags } = parseArgs({ options: { dist: { type: 'string' }, kind: { type: 'string', default: 'toggle' }, port: { type: 'string', default: '4298' }, nth: { type: 'string', default: '0' } } });

async function main() {
  const server = await startStaticServer(Number(flags.port), { '/': resolve(flags.dist!) });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: 1350, height: 940 } });
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(`http://127.0.0.1:${flags.port}/`, { waitUntil: 'load' });
    await page.waitForSelector('.vis-item-content', { timeout: 120_000 });
    await page.waitForTimeout(2000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.getDocument', { depth: -1 });
    const nth = Number(flags.nth);
    const target =
      flags.kind === 'toggle'
        ? page.getByRole('group', { name: /^outlets/i }).locator('input[type="checkbox"]').nth(nth)
        : flags.kind === 'highlight'
          ? page.getByRole('region', { name: /names|entit|people/i }).locator('button[aria-pressed]').nth(nth)
          : page.locator('[role="listbox"] [role="option"]').nth(nth + 3);
    await target.evaluate((element) => element.scrollIntoView({ block: 'end', inline: 'nearest' }));
    await page.waitForTimeout(500);
    const events: { name: string; ts: number; dur?: number; args?: Record<string, unknown> }[] = [];
    cdp.on('Tracing.dataCollected', (data) => void events.push(...(data.value as unknown as typeof events)));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.invalidationTracking', transferMode: 'ReportEvents' });
    await target.click();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    // What marked layout dirty before the first Layout: by reason, and by the nearest labelled ancestor.
    const firstLayout = events.find((event) => event.name === 'Layout')?.ts ?? Infinity;
    const invalidations = events.filter((event) => event.name === 'LayoutInvalidationTracking' && event.ts <= firstLayout);
    const byKey = new Map<string, number>();
    for (const inv of invalidations.slice(0, 400)) {
      const data = (inv.args as { data?: { nodeId?: number; reason?: string; nodeName?: string } }).data ?? {};
      let where = data.nodeName ?? '?';
      try {
        const { nodeIds } = (await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [data.nodeId!] })) as { nodeIds: number[] };
        const { object } = (await cdp.send('DOM.resolveNode', { nodeId: nodeIds[0] })) as { object: { objectId: string } };
        const { result } = (await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          returnByValue: true,
          functionDeclaration: `function () { const e = this instanceof Element ? this : this.parentElement; const s = e && e.closest('[aria-label],[aria-labelledby],fieldset,section,header,main,aside,nav'); return (e ? e.tagName + '.' + String(e.className).slice(0, 30) : '?') + ' in ' + (s ? s.tagName + ' ' + (s.getAttribute('aria-label') || s.getAttribute('aria-labelledby') || '') : '?'); }`,
        })) as { result: { value: string } };
        where = result.value;
      } catch {
        /* node gone */
      }
      const key = `${data.reason} @ ${where}`;
      byKey.set(key, (byKey.get(key) ?? 0) + 1);
    }
    console.log(`layout invalidations before the first Layout: ${invalidations.length}`);
    for (const [key, n] of [...byKey].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${String(n).padStart(4)} ${key}`);
    const layouts = events.filter((event) => event.name === 'Layout' && event.args);
    for (const layout of layouts.slice(0, 6)) {
      const begin = (layout.args as { beginData?: { dirtyObjects?: number; totalObjects?: number } }).beginData;
      const roots = (layout.args as { endData?: { layoutRoots?: { nodeId: number; depth: number }[] } }).endData?.layoutRoots ?? [];
      const described: string[] = [];
      for (const root of roots.slice(0, 5)) {
        try {
          const { node } = (await cdp.send('DOM.describeNode', { backendNodeId: root.nodeId })) as { node: { nodeName: string; attributes?: string[] } };
          const attrs = node.attributes ?? [];
          const attr = (name: string) => attrs[attrs.indexOf(name) + 1];
          described.push(`${node.nodeName}${attr('id') ? '#' + attr('id') : ''}${attrs.includes('class') ? '.' + (attr('class') ?? '').slice(0, 60) : ''}${attrs.includes('aria-label') ? ` [${attr('aria-label')}]` : ''} (depth ${root.depth})`);
        } catch {
          described.push(`node ${root.nodeId}`);
        }
      }
      console.log(`Layout ${((layout.dur ?? 0) / 1000).toFixed(1)} ms: dirty ${begin?.dirtyObjects} of ${begin?.totalObjects}; roots: ${described.join(' | ')}`);
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
