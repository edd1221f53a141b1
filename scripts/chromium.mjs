/**
 * Debian's Chromium (CHROME_PATH to use another) through playwright-core: the one launcher for the
 * browser tests (tests/helpers/browser.ts), `npm run pdf` and `npm run bench`. Plain Node ESM, so the
 * scripts run without a TypeScript step.
 */
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Headless, and no background traffic to hosts this machine cannot reach (it would count as third-party requests). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Throws a message saying how to get a Chromium when there is none at chromiumPath. */
export function assertChromium() {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}. Install it with "apt-get install -y chromium" (or run scripts/setup-tests.sh), ` +
        'or point CHROME_PATH at a Chromium or Chrome binary.',
    );
  }
}

/** @returns {Promise<import('playwright-core').Browser>} */
export async function launchChromium() {
  assertChromium();
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
