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
  expect(new URL(page.url()).searchParams.has('from')).toBe(false);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
