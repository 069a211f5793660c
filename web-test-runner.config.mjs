// The browser tests: every test/**/*.test.ts in Chromium and Firefox (test/media/ in Chromium only),
// against Lit's production build.
// web-test-runner.lit-dev.config.mjs runs them again against Lit's development build.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { browserPaths, isolateBrowserProfiles } from './scripts/browsers.mjs';
import { chromiumArgs } from './scripts/chromium.mjs';

// Browser profiles, caches and temporary files go into one folder that is removed when the run ends.
isolateBrowserProfiles('plan-widgets-wtr');
// Found by scripts/browsers.mjs (CHROMIUM_PATH / FIREFOX_PATH, else the usual places and PATH).
const paths = browserPaths();

export const chromium = () =>
  chromeLauncher({ launchOptions: { executablePath: paths.chromium, headless: true, args: chromiumArgs } });

export const firefox = () =>
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: paths.firefox, headless: true },
  });

// test/media/ emulates media features (emulateMedia), which Firefox's WebDriver BiDi cannot.
const chromiumOnly = 'test/media/**/*.test.ts';

export default {
  files: ['test/**/*.test.ts', `!${chromiumOnly}`],
  groups: [{ name: 'chromium-only', files: chromiumOnly, browsers: [chromium()] }],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  browsers: [chromium(), firefox()],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
