import { expect, expectNoAxeViolations, test } from './fixtures';

/** Outlet name → how many of the five seed articles it published. */
const OUTLETS: [string, number][] = [
  ['The Japan News', 2],
  ['Korea JoongAng Daily', 1],
  ['Kyodo News', 1],
  ['The Asahi Shimbun', 1],
];
const FURNITURE = ['print dictionary print', 'Trackback', 'POPULAR ARTICLE'];

/** Articles whose raw pages carry furniture, with a sentence of their text and the outlet. */
const ARTICLES = [
  {
    id: '001',
    button: /^Korea JoongAng Daily\s*Korea-Japan foreign ministers to meet in Seoul/,
    sentence: "Iwaya's visit marks the second major foreign delegation to Seoul since Yoon's impeachment.",
  },
  {
    id: '002',
    button: /^Kyodo News\s*Japan, South Korea Affirm Ties' Importance/,
    sentence: 'Iwaya is on a four-day overseas trip through Thursday that also includes visits to the Philippines and Palau.',
  },
  {
    id: '003',
    button: /^The Japan News.*Foreign Ministers of Japan, South Korea Confirm Continuing Cooperation/,
    sentence: 'It was the first talk between Iwaya and Cho following the recent declaration of martial law in South Korea.',
  },
];

/** The reader: a drawer beside the page (compare panels and the event detail are articles too). */
const READER = { name: 'Article reader' } as const;

test('lists the articles, opens one cleanly, keeps the view in the URL, and passes axe', async ({ page }) => {
  // Three articles opened, an axe scan open and one closed: slow on a loaded 2-core runner.
  test.slow();
  await page.goto('/');
  const list = page.getByRole('region', { name: /Articles/ });
  await expect(list.getByRole('button')).toHaveCount(5);
  for (const [outlet, count] of OUTLETS) {
    await expect(list.getByRole('button', { name: new RegExp(`^${outlet}`) }), outlet).toHaveCount(count);
  }
  // In the order they came out: the Dec 12 Japan News report first, the Jan 14 ones last.
  // Text content: the list is below the fold, where content-visibility skips rendering (no inner text yet).
  const names = await list.getByRole('button').allTextContents();
  expect(names[0]).toMatch(/^The Japan News[\s\S]*Foreign Ministers of Japan, South Korea Confirm/);
  expect(names[1]).toMatch(/^Korea JoongAng Daily/);

  for (const article of ARTICLES) {
    await list.getByRole('button', { name: article.button }).click();
    const reader = page.getByRole('complementary', READER);
    await expect(reader.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(reader).toContainText(article.sentence);
    await expect(page).toHaveURL(new RegExp(`[?&]article=${article.id}(&|$)`));
    const text = await reader.innerText();
    for (const furniture of FURNITURE) expect(text, `"${furniture}" in the reader of ${article.id}`).not.toContain(furniture);
  }

  // The last article opened stays open across a reload of its URL.
  const [last] = ARTICLES.slice(-1);
  await page.reload();
  const reader = page.getByRole('complementary', READER);
  await expect(reader).toContainText(last!.sentence);
  await expect(page).toHaveURL(/[?&]article=003(&|$)/);

  // Open the JoongAng article again and look at what was removed from its page.
  await list.getByRole('button', { name: ARTICLES[0]!.button }).click();
  await expect(reader).toContainText(ARTICLES[0]!.sentence);
  const toggle = reader.getByRole('button', { name: /^Show \d+ removed lines$/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(reader.getByRole('button', { name: /^Hide \d+ removed lines$/ })).toHaveAttribute('aria-expanded', 'true');
  const removed = reader.getByRole('table');
  await expect(removed.getByRole('columnheader', { name: 'Why removed' })).toBeVisible();
  await expect(removed.getByRole('row').filter({ hasText: 'print dictionary print' })).toContainText('site control');

  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/foundation.png', fullPage: true });

  await reader.getByRole('button', { name: 'Close article' }).click();
  await expect(page.getByRole('complementary', READER)).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.has('article')).toBe(false);
  await expectNoAxeViolations(page);
});

test('a corrupt corpus index shows an error with Retry, and Retry recovers', async ({ page }) => {
  const corpusUrl = '**/data/index.json';
  await page.route(corpusUrl, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"version":1,"outlets":[{"id":"japan-news","na' }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The corpus could not be loaded');
  await expect(alert).toContainText('not valid JSON');
  await expect(page.getByRole('region', { name: /Articles/ })).toHaveCount(0);

  await page.unroute(corpusUrl);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('region', { name: /Articles/ }).getByRole('button')).toHaveCount(5);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
