/**
 * What the built index.html makes the browser load before first paint, and the
 * budget for it. Shared by the benchmark and the CI budget check
 * (tests/e2e/bundle-budget.spec.ts): sizes from the build output, never timings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** First-paint JavaScript + CSS together, gzipped (issue 14's target; kB as Vite prints them: 1,000 bytes). */
export const FIRST_PAINT_BUDGET = 100_000;

export interface AssetSize {
  file: string;
  bytes: number;
  gzip: number;
}

export const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

export function bundleSizes(outDir: string) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  // Its module script, modulepreloads and stylesheets: everything fetched before the app renders.
  const firstPaint = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="\/?(assets\/[^"]+)"/g)].map((match) => match[1]!);
  const assets: AssetSize[] = readdirSync(join(outDir, 'assets'))
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => {
      const bytes = readFileSync(join(outDir, 'assets', file));
      return { file: `assets/${file}`, bytes: bytes.length, gzip: gzipSize(bytes) };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const sum = (list: AssetSize[]) => list.reduce((total, asset) => total + asset.gzip, 0);
  const initial = assets.filter((asset) => firstPaint.includes(asset.file));
  return {
    assets,
    firstPaint: initial.map((asset) => asset.file),
    firstPaintJsGzip: sum(initial.filter((asset) => asset.file.endsWith('.js'))),
    firstPaintCssGzip: sum(initial.filter((asset) => asset.file.endsWith('.css'))),
    /** JavaScript + CSS: what FIRST_PAINT_BUDGET bounds. */
    firstPaintGzip: sum(initial),
    lazyJsGzip: sum(assets.filter((asset) => asset.file.endsWith('.js') && !initial.includes(asset))),
    totalJsGzip: sum(assets.filter((asset) => asset.file.endsWith('.js'))),
  };
}
