// `npm run lighthouse [-- --check] [pages…]`: builds when dist/ is missing or older than src/, serves
// the project, runs Lighthouse (pinned 12.2.3: 13 wants Node 22) in the system Chromium against each
// page (default demo/index.html) and prints the four category scores and the layout shift. No network
// is needed. With --check it exits non-zero when any score is below 100. Not part of `npm test`: ~15 s.
import { execFileSync, spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserPath, isolateBrowserProfiles } from './browsers.mjs';
import { chromiumArgs } from './chromium.mjs';
import { startServer } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const args = process.argv.slice(2);
const check = args.includes('--check');
const pages = args.filter((arg) => !arg.startsWith('--'));
if (pages.length === 0) pages.push('demo/index.html');

/** Runs a command without blocking this process (which serves the pages); resolves to its stdout. */
function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`${command} exited with ${code}`)),
    );
  });
}

/** Newest modification time of the files under `folder`. */
async function newest(folder) {
  const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true });
  const times = await Promise.all(
    entries.filter((entry) => entry.isFile()).map(async (entry) => (await stat(join(entry.parentPath, entry.name))).mtimeMs),
  );
  return Math.max(0, ...times);
}

async function buildIfNeeded() {
  const built = await stat(join(root, 'dist/plan-widgets.js')).then(
    (file) => file.mtimeMs,
    () => 0,
  );
  if (built > (await newest('src'))) return;
  console.log('dist/ is missing or older than src/: npm run build');
  // Under npm, npm_execpath is npm's own script: no shell needed on any system.
  const [command, prefix] = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
  execFileSync(command, [...prefix, 'run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: !process.env.npm_execpath && process.platform === 'win32',
  });
}

await buildIfNeeded();
const chromium = browserPath('chromium');
// chrome-launcher puts its profile in the temporary folder: this one is removed when the script ends.
isolateBrowserProfiles('plan-widgets-lighthouse');
const require = createRequire(import.meta.url);
const lighthousePackage = require.resolve('lighthouse/package.json');
const lighthouse = join(dirname(lighthousePackage), require(lighthousePackage).bin.lighthouse);

const server = await startServer(0);
let failed = false;
try {
  for (const page of pages) {
    const url = `http://localhost:${server.address().port}/${page.replace(/^\//, '')}`;
    const output = await run(
      process.execPath,
      [
        lighthouse,
        url,
        `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        '--output=json',
        '--output-path=stdout',
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: chromium } },
    );
    const report = JSON.parse(output);
    if (report.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${report.runtimeError.message}`);
    const scores = CATEGORIES.map((id) => [id, Math.round((report.categories[id]?.score ?? 0) * 100)]);
    const cls = report.audits['cumulative-layout-shift'];
    console.log(`${page} (Lighthouse ${report.lighthouseVersion}, ${report.configSettings.formFactor}):`);
    for (const [id, score] of scores)
      console.log(`  ${id.padEnd(15)} ${String(score).padStart(3)}${score < 100 ? '  < 100' : ''}`);
    console.log(`  ${'CLS'.padEnd(15)} ${cls.numericValue.toFixed(3)} (${cls.displayValue ?? ''})`);
    for (const [id, score] of scores) {
      if (score >= 100) continue;
      failed = true;
      const audits = report.categories[id].auditRefs
        .map((ref) => report.audits[ref.id])
        .filter(
          (audit) =>
            audit.score !== null &&
            audit.score < 1 &&
            audit.scoreDisplayMode !== 'informative' &&
            audit.scoreDisplayMode !== 'manual',
        );
      for (const audit of audits) {
        console.log(`    ${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        // Console errors say nothing without their text.
        if (audit.id === 'errors-in-console')
          for (const item of audit.details?.items ?? []) console.log(`      ${item.description}`);
      }
    }
  }
} finally {
  await server.close();
}
if (check && failed) {
  console.error('Lighthouse: a score is below 100 (see above).');
  process.exit(1);
}
