import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import type { Corpus } from '../../src/lib/corpus/schema';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { parseCsv } from '../parse-csv';

/** The corpus the app under test was built with (the e2e run builds before it tests). */
const corpus = JSON.parse(readFileSync(join(process.env.PARALLAX_OUT_DIR ?? 'dist', 'corpus.json'), 'utf8')) as Corpus;
const cho = corpus.entities.find((entity) => entity.name === 'Cho Tae-yul')!;
const meeting = corpus.events.find((event) => event.start === '2025-01-13' && event.outlets.length === corpus.outlets.length)!;
const asahi = corpus.articles.find((article) => article.outletId === 'asahi')!;
const outletOf = new Map(corpus.articles.map((article) => [article.id, article.outletId]));
const sentenceText = new Map(corpus.articles.flatMap((article) => article.sentences.map((s) => [s.id, s.text] as const)));
/** Citations print a sentence with its runs of white space (including no-break spaces) as one space. */
const cited = (text: string) => text.replace(/\s+/gu, ' ').trim();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The reader: the one article with a "Close article" button (compare panels may hold articles too). */
const readerOf = (page: Page) => page.getByRole('article').filter({ has: page.getByRole('button', { name: 'Close article' }) });
/** A link's view, independent of parameter order. */
const viewOf = (url: string) => [...new URL(url).searchParams.entries()].sort().join('&');

async function readDownload(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

test.describe('with a clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a copied link restores the same view in a fresh page; back and forward step through it', async ({ page, browser }) => {
    test.slow();
    // A moved timeline window is view state too.
    await page.goto('/?from=2024-12-01&to=2025-02-15');
    // The chart is drawn only once React has taken the prerendered page over: a click before that is lost.
    await expect(page.locator('.vis-timeline')).toBeVisible();
    // Build the rest of the view by hand: an event, an outlet off, a highlighted name, an article at a sentence, a window.
    await page.getByRole('listbox', { name: /Events/ }).getByRole('option', { name: new RegExp(escape(meeting.title)) }).click();
    await expect(page).toHaveURL(/[?&]event=/);
    await page.getByRole('group', { name: /^Outlets/ }).getByRole('checkbox', { name: /^Korea JoongAng Daily/ }).uncheck();
    await page.getByRole('region', { name: 'Names in the story' }).getByRole('button', { name: /^Cho Tae-yul/ }).click();
    await page.getByRole('region', { name: /^Articles/ }).getByRole('button', { name: /^The Asahi Shimbun/ }).click();
    await expect(readerOf(page)).toBeVisible();
    // The URL is written just after the click's frame: wait for it.
    await expect(page).toHaveURL(/[?&]article=/);
    const state = new URL(page.url()).searchParams;
    expect(state.get('event')).toBe(meeting.id);
    expect(state.get('hide')).toBe('joongang-daily');
    expect(state.get('entities')).toBe(cho.id);
    expect(state.get('article')).toBe(asahi.id);
    expect([state.get('from'), state.get('to')]).toEqual(['2024-12-01', '2025-02-15']);

    // Back and forward walk the history of view changes.
    await page.goBack();
    await expect(readerOf(page)).toHaveCount(0);
    await expect(page).toHaveURL(/entities=/);
    await page.goBack();
    await expect(page).not.toHaveURL(/entities=/);
    await expect(page.locator('mark[data-entity]')).toHaveCount(0);
    await page.goForward();
    await page.goForward();
    await expect(readerOf(page)).toBeVisible();

    await page.getByRole('button', { name: /^Export/ }).click();
    await page.getByRole('button', { name: 'Copy link to this view' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    await expect.poll(() => viewOf(page.url())).toBe(viewOf(link));

    // A fresh browser context: nothing shared but the link.
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByRole('listbox', { name: /Events/ }).getByRole('option', { selected: true })).toContainText(meeting.title);
    await expect(other.getByRole('checkbox', { name: /^Korea JoongAng Daily/ })).not.toBeChecked();
    await expect(other.getByRole('region', { name: 'Names in the story' }).getByRole('button', { name: /^Cho Tae-yul/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(readerOf(other)).toContainText(sentenceText.get(`${asahi.id}-s3`)!.slice(0, 40));
    await expect(readerOf(other).locator(`mark[data-entity="${cho.id}"]`).first()).toBeVisible();
    // The hidden outlet has no column in the comparison, the others do.
    const compared = other.getByRole('region', { name: 'Compare outlets' }).getByRole('table');
    await expect(compared.getByRole('columnheader', { name: /^Kyodo News/ })).toBeVisible();
    await expect(compared.getByRole('columnheader', { name: /^Korea JoongAng Daily/ })).toHaveCount(0);
    await expect(other.getByRole('button', { name: 'Reset timeline window' })).toBeVisible();
    expect(viewOf(other.url())).toBe(viewOf(link));
    await fresh.close();
  });

  test('“Cite” copies outlet, headline, date, the sentence and a link that reopens it', async ({ page, browser }) => {
    const sentenceId = `${asahi.id}-s3`;
    await page.goto(`/?article=${asahi.id}`);
    const reader = readerOf(page);
    await reader.getByRole('button', { name: 'Cite sentence 3' }).click();
    await expect(reader.getByRole('status').filter({ hasText: 'Citation copied' })).toBeVisible();
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    const text = sentenceText.get(sentenceId)!;
    expect(citation.startsWith(`“${cited(text)}” — The Asahi Shimbun, untitled article beginning “`), citation).toBe(true);
    expect(citation).toContain(', 13 Jan 2025. ');
    const url = citation.slice(citation.lastIndexOf(' ') + 1);
    expect(new URL(url).search).toBe(`?article=${asahi.id}&sentence=${sentenceId}`);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(url);
    const target = other.locator(`[data-sentence-id="${sentenceId}"]`);
    await expect(target).toBeFocused();
    await expect(target).toHaveText(text);
    await fresh.close();
  });
});

test('without a clipboard, the citation is shown selected in a dialog to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
  });
  await page.goto(`/?article=${asahi.id}`);
  await readerOf(page).getByRole('button', { name: 'Cite sentence 3' }).click();
  const dialog = page.getByRole('dialog', { name: 'Citation' });
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('textbox', { name: 'Citation' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(new RegExp(`^“${escape(cited(sentenceText.get(`${asahi.id}-s3`)!))}” — The Asahi Shimbun, `));
  expect(await field.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe((await field.inputValue()).length);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(readerOf(page).getByRole('button', { name: 'Cite sentence 3' })).toBeFocused();
});

test('exports the view’s events as CSV and JSON, and the whole corpus as JSON, matching the view', async ({ page }) => {
  test.slow();
  const hidden = ['kyodo'];
  await page.goto(`/?hide=${hidden.join(',')}&entities=${cho.id}&event=${meeting.id}`);
  // The header is prerendered: a click before React has taken the page over is lost, so wait for the chart, which
  // only React draws (CI's loaded machine once clicked Export too early and the menu never opened).
  await expect(page.locator('.vis-timeline')).toBeVisible();
  // Expected from corpus.json: events with shown evidence mentioning Cho; evidence from shown outlets only.
  const choSentences = new Set(cho.mentions.map((m) => m.sentenceId));
  const expected = corpus.events
    .map((event) => ({ ...event, evidence: event.evidence.filter((item) => !hidden.includes(outletOf.get(item.articleId) ?? '')) }))
    .filter((event) => event.evidence.length > 0 && event.evidence.some((item) => choSentences.has(item.sentenceId)));
  expect(expected.length).toBeGreaterThan(0);
  await page.getByRole('button', { name: /^Export/ }).click();
  const description = page.getByText(/^Exports \d+ events?:/);
  // The menu's contents are a chunk of their own, fetched on first open: allow for a loaded machine.
  await expect(description).toContainText(`Exports ${expected.length} event`, { timeout: 15_000 });

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Events CSV' }).click()]);
  expect(csvDownload.suggestedFilename()).toBe('parallax-events.csv');
  const records = parseCsv(await readDownload(csvDownload));
  const header = records[0]!;
  const col = (name: string) => header.indexOf(name);
  expect(header.slice(0, 3)).toEqual(['event_id', 'event_title', 'event_start']);
  const rows = records.slice(1);
  expect(new Set(rows.map((row) => row[col('event_id')]))).toEqual(new Set(expected.map((event) => event.id)));
  expect(rows).toHaveLength(expected.reduce((sum, event) => sum + event.evidence.length, 0));
  for (const row of rows) {
    expect(row[col('outlet_id')]).not.toBe('kyodo');
    expect(row[col('sentence')]).toBe(sentenceText.get(row[col('sentence_id')]!));
    expect(row[col('selected')]).toBe(String(row[col('event_id')] === meeting.id));
  }
  expect(rows.some((row) => row[col('highlighted_mentions')] === 'Cho Tae-yul')).toBe(true);

  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Events JSON' }).click()]);
  expect(jsonDownload.suggestedFilename()).toBe('parallax-events.json');
  const data = JSON.parse(await readDownload(jsonDownload));
  await expect.poll(() => viewOf(page.url())).toBe(viewOf(data.view));
  expect(data.highlightedEntities).toEqual([{ id: cho.id, name: cho.name }]);
  expect(data.hiddenOutlets).toEqual(hidden);
  expect(data.events.map((event: { id: string }) => event.id).sort()).toEqual(expected.map((event) => event.id).sort());
  for (const event of data.events as Array<{ id: string; evidence: Array<{ sentenceId: string }> }>) {
    const want = expected.find((candidate) => candidate.id === event.id)!;
    expect(event.evidence.map((item) => item.sentenceId)).toEqual(want.evidence.map((item) => item.sentenceId));
  }

  const [corpusDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Whole corpus JSON' }).click()]);
  expect(corpusDownload.suggestedFilename()).toBe('parallax-corpus.json');
  expect(JSON.parse(await readDownload(corpusDownload))).toEqual(corpus);
});

test('the header controls are axe clean at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 900 });
  await page.goto(`/?entities=${cho.id}&hide=asahi`);
  await expect(page.locator('.vis-timeline')).toBeVisible();
  await page.getByRole('button', { name: /^Export/ }).click();
  await expect(page.getByRole('button', { name: 'Copy link to this view' })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Outlets/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
