// The measurements, run inside the bench page, each on a fresh page (run.mjs loads one per sample).
// Both sides are timed alike: from the start of the change to the end of a layout forced after the
// next frame, so that the frame wait, style and layout count on both sides.
import { BASELINE_TAGS, prepareBaselineStyles } from './baseline.js';
import { describeTree, firstDifference } from './markup.js';

/** The bench feed: `size` priorities, each with a two-language title, two actions and a measure. */
function feedOf(size) {
  return {
    version: 1,
    plan: { title: 'Bench', period: { start: '2026-01-01', end: '2026-12-31' } },
    priorities: Array.from({ length: size }, (_, index) => ({
      id: `p${index}`,
      title: { en: `Priority ${index}`, 'zh-Hans': `重点 ${index}` },
      summary: 'A sentence of summary for the card.',
      actions: [
        { title: 'First action', done: index % 2 === 0 },
        { title: 'Second action', done: false, due: '2026-06-30' },
      ],
      measures: [{ label: 'Schools', current: index % 40, target: 40, unit: 'schools' }],
    })),
  };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

const forceLayout = () => void document.body.offsetHeight;

/** Milliseconds from the start of `change` to the end of the layout forced after the next frame. */
async function timeUntilLaidOut(change) {
  const start = performance.now();
  await change();
  await nextFrame();
  forceLayout();
  return performance.now() - start;
}

// The widget, found only through what its markup promises, so that a refactoring of its elements
// does not break the bench: the cards are the <plan-priority-card>s in the summary's shadow root,
// and a card's toggle is its button with aria-expanded.
const widget = {
  cards: (summary) => [...summary.shadowRoot.querySelectorAll('plan-priority-card')],
  toggleOf: (card) => card.shadowRoot.querySelector('button[aria-expanded]'),

  /** Appends a <plan-summary> showing `feed`, and settles when it and its cards have rendered. */
  async render(feed) {
    const summary = document.createElement('plan-summary');
    const loaded = new Promise((resolve, reject) => {
      summary.addEventListener('plan-load', resolve, { once: true });
      // A feed the widget refuses would leave the bench waiting for ever.
      summary.addEventListener('plan-error', (event) => reject(event.detail.error), { once: true });
    });
    summary.feed = feed;
    document.body.append(summary);
    await loaded;
    await widget.settled(summary);
    return summary;
  },

  // Lit renders in microtasks, which all run before the next frame anyway; awaiting every
  // updateComplete also catches an update that a future version schedules later.
  async settled(summary, cards = widget.cards(summary)) {
    await summary.updateComplete;
    await Promise.all(cards.map((card) => card.updateComplete));
  },

  /** Clicks a card's toggle and settles; the cards are found before, so that the search is not timed. */
  async toggle(summary, toggleButton, cards) {
    toggleButton.click();
    await widget.settled(summary, cards);
  },
};

// The baseline renders synchronously, so it has nothing to wait for.
const baseline = {
  cards: (summary) => [...summary.shadowRoot.querySelectorAll(BASELINE_TAGS['plan-priority-card'])],
  toggleOf: widget.toggleOf,

  render(feed) {
    const summary = document.createElement(BASELINE_TAGS['plan-summary']);
    document.body.append(summary);
    summary.show(feed);
    return summary;
  },

  toggle(summary, toggleButton) {
    toggleButton.click();
  },
};

const sides = { widget, baseline };

async function firstRender(side, size) {
  const feed = feedOf(size);
  return timeUntilLaidOut(() => sides[side].render(feed));
}

/** Opens the middle card of `size`, rendered and laid out off the clock. */
async function toggleAmong(side, size) {
  const { render, cards, toggleOf, toggle } = sides[side];
  const summary = await render(feedOf(size));
  await nextFrame();
  forceLayout();
  const middle = Math.floor(size / 2);
  const allCards = cards(summary);
  const toggleButton = toggleOf(allCards[middle]);
  if (toggleButton?.getAttribute('aria-expanded') !== 'false') throw new Error(`${side}: no closed card to open`);
  const milliseconds = await timeUntilLaidOut(() => toggle(summary, toggleButton, allCards));
  // Found again: a refactored card may render a new button.
  if (toggleOf(cards(summary)[middle])?.getAttribute('aria-expanded') !== 'true')
    throw new Error(`${side}: the toggle did not open the card`);
  return milliseconds;
}

// For the heap: the feed is made first, so that the heap measured before rendering holds it already.
let heapFeed;

function makeHeapFeed(size) {
  heapFeed = feedOf(size);
}

async function renderHeapFeed(side) {
  await sides[side].render(heapFeed);
  await nextFrame();
  forceLayout();
}

/**
 * Renders each feed on both sides, opens the second card on both, and compares the trees after
 * each step. Returns the first difference found, or undefined when the baseline is faithful.
 */
async function compareMarkup() {
  const demoFeeds = await Promise.all(
    ['riverton-2026-27.json', 'hanbin-2023-autumn.json'].map(async (name) => (await fetch(`/demo/feeds/${name}`)).json()),
  );
  const widgetTags = Object.fromEntries(
    Object.entries(BASELINE_TAGS).map(([widgetTag, baselineTag]) => [baselineTag, widgetTag]),
  );
  const feeds = [
    ['the bench feed', feedOf(3)],
    ['the Riverton demo feed', demoFeeds[0]],
    ['the Hanbin demo feed', demoFeeds[1]],
  ];
  for (const [name, feed] of feeds) {
    const widgetSummary = await widget.render(feed);
    const baselineSummary = baseline.render(feed);
    const differenceAt = (step) => {
      const difference = firstDifference(describeTree(widgetSummary), describeTree(baselineSummary, widgetTags));
      return difference === undefined ? undefined : `${name}, ${step}: ${difference}`;
    };
    const afterFirstRender = differenceAt('first render');
    if (afterFirstRender !== undefined) return afterFirstRender;
    await widget.toggle(widgetSummary, widget.toggleOf(widget.cards(widgetSummary)[1]));
    baseline.toggle(baselineSummary, baseline.toggleOf(baseline.cards(baselineSummary)[1]));
    const afterToggle = differenceAt('after opening card 2');
    if (afterToggle !== undefined) return afterToggle;
    widgetSummary.remove();
    baselineSummary.remove();
  }
  return undefined;
}

prepareBaselineStyles();

/**
 * The longest main-thread task (script, style and layout) while `size` priorities render, in ms:
 * what decides whether the page answers a tap meanwhile. Chromium's Long Tasks API reports tasks
 * over 50 ms; none at all reads as 50.
 */
async function longestTask(side, size) {
  const durations = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((task) => durations.push(task.duration)));
  observer.observe({ type: 'longtask' });
  await firstRender(side, size);
  // Long tasks are reported after they end: let the last one be.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return Math.max(50, ...durations);
}

window.bench = { firstRender, toggleAmong, longestTask, makeHeapFeed, renderHeapFeed, compareMarkup };
