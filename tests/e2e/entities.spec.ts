import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Corpus } from '../../src/lib/corpus/schema';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The corpus the app under test was built with (the e2e run builds before it tests). */
const corpus = JSON.parse(readFileSync(join(process.env.PARALLAX_OUT_DIR ?? 'dist', 'corpus.json'), 'utf8')) as Corpus;
const cho = corpus.entities.find((entity) => entity.name === 'Cho Tae-yul')!;
const iwaya = corpus.entities.find((entity) => entity.name === 'Takeshi Iwaya')!;
const meeting = corpus.events.find((event) => event.start === '2025-01-13' && event.outlets.length === corpus.outlets.length)!;
const kyodoArticle = corpus.articles.find((article) => article.outletId === 'kyodo')!;
const outletOf = new Map(corpus.articles.map((article) => [article.id, article.outletId]));
const HEADER_KINDS = new Set(['headline', 'byline', 'dateline']);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The reader: the one article with a "Close article" button (compare panels may hold articles too). */
const readerOf = (page: Page) => page.getByRole('article').filter({ has: page.getByRole('button', { name: 'Close article' }) });
const READER = 'article:has(#reader-heading)';

/** The mention keys (as the marks' data-mention) an entity has in the given sentences. */
function mentionKeys(entityId: string, sentenceIds: Iterable<string>): string[] {
  const wanted = new Set(sentenceIds);
  const entity = corpus.entities.find((candidate) => candidate.id === entityId)!;
  return entity.mentions.filter((m) => wanted.has(m.sentenceId)).map((m) => `${m.sentenceId}:${m.start}-${m.end}`).sort();
}

/** The distinct mentions marked inside a part of the page (a mention split by wording marks counts once). */
async function markedMentions(page: Page, scope: string, entityId: string): Promise<string[]> {
  const keys = await page.locator(`${scope} mark[data-entity="${entityId}"]`).evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-mention') ?? ''));
  return [...new Set(keys)].sort();
}

/** Events whose evidence (from shown outlets) mentions the entity: the ones the timeline emphasises. */
function eventsMentioning(entityId: string, hidden: string[] = []): string[] {
  const sentences = new Set(corpus.entities.find((e) => e.id === entityId)!.mentions.map((m) => m.sentenceId));
  return corpus.events
    .filter((event) => event.evidence.some((item) => !hidden.includes(outletOf.get(item.articleId) ?? '') && sentences.has(item.sentenceId)))
    .map((event) => event.id);
}

test('pressing “Cho Tae-yul” highlights exactly its mentions in the reader and the panels, and emphasises its events', async ({ page }) => {
  test.slow();
  await page.goto(`/?event=${meeting.id}`);
  const names = page.getByRole('region', { name: 'Names in the story' });
  const button = names.getByRole('button', { name: /^Cho Tae-yul/ });
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect(button).toContainText(`${cho.mentions.length} mentions`);
  await button.click();
  await expect(page).toHaveURL(new RegExp(`[?&]entities=${cho.id}(&|$)`));
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  // The article opened on that view (the reader is a drawer over the names index, so it opens after).
  await page.goto(`/?event=${meeting.id}&entities=${cho.id}&article=${kyodoArticle.id}`);
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const articles = new Set(cho.mentions.map((m) => m.articleId)).size;
  await expect(names.getByText(`Cho Tae-yul: ${cho.mentions.length} mentions in ${articles} articles.`)).toBeVisible();

  // Reader: every mention in the body sentences it shows, and nothing else.
  const reader = readerOf(page);
  await expect(reader.locator('mark[data-entity]').first()).toBeVisible();
  const bodySentences = kyodoArticle.sentences.filter((s) => !HEADER_KINDS.has(s.kind)).map((s) => s.id);
  const expectedReader = mentionKeys(cho.id, bodySentences);
  expect(expectedReader.length).toBeGreaterThan(0);
  expect(await markedMentions(page, READER, cho.id)).toEqual(expectedReader);
  expect(await page.locator(`${READER} mark[data-entity]:not([data-entity="${cho.id}"])`).count()).toBe(0);
  // The marked text is the mention's text, and the sentences still read whole.
  const texts = await reader.locator(`mark[data-entity="${cho.id}"]`).evaluateAll((marks) => marks.map((mark) => mark.firstChild?.textContent));
  expect(new Set(texts)).toEqual(new Set(cho.mentions.filter((m) => m.articleId === kyodoArticle.id).map((m) => m.text)));

  // The reader is a drawer over the page: closed, the comparison below is in reach.
  await reader.getByRole('button', { name: 'Close article' }).click();
  // The claim table marks the name inside each outlet's wording too.
  const compare = page.getByRole('region', { name: 'Compare outlets' });
  await expect(compare).toContainText(meeting.title);
  await expect(compare.getByRole('table').locator(`mark[data-entity="${cho.id}"]`).first()).toBeVisible();
  // Compare panels of the selected event (the full text, one press away): each outlet's evidence sentences, exactly.
  await compare.getByRole('button', { name: 'Full text, article order' }).click();
  for (const outlet of corpus.outlets) {
    const panel = compare.getByRole('region', { name: outlet.name, exact: true });
    const evidence = meeting.evidence.filter((item) => outletOf.get(item.articleId) === outlet.id).map((item) => item.sentenceId);
    // A long panel shows its first sentences; its button counts the folded ones that name Cho. Unfold to see them all.
    const unfold = panel.getByRole('button', { name: /^Show all \d+ sentences/ });
    if ((await unfold.count()) > 0) {
      const inPanel = new Set(evidence);
      const withCho = new Set(cho.mentions.filter((mention) => inPanel.has(mention.sentenceId)).map((mention) => mention.sentenceId));
      const shownWithCho = new Set(
        await panel.locator(`mark[data-entity="${cho.id}"]`).evaluateAll((marks) => marks.map((mark) => (mark.getAttribute('data-mention') ?? '').split(':')[0])),
      );
      const foldedWithCho = withCho.size - shownWithCho.size;
      if (foldedWithCho > 0) await expect(unfold).toContainText(`${foldedWithCho} with a highlighted name`);
      else await expect(unfold).not.toContainText('highlighted');
      await unfold.click();
    }
    const keys = await panel.locator(`mark[data-entity="${cho.id}"]`).evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-mention') ?? ''));
    expect([...new Set(keys)].sort(), outlet.name).toEqual(mentionKeys(cho.id, evidence));
  }

  // Event list: the events whose evidence mentions Cho are emphasised, the rest dimmed.
  const list = page.getByRole('listbox', { name: /Events/ });
  const emphasised = eventsMentioning(cho.id);
  expect(emphasised.length).toBeGreaterThan(0);
  expect(emphasised.length).toBeLessThan(corpus.events.length);
  // Each says which highlighted name it mentions, by its symbol and name.
  await expect(list.getByRole('option').filter({ hasText: 'mentions① Cho Tae-yul' })).toHaveCount(emphasised.length);
  for (const id of emphasised) await expect(list.locator(`[data-event-id="${id}"]`)).toContainText('mentions① Cho Tae-yul');
  await expect(list.getByRole('option').filter({ hasText: '(no highlighted entity)' })).toHaveCount(corpus.events.length - emphasised.length);
  // The chart emphasises and dims the same way (it draws only the items inside its window).
  const chart = page.getByTestId('timeline-container');
  const titleOf = new Map(corpus.events.map((event) => [event.id, event.title]));
  const emphasisedTitles = new Set(emphasised.map((id) => titleOf.get(id)));
  // A label is [name marks] + date + title; the title is its last text node.
  const titles = (selector: string) => chart.locator(selector).evaluateAll((labels) => labels.map((label) => label.lastChild?.textContent ?? ''));
  await expect(chart.locator('.parallax-emphasised .parallax-item-label').first()).toBeVisible();
  const drawnEmphasised = await titles('.parallax-emphasised .parallax-item-label');
  const drawnDimmed = await titles('.parallax-dimmed .parallax-item-label');
  expect(drawnEmphasised.length).toBeGreaterThan(0);
  expect(drawnDimmed.length).toBeGreaterThan(0);
  for (const title of drawnEmphasised) expect(emphasisedTitles.has(title), title).toBe(true);
  for (const title of drawnDimmed) expect(emphasisedTitles.has(title), title).toBe(false);
  // An emphasised item carries the name's symbol; a dimmed one none.
  await expect(chart.locator('.parallax-emphasised .parallax-item-mark').first()).toHaveText('①');
  await expect(chart.locator('.parallax-dimmed .parallax-item-mark')).toHaveCount(0);

  // A highlighted name is itself a button: pressing it (keyboard) removes the highlight everywhere.
  const firstMark = compare.getByRole('button', { name: 'Cho Tae-yul, highlight all mentions' }).first();
  await expect(firstMark).toHaveAttribute('aria-pressed', 'true');
  await firstMark.focus();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/entities=/);
  await expect(page.locator('mark[data-entity]')).toHaveCount(0);
  await expect(button).toHaveAttribute('aria-pressed', 'false');
});

test('several names at once, by keyboard, each with its own symbol; cleared in one action; axe clean', async ({ page }) => {
  test.slow();
  await page.goto(`/?article=${kyodoArticle.id}`);
  // The linked article opens and takes the focus first, as a reader sees it; then they go to the names.
  await expect(page.locator('#reader-heading')).toBeFocused();
  const names = page.getByRole('region', { name: 'Names in the story' });
  await names.getByRole('searchbox', { name: 'Find a person, place or organisation' }).fill('cho tae yul');
  await expect(names.getByRole('button', { name: /^Takeshi Iwaya/ })).toHaveCount(0);
  const choButton = names.getByRole('button', { name: /^Cho Tae-yul/ });
  await choButton.focus();
  await page.keyboard.press('Space');
  // The first name is pressed (and in the URL) before the search changes under it, as a reader would see it.
  await expect(page).toHaveURL(new RegExp(`entities=${cho.id}`));
  await names.getByRole('searchbox').fill('iwaya');
  await names.getByRole('button', { name: /^Takeshi Iwaya/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`entities=${cho.id},${iwaya.id}`));

  const reader = readerOf(page);
  await expect(reader.locator(`mark[data-entity="${cho.id}"]`).first()).toContainText('①');
  await expect(reader.locator(`mark[data-entity="${iwaya.id}"]`).first()).toContainText('②');
  const body = kyodoArticle.sentences.filter((s) => !HEADER_KINDS.has(s.kind)).map((s) => s.id);
  expect(await markedMentions(page, READER, iwaya.id)).toEqual(mentionKeys(iwaya.id, body));
  await expect(names.getByText(new RegExp(`Cho Tae-yul: ${cho.mentions.length} mentions .* Takeshi Iwaya: ${iwaya.mentions.length} mentions`))).toBeVisible();
  // The two highlights differ by more than colour: symbol and underline style.
  const decorations = await Promise.all(
    [cho.id, iwaya.id].map((id) => reader.locator(`mark[data-entity="${id}"]`).first().evaluate((el) => getComputedStyle(el).textDecorationStyle)),
  );
  expect(decorations[0]).not.toBe(decorations[1]);

  await expectNoAxeViolations(page);
  await names.getByRole('button', { name: 'Clear highlights' }).click();
  await expect(page).not.toHaveURL(/entities=/);
  await expect(page.locator('mark[data-entity]')).toHaveCount(0);
});

test('pressing a name and releasing it leaves the names below in place', async ({ page }) => {
  // At the bench's width: the names column is narrow, so the hint takes two lines.
  await page.setViewportSize({ width: 1350, height: 940 });
  await page.goto('/');
  const names = page.getByRole('region', { name: 'Names in the story' });
  // The first group heading, from the section's top (a click may scroll the page).
  const offset = () => names.evaluate((section) => section.querySelector('h3')!.getBoundingClientRect().top - section.getBoundingClientRect().top);
  const before = await offset();
  await names.getByRole('button', { pressed: false }).first().click();
  await expect(names.getByRole('button', { name: 'Clear highlights' })).toBeVisible();
  expect(await offset()).toBe(before);
  await names.getByRole('button', { pressed: true }).first().click();
  await expect(names.getByRole('button', { name: 'Clear highlights' })).toHaveCount(0);
  expect(await offset()).toBe(before);
});

test('filtering to one outlet updates the event list, the articles, the name counts and the coverage table', async ({ page }) => {
  await page.goto('/');
  const outlets = page.getByRole('group', { name: /^Outlets/ });
  for (const outlet of corpus.outlets) {
    await expect(outlets.getByRole('checkbox', { name: new RegExp(`^${escape(outlet.name)}`) })).toBeChecked();
  }
  // The first outlet switched off brings "Show all outlets" and the event list's note, the last switched on takes them
  // away: neither the filter, the page below the header nor the event list moves (what moves is laid out and painted
  // again inside the click). At the width where the checkboxes fill the filter's line and the header is as tall as it.
  await page.setViewportSize({ width: 1350, height: 940 });
  const top = (element: Element) => element.getBoundingClientRect().top;
  const place = () =>
    Promise.all([
      outlets.evaluate((group) => group.getBoundingClientRect().height),
      page.locator('main').evaluate(top),
      page.getByRole('listbox', { name: /Events/ }).evaluate(top),
    ]);
  const before = await place();
  const first = outlets.getByRole('checkbox', { name: new RegExp(`^${escape(corpus.outlets[0]!.name)}`) });
  await first.uncheck();
  await expect(outlets.getByRole('button', { name: 'Show all outlets' })).toBeVisible();
  expect(await place()).toEqual(before);
  await first.check();
  await expect(outlets.getByRole('button', { name: 'Show all outlets' })).toHaveCount(0);
  expect(await place()).toEqual(before);
  await expect(outlets).toContainText('Japan · 2 articles');
  await expect(outlets).toContainText('South Korea · 1 article');
  for (const outlet of corpus.outlets.filter((o) => o.id !== 'kyodo')) {
    await outlets.getByRole('checkbox', { name: new RegExp(`^${escape(outlet.name)}`) }).uncheck();
  }
  const hidden = corpus.outlets.filter((o) => o.id !== 'kyodo').map((o) => o.id);
  await expect(page).toHaveURL(new RegExp(`hide=${hidden.join(',')}`));

  const kyodoEvents = corpus.events.filter((event) => event.evidence.some((item) => outletOf.get(item.articleId) === 'kyodo'));
  const list = page.getByRole('listbox', { name: /Events/ });
  await expect(list.getByRole('option')).toHaveCount(kyodoEvents.length);
  await expect(page.getByRole('heading', { name: /^Articles/ })).toContainText(`(1 of ${corpus.articles.length})`);
  const choKyodo = cho.mentions.filter((m) => outletOf.get(m.articleId) === 'kyodo').length;
  const names = page.getByRole('region', { name: 'Names in the story' });
  await expect(names.getByRole('button', { name: /^Cho Tae-yul/ })).toContainText(`${choKyodo} mentions`);
  await expect(names.getByRole('button', { name: /^Cho Tae-yul/ })).toContainText(`Kyodo News ${choKyodo}`);
  await expect(names.getByRole('button', { name: /^Cho Tae-yul/ })).not.toContainText('Japan News');
  // The coverage table keeps only the shown outlet's column.
  const table = page.getByRole('table', { name: /^Coverage/ });
  await expect(table.getByRole('columnheader', { name: 'Kyodo News' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Korea JoongAng Daily' })).toHaveCount(0);

  await outlets.getByRole('button', { name: 'Show all outlets' }).click();
  await expect(page).not.toHaveURL(/hide=/);
  await expect(list.getByRole('option')).toHaveCount(corpus.events.length);
  await expect(names.getByRole('button', { name: /^Cho Tae-yul/ })).toContainText(`${cho.mentions.length} mentions`);
});

test('unknown names and outlets in the link get a note, and the rest of the view still works', async ({ page }) => {
  // Axe over the whole page takes a while on a busy machine.
  test.slow();
  await page.goto(`/?entities=person-nobody,${cho.id}&hide=no-such-outlet&article=${kyodoArticle.id}`);
  const names = page.getByRole('region', { name: 'Names in the story' });
  await expect(names.getByText(/Not found: the link highlights “person-nobody”/)).toBeVisible();
  await expect(page.getByText(/does not have \(“no-such-outlet”\); ignored/)).toBeVisible();
  await expect(names.getByRole('button', { name: /^Cho Tae-yul/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(readerOf(page).locator(`mark[data-entity="${cho.id}"]`).first()).toBeVisible();
  await expect(page.getByRole('listbox', { name: /Events/ }).getByRole('option')).toHaveCount(corpus.events.length);
  await expectNoAxeViolations(page);
  // The reader is a drawer over the page: closed, the names index is in reach.
  await readerOf(page).getByRole('button', { name: 'Close article' }).click();
  await names.getByRole('button', { name: 'Remove it' }).click();
  await expect(page).toHaveURL(new RegExp(`entities=${cho.id}(&|$)`));
  await page.getByRole('button', { name: 'Remove from the link' }).click();
  await expect(page).not.toHaveURL(/hide=/);
});

test('a name pressed where it stands, in a source panel, highlights that person in every panel, by keyboard; the URL keeps it through a reload; axe clean', async ({ page }) => {
  test.slow();
  const kyodo = corpus.outlets.find((outlet) => outlet.id === 'kyodo')!;
  await page.goto(`/?event=${meeting.id}&compare=text`);
  const compare = page.getByRole('region', { name: 'Compare outlets' });
  const panel = compare.getByRole('region', { name: kyodo.name, exact: true });
  const choName = 'Cho Tae-yul, highlight all mentions';
  const name = panel.getByRole('button', { name: choName }).first();
  await expect(name).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('mark[data-entity]')).toHaveCount(0);
  // Quiet while not pressed: the text's colour, no fill, a thin solid underline (dotted is the wording's mark).
  expect(await name.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).textDecorationStyle])).toEqual(['rgba(0, 0, 0, 0)', 'solid']);

  // One tab stop per name in a panel: the first mention; the others are buttons a Tab skips.
  const stops = await panel.locator('button[data-entity]').evaluateAll((buttons) => buttons.filter((b) => (b as HTMLElement).tabIndex === 0).map((b) => b.getAttribute('data-entity')));
  expect(stops.length).toBeGreaterThan(0);
  expect(new Set(stops).size).toBe(stops.length);
  expect(await name.evaluate((el) => (el as HTMLElement).tabIndex)).toBe(0);

  // By keyboard: Tab reaches it (from the control before it), Enter presses it, focus stays on it.
  await name.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(name).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]entities=${cho.id}(&|$)`));
  await expect(name).toHaveAttribute('aria-pressed', 'true');
  await expect(name).toBeFocused();

  // Every panel: each of his mentions shown is pressed and marked; no one else's is.
  const panels = corpus.outlets.map((outlet) => compare.getByRole('region', { name: outlet.name, exact: true }));
  let marked = 0;
  for (const each of panels) {
    const mentions = await each.locator(`button[data-entity="${cho.id}"]`).count();
    await expect(each.locator(`button[data-entity="${cho.id}"][aria-pressed="false"]`)).toHaveCount(0);
    await expect(each.locator(`mark[data-entity="${cho.id}"]`)).toHaveCount(mentions);
    marked += mentions;
  }
  expect(marked).toBeGreaterThan(1);
  await expect(page.locator(`mark[data-entity]:not([data-entity="${cho.id}"])`)).toHaveCount(0);
  // The legend, the names index and the event list agree on his symbol.
  await expect(compare.getByRole('group', { name: 'Highlighted names' })).toContainText('①Cho Tae-yul');
  await expect(page.getByRole('region', { name: 'Names in the story' }).getByRole('button', { name: /^Cho Tae-yul/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('listbox', { name: /Events/ }).locator(`[data-event-id="${meeting.id}"]`)).toContainText('① Cho Tae-yul');
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page).toHaveURL(new RegExp(`[?&]entities=${cho.id}(&|$)`));
  await expect(panel.getByRole('button', { name: choName }).first()).toHaveAttribute('aria-pressed', 'true');
  let markedAgain = 0;
  for (const each of panels) markedAgain += await each.locator(`mark[data-entity="${cho.id}"]`).count();
  expect(markedAgain).toBe(marked);

  // A second name from another panel gets ②; pressing a highlighted name (mouse) turns only it off.
  const iwayaName = 'Takeshi Iwaya, highlight all mentions';
  const others = panels.filter((_, position) => corpus.outlets[position]!.id !== 'kyodo');
  const counts = await Promise.all(others.map((each) => each.getByRole('button', { name: iwayaName }).count()));
  const other = others[counts.findIndex((count) => count > 0)]!;
  await other.getByRole('button', { name: iwayaName }).first().click();
  await expect(page).toHaveURL(new RegExp(`entities=${cho.id},${iwaya.id}`));
  await expect(panel.locator(`mark[data-entity="${iwaya.id}"]`).first()).toContainText('②');
  await compare.getByRole('group', { name: 'Highlighted names' }).getByRole('button', { name: 'Remove the highlight on Cho Tae-yul' }).click();
  await expect(page).toHaveURL(new RegExp(`entities=${iwaya.id}(&|$)`));
  await expect(panel.locator(`mark[data-entity="${cho.id}"]`)).toHaveCount(0);
  await expect(panel.locator(`mark[data-entity="${iwaya.id}"]`).first()).toContainText('①');
});
