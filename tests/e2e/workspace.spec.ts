import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { CorpusIndexData } from '../../src/lib/corpus/schema';
import { centralEvent } from '../../src/lib/story';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The index the app under test was built with (the e2e run builds before it tests). */
const index = JSON.parse(readFileSync(join(process.env.PARALLAX_OUT_DIR ?? 'dist', 'data', 'index.json'), 'utf8')) as CorpusIndexData;
const central = centralEvent(index)!;
const other = index.events.find((event) => event.id !== central.id && event.main && Object.keys(event.coverage).length > 1)!;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const READER = { name: 'Article reader' } as const;

/** The page once React has taken it over (the chart is drawn only then). */
async function open(page: Page, url = '/') {
  await page.goto(url);
  await expect(page.locator('.vis-timeline')).toBeVisible();
}

/** An element's box, or a failure naming it. */
async function box(locator: ReturnType<Page['locator']>, what: string) {
  const found = await locator.boundingBox();
  expect(found, what).not.toBeNull();
  return found!;
}

test('desktop: the story header, the chart on top, the event list as a rail beside the opened central event and its comparison', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page);
  // Opens on the event most outlets report, named as the story.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(central.title);
  const rail = page.getByRole('listbox', { name: /Events/ });
  await expect(rail.getByRole('option', { selected: true })).toContainText(central.title);
  const detail = page.getByRole('heading', { level: 2, name: central.title }).first();
  await expect(detail).toBeInViewport();
  // Each event says who reported it before it is opened: all four outlets for the central one.
  await expect(rail.getByRole('option', { selected: true })).toContainText(`all ${index.outlets.length} outlets`);
  // No precision codes anywhere in the list.
  await expect(rail).not.toContainText(/\b(INTERVAL|DAY|MONTH)\b/);

  // The comparison sits beside the rail, not below everything.
  const compare = page.getByRole('region', { name: 'Compare outlets' });
  const railBox = await box(rail, 'the event list');
  const compareBox = await box(compare, 'the comparison');
  expect(compareBox.x, 'the comparison is to the right of the rail').toBeGreaterThanOrEqual(railBox.x + railBox.width);
  expect(compareBox.y, 'the comparison starts within two screens').toBeLessThan(2 * 900);
  const chartBox = await box(page.locator('.vis-timeline'), 'the chart');
  expect(chartBox.y, 'the chart is near the top').toBeLessThan(300);
  await expectNoAxeViolations(page);
});

test('the reader opens as a drawer that takes the focus, closes on Escape or Close, and gives the focus back to its opener', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page);
  const opener = page.getByRole('region', { name: 'Compare outlets' }).getByRole('button', { name: /^Open in article/ }).first();
  await opener.click();
  const drawer = page.getByRole('complementary', READER);
  await expect(drawer).toBeVisible();
  await expect(drawer).toBeInViewport();
  // The focus is in the drawer (on the sentence it opened at), and the comparison stays where it was.
  await expect.poll(() => drawer.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);
  await expect(opener).toBeFocused();
  await expect.poll(() => new URL(page.url()).searchParams.has('article')).toBe(false);

  await opener.press('Enter');
  await expect(drawer).toBeVisible();
  await drawer.getByRole('button', { name: 'Close article' }).click();
  await expect(drawer).toHaveCount(0);
  await expect(opener).toBeFocused();

  // The drawer's own Close stays in view however far the article is scrolled.
  await opener.press('Enter');
  await drawer.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect(drawer.getByRole('button', { name: 'Close reader' })).toBeInViewport();
  await drawer.getByRole('button', { name: 'Close reader' }).click();
  await expect(drawer).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('Export is a menu button: Enter opens it on its first item, arrows move, Escape closes it back on the button', async ({ page }) => {
  await open(page);
  const button = page.getByRole('button', { name: /^Export/ });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const menu = page.getByRole('group', { name: 'Export' });
  await expect(menu.getByRole('button', { name: 'Copy link to this view' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('button', { name: 'Events CSV' })).toBeFocused();
  await expect(menu).toContainText(/Exports \d+ events: events reported by any of the \d+ outlets shown/);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('a link to another event opens on it; Clear selection keeps the focus on the page; a coverage cell brings the comparison into view', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, `/?event=${other.id}`);
  await expect(page.getByRole('listbox', { name: /Events/ }).getByRole('option', { selected: true })).toContainText(other.title);

  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect(page.getByText(/^No event selected/)).toBeFocused();
  await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('');
  // Cleared stays cleared across a reload, rather than reopening the central event.
  await page.reload();
  await expect(page.getByText(/^No event selected/)).toBeVisible();

  const table = page.getByRole('region', { name: 'Coverage' });
  const cell = table.getByRole('button', { name: new RegExp(`^${escape(central.title)}: `) }).first();
  await cell.scrollIntoViewIfNeeded();
  await cell.click();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${central.id}(&|$)`));
  await expect(page.getByRole('heading', { level: 2, name: central.title }).first()).toBeInViewport();
});

test('phone: the header, a short timeline strip, then the event; the reader is a bottom sheet', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  const chartBox = await box(page.locator('.vis-timeline'), 'the chart');
  expect(chartBox.height, 'a strip, not a page').toBeLessThan(300);
  // The event comes right after the chart, before the list of every event.
  const detail = page.getByRole('heading', { level: 2, name: central.title }).first();
  const detailBox = await box(detail, 'the event');
  expect(detailBox.y, 'the event on the first screen').toBeLessThan(844);
  const listBox = await box(page.getByRole('listbox', { name: /Events/ }), 'the event list');
  expect(listBox.y).toBeGreaterThan(detailBox.y);
  // Touch help, not Ctrl + scroll.
  await expect(page.getByText('Swipe to move in time, pinch to zoom.')).toBeVisible();
  await expect(page.getByText(/Ctrl \+ scroll/)).toBeHidden();

  const opener = page.getByRole('region', { name: 'Compare outlets' }).getByRole('button', { name: /^Open in article/ }).first();
  await opener.click();
  const sheet = page.getByRole('complementary', READER);
  const sheetBox = await box(sheet, 'the reader');
  expect(sheetBox.y + sheetBox.height, 'a sheet from the bottom of the screen').toBeGreaterThan(840);
  expect(sheetBox.width).toBeGreaterThan(380);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('phone: the outlet switcher and its claims first; more claims, claims not in it, quotes and differences fold behind their counts', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  const compare = page.getByRole('region', { name: 'Compare outlets' });
  const switcher = compare.getByRole('combobox', { name: 'Outlet shown' });
  await expect(switcher).toBeVisible();
  const outletName = await switcher.locator('option:checked').textContent();
  const cards = compare.getByRole('list', { name: `Claims, as ${outletName} words them` });
  await expect(cards).toBeVisible();

  // Folded, the Jan 13 page is well under eight screens (it was fifteen).
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height, 'the page with its folds closed').toBeLessThan(7.5 * 844);

  const quotes = compare.getByRole('button', { name: /^Quotes \d+ quotations?/ });
  await expect(quotes).toHaveAttribute('aria-expanded', 'false');
  const quoteRegion = compare.getByRole('region', { name: 'Quotes' });
  await expect(quoteRegion.locator('blockquote')).toHaveCount(0);
  await quotes.click();
  await expect(quotes).toHaveAttribute('aria-expanded', 'true');
  // The count on the fold is the number of quotations inside it.
  const quoted = Number(/(\d+) quotations?/.exec((await quotes.textContent()) ?? '')?.[1]);
  await expect(quoteRegion.locator('blockquote')).toHaveCount(quoted);

  const differences = compare.getByRole('button', { name: /^Differences between outlets \d+ differences?/ });
  await expect(differences).toHaveAttribute('aria-expanded', 'false');
  await differences.press('Enter');
  await expect(differences).toHaveAttribute('aria-expanded', 'true');
  const differing = Number(/(\d+) differences?/.exec((await differences.textContent()) ?? '')?.[1]);
  await expect(compare.getByRole('region', { name: 'Differences between outlets' }).getByRole('listitem')).toHaveCount(differing);

  // The outlet's other claims, and the claims only other outlets state, are a press away, counted.
  const shownCards = await cards.getByRole('listitem').count();
  const more = compare.getByRole('button', { name: /^\d+ more claims? from / });
  if (await more.count()) {
    const extra = Number(/^(\d+)/.exec((await more.textContent())?.replace(/^\W+/, '') ?? '')?.[1]);
    await more.click();
    await expect(cards.getByRole('listitem')).toHaveCount(shownCards + extra);
  }
  const notHere = compare.getByRole('button', { name: new RegExp(`^Not in ${escape(outletName ?? '')}: \\d+ claims? other outlets state`) });
  await notHere.click();
  await expect(compare.getByRole('list', { name: `Claims not in ${outletName}` }).getByRole('listitem').first()).toContainText('not in this outlet');
  await expectNoAxeViolations(page);
});

test('desktop: the chart stays pinned at the top while the comparison scrolls, and its height is a separator the keyboard moves and the page remembers', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page);
  const chart = page.locator('.vis-timeline');
  const separator = page.getByRole('separator', { name: 'Timeline height' });
  const before = Number(await separator.getAttribute('aria-valuenow'));
  expect(Math.round((await box(chart, 'the chart')).height)).toBe(before);

  await separator.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(separator).toHaveAttribute('aria-valuenow', String(before - 64));
  // vis-timeline redraws to the new height, not just its container.
  await expect.poll(async () => Math.round((await box(chart, 'the chart')).height)).toBe(before - 64);
  await page.keyboard.press('End');
  await expect(separator).toHaveAttribute('aria-valuenow', await separator.getAttribute('aria-valuemax') ?? '');
  await page.keyboard.press('Home');
  const smallest = Number(await separator.getAttribute('aria-valuemin'));
  await expect(separator).toHaveAttribute('aria-valuenow', String(smallest));
  await expect.poll(async () => Math.round((await box(chart, 'the chart')).height)).toBe(smallest);

  // Remembered through a reload.
  await page.reload();
  await expect(chart).toBeVisible();
  await expect(separator).toHaveAttribute('aria-valuenow', String(smallest));

  // Pinned: reading down the comparison keeps the chart at the top of the screen.
  await page.getByRole('region', { name: 'Compare outlets' }).getByRole('region', { name: 'Quotes' }).scrollIntoViewIfNeeded();
  await expect.poll(async () => Math.round((await box(chart, 'the chart')).y)).toBeLessThan(20);
  await expect(chart).toBeInViewport();

  // A control tabbed to from under the pinned chart comes out from under it.
  const opens = page.getByRole('region', { name: 'Compare outlets' }).getByRole('button', { name: /^Open in article/ });
  await opens.nth(3).evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 60));
  await opens.nth(2).evaluate((element) => (element as HTMLElement).focus({ preventScroll: true }));
  await page.keyboard.press('Tab');
  const pinned = await box(page.getByRole('figure').filter({ has: chart }), 'the pinned chart');
  const focused = await page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? 0);
  expect(focused, 'the focused control is below the pinned chart').toBeGreaterThanOrEqual(pinned.y + pinned.height);
  await expectNoAxeViolations(page);
});
