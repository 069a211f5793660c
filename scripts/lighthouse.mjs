// `npm run lighthouse [-- --check] [--runs=N] [--save=FOLDER] [pages…]`: builds when dist/ is missing or
// older than src/, serves the project, runs Lighthouse (pinned 12.2.3: 13 wants Node 22) in the system
// Chromium against each page (default demo/index.html) and prints the four category scores, the layout
// shift and the simulated FCP, LCP, TBT and Speed Index. No network is needed. With --check it exits
// non-zero when any score is below 100. Not part of `npm test`: ~15 s a run.
// The performance score comes from main-thread tasks measured on this machine and lengthened up to 4
// times (a phone's slower CPU): tests or builds running meanwhile lengthen them too and lower the score
// (the printed CPU benchmark drops).
// --runs=N loads each page N times, prints every run and judges the median one (Lighthouse's own
// choice: the run nearest the median FCP and TTI). --save=FOLDER keeps each full JSON report there.
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { browserPath, isolateBrowserProfiles } from './browsers.mjs';
import { chromiumArgs } from './chromium.mjs';
import { startServer } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const args = process.argv.slice(2);
const check = args.includes('--check');
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Number(option('runs') ?? 1);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number from 1, not ${option('runs')}`);
const saveFolder = option('save');
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

/** The metrics the performance score weighs, as Lighthouse shows them, each with its own score. */
const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['SI', 'speed-index'],
];

/** Runs Lighthouse once against `url`; resolves to its report. */
async function audit(url) {
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
  return { report, output };
}

const scoresOf = (report) => CATEGORIES.map((id) => [id, Math.round((report.categories[id]?.score ?? 0) * 100)]);

/** Prints the scores, CLS and metrics of `report`, and what costs points; returns whether a score is below 100. */
function print(report, title) {
  const scores = scoresOf(report);
  const cls = report.audits['cumulative-layout-shift'];
  const cpu = Math.round(report.environment.benchmarkIndex);
  console.log(`${title} (Lighthouse ${report.lighthouseVersion}, ${report.configSettings.formFactor}, CPU benchmark ${cpu}):`);
  for (const [id, score] of scores) console.log(`  ${id.padEnd(15)} ${String(score).padStart(3)}${score < 100 ? '  < 100' : ''}`);
  console.log(`  ${'CLS'.padEnd(15)} ${cls.numericValue.toFixed(3)} (${cls.displayValue ?? ''})`);
  const metrics = METRICS.map(([name, id]) => `${name} ${report.audits[id].displayValue} (${report.audits[id].score})`);
  console.log(`  ${'metrics'.padEnd(15)} ${metrics.join(' · ')}`);
  for (const warning of report.runWarnings) console.log(`  warning: ${warning}`);
  for (const [id, score] of scores) {
    if (score >= 100) continue;
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
    // Blocking time is what each task after the first paint takes beyond 50 ms: name those tasks.
    if (id === 'performance') {
      const fcp = report.audits['first-contentful-paint'].numericValue;
      for (const task of report.audits['long-tasks'].details?.items ?? []) {
        if (task.startTime + task.duration <= fcp) continue;
        const source = URL.canParse(task.url) ? new URL(task.url).pathname : task.url;
        console.log(
          `      task after the first paint: ${Math.round(task.duration)} ms at ${Math.round(task.startTime)} ms (${source})`,
        );
      }
    }
  }
  return scores.some(([, score]) => score < 100);
}

const server = await startServer(0);
let failed = false;
try {
  if (saveFolder) await mkdir(saveFolder, { recursive: true });
  for (const page of pages) {
    const url = `http://localhost:${server.address().port}/${page.replace(/^\//, '')}`;
    const reports = [];
    for (let index = 1; index <= runs; index++) {
      const { report, output } = await audit(url);
      reports.push(report);
      if (saveFolder) await writeFile(join(saveFolder, `${page.replace(/\W+/g, '-')}-${index}.json`), output);
      const below = print(report, runs > 1 ? `${page}, run ${index} of ${runs}` : page);
      if (runs === 1) failed ||= below;
    }
    if (runs > 1) {
      const median = computeMedianRun(reports);
      const performance = reports.map((report) => Math.round(report.categories.performance.score * 100)).join(' ');
      console.log(`${page}: median of ${runs} runs is run ${reports.indexOf(median) + 1}; performance by run: ${performance}`);
      failed ||= scoresOf(median).some(([, score]) => score < 100);
    }
  }
} finally {
  await server.close();
}
if (check && failed) {
  console.error('Lighthouse: a score is below 100 (see above).');
  process.exit(1);
}
