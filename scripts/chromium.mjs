// Launches the system Chromium with the flags this closed-network machine needs: as root it needs
// --no-sandbox, and without the background-networking flags it keeps knocking on the closed network.
import { mkdtemp, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserEnvironment, browserPath, findBrowser } from './browsers.mjs';

/** The Chromium that scripts/browsers.mjs found (CHROMIUM_PATH, else the usual places and PATH), if any. */
export const chromiumPath = findBrowser('chromium');

// Root needs --no-sandbox; without the others Chromium keeps knocking on the closed network.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Starts Chromium with a fresh profile in a temporary folder, which also serves as its HOME and
 * TMPDIR; `browser.close()` (or the end of the process) removes the folder. `args` are added to the
 * usual flags (for example `['--js-flags=--expose-gc']`).
 */
export async function launchChromium({ args = [] } = {}) {
  const folder = await mkdtemp(join(tmpdir(), 'plan-widgets-chromium-'));
  const removeNow = () => rmSync(folder, { recursive: true, force: true });
  process.once('exit', removeNow);
  const browser = await puppeteer.launch({
    executablePath: browserPath('chromium'),
    headless: true,
    userDataDir: join(folder, 'profile'),
    env: { ...process.env, ...browserEnvironment(folder) },
    args: [...chromiumArgs, '--font-render-hinting=none', ...args],
  });
  const close = browser.close.bind(browser);
  browser.close = async () => {
    try {
      await close();
    } finally {
      await rm(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      process.off('exit', removeNow);
    }
  };
  return browser;
}
