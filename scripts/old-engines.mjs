// `npm run test:old-engines` (part of `npm test`): the built bundles in real Chromium 72, 80 and 92, the
// engines of WeChat's and the Chinese vendor browsers' older versions. Each is the headless Chromium that
// an npm package of chrome-aws-lambda ships brotli-compressed: on first use, `npm pack` fetches the
// package from the registry into a cache outside the project (about 40 MB each; never part of `npm
// install`), the binary is unpacked there and reused by later runs. Each engine opens
// test/old-engines/page.html with each bundle, whose script clicks as a visitor would and writes what it
// found into the page, printed here by `--dump-dom`; then it takes screenshots at 390 and 1280 px into
// .screenshots/old-engines/. One line per engine; a failure names the engine, the bundle and the check.
// The cache is ~/.cache/plan-widgets/old-engines/ (XDG_CACHE_HOME), or PLAN_WIDGETS_OLD_ENGINES.
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, extname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { browserEnvironment } from './browsers.mjs';
import { chromiumArgs } from './chromium.mjs';

const engines = [
  { major: 72, version: '1.11.2' },
  { major: 80, version: '2.1.1' },
  { major: 92, version: '10.1.0' },
];
const bundles = [
  ['es', 'ES module'],
  ['iife', 'IIFE'],
];
const screenshots = [
  // A phone in Chinese with the third card open (measures and their trend lines); a desktop in English
  // with the second and third open (actions; measures).
  { width: 390, height: 1800, query: 'lang=zh-Hans&expanded=equity' },
  { width: 1280, height: 1100, query: 'lang=en&expanded=education-reform%20equity' },
];

const root = fileURLToPath(new URL('..', import.meta.url));
const cache =
  process.env.PLAN_WIDGETS_OLD_ENGINES ??
  join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'plan-widgets', 'old-engines');
const shots = join(root, '.screenshots', 'old-engines');

/** Runs a command; resolves to its output, rejects with its standard error's first line, or the npm error code. */
function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    execFile(command, args, { maxBuffer: 64 << 20, ...options }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const text = String(stderr).trim();
      const reason = /^npm error code (\S+)/m.exec(text)?.[1] || text.split('\n')[0] || `exit code ${error.code}`;
      reject(new Error(error.killed ? `no answer within ${options.timeout / 1000} s` : reason));
    });
  });
}

/** The files of a tar archive: `[path, contents]`. */
function* tarFiles(tar) {
  for (let offset = 0; offset + 512 <= tar.length;) {
    const field = (start, length) => tar.toString('latin1', offset + start, offset + start + length).replace(/\0.*$/s, '');
    const name = field(0, 100);
    if (name === '') return;
    const size = parseInt(field(124, 12).trim(), 8);
    const prefix = field(345, 155);
    if (field(156, 1) === '0' || field(156, 1) === '') {
      yield [prefix ? `${prefix}/${name}` : name, tar.subarray(offset + 512, offset + 512 + size)];
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}

/**
 * The path of the engine's executable, fetched and unpacked into the cache on first use: the package's
 * `bin/chromium*.br`, and beside it its SwiftShader (`bin/swiftshader.tar.br`, in the packages of 80
 * and 92), without which those engines now and then hang, retrying a GPU context forever.
 */
async function engineBinary({ major, version }) {
  const folder = join(cache, `chromium-${major}`);
  const binary = join(folder, 'chromium');
  if (existsSync(binary)) return binary;
  mkdirSync(folder, { recursive: true });
  const download = mkdtempSync(join(folder, 'download-'));
  try {
    const started = Date.now();
    try {
      // A cache of npm's own in the download folder: the package is not kept twice (~/.npm).
      const npmArgs = ['pack', `chrome-aws-lambda@${version}`, '--pack-destination', download, '--cache', join(download, 'npm')];
      const network = [
        '--fetch-timeout=60000',
        '--fetch-retries=1',
        '--fetch-retry-mintimeout=2000',
        '--fetch-retry-maxtimeout=5000',
      ];
      await run('npm', [...npmArgs, ...network, '--loglevel=error'], { timeout: 300_000 });
    } catch (error) {
      const registry = (await run('npm', ['config', 'get', 'registry']).catch(() => 'the npm registry')).trim();
      throw new Error(
        `could not fetch chrome-aws-lambda@${version} from ${registry} (${error.message}); it is fetched once, into ${cache}`,
        { cause: error },
      );
    }
    const [tarball] = readdirSync(download).filter((name) => name.endsWith('.tgz'));
    const files = new Map(tarFiles(gunzipSync(readFileSync(join(download, tarball)))));
    const swiftShader = files.get('package/bin/swiftshader.tar.br');
    if (swiftShader) {
      mkdirSync(join(folder, 'swiftshader'), { recursive: true });
      for (const [name, contents] of tarFiles(brotliDecompressSync(swiftShader))) {
        writeFileSync(join(folder, 'swiftshader', basename(name)), contents, { mode: 0o755 });
      }
    }
    const [, chromium] = [...files].find(([name]) => /^package\/bin\/chromium[^/]*\.br$/.test(name)) ?? [];
    if (!chromium) throw new Error(`chrome-aws-lambda@${version} holds no bin/chromium*.br`);
    // Written under another name first: a run stopped halfway leaves no broken binary in the cache.
    writeFileSync(join(download, 'chromium'), brotliDecompressSync(chromium), { mode: 0o755 });
    renameSync(join(download, 'chromium'), binary);
    console.log(
      `Chromium ${major}: fetched chrome-aws-lambda@${version} and unpacked it into ${binary} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    return binary;
  } finally {
    rmSync(download, { recursive: true, force: true });
  }
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * Serves the project's files, and holds each request for `/hold/<id>` until `/release/<id>` is asked:
 * a screenshot's page asks for an image there, which keeps its load event, and so the engine's
 * screenshot, waiting until its script has seen the widget rendered (see test/old-engines/page.js).
 */
function serve() {
  const held = new Map();
  return createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const [, action, id] = /^\/(hold|release)\/(\w+)$/.exec(path) ?? [];
    if (action === 'hold') return held.set(id, response);
    if (action === 'release') {
      held.get(id)?.writeHead(204).end();
      held.delete(id);
      return response.writeHead(204).end();
    }
    const file = join(root, normalize(path));
    if (relative(root, file).startsWith('..') || !existsSync(file) || !statSync(file).isFile())
      return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': `${types[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` });
    createReadStream(file).pipe(response);
  });
}

/** Runs the engine headless on `url` with `args`, in a profile of its own under `home`; resolves to its standard output. */
function headless(binary, home, url, args) {
  const profile = mkdtempSync(join(home, 'profile-'));
  const flags = [...chromiumArgs, '--headless', '--single-process', '--hide-scrollbars', `--user-data-dir=${profile}`];
  return run(binary, [...flags, ...args, url], {
    timeout: 20_000,
    killSignal: 'SIGKILL',
    env: { ...process.env, ...browserEnvironment(home) },
  });
}

const unescape = (html) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Runs of the engine tried again for the current engine, told in its line. */
let retries = 0;

/**
 * Runs the engine headless on `url` until `done(output)` holds, and resolves to its output. The old
 * headless shells now and then end a run without their page ("Failed to serialize document", about one
 * run in twenty) or hang, so such a run is tried again, twice at most; it then throws.
 */
async function attempt(binary, home, url, args, done) {
  let problem;
  for (let attempt = 1; attempt <= 3; attempt++) {
    if (attempt > 1) retries++;
    try {
      const output = await headless(binary, home, url, args);
      if (done(output)) return output;
      problem = 'no page';
    } catch (error) {
      problem = error.message;
    }
  }
  throw new Error(problem);
}

/** The checks of test/old-engines/page.js with one bundle: resolves to the engine's version, throws on the first failure. */
async function checkBundle(binary, home, origin, [bundle, label]) {
  const resultPattern = /<pre id="result">(.+?)<\/pre>/s;
  const dom = await attempt(
    binary,
    home,
    `${origin}/test/old-engines/page.html?bundle=${bundle}`,
    ['--window-size=390,844', '--virtual-time-budget=30000', '--dump-dom'],
    (output) => resultPattern.test(output),
  ).catch((error) => {
    throw new Error(`${label}: the page wrote no result (${error.message})`, { cause: error });
  });
  const { engine, failures } = JSON.parse(unescape(resultPattern.exec(dom)[1]));
  if (failures.length > 0) throw new Error(failures.map(({ check, message }) => `${label}: ${check}: ${message}`).join('; '));
  return engine;
}

async function testEngine(engine, binary, origin, home) {
  const started = Date.now();
  retries = 0;
  let version;
  for (const bundle of bundles) version = await checkBundle(binary, home, origin, bundle);
  if (!version.startsWith(`${engine.major}.`)) throw new Error(`the binary is Chromium ${version}, not ${engine.major}`);
  const files = [];
  for (const { width, height, query } of screenshots) {
    const file = join(shots, `chromium-${engine.major}-${width}.png`);
    rmSync(file, { force: true });
    const url = `${origin}/test/old-engines/page.html?bundle=es&${query}&hold=${engine.major}x${width}`;
    // Not in virtual time, where these engines now and then never take the screenshot: the page's load
    // event waits for its widget instead (serve()).
    const args = [`--window-size=${width},${height}`, `--screenshot=${file}`];
    await attempt(binary, home, url, args, () => existsSync(file)).catch((error) => {
      throw new Error(`no screenshot at ${width} px (${error.message})`, { cause: error });
    });
    files.push(relative(root, file));
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return `Chromium ${version}: both bundles render the feed, a card toggles, expand-all, a status count and the switcher work, card headers lay out as on current engines (${seconds} s${retries ? `, ${retries} run${retries > 1 ? 's' : ''} of the engine tried again` : ''}); ${files.join(', ')}`;
}

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.log(
    `Old engines: skipped, the Chromium builds of chrome-aws-lambda run on Linux x64 only (this is ${process.platform} ${process.arch}).`,
  );
  process.exit(0);
}
if (!existsSync(join(root, 'dist/plan-widgets.js'))) {
  console.error('dist/plan-widgets.js is missing: the old engines test the built bundles. Run `npm run build` first.');
  process.exit(1);
}
const binaries = [];
try {
  for (const engine of engines) binaries.push(await engineBinary(engine));
} catch (error) {
  console.error(`Old engines: ${error.message}`);
  process.exit(1);
}
mkdirSync(shots, { recursive: true });
const home = mkdtempSync(join(tmpdir(), 'plan-widgets-old-engines-'));
const server = serve();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
let failed = false;
try {
  const origin = `http://127.0.0.1:${server.address().port}`;
  for (const [index, engine] of engines.entries()) {
    try {
      console.log(await testEngine(engine, binaries[index], origin, home));
    } catch (error) {
      failed = true;
      console.error(`Chromium ${engine.major}: FAILED: ${error.message}`);
    }
  }
} finally {
  server.closeAllConnections();
  server.close();
  rmSync(home, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}
process.exit(failed ? 1 : 0);
