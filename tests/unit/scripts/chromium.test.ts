import { expect, test, vi } from 'vitest';

test('without a Chromium the Chromium launcher fails and says how to install one', async () => {
  vi.stubEnv('CHROME_PATH', '/nonexistent/chromium');
  vi.resetModules();
  const { launchChromium } = await import('../../../scripts/chromium.mjs');
  await expect(launchChromium()).rejects.toThrow(/No Chromium at \/nonexistent\/chromium\. Install it with "apt-get install -y chromium"/);
  vi.unstubAllEnvs();
});

test.each([
  ['FIREFOX_PATH', 'launchFirefox', /No Firefox at \/nonexistent\/browser\. Install it with "apt-get install -y firefox-esr"/],
  ['WEBKIT_DRIVER_PATH', 'launchWebKit', /No WebKitWebDriver at \/nonexistent\/browser\. Install it with "apt-get install -y webkit2gtk-driver"/],
] as const)('without %s the %s launcher fails and says how to install it', async (variable, launcher, message) => {
  vi.stubEnv(variable, '/nonexistent/browser');
  vi.resetModules();
  const engines = await import('../../scripts/engines.mjs');
  await expect(engines[launcher]()).rejects.toThrow(message);
  vi.unstubAllEnvs();
});
