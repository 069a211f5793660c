// Times the widget against a hand-written DOM baseline (baseline.js) in the system Chromium: the
// first render of 10, 100 and 1,000 priorities, one toggle among 1,000, and the JS heap that 1,000
// priorities hold. Each sample runs on a fresh page; the table shows medians, their ratios, and the
// targets the project holds the widget to. A missed target is reported, never an exit code: the bench informs.
/* global window -- the page.evaluate functions run in the page */
import { startServer } from '../scripts/serve.mjs';
import { launchChromium } from '../scripts/chromium.mjs';
import { heapHeldBy } from './heap.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SIDES = ['widget', 'baseline'];
const MB = 1_000_000;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const timedCases = [
  { label: 'first render, 10 priorities', run: 'firstRender', size: 10, maxRatio: 3 },
  { label: 'first render, 100 priorities', run: 'firstRender', size: 100 },
  { label: 'first render, 1,000 priorities', run: 'firstRender', size: 1000, maxRatio: 1.3 },
  { label: 'toggle one card among 1,000', run: 'toggleAmong', size: 1000, maxRatio: 1.5 },
  // The feed's limit: the page must stay responsive (no task over 500 ms) while it renders.
  { label: 'longest task, 2,000 priorities', run: 'longestTask', size: 2000, maxWidgetMs: 500 },
];
const heapCase = { label: 'JS heap after 1,000 priorities', size: 1000, maxWidgetMB: 3 };

const server = await startServer(0);
const url = `http://localhost:${server.address().port}/bench/index.html`;
const browser = await launchChromium();
// The heap must be measured after a full collection, which needs gc() in the page: a second
// Chromium with --expose-gc, for the heap only.
const heapBrowser = await launchChromium({ args: ['--js-flags=--expose-gc'] });

/** A fresh page of `chromium` with the widget and the baseline loaded, so that no sample warms the next. */
async function freshPage(chromium) {
  const page = await chromium.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench !== undefined);
  return page;
}

async function timeOnce(side, { run, size }) {
  const page = await freshPage(browser);
  try {
    return await page.evaluate((run, side, size) => window.bench[run](side, size), run, side, size);
  } finally {
    await page.close();
  }
}

/** Bytes of JS heap that rendering adds (heap.mjs). */
async function heapOnce(side, { size }) {
  const page = await freshPage(heapBrowser);
  try {
    return await heapHeldBy(page, side, size);
  } finally {
    await page.close();
  }
}

/** Medians per side; the sides alternate run by run, so that a drift of the machine hits both alike. */
async function medians(measure) {
  const samples = { widget: [], baseline: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const side of SIDES) samples[side].push(await measure(side));
  }
  return { widget: median(samples.widget), baseline: median(samples.baseline) };
}

/** The markup check: a baseline that drifts from the widget would make every ratio meaningless. */
async function checkBaselineMarkup() {
  const page = await freshPage(browser);
  try {
    return await page.evaluate(() => window.bench.compareMarkup());
  } finally {
    await page.close();
  }
}

const formatRatio = (ratio) => `${ratio.toFixed(2)}×`;

function printTable(rows) {
  const header = ['case', 'widget', 'baseline', 'ratio', 'target', ''];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) =>
    `  ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')}`;
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

try {
  console.log(`Chromium ${await browser.version()}; median of ${RUNS} runs, each on a fresh page.`);
  const markupDifference = await checkBaselineMarkup();
  if (markupDifference === undefined) {
    console.log('The baseline renders the same markup as the widget (bench feed and both demo feeds).\n');
  } else {
    console.log(
      `WARNING: the baseline's markup differs from the widget's, so the ratios compare unlike work.\n${markupDifference}\n`,
    );
  }

  const rows = [];
  const verdicts = [];
  for (const timedCase of timedCases) {
    const { widget, baseline } = await medians((side) => timeOnce(side, timedCase));
    const ratio = widget / baseline;
    const { maxRatio, maxWidgetMs } = timedCase;
    const met = maxRatio !== undefined ? ratio <= maxRatio : maxWidgetMs !== undefined ? widget <= maxWidgetMs : undefined;
    const target = maxRatio !== undefined ? `≤ ${maxRatio}×` : maxWidgetMs !== undefined ? `widget ≤ ${maxWidgetMs} ms` : '';
    const measured = maxRatio !== undefined ? formatRatio(ratio) : `${widget.toFixed(0)} ms`;
    if (met !== undefined) verdicts.push({ label: timedCase.label, met, detail: `${measured}, target ${target}` });
    rows.push([
      timedCase.label,
      `${widget.toFixed(1)} ms`,
      `${baseline.toFixed(1)} ms`,
      formatRatio(ratio),
      target,
      met === undefined ? '' : met ? 'met' : 'MISSED',
    ]);
  }

  const heap = await medians((side) => heapOnce(side, heapCase));
  const widgetMB = heap.widget / MB;
  const heapMet = widgetMB <= heapCase.maxWidgetMB;
  verdicts.push({
    label: heapCase.label,
    met: heapMet,
    detail: `${widgetMB.toFixed(2)} MB, target ≤ ${heapCase.maxWidgetMB} MB`,
  });
  rows.push([
    heapCase.label,
    `${widgetMB.toFixed(2)} MB`,
    `${(heap.baseline / MB).toFixed(2)} MB`,
    formatRatio(heap.widget / heap.baseline),
    `widget ≤ ${heapCase.maxWidgetMB} MB`,
    heapMet ? 'met' : 'MISSED',
  ]);

  printTable(rows);
  console.log('  (times: from the change to the end of a layout forced after the next frame; longest task: the Long');
  console.log('  Tasks API, 50 ms when none is longer; heap: used JS heap after');
  console.log('  rendering minus before, both after a full GC, 1 MB = 10^6 bytes)\n');
  const missed = verdicts.filter(({ met }) => !met);
  console.log(
    `Targets: ${verdicts.length - missed.length} of ${verdicts.length} met` +
      (missed.length === 0 ? '.' : `; missed: ${missed.map(({ label, detail }) => `${label} (${detail})`).join('; ')}.`) +
      (markupDifference === undefined ? '' : ' (The baseline no longer matches the widget: see the warning above.)'),
  );
} finally {
  await Promise.all([browser.close(), heapBrowser.close()]);
  server.close();
}
