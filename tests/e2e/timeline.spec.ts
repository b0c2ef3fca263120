import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../src/lib/corpus/schema';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The corpus the app under test was built with (the e2e run builds before it tests). */
const corpus = JSON.parse(readFileSync(join(process.env.PARALLAX_OUT_DIR ?? 'dist', 'corpus.json'), 'utf8')) as Corpus;
const call = corpus.events.find((event) => event.start === '2024-12-11' && event.outlets.length === 2)!;
const meeting = corpus.events.find((event) => event.start === '2025-01-13' && event.outlets.length === corpus.outlets.length)!;
const choi = corpus.events.find((event) => event.start === '2025-01-14' && /Choi/.test(event.title))!;
const busan = corpus.events.find((event) => event.start.startsWith('2023-11'))!;

test('the timeline draws every event, and the list, the chart and the URL select together', async ({ page }) => {
  expect(call, 'the Dec 11 call is in the corpus').toBeDefined();
  expect(meeting, 'the Jan 13 meeting is in the corpus').toBeDefined();
  await page.goto('/');

  // The chart is a lazily loaded chunk: its items appear once vis-timeline is in.
  const chart = page.getByTestId('timeline-container');
  await expect(chart.locator('.vis-item').filter({ hasText: call.title }).first()).toBeVisible();
  await expect(chart.locator('.vis-item').filter({ hasText: meeting.title }).first()).toBeVisible();

  // It opens on the story, the Dec 11 call to the Jan 14 meeting with Choi, not on the background.
  await expect(chart.locator('.vis-item.vis-box').filter({ hasText: choi.title })).toBeInViewport();
  await expect(chart.locator('.vis-item').filter({ hasText: busan.title })).toHaveCount(0);
  const axis = await chart.locator('.vis-time-axis .vis-text.vis-major').allInnerTexts();
  expect(axis.join(' ')).toMatch(/2024/);

  // The accessible list holds every event of the corpus, story and background.
  const list = page.getByRole('listbox', { name: /Events/ });
  await expect(list.getByRole('option')).toHaveCount(corpus.events.length);

  // Selecting in the list selects on the chart and in the URL.
  await list.getByRole('option', { name: new RegExp(escape(meeting.title)) }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${meeting.id}(&|$)`));
  await expect(list.getByRole('option', { name: new RegExp(escape(meeting.title)) })).toHaveAttribute('aria-selected', 'true');
  await expect(chart.locator('.vis-item.vis-box.vis-selected')).toContainText(meeting.title);

  // Keyboard: arrows move the active option, Enter selects it.
  await list.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const second = await list.getByRole('option').nth(1).getAttribute('data-event-id');
  await expect(page).toHaveURL(new RegExp(`[?&]event=${second}(&|$)`));
  await expect(list.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');

  // Clicking an item on the chart selects it in the list.
  await chart.locator('.vis-item').filter({ hasText: call.title }).first().click();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${call.id}(&|$)`));
  await expect(list.getByRole('option', { name: new RegExp(escape(call.title)) })).toHaveAttribute('aria-selected', 'true');

  // Back returns to the previous selection; the chart follows.
  await page.goBack();
  await expect(page).not.toHaveURL(new RegExp(`[?&]event=${call.id}(&|$)`));

  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${process.env.E2E_RESULTS ?? 'test-results'}/timeline.png` });
});

test('a pasted link restores the selected event and the timeline window', async ({ page }) => {
  await page.goto(`/?event=${call.id}&from=2024-12-05&to=2024-12-20`);
  const list = page.getByRole('listbox', { name: /Events/ });
  await expect(list.getByRole('option', { name: new RegExp(escape(call.title)) })).toHaveAttribute('aria-selected', 'true');
  const chart = page.getByTestId('timeline-container');
  await expect(chart.locator('.vis-item.vis-box.vis-selected')).toContainText(call.title);
  // The Jan 13 meeting lies outside Dec 5–20, so vis does not draw it.
  await expect(chart.locator('.vis-item').filter({ hasText: meeting.title })).toHaveCount(0);
  await page.getByRole('button', { name: 'Reset timeline window' }).click();
  await expect(chart.locator('.vis-item').filter({ hasText: meeting.title }).first()).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.has('from')).toBe(false);
});

test('the chart settles in its first draw: its lanes start below the axis labels, and vis never gives up a redraw', async ({ page }) => {
  const logs: string[] = [];
  page.on('console', (message) => logs.push(message.text()));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const chart = page.getByRole('application', { name: 'Timeline chart' });
  await expect(chart.locator('.vis-item').first()).toBeVisible();
  const labelsBottom = await chart
    .locator('.vis-time-axis .vis-text')
    .evaluateAll((elements) => Math.max(...elements.filter((element) => (element as HTMLElement).innerText.trim()).map((element) => element.getBoundingClientRect().bottom)));
  const laneTop = await chart.locator('.vis-labelset .vis-label').first().evaluate((element) => element.getBoundingClientRect().top);
  expect(laneTop).toBeGreaterThanOrEqual(labelsBottom - 1);
  expect(logs.filter((text) => /infinite loop in redraw/.test(text))).toEqual([]);
});

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width} px the axis reads Dec 11, Jan 13 and Jan 14 under their months, with no scale warning`, async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.setViewportSize(viewport);
    await page.goto('/');
    const chart = page.getByRole('application', { name: 'Timeline chart' });
    const january = chart.locator('.vis-time-axis .vis-text.vis-major').filter({ hasText: 'Jan 2025' });
    await expect(january).toBeVisible();
    await expect(chart.locator('.vis-time-axis .vis-text.vis-major').filter({ hasText: 'Dec 2024' })).toBeVisible();
    // Each minor label's day numbers ("13–14" is two), and whether it sits before or after the January heading.
    const januaryX = (await january.boundingBox())!.x;
    const labels = await chart.locator('.vis-time-axis .vis-text.vis-minor').evaluateAll((elements) =>
      elements.filter((element) => (element as HTMLElement).innerText.trim()).map((element) => ({ text: (element as HTMLElement).innerText.trim(), x: element.getBoundingClientRect().x })),
    );
    const days = (before: boolean) => labels.filter((label) => (label.x < januaryX) === before).flatMap((label) => label.text.split(/[–\s]+/));
    expect(days(true), JSON.stringify(labels)).toContain('11');
    expect(days(false), JSON.stringify(labels)).toEqual(expect.arrayContaining(['13', '14']));
    expect(warnings.filter((text) => /Timeline scale/.test(text))).toEqual([]);
    if (viewport.width === 390) await expectNoAxeViolations(page);
  });
}

test('the chart is one tab stop: arrows move a focus ring between items, Enter selects, + zooms', async ({ page }) => {
  await page.goto('/');
  const chart = page.getByRole('application', { name: 'Timeline chart' });
  await expect(chart.locator('.vis-item').filter({ hasText: meeting.title }).first()).toBeVisible();
  // Nothing inside the chart takes a tab stop of its own.
  expect(await chart.locator('[tabindex]:not([tabindex="-1"]), a[href], button').count()).toBe(0);

  // Tab from the control before the chart lands on it (the reset button shows only after a pan).
  await page.getByRole('checkbox').last().focus();
  await page.keyboard.press('Tab');
  await expect(chart).toBeFocused();
  const announced = page.getByRole('status').filter({ hasText: /Enter (selects|opens)/ });
  await expect(announced).toHaveCount(1);
  // A box item is three elements (box, line, dot); the one with the label is the box.
  const focused = chart.locator('.vis-item.parallax-focused:has(.parallax-item-label)');
  await expect(focused).toHaveCount(1);
  const first = await focused.innerText();
  await expect(focused).toHaveCSS('outline-style', 'solid');

  await page.keyboard.press('ArrowRight');
  await expect(focused).not.toHaveText(first);
  const title = (await focused.locator('.parallax-item-label').evaluate((label) => label.lastChild?.textContent ?? '')).trim();
  const target = corpus.events.find((event) => event.title === title)!;
  expect(target, `an event titled ${title}`).toBeDefined();
  await expect(announced).toContainText(title);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]event=${target.id}(&|$)`));
  const list = page.getByRole('listbox', { name: /Events/ });
  await expect(list.getByRole('option', { name: new RegExp(escape(target.title)) })).toHaveAttribute('aria-selected', 'true');
  await expect(chart.locator('.vis-item.vis-box.vis-selected')).toContainText(target.title);

  // + zooms in: a shorter window in the URL, around the focused item.
  const span = () => {
    const params = new URL(page.url()).searchParams;
    return params.has('from') ? (Date.parse(params.get('to')!) - Date.parse(params.get('from')!)) / 86_400_000 : Infinity;
  };
  await page.keyboard.press('+');
  await expect.poll(span).toBeLessThan(30);
  const zoomed = span();
  await page.keyboard.press('-');
  await expect.poll(span).toBeGreaterThan(zoomed);

  // Tab leaves the chart in one step.
  await page.keyboard.press('Tab');
  await expect(chart).not.toBeFocused();
  expect(await chart.evaluate((element) => element.contains(document.activeElement))).toBe(false);
  await expectNoAxeViolations(page);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
