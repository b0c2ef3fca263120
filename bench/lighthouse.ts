/**
 * One Lighthouse run (mobile profile, Debian's Chromium with the bench's flags) and the figures the bench reports.
 * Shared by `npm run bench` and bench/experiments/lighthouse-ab.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './measure-browser';

const ROOT = resolve(import.meta.dirname, '..');
const round = (value: number | null, digits = 0) => (value === null ? null : Number(value.toFixed(digits)));

export interface LighthouseScores {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  failedAudits: string[];
}

export function runLighthouse(url: string, outFile: string): Promise<LighthouseScores> {
  const cli = join(ROOT, 'node_modules/lighthouse/cli/index.js');
  const args = [
    cli,
    url,
    '--output=json',
    `--output-path=${outFile}`,
    '--only-categories=performance,accessibility,best-practices',
    // Lighthouse splits this string with yargs: a value with spaces is quoted.
    `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.map((flag) => flag.replace(/^(--[\w-]+=)(.* .*)$/, '$1"$2"')).join(' ')}`,
    '--quiet',
  ];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0 || !existsSync(outFile)) {
        reject(new Error(`lighthouse failed (${code}): ${stderr.slice(-1500)}`));
        return;
      }
      const report = JSON.parse(readFileSync(outFile, 'utf8')) as {
        categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
        audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode: string }>;
      };
      const score = (id: string) => (report.categories[id]?.score == null ? null : Math.round(report.categories[id]!.score! * 100));
      const numeric = (id: string) => round(report.audits[id]?.numericValue ?? null, id === 'cumulative-layout-shift' ? 3 : 0);
      const failedAudits = Object.values(report.categories)
        .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id))
        .filter((id) => {
          const audit = report.audits[id];
          return audit && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'informative' && audit.score !== null && audit.score < 0.9;
        });
      resolvePromise({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        fcpMs: numeric('first-contentful-paint'),
        lcpMs: numeric('largest-contentful-paint'),
        tbtMs: numeric('total-blocking-time'),
        cls: numeric('cumulative-layout-shift'),
        failedAudits: [...new Set(failedAudits)],
      });
    });
  });
}

