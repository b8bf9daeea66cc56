// chromium.mjs — Debian's headless Chromium as the e2e tests (tests/e2e/harness.ts), the browser
// benchmarks (bench/browser.mjs, bench/soak-browser.mjs) and the README's screenshot launch it.
// TOOLCHAIN.md: never a downloaded browser, software rendering, nothing fetched from the network.
import { chromium } from 'playwright-core';

/** The browser binary: Debian's package, or $CHROMIUM. */
export const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A headless Chromium with CHROMIUM_ARGS.
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
