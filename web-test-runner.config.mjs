// The browser tests: every test/**/*.test.ts in Chromium and Firefox (test/media/ in Chromium only),
// against Lit's production build, but for the reliability tests (scripts/reliability-tests.mjs), which
// web-test-runner.reliability.config.mjs runs (`npm run test:reliability`) with this configuration.
// web-test-runner.lit-dev.config.mjs runs them all again against Lit's development build.
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { cspPages } from './test/host/csp-pages.mjs';
import { embedTestPages } from './test/embed/test-pages.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { browserPaths, isolateBrowserProfiles } from './scripts/browsers.mjs';
import { chromiumArgs } from './scripts/chromium.mjs';
import { browserReliabilityTests } from './scripts/reliability-tests.mjs';

// Browser profiles, caches and temporary files go into one folder that is removed when the run ends.
isolateBrowserProfiles('plan-widgets-wtr');
// Found by scripts/browsers.mjs (CHROMIUM_PATH / FIREFOX_PATH, else the usual places and PATH).
const paths = browserPaths();

export const chromium = () =>
  chromeLauncher({ launchOptions: { executablePath: paths.chromium, headless: true, args: chromiumArgs } });

/** Firefox, with `preferences` set as a visitor's system settings would (test/firefox-settings/). */
export const firefox = (preferences = {}) =>
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: paths.firefox, headless: true, extraPrefsFirefox: preferences },
  });

const feedText = readFileSync(new URL('./demo/feeds/riverton-2026-27.json', import.meta.url), 'utf8');
const asked = new Map();

/**
 * Feeds served as servers do, for test/feed/load.test.ts. `/test/server/etag/<key>.json` has an ETag
 * and answers 304 when asked with it; `/test/server/flaky/<key>.json` answers 503 twice, then the feed;
 * `/test/server/asked/<key>` lists the `If-None-Match` of each request made for `<key>`.
 */
function feedServer(context, next) {
  const [, kind, key] = /^\/test\/server\/(etag|flaky|asked)\/([\w-]+)/.exec(context.path) ?? [];
  if (kind === undefined) return next();
  if (kind === 'asked') {
    context.body = asked.get(key) ?? [];
    return undefined;
  }
  const requests = asked.get(key) ?? [];
  asked.set(key, [...requests, context.get('If-None-Match') || null]);
  if (kind === 'flaky' && requests.length < 2) {
    context.status = 503;
    return undefined;
  }
  context.set('ETag', '"v1"');
  if (kind === 'etag' && context.get('If-None-Match') === '"v1"') {
    context.status = 304;
    return undefined;
  }
  context.type = 'application/json';
  context.body = feedText;
  return undefined;
}

/** The fast-check cases that passed, by browser name: test/fixtures/fuzz.ts sends each property's count. */
export const fuzzCases = new Map();

/** The server side of test/fixtures/fuzz.ts's `fuzz-cases` command. */
const fuzzCasesPlugin = {
  name: 'fuzz-cases',
  executeCommand({ command, payload, session }) {
    if (command !== 'fuzz-cases') return undefined;
    const { properties = 0, cases = 0 } = fuzzCases.get(session.browser.name) ?? {};
    fuzzCases.set(session.browser.name, { properties: properties + 1, cases: cases + payload.cases });
    return true;
  },
};

/** One DevTools session per page: the media it emulates lasts as long as the session. */
const devtoolsSessions = new WeakMap();

/**
 * `emulate-media-features` for test/media/: forced colours and `prefers-contrast`, which neither the
 * stock `emulateMedia` command nor Puppeteer's own call lets through, set over the DevTools protocol.
 * The features given replace those set before by this command.
 */
const mediaFeaturesPlugin = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    const page = session.browser.getPage(session.id);
    if (!devtoolsSessions.has(page)) devtoolsSessions.set(page, await page.createCDPSession());
    await devtoolsSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
    return true;
  },
};

/**
 * `accessibility-tree` for test/media/: Chromium's accessibility tree under the first element that
 * matches `payload.selector`, shadow roots included. Every node is kept: the stock `a11ySnapshot`
 * command keeps only Puppeteer's "interesting" ones, which leaves out lists and headings that hold a button.
 */
const accessibilityTreePlugin = {
  name: 'accessibility-tree',
  async executeCommand({ command, payload, session }) {
    if (command !== 'accessibility-tree') return undefined;
    const page = session.browser.getPage(session.id);
    return page.accessibility.snapshot({ root: await page.$(payload.selector), interestingOnly: false });
  },
};

// test/media/ emulates media features (emulateMedia), which Firefox's WebDriver BiDi cannot, and reads
// Chromium's accessibility tree. Firefox reads the same settings from preferences, each test file of
// test/firefox-settings/ in a Firefox started with them.
const chromiumOnly = 'test/media/**/*.test.ts';
export const firefoxSettings = 'test/firefox-settings/**/*.test.ts';

export default {
  files: [
    'test/**/*.test.ts',
    `!${chromiumOnly}`,
    `!${firefoxSettings}`,
    ...browserReliabilityTests.map((pattern) => `!${pattern}`),
  ],
  groups: [
    { name: 'chromium-only', files: chromiumOnly, browsers: [chromium()] },
    {
      name: 'firefox-preferences',
      files: 'test/firefox-settings/preferences.test.ts',
      browsers: [
        firefox({
          'ui.prefersReducedMotion': 1,
          'layout.css.prefers-color-scheme.content-override': 0,
          'ui.useAccessibilityTheme': 1,
        }),
      ],
    },
    {
      name: 'firefox-forced-colors',
      files: 'test/firefox-settings/forced-colors.test.ts',
      // The page's colours replaced by the system's ("Override the colours specified by the page: Always").
      browsers: [firefox({ 'browser.display.document_color_use': 2 })],
    },
  ],
  nodeResolve: { exportConditions: ['production'] },
  middleware: [feedServer, cspPages, embedTestPages],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    fuzzCasesPlugin,
    mediaFeaturesPlugin,
    accessibilityTreePlugin,
  ],
  browsers: [chromium(), firefox()],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
