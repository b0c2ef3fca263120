/**
 * Untrusted text in the browser. One build of the app from the hostile seed
 * folder (tests/fixtures/bad-seeds/hostile-text: script tags, event handlers,
 * javascript: links, template syntax, bidi overrides) served on its own port:
 * nothing executes, the markup shows as literal text in the reader, the event
 * list and the vis-timeline chart, the CSP reports nothing (fixtures.ts), and
 * no request leaves the origin. Plus unknown ids in the URL on the normal build.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const HOSTILE_SEEDS = 'tests/fixtures/bad-seeds/hostile-text';
// A port apart from the run's own server, derived from it so parallel runs stay apart.
const HOSTILE_PORT = Number(process.env.E2E_PORT ?? 4173) + 1000;
const HOSTILE_URL = `http://127.0.0.1:${HOSTILE_PORT}`;

const SCRIPT_SENTENCE = 'a banner read <script>window.__pwned = true; alert("pwned")</script> outside the ministry.';
const HANDLER_SENTENCE = '<img src=x onerror="window.__pwned = true"> and a link <a href="javascript:alert(1)">click here to read</a>';
const TEMPLATE_SENTENCE = "{{constructor.constructor('alert(1)')()}} and ${alert(1)}";
const HEADLINE = '<b onmouseover="window.__pwned = true">Foreign ministers of Japan and South Korea meet in Seoul</b>';
const EVENT_TITLE = '<script>window.__pwned = true</script> Ministers <img src=x onerror=alert(1)> meet';

/** Everything that would show an attack ran: a flag set by the text, a dialog, a page error. */
async function watchForExecution(page: Page): Promise<{ dialogs: string[]; requests: string[] }> {
  const seen = { dialogs: [] as string[], requests: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => seen.requests.push(request.url()));
  return seen;
}

async function expectNothingExecuted(page: Page, seen: { dialogs: string[] }) {
  expect(await page.evaluate(() => (window as Window & { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
}

/** Every request stays on the app's own origin (data: URLs are inline, not requests elsewhere). */
function expectSameOrigin(requests: string[], origin: string) {
  const foreign = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
  expect(foreign, 'requests that left the app origin').toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
}

test.describe('a build from hostile seeds', () => {
  test.describe.configure({ mode: 'serial' });
  let outDir = '';
  let server: ChildProcess | null = null;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    outDir = mkdtempSync(join(tmpdir(), 'parallax-hostile-'));
    const build = spawnSync('node_modules/.bin/vite', ['build', '--configLoader', 'runner', '--logLevel', 'error'], {
      env: { ...process.env, PARALLAX_SEEDS: HOSTILE_SEEDS, PARALLAX_OUT_DIR: outDir },
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`hostile build failed:\n${build.stderr}`);
    server = spawn(
      'node_modules/.bin/vite',
      ['preview', '--configLoader', 'runner', '--host', '127.0.0.1', '--port', String(HOSTILE_PORT), '--strictPort', '--outDir', outDir],
      { stdio: 'ignore' },
    );
    for (let attempt = 0; ; attempt++) {
      const ready = await fetch(HOSTILE_URL).then((response) => response.ok, () => false);
      if (ready) break;
      if (attempt > 100) throw new Error(`preview on ${HOSTILE_URL} did not start`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });

  test.afterAll(() => {
    server?.kill();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  test('script tags, handlers, javascript: links and templates show as text and never run', async ({ page }) => {
    const seen = await watchForExecution(page);
    await page.goto(`${HOSTILE_URL}/?article=001`);
    // The reader is the drawer (the opened event's detail is an article too).
    const reader = page.getByRole('complementary', { name: 'Article reader' });
    await expect(reader.getByRole('heading', { level: 2 })).toHaveText(HEADLINE);
    for (const text of [SCRIPT_SENTENCE, HANDLER_SENTENCE, TEMPLATE_SENTENCE]) await expect(reader).toContainText(text);
    // No element came out of the text: no script, image or link inside the article body.
    expect(await reader.locator('script, img, a[href^="javascript"], b[onmouseover], iframe').count()).toBe(0);
    await reader.getByRole('heading', { level: 2 }).hover();
    await reader.getByText('click here to read', { exact: false }).click();

    // The outlet name and the editorial title carry markup too: text in the list, the chart and the detail.
    await expect(page.getByRole('region', { name: /Articles/ })).toContainText('<i>Hostile</i> Times');
    const list = page.getByRole('listbox', { name: /Events/ });
    const option = list.getByRole('option', { name: new RegExp(escapeRegExp(EVENT_TITLE)) });
    await expect(option).toBeVisible();
    const chart = page.getByTestId('timeline-container');
    const item = chart.locator('.vis-item-content').filter({ hasText: EVENT_TITLE });
    await expect(item.first()).toBeVisible();
    expect(await chart.locator('.vis-item-content script, .vis-item-content img').count()).toBe(0);
    await option.click();
    await expect(page).toHaveURL(/[?&]event=ev-2025-01-13-meeting(&|$)/);
    await expect(page.getByText(EVENT_TITLE).first()).toBeVisible();

    await expectNothingExecuted(page, seen);
    expectSameOrigin(seen.requests, HOSTILE_URL);
  });

  test('bidi overrides and invisible characters show as labelled markers and cannot reorder the page', async ({ page }) => {
    const seen = await watchForExecution(page);
    await page.goto(`${HOSTILE_URL}/?article=002`);
    // The reader is the drawer (the opened event's detail is an article too).
    const reader = page.getByRole('complementary', { name: 'Article reader' });
    const override = reader.getByTitle('Hidden character in the source text: U+202E right-to-left override');
    await expect(override).toHaveText('RLO');
    await expect(reader.getByTitle(/U\+200B zero-width space/)).toHaveText('ZWSP');
    await expect(reader.getByTitle(/U\+0007 control character/)).toHaveText('CTRL');
    // The override is shown, not obeyed: the reversed word stays reversed and the text after it reads left to right.
    await expect(reader).toContainText('the RLOeciffoPDF of the president had approved the talks, officials said.');
    const rendered = await reader.evaluate((element) => element.textContent ?? '');
    expect(rendered).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    // The controls outside the article still read in order.
    await expect(page.getByRole('button', { name: 'Close article' })).toBeVisible();
    await expectNothingExecuted(page, seen);
  });
});

test.describe('unknown ids in the URL', () => {
  test('?event=nope says the event was not found while the articles and the reader keep working', async ({ page }) => {
    const seen = await watchForExecution(page);
    await page.goto('/?event=nope');
    const missing = page.getByRole('alert').filter({ hasText: 'Event not found' });
    await expect(missing).toContainText('No event has the id “nope”');
    const list = page.getByRole('listbox', { name: /Events/ });
    await expect(list.getByRole('option').first()).toBeVisible();

    await page.getByRole('region', { name: /Articles/ }).getByRole('button').first().click();
    const reader = page.getByRole('complementary', { name: 'Article reader' });
    await expect(reader.getByRole('heading', { level: 2 })).toBeFocused();
    // The reader is a drawer over the page: close it to reach the note beneath.
    await reader.getByRole('button', { name: /^Close reader/ }).click();

    await missing.getByRole('button', { name: 'Clear the event selection' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Event not found' })).toHaveCount(0);
    // Cleared: an empty value, so the page does not fall back to the event it opens on.
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('');
    await list.getByRole('option').first().click();
    await expect(page).toHaveURL(/[?&]event=ev-/);
    expectSameOrigin(seen.requests, new URL(page.url()).origin);
  });

  test('?article=nope says the article was not found while the timeline keeps working', async ({ page }) => {
    await page.goto('/?article=nope');
    const missing = page.getByRole('alert').filter({ hasText: 'Article not found' });
    await expect(missing).toContainText('No article has the id “nope”');
    const list = page.getByRole('listbox', { name: /Events/ });
    await list.getByRole('option').first().click();
    await expect(page).toHaveURL(/[?&]event=ev-/);
    await expect(page.getByRole('region', { name: /Articles/ }).getByRole('button')).not.toHaveCount(0);

    await missing.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Article not found' })).toHaveCount(0);
    await expect.poll(() => new URL(page.url()).searchParams.has('article')).toBe(false);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
