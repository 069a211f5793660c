// Times, in the system Chromium, the first render of 10, 100 and 1,000 priorities and one toggle
// among 1,000, each measured from the change to the end of the layout it causes. Prints medians.
/* global window, customElements -- the page.evaluate functions run in the page */
import { startServer } from '../scripts/serve.mjs';
import { launchChromium } from '../scripts/chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await startServer(0);
const browser = await launchChromium();
const url = `http://localhost:${server.address().port}/bench/index.html`;

/** Runs `window.bench[name](size)` on a fresh page, so that no run warms the next. */
async function sample(name, size) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench !== undefined && customElements.get('plan-summary') !== undefined);
  const milliseconds = await page.evaluate((name, size) => window.bench[name](size), name, size);
  await page.close();
  return milliseconds;
}

const cases = [
  ['first render, 10 priorities', 'firstRender', 10],
  ['first render, 100 priorities', 'firstRender', 100],
  ['first render, 1,000 priorities', 'firstRender', 1000],
  ['toggle one card among 1,000', 'toggleAmong', 1000],
];

try {
  console.log(`Chromium ${await browser.version()}, median of ${RUNS} runs, each on a fresh page:`);
  for (const [label, name, size] of cases) {
    const times = [];
    for (let run = 0; run < RUNS; run++) times.push(await sample(name, size));
    console.log(`  ${label.padEnd(32)} ${median(times).toFixed(1).padStart(8)} ms`);
  }
} finally {
  await browser.close();
  server.close();
}
