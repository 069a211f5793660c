// Launches the system Chromium with the flags this closed-network machine needs (../shared/notes/toolchain.md).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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

export async function launchChromium() {
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    userDataDir: await mkdtemp(join(tmpdir(), 'plan-widgets-chromium-')),
    args: [...chromiumArgs, '--font-render-hinting=none'],
  });
}
