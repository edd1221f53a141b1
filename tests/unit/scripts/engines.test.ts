import { expect, test, vi } from 'vitest';

test.each([
  ['FIREFOX_PATH', 'launchFirefox', /No Firefox at \/nonexistent\/browser\. Install it with "apt-get install -y firefox-esr"/],
  ['WEBKIT_DRIVER_PATH', 'launchWebKit', /No WebKitWebDriver at \/nonexistent\/browser\. Install it with "apt-get install -y webkit2gtk-driver"/],
] as const)('without %s the %s launcher fails and says how to install it', async (variable, launcher, message) => {
  vi.stubEnv(variable, '/nonexistent/browser');
  vi.resetModules();
  const engines = await import('../../../scripts/engines.mjs');
  await expect(engines[launcher]()).rejects.toThrow(message);
  vi.unstubAllEnvs();
});
