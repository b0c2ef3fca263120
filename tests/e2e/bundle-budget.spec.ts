import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSizes, FIRST_PAINT_BUDGET } from '../../bench/bundle-budget';
import { expect, test } from './fixtures';

// The build the e2e run serves (npm run test:e2e builds first); sizes, not timings, so it is safe in CI.
const outDir = process.env.PARALLAX_OUT_DIR ?? 'dist';

test('the first-paint JavaScript and CSS together stay within their gzipped budget', () => {
  const sizes = bundleSizes(outDir);
  const scripts = sizes.firstPaint.filter((file) => file.endsWith('.js'));
  const styles = sizes.firstPaint.filter((file) => file.endsWith('.css'));
  expect(scripts.length).toBeGreaterThan(0);
  expect(styles.length).toBeGreaterThan(0);
  expect(sizes.firstPaintGzip).toBe(sizes.firstPaintJsGzip + sizes.firstPaintCssGzip);
  expect(
    sizes.firstPaintGzip,
    `first paint ${sizes.firstPaint.join(', ')} is ${sizes.firstPaintGzip} bytes gzipped (JS ${sizes.firstPaintJsGzip} + CSS ${sizes.firstPaintCssGzip}); budget ${FIRST_PAINT_BUDGET} (see BENCHMARKS.md)`,
  ).toBeLessThanOrEqual(FIRST_PAINT_BUDGET);
});

test('the timeline library and the validator are not on the first-paint path', () => {
  const sizes = bundleSizes(outDir);
  const lazy = sizes.assets.filter((asset) => asset.file.endsWith('.js') && !sizes.firstPaint.includes(asset.file));
  const lazyFiles = lazy.map((asset) => asset.file);
  expect(lazyFiles.some((file) => /timeline-view/.test(file)), `lazy chunks: ${lazyFiles.join(', ')}`).toBe(true);
  // The corpus schema (zod) loads beside the corpus, not before the first paint.
  expect(lazyFiles.some((file) => /schema/.test(file)), `lazy chunks: ${lazyFiles.join(', ')}`).toBe(true);
  for (const file of sizes.firstPaint.filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(join(outDir, file), 'utf8');
    // vis-timeline's own class names and moment's warning text only exist in those libraries.
    expect(code, `${file} holds vis-timeline`).not.toContain('vis-timeline');
    expect(code, `${file} holds moment`).not.toContain('Deprecation warning');
  }
});
