import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus, CorpusIndexData } from '../../src/lib/corpus/schema';
import { centralEvent } from '../../src/lib/story';
import { expect, test } from './fixtures';

/** The corpus the app under test was built with (the e2e run builds before it tests). */
const corpus = JSON.parse(readFileSync(join(process.env.PARALLAX_OUT_DIR ?? 'dist', 'corpus.json'), 'utf8')) as Corpus;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const index = JSON.parse(readFileSync(join(process.env.PARALLAX_OUT_DIR ?? 'dist', 'data', 'index.json'), 'utf8')) as CorpusIndexData;

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the first screen is already in the page: header, outlets, every event, the names and the articles', async ({ page }) => {
    await page.goto('/');
    // The story, named by its central event, which the page opens on: no script needed to see what it is about.
    const central = centralEvent(index)!;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(central.title);
    await expect(page.getByRole('banner')).toContainText('Parallax');
    await expect(page.getByRole('listbox', { name: /Events/ }).getByRole('option', { selected: true })).toContainText(central.title);
    await expect(page.getByRole('group', { name: /Outlets/ }).getByRole('checkbox')).toHaveCount(corpus.outlets.length);
    await expect(page.getByRole('listbox', { name: /Events/ }).getByRole('option')).toHaveCount(corpus.events.length);
    await expect(page.getByRole('region', { name: 'Names in the story' }).getByRole('button', { name: /^Cho Tae-yul/ })).toBeVisible();
    await expect(page.getByRole('region', { name: /Articles/ }).getByRole('button')).toHaveCount(corpus.articles.length);
    // The chart needs a script: its placeholder holds its place.
    await expect(page.getByText('Loading timeline…')).toBeVisible();
  });
});

test('the page is taken over without shifting: no layout shift while the chart and data arrive', async ({ page }) => {
  for (const width of [1350, 400]) {
    await page.setViewportSize({ width, height: 900 });
    await page.addInitScript(() => {
      (window as unknown as { __shift: number }).__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
          if (!entry.hadRecentInput) (window as unknown as { __shift: number }).__shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/');
    await expect(page.locator('.vis-item-content').first()).toBeAttached();
    await expect(page.locator('.vis-timeline')).toBeVisible();
    // A frame after the chart drew, so its layout shifts (if any) are counted.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    expect(shift, `cumulative layout shift at ${width} px`).toBeLessThan(0.02);
  }
});

test('clicks made before the app has taken the page over are kept: the event and the outlet chosen early both hold', async ({ page }) => {
  // The index arrives only after the reader has clicked, as on a slow connection.
  let indexArrives!: () => void;
  const arrival = new Promise<void>((resolve) => (indexArrives = resolve));
  await page.route(/\/data\/index\.json$/, async (route) => {
    await arrival;
    await route.continue();
  });
  await page.goto('/');
  const central = centralEvent(index)!;
  const other = corpus.events.find((event) => event.id !== central.id)!;
  const firstOutlet = corpus.outlets[0]!;
  await page.getByRole('listbox', { name: /Events/ }).getByRole('option', { name: new RegExp(escape(other.title)) }).click();
  const outletBox = page.getByRole('group', { name: /Outlets/ }).getByRole('checkbox', { name: new RegExp(`^${escape(firstOutlet.name)}`) });
  await outletBox.click({ force: true });
  // Held, not acted on: the box does not flip before the app knows of it.
  await expect(outletBox).toBeChecked();
  indexArrives();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${other.id}(&|$)`));
  await expect(page).toHaveURL(new RegExp(`[?&]hide=${firstOutlet.id}(&|$)`));
  await expect(outletBox).not.toBeChecked();
});
