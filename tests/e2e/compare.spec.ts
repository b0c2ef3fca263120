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

/** The rows as the comparison draws them with every outlet shown: most outlets first, published order kept among equals. */
function claimRows(event: Corpus['events'][number]) {
  return [...(event.claims ?? [])].sort((a, b) => b.outlets.length - a.outlets.length);
}
const sentenceText = new Map(corpus.articles.flatMap((article) => article.sentences.map((sentence) => [sentence.id, sentence.text] as const)));

test('the Jan 13 meeting: claims lined up by outlet, "not in this outlet" cells, an "Only in" summary, axe clean', async ({ page }) => {
  // Axe over the whole page with the table and every panel open takes a while on a busy machine.
  test.slow();
  expect(meeting, 'the Jan 13 meeting is in the corpus').toBeDefined();
  const rows = claimRows(meeting);
  expect(rows.length, 'the meeting has claim rows').toBeGreaterThan(1);
  await page.goto('/');
  await page.getByRole('listbox', { name: /Events/ }).getByRole('option', { name: new RegExp(escape(meeting.title)) }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${meeting.id}(&|$)`));

  const compare = page.getByRole('region', { name: 'Compare outlets' });
  await expect(compare).toContainText(meeting.title);
  await expect(compare.getByRole('button', { name: 'Claims side by side' })).toHaveAttribute('aria-pressed', 'true');

  // One column per outlet (all four report it), one row per claim, in the published order.
  const table = compare.getByRole('table', { name: /Claims lined up across outlets/ });
  const headers = table.getByRole('columnheader');
  await expect(headers).toHaveCount(corpus.outlets.length + 1);
  await expect(headers.first()).toHaveText('Claim');
  for (const [position, outlet] of corpus.outlets.entries()) await expect(headers.nth(position + 1)).toContainText(outlet.name);
  const bodyRows = table.locator('tbody tr');
  await expect(bodyRows).toHaveCount(rows.length);
  expect(await bodyRows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-claim-row')))).toEqual(rows.map((row) => row.id));

  // Cell by cell: the outlet's wording where it states the claim, a quiet "not in this outlet" where it does not.
  let missing = 0;
  for (const [position, row] of rows.entries()) {
    const cells = bodyRows.nth(position).getByRole('cell');
    await expect(cells).toHaveCount(corpus.outlets.length);
    for (const [column, outlet] of corpus.outlets.entries()) {
      const cell = cells.nth(column);
      const part = row.parts.find((p) => p.outletId === outlet.id);
      if (part) await expect(cell, `${row.id} ${outlet.name}`).toContainText(sentenceText.get(part.sentenceId)!.slice(part.start, part.end).trim());
      else {
        await expect(cell, `${row.id} ${outlet.name}`).toHaveText('not in this outlet');
        missing += 1;
      }
    }
  }
  expect(missing, 'some claims are not in every outlet').toBeGreaterThan(0);
  await expect(table.getByRole('cell', { name: 'not in this outlet', exact: true })).toHaveCount(missing);

  // "Only in": each outlet with claims no other outlet states, those claims' labels, before the table.
  const only = compare.getByRole('region', { name: 'Only in one outlet' });
  const onlyIn = corpus.outlets
    .map((outlet) => ({ outlet, labels: rows.filter((row) => row.outlets.length === 1 && row.outlets[0] === outlet.id).map((row) => row.label) }))
    .filter((entry) => entry.labels.length > 0);
  expect(onlyIn.length, 'some outlet has a claim of its own').toBeGreaterThan(0);
  await expect(only.getByRole('listitem')).toHaveText(onlyIn.map(({ outlet, labels }) => `Only in ${outlet.name}: ${labels.join('; ')}`));
  const [summaryBox, tableBox] = [await only.boundingBox(), await table.boundingBox()];
  expect(summaryBox!.y).toBeLessThan(tableBox!.y);

  // A wording opens to its whole sentence, and back.
  const whole = table.getByRole('button', { name: /^Whole sentence: / }).first();
  await whole.click();
  await expect(table.getByRole('button', { name: /^Claim only: / }).first()).toHaveAttribute('aria-expanded', 'true');
  await expect(table.locator('[data-claim="wording"]').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Each outlet's full text, in article order, is one press away: a panel per outlet, as before.
  await compare.getByRole('button', { name: 'Full text, article order' }).click();
  await expect(table).toHaveCount(0);
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
  // "trilateral cooperation with the United States" is shared, on its content words, and says with how many.
  const asahi = compare.getByRole('region', { name: outletName.get('asahi') ?? 'The Asahi Shimbun', exact: true });
  await expect(asahi.locator('[data-wording="shared"]').filter({ hasText: 'United States' }).first()).toContainText(/shared by \d outlets/);
  await expect(asahi.locator('[data-wording]').filter({ hasText: /^(the|of|with)\b/ })).toHaveCount(0);
  await expect(compare.getByText(/= other shown outlets use the same words/)).toBeVisible();

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

test('hiding an outlet: its column goes, and what is "only in" the others is counted again', async ({ page }) => {
  const rows = claimRows(meeting);
  // An outlet sharing a claim with exactly one other: hidden, that claim becomes the other's alone.
  const pair = rows.find((row) => row.outlets.length === 2)!;
  expect(pair, 'a claim two outlets state').toBeDefined();
  const [keep, hide] = pair.outlets as [string, string];
  await page.goto(`/?event=${meeting.id}&hide=${hide}`);
  const compare = page.getByRole('region', { name: 'Compare outlets' });
  const table = compare.getByRole('table', { name: /Claims lined up across outlets/ });
  await expect(table.getByRole('columnheader')).toHaveCount(corpus.outlets.length);
  await expect(table.getByRole('columnheader', { name: new RegExp(`^${escape(outletName.get(hide)!)}`) })).toHaveCount(0);
  await expect(compare).toContainText('1 outlet is hidden by the outlet filter.');
  const only = compare.getByRole('region', { name: 'Only in one outlet' }).getByRole('listitem').filter({ hasText: `Only in ${outletName.get(keep)}:` });
  await expect(only).toContainText(pair.label);
  await expect(table.locator(`tr[data-claim-row="${pair.id}"]`).getByRole('rowheader')).toContainText(`Only in ${outletName.get(keep)}`);
  // Claims only the hidden outlet states are gone.
  for (const row of rows.filter((r) => r.outlets.length === 1 && r.outlets[0] === hide)) await expect(table.locator(`tr[data-claim-row="${row.id}"]`)).toHaveCount(0);
});

/** What the comparison says of an outlet with no sentence on the event: what was not found, or what may speak of it. */
const silentLine = (name: string) => new RegExp(`Not found in ${escape(name)}: none of its sentences|${escape(name)}: no sentence on this event, (but|though)`);

test('the Dec 11 call: columns for exactly the two reporting outlets, the others said to have no sentence on it', async ({ page }) => {
  expect(call, 'the Dec 11 call is in the corpus').toBeDefined();
  expect(call.outlets).toHaveLength(2);
  await page.goto(`/?event=${call.id}`);
  const compare = page.getByRole('region', { name: 'Compare outlets' });
  await expect(compare).toContainText('Reported by 2 shown outlets of 4.');
  const silent = corpus.outlets.filter((outlet) => !call.outlets.includes(outlet.id));
  for (const outlet of silent) await expect(compare.getByText(silentLine(outlet.name))).toBeVisible();
  if ((call.claims ?? []).length > 0) {
    const headers = compare.getByRole('table').getByRole('columnheader');
    await expect(headers).toHaveCount(3);
    for (const id of call.outlets) await expect(compare.getByRole('table').getByRole('columnheader', { name: new RegExp(`^${escape(outletName.get(id)!)}`) })).toBeVisible();
    await compare.getByRole('button', { name: 'Full text, article order' }).click();
  }
  // The full text: a panel per shown outlet, the silent ones saying so.
  for (const outlet of corpus.outlets) {
    const panel = compare.getByRole('region', { name: outlet.name, exact: true });
    if (call.outlets.includes(outlet.id)) {
      await expect(panel.getByRole('listitem').first(), outlet.name).toBeVisible();
      await expect(panel).not.toContainText(silentLine(outlet.name));
    } else {
      await expect(panel, outlet.name).toContainText(silentLine(outlet.name));
    }
  }

  // Switching an outlet off removes its column and its panel.
  await page.goto(`/?event=${call.id}&hide=${call.outlets[0]}`);
  await expect(compare).toContainText('1 outlet is hidden by the outlet filter.');
  await expect(compare.getByRole('columnheader', { name: new RegExp(`^${escape(outletName.get(call.outlets[0]!)!)}`) })).toHaveCount(0);
  await expect(compare.getByRole('region', { name: outletName.get(call.outlets[0]!)!, exact: true })).toHaveCount(0);
});

test('a panel sentence opens the reader at that sentence, highlighted and focused', async ({ page }) => {
  await page.goto(`/?event=${meeting.id}`);
  const compare = page.getByRole('region', { name: 'Compare outlets' });
  await compare.getByRole('button', { name: 'Full text, article order' }).click();
  const asahi = compare.getByRole('region', { name: 'The Asahi Shimbun', exact: true });
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

test('a silent outlet says what was not found, what it names elsewhere, or folds the sentences that may speak of the event; one opens in the reader', async ({ page }) => {
  // The corpus's leads decide what each silent outlet must say: an event with a lead, and the outlets it names.
  const withLead = corpus.events.find((event) => (event.leads ?? []).length > 0);
  expect(withLead, 'some event of the seeds has a lead').toBeDefined();
  const lead = withLead!.leads![0]!;
  const leadOutlet = outletName.get(lead.outletId)!;
  await page.goto(`/?event=${withLead!.id}`);
  const compare = page.getByRole('region', { name: 'Compare outlets' });
  const count = withLead!.leads!.filter((item) => item.outletId === lead.outletId).length;
  const line = compare.getByText(`${leadOutlet}: no sentence on this event, but ${count} sentence${count === 1 ? '' : 's'} may speak of it.`);
  await expect(line).toBeVisible();
  for (const outlet of corpus.outlets) {
    if (withLead!.outlets.includes(outlet.id) || withLead!.leads!.some((item) => item.outletId === outlet.id)) continue;
    const naming = (withLead!.namingOutlets ?? []).includes(outlet.id);
    await expect(
      compare.getByText(naming ? `${outlet.name}: no sentence on this event, though its articles name` : new RegExp(`Not found in ${escape(outlet.name)}: none of its sentences`)),
    ).toBeVisible();
  }
  // Folded until asked; then each lead is its sentence, why, and a way to read it in place.
  const text = sentenceText.get(lead.sentenceId)!;
  await expect(compare.getByText(text)).toHaveCount(0);
  await line.getByRole('button', { name: count === 1 ? 'Check it' : 'Check them' }).click();
  const item = compare.getByRole('listitem').filter({ hasText: text });
  await expect(item.getByText(lead.why, { exact: true })).toBeVisible();
  await item.getByRole('button', { name: new RegExp(`^Open in article: ${escape(leadOutlet)}, sentence`) }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]sentence=${lead.sentenceId}(&|$)`));
  await expect(page.locator(`#sentence-${lead.sentenceId}`)).toBeFocused();
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
  // A silent cell's words are hidden in the flow, not positioned: a positioned element is a paint layer that every
  // hit test on the page walks, and a big corpus's table has thousands of these cells.
  const silentWords = table.locator('td.coverage-silent .sr-only');
  expect(await silentWords.count()).toBeGreaterThan(0);
  expect(new Set(await silentWords.evaluateAll((spans) => spans.map((span) => getComputedStyle(span).position)))).toEqual(new Set(['static']));
  await expect(silentWords.first()).toHaveCSS('height', '1px');
  await table.getByRole('button', { name: `${call.title}: ${outletName.get(call.outlets[1]!)}`, exact: false }).first().click();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${call.id}(&|$)`));
  await expect(page.getByRole('region', { name: 'Compare outlets' })).toContainText(call.title);
  await expectNoAxeViolations(page);
});

test('on a phone: one outlet at a time, chosen with a switcher, claims as cards, nothing wider than the screen', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/?event=${meeting.id}`);
  const compare = page.getByRole('region', { name: 'Compare outlets' });
  const rows = claimRows(meeting);
  const switcher = compare.getByRole('combobox', { name: 'Outlet shown' });
  await expect(switcher.getByRole('option')).toHaveText(corpus.outlets.map((outlet) => outlet.name));
  await expect(compare.getByRole('table')).toHaveCount(0);
  for (const outlet of [corpus.outlets[0]!, corpus.outlets[2]!]) {
    await switcher.selectOption({ label: outlet.name });
    const stated = rows.filter((row) => row.outlets.includes(outlet.id));
    const unstated = rows.filter((row) => !row.outlets.includes(outlet.id));
    const cards = compare.getByRole('list', { name: `Claims, as ${outlet.name} words them` }).locator(':scope > li');
    // The outlet's own claims first, in the table's order; past a screenful, the rest one press away, counted.
    const more = compare.getByRole('button', { name: new RegExp(`^\\d+ more claims? from ${escape(outlet.name)}$`) });
    if ((await more.count()) > 0) {
      const extra = Number(/(\d+) more/.exec((await more.textContent()) ?? '')?.[1]);
      await expect(cards).toHaveCount(stated.length - extra);
      await more.click();
    }
    await expect(cards).toHaveCount(stated.length);
    expect(await cards.evaluateAll((items) => items.map((item) => item.getAttribute('data-claim-row')))).toEqual(stated.map((row) => row.id));
    // The claims it does not state: folded behind their count, each saying so when opened, in the table's order.
    if (unstated.length > 0) {
      const fold = compare.getByRole('button', { name: `Not in ${outlet.name}: ${unstated.length} claim${unstated.length === 1 ? '' : 's'} other outlets state` });
      if ((await fold.getAttribute('aria-expanded')) === 'false') await fold.click();
      const folded = compare.getByRole('list', { name: `Claims not in ${outlet.name}` }).locator(':scope > li');
      expect(await folded.evaluateAll((items) => items.map((item) => item.getAttribute('data-claim-row')))).toEqual(unstated.map((row) => row.id));
      await expect(folded.filter({ hasText: 'not in this outlet' })).toHaveCount(unstated.length);
    }
  }
  // Cards stack one under another, inside the screen.
  const boxes = await compare.locator('[data-claim-row]').evaluateAll((items) => items.slice(0, 4).map((item) => item.getBoundingClientRect().toJSON() as DOMRect));
  for (let i = 1; i < boxes.length; i += 1) expect(boxes[i]!.y).toBeGreaterThan(boxes[i - 1]!.y + boxes[i - 1]!.height - 1);
  for (const box of boxes) expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page);

  // The full text follows the switcher: the chosen outlet's panel, alone.
  await compare.getByRole('button', { name: 'Full text, article order' }).click();
  const chosen = corpus.outlets[2]!;
  await expect(compare.getByRole('region', { name: chosen.name, exact: true }).getByRole('listitem').first()).toBeVisible();
  for (const outlet of corpus.outlets.filter((o) => o.id !== chosen.id)) await expect(compare.getByRole('region', { name: outlet.name, exact: true })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // Both choices are view state: the link carries them and a reload shows the same comparison.
  await expect(page).toHaveURL(new RegExp(`[?&]compare=text\\b`));
  await expect(page).toHaveURL(new RegExp(`[?&]outlet=${chosen.id}\\b`));
  await page.reload();
  await expect(compare.getByRole('button', { name: 'Full text, article order' })).toHaveAttribute('aria-pressed', 'true');
  await expect(compare.getByRole('combobox', { name: 'Outlet shown' })).toHaveValue(chosen.id);
});

test('with many outlets the claim table and the panels scroll sideways inside their row, and the page does not widen', async ({ page }) => {
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
  // The claim table: a column per reporting outlet, the last ones past the right edge until scrolled to.
  const table = compare.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveCount(corpus.outlets.length + 4 + 1);
  const lastColumn = await table.getByRole('columnheader', { name: /^Made-up Outlet 5/ }).boundingBox();
  expect(lastColumn!.x).toBeGreaterThan(1440);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
  // Made-up Outlet 4 copies an article with no sentence on the meeting: no column, and said so.
  await expect(compare.getByText(silentLine('Made-up Outlet 4'))).toBeVisible();

  await compare.getByRole('button', { name: 'Full text, article order' }).click();
  await expect(compare.getByRole('region', { name: 'Made-up Outlet 5', exact: true })).toBeAttached();
  // Made-up Outlet 4 copies an article with no sentence on the meeting: eight panels, and the silent one named apart.
  await expect(compare).toContainText('8 outlets: the panels scroll sideways');
  await expect(compare.getByRole('region', { name: 'No sentence on this event from 1 shown outlet' })).toContainText('Made-up Outlet 4');
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
