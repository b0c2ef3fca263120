import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium';

/**
 * End-to-end tests against the production build (`npm run test:e2e` builds
 * first), in the system's Debian Chromium: no browser download, ever.
 */
// E2E_PORT and E2E_RESULTS let several runs share a machine (with PARALLAX_OUT_DIR for the build).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.E2E_RESULTS ?? 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Axe scans and full-page screenshots of a long page take seconds on a loaded 2-core runner.
  timeout: 60_000,
  workers: 2,
  // One line per test and no step lines, so the closing summary ("N failed" with
  // the failing titles, then "N passed (time)") stands on its own at the end.
  // Piped output has no colour codes unless FORCE_COLOR is set; .ci/run sets
  // NO_COLOR so its log, and that closing line, stay plain text to read and grep.
  reporter: [['list', { printSteps: false }]],
  use: {
    baseURL: BASE_URL,
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    // Not via npx: killing npx would leave vite holding the port (stack notes).
    command: `node_modules/.bin/vite preview --configLoader runner --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
