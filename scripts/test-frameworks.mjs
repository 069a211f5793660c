// `npm run test:frameworks`: the three apps of test/frameworks/ (React 19, Vue 3.5, and a plain app
// with its own @lit/localize) use the built package as a framework developer would, by its name and
// with no declaration of their own. Each is type-checked (strict), built by Vite into a temporary
// folder, served, and run in headless Chromium, where its widget must render its cards, its events
// arrive with their typed detail, and the page log no error or warning. Needs dist/ (`npm run build`).
/* global document, customElements -- the functions given to page.evaluate and page.waitForFunction run in the page */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { browserPath } from './browsers.mjs';
import { launchChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const frameworks = join(root, 'test/frameworks');
/** How long a page may take to show what it must: it takes well under a second. */
const WAIT = 5_000;

/** What the app wrote into one of its `<output>`s, once it has written something there. */
async function outputText(page, id, what) {
  try {
    const handle = await page.waitForFunction(
      (id) => document.getElementById(id)?.textContent || undefined,
      { timeout: WAIT },
      id,
    );
    return await handle.jsonValue();
  } catch (error) {
    throw new Error(`#${id} still empty after ${WAIT / 1000} s: ${what}`, { cause: error });
  }
}

/** What the first `<plan-summary>` of the page shows: its cards' titles, its heading, how `feed` was set. */
function summaryState(page) {
  return page.evaluate(() => {
    const summary = document.querySelector('plan-summary');
    const root = summary?.shadowRoot;
    return {
      defined: customElements.get('plan-summary') !== undefined,
      feedAttribute: summary?.getAttribute('feed') ?? null,
      feedProperty: typeof summary?.feed,
      headingLevelAttribute: summary?.getAttribute('heading-level') ?? null,
      title: root?.querySelector('h3')?.textContent?.trim() ?? null,
      expandAll: root?.querySelector('[part="expand-all"]')?.textContent?.trim() ?? null,
      cards: [...(root?.querySelectorAll('plan-priority-card') ?? [])].map(
        (card) => card.shadowRoot?.querySelector('[part="card-title"]')?.textContent?.trim() ?? null,
      ),
    };
  });
}

/** Opens the first card of the first `<plan-summary>` as a visitor does: a click on its toggle button. */
async function clickFirstToggle(page) {
  const toggle = await page.evaluateHandle(
    () =>
      document
        .querySelector('plan-summary')
        ?.shadowRoot?.querySelector('plan-priority-card')
        ?.shadowRoot?.querySelector('[part="toggle"]') ?? null,
  );
  const element = toggle.asElement();
  if (!element) throw new Error('no toggle button in the first card');
  await element.click();
}

/** Both framework apps render the same summary: the feed given as an object, cards 1 and 2, in English. */
const frameworkSummary = {
  defined: true,
  feedAttribute: null,
  feedProperty: 'object',
  headingLevelAttribute: '3',
  title: 'Northfield School: three priorities',
  expandAll: 'Expand all',
  cards: ['Every child reading by seven', 'Maths for all'],
};

/** The first summary's plan-load and plan-toggle, as the app's handlers wrote them into the page. */
async function checkFrameworkApp(page) {
  const loads = await outputText(page, 'loads', 'no plan-load reached the handler');
  expectEqual('what onplan-load received (title, priorities, warnings)', loads, 'Northfield School: three priorities (3, 0)');
  expectEqual('the rendered summary', await summaryState(page), frameworkSummary);
  await clickFirstToggle(page);
  expectEqual(
    'what onplan-toggle received after a click on the first card',
    await outputText(page, 'toggles', 'no plan-toggle reached the handler'),
    'reading:open',
  );
}

/** The localize pages: the app in German by its own @lit/localize, the widget in Chinese by its own. */
function checkLocalizePage(order) {
  return async (page) => {
    const report = JSON.parse(await outputText(page, 'report', 'the page never finished (no plan-load, or an error)'));
    expectEqual(`the ${order} page's report`, report, {
      order,
      appLocale: 'de',
      appExpandAll: 'Alle öffnen',
      appGreeting: 'Willkommen',
      widgetTitle: '三项重点',
      widgetExpandAll: '全部展开',
      widgetCards: 3,
    });
  };
}

const apps = [
  {
    name: 'react',
    typecheck: ['node_modules/typescript/bin/tsc', '-p', 'test/frameworks/react/tsconfig.json'],
    pages: { 'index.html': checkFrameworkApp },
  },
  {
    name: 'vue',
    typecheck: ['node_modules/vue-tsc/bin/vue-tsc.js', '-p', 'test/frameworks/vue/tsconfig.json'],
    pages: { 'index.html': checkFrameworkApp },
  },
  {
    name: 'localize',
    typecheck: ['node_modules/typescript/bin/tsc', '-p', 'test/frameworks/localize/tsconfig.json'],
    pages: { 'before.html': checkLocalizePage('before'), 'after.html': checkLocalizePage('after') },
  },
];

function expectEqual(what, actual, expected) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/** Runs a Node script of a dev dependency; rejects with its output when it fails. */
function runNode(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.slice(0, 3).join(' ')} failed:\n${output.trim()}`)),
    );
  });
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Serves `folder` on an ephemeral port of localhost, as any static host would serve a built app. */
async function serve(folder) {
  const server = createServer(async (request, response) => {
    try {
      const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
      const file = join(folder, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(folder + sep)) return response.writeHead(403).end();
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Opens one page and runs its checks; anything the page logs as an error or a warning fails it. */
async function checkPage(browser, url, check) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    try {
      await check(page);
    } catch (error) {
      // A page error usually explains a failed check: say both.
      throw new Error([error.message, ...problems].join('\n'), { cause: error });
    }
    if (problems.length > 0) throw new Error(problems.join('\n'));
  } finally {
    await page.close();
  }
}

const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

/** Type-checks, builds, serves and runs one app; resolves to its line of the report. */
async function testApp(app, outDir, browserReady) {
  const start = performance.now();
  const step = { name: 'type-check' };
  let server;
  try {
    await runNode(app.typecheck);
    const typecheck = seconds(start);
    step.name = 'vite build';
    const buildStart = performance.now();
    await build({
      root: join(frameworks, app.name),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
    const built = seconds(buildStart);
    step.name = 'browser';
    const browserStart = performance.now();
    server = await serve(outDir);
    const browser = await browserReady;
    const failures = [];
    for (const [file, check] of Object.entries(app.pages)) {
      await checkPage(browser, `http://127.0.0.1:${server.address().port}/${file}`, check).catch((error) =>
        failures.push(`${file}: ${error.message}`),
      );
    }
    if (failures.length > 0) throw new Error(failures.join('\n'));
    return `${app.name}: ok in ${seconds(start)} (type-check ${typecheck}, build ${built}, browser ${seconds(browserStart)})`;
  } catch (error) {
    throw new Error(`${app.name}: FAILED in ${step.name} after ${seconds(start)}\n${error.message.replace(/^/gm, '  ')}`, {
      cause: error,
    });
  } finally {
    server?.close();
  }
}

if (!existsSync(join(root, 'dist/lib/index.js'))) {
  console.error('test:frameworks: dist/ is not built: run `npm run build` first.');
  process.exit(1);
}
try {
  browserPath('chromium');
} catch (error) {
  console.error(`test:frameworks: ${error.message}`);
  process.exit(1);
}

const start = performance.now();
const temp = await mkdtemp(join(tmpdir(), 'plan-widgets-frameworks-'));
const removeTemp = () => rmSync(temp, { recursive: true, force: true });
process.once('exit', removeTemp);
// Ctrl+C too removes the folder (and Chromium's profile), through the 'exit' handlers.
process.once('SIGINT', () => process.exit(130));
const browserReady = launchChromium();
// Keeps a failed launch from being an unhandled rejection before an app awaits it.
browserReady.catch(() => {});
let failed = false;
try {
  const results = await Promise.allSettled(apps.map((app) => testApp(app, join(temp, app.name), browserReady)));
  for (const result of results) {
    if (result.status === 'fulfilled') console.log(result.value);
    else {
      failed = true;
      console.error(result.reason.message);
    }
  }
} finally {
  await browserReady.then((browser) => browser.close()).catch(() => {});
  await rm(temp, { recursive: true, force: true });
}
if (failed) {
  console.error(`test:frameworks: FAILED (${seconds(start)}): a framework app cannot use the package as it should (above).`);
  process.exit(1);
}
console.log(`test:frameworks: the React, Vue and @lit/localize apps all work (${seconds(start)})`);
