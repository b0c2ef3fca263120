import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../src/lib/corpus/schema';
import AxeBuilder from '@axe-core/playwright';
import { PANEL_SENTENCES } from '../../src/features/compare/event-sources';
import { expect, expectNoAxeViolations, formatAxeViolations, routeCorpus, test } from './fixtures';

/** The corpus the app under test was built with (the e2e run builds before it tests). */
const corpus = JSON.parse(readFileSync(join(process.env.PARALLAX_OUT_DIR ?? 'dist', 'corpus.json'), 'utf8')) as Corpus;
const outletName = new Map(corpus.outlets.map((outlet) => [outlet.id, outlet.name]));
const meeting = corpus.events.find((event) => event.start === '2025-01-13' && event.outlets.length === corpus.outlets.length)!;
const call = corpus.events.find((event) => event.start === '2024-12-11' && event.outlets.length === 2)!;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Evidence sentences of an event per outlet id. */
function counts(event: Corpus['events'][number]): Map<string, number> {
  const outletOf = new Map(corpus.articles.map((article) => [article.id, article.outletId]));
  const result = new Map<string, number>();
  for (const sentenceId of new Set(event.evidence.map((evidence) => evidence.sentenceId))) {
    const outletId = outletOf.get(sentenceId.replace(/-s\d+$/, ''))!;
    result.set(outletId, (result.get(outletId) ?? 0) + 1);
  }
  return result;
}

test('the Jan 13 meeting: a panel per outlet, shared and unique wording marked, quotes and differences, axe clean', async ({ page }) => {
  // Axe over the whole page with every panel open takes a while on a busy machine.
  test.slow();
  expect(meeting, 'the Jan 13 meeting is in the corpus').toBeDefined();
  await page.goto('/');
  await page.getByRole('listbox', { name: /Events/ }).getByRole('option', { name: new RegExp(escape(meeting.title)) }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${meeting.id}(&|$)`));

  const compare = page.getByRole('region', { name: 'Compare outlets' });
  await expect(compare).toContainText(meeting.title);
  const perOutlet = counts(meeting);
  for (const outlet of corpus.outlets) {
    const panel = compare.getByRole('region', { name: outlet.name, exact: true });
    await expect(panel, outlet.name).toBeVisible();
    // The first sentences show; the rest unfold, each with its own button.
    const total = perOutlet.get(outlet.id)!;
    await expect(panel.getByRole('listitem')).toHaveCount(Math.min(total, PANEL_SENTENCES));
    if (total > PANEL_SENTENCES) {
      const unfold = panel.getByRole('button', { name: `Show all ${total} sentences (${total - PANEL_SENTENCES} more)` });
      await expect(unfold).toHaveAttribute('aria-expanded', 'false');
      await unfold.click();
      await expect(panel.getByRole('button', { name: `Show the first ${PANEL_SENTENCES} only` })).toHaveAttribute('aria-expanded', 'true');
    }
    await expect(panel.getByRole('listitem')).toHaveCount(total);
    await expect(panel.getByRole('button', { name: /^Open in article/ })).toHaveCount(total);
    // Every reporting outlet has wording it shares with another outlet and wording of its own.
    await expect(panel.locator('[data-wording="shared"]').first()).toBeVisible();
    await expect(panel.locator('[data-wording="unique"]').first()).toBeVisible();
  }
  // "trilateral cooperation with the United States" is shared, and says with how many.
  const asahi = compare.getByRole('region', { name: outletName.get('asahi') ?? 'The Asahi Shimbun', exact: true });
  await expect(asahi.locator('[data-wording="shared"]').filter({ hasText: 'with the United States' }).first()).toContainText(/shared by \d outlets/);
  await expect(compare.getByText(/= other outlets use the same words/)).toBeVisible();

  // Quotes: what Iwaya said, per outlet.
  const iwaya = compare.getByRole('region', { name: /^What Takeshi Iwaya said, per outlet$/ });
  await expect(iwaya.getByRole('blockquote').first()).toBeVisible();
  await expect(iwaya).toContainText('Not quoted by');

  // Differences: at least the name spelling and the "first visit" reference point.
  const differences = compare.getByRole('region', { name: 'Differences between outlets' });
  await expect(differences.getByRole('listitem').filter({ hasText: /“Cho Tae Yul”/ }).filter({ hasText: /“Cho Tae-yul”/ })).toHaveCount(1);
  const firstVisit = differences.getByRole('listitem').filter({ hasText: /first visit/ }).filter({ hasText: /nearly seven years/ });
  await expect(firstVisit).toHaveCount(1);
  await expect(firstVisit.getByRole('figure')).toHaveCount(3);

  await expectNoAxeViolations(page);
});

test('the Dec 11 call: panels for exactly the two reporting outlets, the others say they did not report it', async ({ page }) => {
  expect(call, 'the Dec 11 call is in the corpus').toBeDefined();
  await page.goto(`/?event=${call.id}`);
  const compare = page.getByRole('region', { name: 'Compare outlets' });
  for (const outlet of corpus.outlets) {
    const panel = compare.getByRole('region', { name: outlet.name, exact: true });
    if (call.outlets.includes(outlet.id)) {
      await expect(panel.getByRole('listitem').first(), outlet.name).toBeVisible();
      await expect(panel).not.toContainText('Not reported');
    } else {
      await expect(panel, outlet.name).toContainText(`Not reported by ${outlet.name}.`);
      await expect(panel.getByRole('listitem')).toHaveCount(0);
    }
  }
  expect(call.outlets).toHaveLength(2);
  await expect(compare).toContainText('Reported by 2 shown outlets of 4.');

  // Switching an outlet off removes its panel.
  await page.goto(`/?event=${call.id}&hide=${call.outlets[0]}`);
  await expect(compare.getByRole('region', { name: outletName.get(call.outlets[0]!)!, exact: true })).toHaveCount(0);
  await expect(compare).toContainText('1 outlet is hidden by the outlet filter.');
});

test('a panel sentence opens the reader at that sentence, highlighted and focused', async ({ page }) => {
  await page.goto(`/?event=${meeting.id}`);
  const asahi = page.getByRole('region', { name: 'Compare outlets' }).getByRole('region', { name: 'The Asahi Shimbun', exact: true });
  // Past the panel's first sentences: unfold it first.
  await asahi.getByRole('button', { name: /^Show all \d+ sentences/ }).click();
  const item = asahi.getByRole('listitem').filter({ hasText: 'nearly seven years' });
  await item.getByRole('button', { name: /^Open in article/ }).click();
  const sentenceId = corpus.articles.flatMap((a) => a.sentences).find((s) => s.text.includes('in nearly seven years'))!.id;
  await expect(page).toHaveURL(new RegExp(`[?&]sentence=${sentenceId}(&|$)`));
  const target = page.locator(`#sentence-${sentenceId}`);
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  await expect(target).toHaveClass(/ring-2/);
  await expect(page.getByRole('article').filter({ has: target })).toContainText('The Asahi Shimbun');
});

test('the coverage table matches the corpus cell by cell, and a cell selects its event', async ({ page }) => {
  await page.goto('/');
  const table = page.getByRole('region', { name: 'Coverage' }).getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Event', ...corpus.outlets.map((outlet) => outlet.name)]);
  await expect(table.getByRole('rowheader')).toHaveCount(corpus.events.length);
  // Row by row, cell by cell: the label each button carries (or a silent cell's words) against what corpus.json says.
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map(
      (tr) =>
        [
          tr.getAttribute('data-event-id'),
          [...tr.querySelectorAll('td')].map((td) => {
            const button = td.querySelector('button');
            // A silent cell: the dash CSS draws (not read out), and its words.
            return button
              ? `${button.getAttribute('aria-label')} | ${button.textContent}`
              : `${getComputedStyle(td, '::before').content} | ${td.querySelector('.sr-only')?.textContent}`;
          }),
        ] as const,
    ),
  );
  const byId = new Map(rows);
  expect(rows).toHaveLength(corpus.events.length);
  for (const event of corpus.events) {
    const perOutlet = counts(event);
    const expected = corpus.outlets.map((outlet) => {
      const count = perOutlet.get(outlet.id) ?? 0;
      const sentences = `${count} sentence${count === 1 ? '' : 's'}`;
      return count > 0 ? `${event.title}: ${outlet.name}, ${sentences} | ✓ ${sentences}` : `"—" / "" | not reported`;
    });
    expect(byId.get(event.id), event.title).toEqual(expected);
    // No cell claims an outlet the event's outlet list does not have, and vice versa.
    expect([...perOutlet.keys()].sort()).toEqual([...event.outlets].sort());
  }
  await table.getByRole('button', { name: `${call.title}: ${outletName.get(call.outlets[1]!)}`, exact: false }).first().click();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${call.id}(&|$)`));
  await expect(page.getByRole('region', { name: 'Compare outlets' })).toContainText(call.title);
  await expectNoAxeViolations(page);
});

test('panels stack on a narrow screen without widening the page', async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 900 });
  await page.goto(`/?event=${meeting.id}`);
  const compare = page.getByRole('region', { name: 'Compare outlets' });
  const boxes = [];
  for (const outlet of corpus.outlets) boxes.push(await compare.getByRole('region', { name: outlet.name, exact: true }).boundingBox());
  for (let i = 1; i < boxes.length; i += 1) expect(boxes[i]!.y).toBeGreaterThan(boxes[i - 1]!.y + boxes[i - 1]!.height - 1);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(400);
});

test('with many outlets the panels scroll sideways inside their row, and the page does not widen', async ({ page }) => {
  test.slow();
  // The seed corpus plus five made-up outlets, each a copy of a seed article reporting the meeting.
  const many = structuredClone(corpus);
  const event = many.events.find((e) => e.id === meeting.id)!;
  for (let k = 0; k < 5; k += 1) {
    const source = many.articles[k % 5]!;
    const id = `9${k}0`;
    many.outlets.push({ id: `extra-${k}`, name: `Made-up Outlet ${k + 1}`, country: null });
    many.articles.push({
      ...structuredClone(source),
      id,
      file: `${id}.txt`,
      outletId: `extra-${k}`,
      sentences: source.sentences.map((s) => ({ ...s, id: s.id.replace(source.id, id) })),
      quotes: source.quotes.map((q) => ({ ...q, sentenceId: q.sentenceId.replace(source.id, id) })),
    });
    for (const evidence of event.evidence.filter((e) => e.articleId === source.id)) {
      event.evidence.push({ articleId: id, sentenceId: evidence.sentenceId.replace(source.id, id), dateId: null });
    }
  }
  await routeCorpus(page, many);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/?event=${meeting.id}`);
  const compare = page.getByRole('region', { name: 'Compare outlets' });
  await expect(compare.getByRole('region', { name: 'Made-up Outlet 5', exact: true })).toBeAttached();
  // Made-up Outlet 4 copies an article with no sentence on the meeting: eight panels, and the silent one named apart.
  await expect(compare).toContainText('8 outlets: the panels scroll sideways');
  await expect(compare.getByRole('region', { name: 'Not reported by 1 outlet' })).toContainText('Made-up Outlet 4');
  const first = await compare.getByRole('region', { name: corpus.outlets[0]!.name, exact: true }).boundingBox();
  const last = await compare.getByRole('region', { name: 'Made-up Outlet 5', exact: true }).boundingBox();
  // Side by side (same top), the last one beyond the right edge until scrolled to.
  expect(Math.abs(first!.y - last!.y)).toBeLessThan(2);
  expect(last!.x).toBeGreaterThan(1440);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
  // The whole page, timeline included: its scrolling lane column must be keyboard-reachable too.
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(formatAxeViolations(results.violations)).toEqual([]);
});
