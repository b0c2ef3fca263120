import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus, CorpusIndexData } from '../../src/lib/corpus/schema';
import { centralEvent } from '../../src/lib/story';
import { expect, test } from './fixtures';

// The workspace (timeline, event list, selected event, names, articles) is a chunk of its own, fetched at boot beside
// the index (src/app/shell.tsx): these tests hold that chunk back, as a slow connection would.
const outDir = process.env.PARALLAX_OUT_DIR ?? 'dist';
const corpus = JSON.parse(readFileSync(join(outDir, 'corpus.json'), 'utf8')) as Corpus;
const index = JSON.parse(readFileSync(join(outDir, 'data', 'index.json'), 'utf8')) as CorpusIndexData;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('while the workspace chunk is on its way the prerendered page stays as it is, and clicks on it are kept', async ({ page }) => {
  let chunkArrives!: () => void;
  const arrival = new Promise<void>((resolve) => (chunkArrives = resolve));
  let requested = false;
  await page.route(/\/assets\/workspace-[^/]*\.js$/, async (route) => {
    requested = true;
    await arrival;
    await route.continue();
  });
  const indexLoaded = page.waitForResponse(/\/data\/index\.json$/);
  await page.goto('/');
  // The index is here; the chunk has been asked for (at boot, beside it), not answered.
  await indexLoaded;
  await expect.poll(() => requested).toBe(true);
  const events = page.getByRole('listbox', { name: /Events/ });
  await expect(events.getByRole('option')).toHaveCount(corpus.events.length);
  await expect(page.getByText('Loading the timeline…')).toHaveCount(0);
  const central = centralEvent(index)!;
  const other = corpus.events.find((event) => event.id !== central.id)!;
  const firstOutlet = corpus.outlets[0]!;
  await events.getByRole('option', { name: new RegExp(escape(other.title)) }).click();
  const outletBox = page.getByRole('group', { name: /Outlets/ }).getByRole('checkbox', { name: new RegExp(`^${escape(firstOutlet.name)}`) });
  await outletBox.click({ force: true });
  // Held, not acted on yet.
  await expect(outletBox).toBeChecked();
  expect(page.url()).not.toMatch(/[?&]event=/);
  chunkArrives();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${other.id}(&|$)`));
  await expect(page).toHaveURL(new RegExp(`[?&]hide=${firstOutlet.id}(&|$)`));
  await expect(outletBox).not.toBeChecked();
  await expect(events.getByRole('option', { selected: true })).toContainText(other.title);
  // The rest of the workspace is React's too: the chart arrives, and a name pressed in the index goes into the URL.
  await expect(page.locator('.vis-timeline')).toBeVisible();
  const names = page.getByRole('region', { name: 'Names in the story' });
  await names.getByRole('button').first().click();
  await expect(page).toHaveURL(/[?&]entities=/);
});
