import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusIndexData } from '../../src/lib/corpus/schema';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The index the app under test was built with (the e2e run builds before it tests). */
const index = JSON.parse(readFileSync(join(process.env.PARALLAX_OUT_DIR ?? 'dist', 'data', 'index.json'), 'utf8')) as CorpusIndexData;
const review = index.review ?? [];

test('"Needs checking" sits folded beside the articles; opened, it lists each item with its line to copy, and axe finds nothing', async ({ page }) => {
  await page.goto('/');
  const toggle = page.getByRole('button', { name: `Needs checking (${review.length})` });
  await toggle.scrollIntoViewIfNeeded();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // Folded, it never reaches the first screen.
  const box = await page.getByRole('region', { name: /^Needs checking/ }).boundingBox();
  expect(box?.height ?? 0).toBeLessThan(120);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const region = page.getByRole('region', { name: /^Needs checking/ });
  const snippets = review.reduce((sum, item) => sum + item.snippets.length, 0);
  await expect(region.getByRole('button', { name: /^Copy the / })).toHaveCount(snippets);
  await expect(region.getByText(review[0]!.title, { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // A sentence it names opens in the reader.
  const withSentence = review.find((item) => item.sentenceIds.length > 0);
  if (withSentence) {
    const short = withSentence.sentenceIds[0]!.slice(withSentence.articleId.length + 1);
    await region.getByRole('button', { name: `Show ${short} of article ${withSentence.articleId} in the reader` }).first().click();
    await expect(page).toHaveURL(new RegExp(`article=${withSentence.articleId}`));
    await expect(page.getByRole('button', { name: 'Close article' })).toBeVisible();
  }
});
