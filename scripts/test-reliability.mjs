// `npm run test:reliability`: the reliability tests (scripts/reliability-tests.mjs), then one line of
// figures: the hostile-input and fault-scenario tests run in each browser, the Node tests, the fuzz
// cases, the heap per mount, and the failures. It exits non-zero when a test or a run fails.
//
// Every figure is counted from the runs, none is written here:
// - browser tests and their failures: Web Test Runner, with web-test-runner.reliability.config.mjs,
//   writes each test file's results in each browser to a JSON file (RELIABILITY_RESULTS), and each
//   file counts as the kind scripts/reliability-tests.mjs gives it; a file that fails outside its tests
//   (it does not load, a hook throws) counts as one failure;
// - Node tests and their failures: the summary of Node's test runner (TAP: `# pass`, `# fail`, ...);
// - fuzz cases: each browser property test runs fast-check through test/fixtures/fuzz.ts, which sends
//   the number of cases that passed to the test runner (written to the same JSON file, by browser); the
//   Node property test (test/scripts/feed-schema.test.mjs) prints it as a TAP diagnostic, `fuzz cases: N`;
// - heap: the two diagnostics of test/scripts/heap.test.mjs (per mount, and held by 1,000 priorities).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { faultScenarioTests, hostileInputTests, isAmong, nodeReliabilityTests } from './reliability-tests.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, 'dist/plan-widgets.js'))) {
  console.error('dist/plan-widgets.js is missing: the host-page and heap tests use the built files. Run `npm run build` first.');
  process.exit(1);
}
const folder = mkdtempSync(join(tmpdir(), 'plan-widgets-reliability-'));
process.on('exit', () => rmSync(folder, { recursive: true, force: true }));

/**
 * Runs `node args…` in the root and resolves to its exit code and, with `capture`, its standard output,
 * which is shown as it comes all the same.
 */
function run(args, { env = {}, capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code, signal) => resolve({ code: code ?? signal, output }));
  });
}

const node = await run(['--test', '--test-reporter=tap', ...nodeReliabilityTests], { capture: true });
const resultsFile = join(folder, 'browsers.json');
const browsers = await run(['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.reliability.config.mjs'], {
  env: { RELIABILITY_RESULTS: resultsFile },
});

const problems = [];
const format = (number) => number.toLocaleString('en-US');
const sum = (numbers) => numbers.reduce((total, number) => total + number, 0);

// The browser tests, by kind and by browser.
const { sessions = [], fuzzCases = {} } = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
if (sessions.length === 0) problems.push('the browser tests gave no results');
const browserNames = [...new Set(sessions.map((session) => session.browser))];
/** The number of tests of these files each browser ran: "N", or "N/M/…" by browser when they differ. */
function browserTests(patterns) {
  const runs = browserNames.map((browser) =>
    sum(
      sessions
        .filter((session) => session.browser === browser && isAmong(session.file, patterns))
        .map(({ tests }) => tests.passed + tests.failed + tests.skipped),
    ),
  );
  return runs.every((count) => count === runs[0]) ? format(runs[0] ?? 0) : runs.map(format).join('/');
}
let browserFailures = 0;
let skipped = 0;
for (const { file, browser, passed, tests } of sessions) {
  browserFailures += tests.failed;
  skipped += tests.skipped;
  if (!passed && tests.failed === 0) {
    browserFailures++;
    problems.push(`${file} failed in ${browser} outside its tests`);
  }
}

// The Node tests: their summary, the fuzz cases and the heap, from the TAP output.
const tap = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(node.output)?.[1] ?? NaN);
const nodeTests = tap('tests');
if (Number.isNaN(nodeTests)) problems.push('the Node tests gave no summary');
const nodeFailures = (tap('fail') || 0) + (tap('cancelled') || 0);
skipped += tap('skipped') || 0;
const nodeFuzzCases = sum([...node.output.matchAll(/^\s*# fuzz cases: (\d+)$/gm)].map((match) => Number(match[1])));
const nodeProperties = [...node.output.matchAll(/^\s*# fuzz cases: /gm)].length;
const heap =
  /^\s*# heap: ([+-]?[\d.]+ KB) per mount from 100 to 200 mounts, limit ([\d.]+ KB); leaking variant ([\d.]+ KB)/m.exec(
    node.output,
  );
if (heap === null) problems.push('the heap test gave no figures');
const heapHeld = /^\s*# heap held by ([\d,]+) rendered priorities: ([\d.]+ MB), budget ([\d.]+ MB)$/m.exec(node.output);
if (heapHeld === null) problems.push('the heap budget test gave no figures');

// A run that failed with no failed test to show for it (it crashed, or timed out) counts as one failure.
let failures = browserFailures + nodeFailures;
for (const [name, { code }, counted] of [
  ['Node tests', node, nodeFailures],
  ['browser tests', browsers, browserFailures],
]) {
  if (code !== 0 && counted === 0) {
    failures++;
    problems.push(`the ${name} ended with ${code}`);
  }
}

const browserProperties = Object.values(fuzzCases);
const properties = [
  ...(browserProperties.length > 0
    ? [
        `${[...new Set(browserProperties.map((counts) => counts.properties))].join('/')} properties × ${browserProperties.length} browsers`,
      ]
    : []),
  `${nodeProperties} in Node`,
];
console.log(
  `\nReliability: ${browserTests(hostileInputTests)} hostile-input and ${browserTests(faultScenarioTests)} fault-scenario tests` +
    ` × ${browserNames.length} browsers, ${format(nodeTests || 0)} Node tests,` +
    ` ${format(sum(browserProperties.map(({ cases }) => cases)) + nodeFuzzCases)} fuzz cases (${properties.join(' + ')}),` +
    ` heap ${heap ? `${heap[1]} per mount (limit ${heap[2]}; leaking variant ${heap[3]})` : 'not measured'},` +
    ` ${heapHeld ? `${heapHeld[2]} held by ${format(Number(heapHeld[1]))} priorities (budget ${heapHeld[3]})` : 'heap of many priorities not measured'},` +
    `${skipped > 0 ? ` ${format(skipped)} skipped,` : ''} ${format(failures)} failure${failures === 1 ? '' : 's'}.` +
    (problems.length > 0 ? `\n${problems.join('; ')}.` : ''),
);
process.exit(failures > 0 || problems.length > 0 ? 1 : 0);
