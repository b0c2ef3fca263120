/**
 * Debian's Chromium and the flags every launch here uses (Playwright tests,
 * the screenshot aid, the benchmark): no sandbox as root, no background
 * traffic on a closed network. Never a downloaded browser.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
