/**
 * Developer aid, not a test: screenshot a running Parallax (vite preview or dev)
 * in Debian's Chromium so UI changes get looked at.
 *   npx tsx tests/tools/screenshot.ts "http://127.0.0.1:4173/?event=…" out.png [width] [height] [--full] [--selector=CSS] [--click=TEXT]
 * --selector shoots one element (e.g. a region) at full resolution instead of the page.
 * --click=TEXT presses the first element with that text first (a fold, a tab) and shoots what it opens.
 * --focus=CSS focuses that element as the keyboard would, and --keys=A,B presses those keys after, so focus rings
 * and keyboard states get looked at too (e.g. --focus=[role=listbox] --keys=ArrowDown).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

const [url = 'http://127.0.0.1:4173/', out = 'screenshot.png', width = '1440', height = '1000'] = process.argv
  .slice(2)
  .filter((arg) => !arg.startsWith('--'));
const fullPage = process.argv.includes('--full');
const selector = process.argv.find((arg) => arg.startsWith('--selector='))?.slice('--selector='.length);
const click = process.argv.find((arg) => arg.startsWith('--click='))?.slice('--click='.length);
const focus = process.argv.find((arg) => arg.startsWith('--focus='))?.slice('--focus='.length);
const keys = process.argv.find((arg) => arg.startsWith('--keys='))?.slice('--keys='.length).split(',').filter(Boolean) ?? [];

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'parallax-shot-')), {
  executablePath: CHROMIUM_PATH,
  headless: true,
  viewport: { width: Number(width), height: Number(height) },
  args: CHROMIUM_ARGS,
});
const page = await context.newPage();
page.on('console', (message) => {
  if (message.type() === 'error' || message.type() === 'warning') console.log(`console ${message.type()}: ${message.text()}`);
});
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(800);
if (click) {
  await page.getByText(click).first().click();
  await page.waitForTimeout(300);
}
if (focus) {
  await page.locator(focus).first().focus();
  for (const key of keys) await page.keyboard.press(key);
  await page.waitForTimeout(300);
}
if (selector) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage });
await context.close();
console.log(`wrote ${out}`);
