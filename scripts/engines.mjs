/**
 * The two engines besides Chromium (scripts/chromium.mjs) that the cross-engine test drives, both from Debian:
 * Firefox ESR over WebDriver BiDi through puppeteer-core (Debian packages no geckodriver), and WebKitGTK's
 * MiniBrowser through WebKitWebDriver and selenium-webdriver, in a virtual X display (Xvfb), as WebKitGTK has no
 * headless mode. Nothing is downloaded: the paths are Debian's (FIREFOX_PATH, WEBKIT_DRIVER_PATH, MINIBROWSER_PATH
 * to use others), and selenium-webdriver is handed its driver's address, so its selenium-manager never runs.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const triplet = process.arch === 'arm64' ? 'aarch64-linux-gnu' : 'x86_64-linux-gnu';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const miniBrowserPath = process.env.MINIBROWSER_PATH ?? `/usr/lib/${triplet}/webkit2gtk-4.1/MiniBrowser`;

/** Throws a message saying how to install what is missing. */
function assertInstalled(/** @type {string} */ path, /** @type {string} */ what, /** @type {string} */ packages) {
  if (!existsSync(path)) {
    throw new Error(`No ${what} at ${path}. Install it with "apt-get install -y ${packages}" (or run scripts/setup-tests.sh).`);
  }
}

/**
 * Headless Firefox ESR in light or dark colours (the content's prefers-color-scheme: BiDi has no media emulation).
 * @returns {Promise<import('puppeteer-core').Browser>}
 */
export async function launchFirefox({ dark = false } = {}) {
  assertInstalled(firefoxPath, 'Firefox', 'firefox-esr');
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    // Overlay scrollbars, as on phones and in the other two engines here: classic ones narrow the page by 12 px.
    // puppeteer's own profile already turns off updates, telemetry and other background traffic.
    extraPrefsFirefox: { 'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1, 'ui.useOverlayScrollbars': 1 },
  });
}

/** A loopback port free now, for WebKitWebDriver (which takes a port, not 0). */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });

/**
 * Starts Xvfb on a display it picks itself (-displayfd) and resolves with that display once it accepts clients.
 * With no window manager, X gives the keyboard to the window under the pointer, which rests mid-screen: on a
 * 400 × 900 screen that point (200, 450) lies inside every window the tests open at the top left, 390 × 844 the
 * smallest, so each has the keyboard (without it, Tab still moves focus but :focus-visible never matches).
 */
function startXvfb() {
  assertInstalled('/usr/bin/Xvfb', 'Xvfb', 'xvfb');
  const xvfb = spawn('/usr/bin/Xvfb', ['-displayfd', '3', '-screen', '0', '400x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3]?.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, stop: () => xvfb.kill() });
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it opened a display`)));
  });
}

/** Resolves when the driver answers /status ready; a driver that exits first rejects. */
async function driverReady(/** @type {string} */ url, /** @type {import('node:child_process').ChildProcess} */ driver) {
  const exited = new Promise((_, reject) => driver.once('exit', (code) => reject(new Error(`WebKitWebDriver exited (${code})`))));
  const poll = async () => {
    for (;;) {
      const ready = await fetch(`${url}/status`).then((r) => r.json()).then((s) => s.value?.ready, () => false);
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  await Promise.race([poll(), exited]);
}

/**
 * WebKitGTK's MiniBrowser in its own Xvfb display, light or dark, through WebKitWebDriver. Full screen hides
 * MiniBrowser's toolbar, so the viewport is the window: set the window's size for the viewport's.
 * @returns {Promise<{ driver: import('selenium-webdriver').WebDriver, close: () => Promise<void> }>}
 */
export async function launchWebKit({ dark = false } = {}) {
  assertInstalled(webkitDriverPath, 'WebKitWebDriver', 'webkit2gtk-driver');
  assertInstalled(miniBrowserPath, 'MiniBrowser', 'webkit2gtk-driver');
  const { Builder } = await import('selenium-webdriver');
  const xvfb = /** @type {{ display: string, stop: () => void }} */ (await startXvfb());
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(webkitDriverPath, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: xvfb.display } });
  const stop = () => {
    server.kill();
    xvfb.stop();
  };
  try {
    await driverReady(url, server);
    const args = ['--automation', '--full-screen', ...(dark ? ['--dark-mode'] : [])];
    const driver = await new Builder()
      .disableEnvironmentOverrides()
      .usingServer(url)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: miniBrowserPath, args } })
      .build();
    return { driver, close: () => driver.quit().finally(stop) };
  } catch (error) {
    stop();
    throw error;
  }
}
