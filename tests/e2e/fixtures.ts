/**
 * The shared Playwright `test` for Parallax. Every test gets `pageProblems`
 * automatically: console errors, uncaught page errors and Content Security
 * Policy violations fail the test after it ran, listed one per line.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import type { Corpus } from '../../src/lib/corpus/schema';
import { publishedFiles } from '../../src/pipeline/publish';
import { contentHash } from '../../src/pipeline/vite-plugin';

export { expect };

/** What an init script records in the page for every CSP violation. */
interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
}

declare global {
  interface Window {
    __parallaxCspViolations?: CspViolation[];
  }
}

const CSP_STORE = 'parallax:csp-violations';

/**
 * Runs before any page script. Violations go on `window` and into
 * sessionStorage too, so those from before a reload are not lost with the page.
 */
function recordCspViolations(storeKey: string) {
  let stored: CspViolation[] = [];
  try {
    stored = JSON.parse(window.sessionStorage.getItem(storeKey) ?? '[]') as CspViolation[];
  } catch {
    stored = [];
  }
  window.__parallaxCspViolations = stored;
  document.addEventListener('securitypolicyviolation', (event) => {
    const violation = { directive: event.effectiveDirective, blocked: event.blockedURI, source: event.sourceFile, line: event.lineNumber };
    window.__parallaxCspViolations?.push(violation);
    try {
      window.sessionStorage.setItem(storeKey, JSON.stringify(window.__parallaxCspViolations));
    } catch {
      // Storage may be unavailable (e.g. on about:blank); the window copy remains.
    }
  });
}

export interface PageProblems {
  /** Problems seen so far, one readable line each. */
  readonly problems: string[];
  /** Tolerate console errors matching this pattern in the current test (say why at the call site). */
  allowConsoleError(pattern: RegExp): void;
}

export const test = base.extend<{ pageProblems: PageProblems }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      await page.addInitScript(recordCspViolations, CSP_STORE);
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (allowed.some((pattern) => pattern.test(text))) return;
        const { url, lineNumber } = message.location();
        problems.push(`console error: ${text}${url ? ` (at ${url}:${lineNumber})` : ''}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));

      await use({ problems, allowConsoleError: (pattern) => allowed.push(pattern) });

      const violations = page.isClosed()
        ? []
        : await page.evaluate(() => window.__parallaxCspViolations ?? []).catch((): CspViolation[] => []);
      for (const violation of violations) {
        problems.push(
          `CSP violation: ${violation.directive} blocked ${violation.blocked || '(inline)'}` +
            (violation.source ? ` (at ${violation.source}:${violation.line})` : ''),
        );
      }
      expect(problems, 'the page logged errors or violated its Content Security Policy').toEqual([]);
    },
    { auto: true },
  ],
});

/** One readable block per axe violation: rule, impact, what it means, and where. */
export function formatAxeViolations(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.map((violation) => {
    const nodes = violation.nodes
      .slice(0, 5)
      .map((node) => `    at ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n\s*/g, '; ') ?? ''}`)
      .join('\n');
    const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
    return `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n    ${violation.helpUrl}\n${nodes}${more}`;
  });
}

/** Run axe (WCAG 2.0 A/AA and 2.1 AA) on the page as it is now and fail with a readable list. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const report = formatAxeViolations(results.violations);
  if (report.length > 0) {
    await test.info().attach('axe-violations.txt', { body: report.join('\n\n'), contentType: 'text/plain' });
  }
  expect(report, `axe found ${report.length} accessibility violation(s)`).toEqual([]);
}

/**
 * Serve another corpus to the page, published exactly as the build publishes
 * one (index, event details, article bodies, corpus.json), in place of the
 * built one. For layouts the seeds cannot show (many outlets, say).
 */
export async function routeCorpus(page: Page, corpus: Corpus): Promise<void> {
  const files = new Map(publishedFiles(corpus, `${JSON.stringify(corpus)}\n`, contentHash).map((file) => [file.path, file.contents]));
  await page.route(/\/(corpus\.json|data\/.*\.json)$/, (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\//, '');
    const body = files.get(path);
    return body === undefined ? route.fulfill({ status: 404, body: 'not found' }) : route.fulfill({ status: 200, contentType: 'application/json', body });
  });
}
