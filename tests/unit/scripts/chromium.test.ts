import { expect, test, vi } from 'vitest';

test('without a Chromium the Chromium launcher fails and says how to install one', async () => {
  vi.stubEnv('CHROME_PATH', '/nonexistent/chromium');
  vi.resetModules();
  const { launchChromium } = await import('../../../scripts/chromium.mjs');
  await expect(launchChromium()).rejects.toThrow(/No Chromium at \/nonexistent\/chromium\. Install it with "apt-get install -y chromium"/);
  vi.unstubAllEnvs();
});
