// The page scripts/old-engines.mjs opens in Chromium 72, 80 and 92, which it drives only through the
// command line (`--dump-dom`, `--screenshot`): this script does what a visitor would and writes what it
// found into #result as JSON, `{ engine, failures: [{ check, message }] }`. Plain ES2017, as those
// engines run it without a build. The address says what to do:
// - `?bundle=es` or `?bundle=iife`: which of dist/plan-widgets.js and dist/plan-widgets.iife.js to load;
// - `&lang=en&expanded=ID&hold=KEY`: only set the widget up for a screenshot (language, open card), and
//   keep the page's load event, on which the engine takes it, waiting until the widget has rendered: an
//   image from the script's server at /hold/KEY loads once /release/KEY is asked.
'use strict';

const query = new URLSearchParams(location.search);
const bundle = query.get('bundle');
const errors = [];
window.addEventListener('error', (event) => errors.push(event.message));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves to `test()`'s first truthy value, or rejects with `message` after `timeout` ms (the page's virtual time). */
async function until(test, message, timeout = 5000) {
  for (let waited = 0; waited <= timeout; waited += 50) {
    const value = test();
    if (value) return value;
    await sleep(50);
  }
  throw new Error(message);
}

const summary = () => document.querySelector('plan-summary');
const inSummary = (selector) => Array.from(summary().shadowRoot ? summary().shadowRoot.querySelectorAll(selector) : []);
const cards = () => inSummary('plan-priority-card');
const inCard = (card, selector) => card.shadowRoot && card.shadowRoot.querySelector(selector);
const toggle = (card) => inCard(card, '[part=toggle]');
const isOpen = (card) => {
  const button = toggle(card);
  const body = inCard(card, '[part=card-body]');
  return button.getAttribute('aria-expanded') === 'true' && !body.hidden && body.offsetHeight > 0;
};
const isClosed = (card) => {
  const body = inCard(card, '[part=card-body]');
  return toggle(card).getAttribute('aria-expanded') === 'false' && body.offsetHeight === 0;
};

/**
 * The header as current engines lay it out: the ring on the left; the number and the status on one
 * line, the title under them, both right of the ring; room for the chevron at the end of that line.
 */
function headerLayoutProblem(card) {
  const box = (part) => inCard(card, `[part=${part}]`).getBoundingClientRect();
  const [ring, number, status, title, header] = ['ring', 'card-number', 'status', 'card-title', 'card-header'].map(box);
  const heading = `card ${inCard(card, '[part=card-number]').textContent.trim()}`;
  const middle = (rect) => (rect.top + rect.bottom) / 2;
  if (ring.right > number.left + 1 || ring.right > title.left + 1) {
    return `${heading}: the ring (${Math.round(ring.width)} px wide) is not left of the number and the title`;
  }
  if (Math.abs(middle(number) - middle(status)) > 4 || status.left < number.right) {
    return `${heading}: the number and the status are not on one line`;
  }
  if (title.top < number.bottom - 1) return `${heading}: the title is not under the number`;
  if (Math.abs(title.left - number.left) > 2) return `${heading}: the title does not start under the number`;
  if (status.right > header.right - 8) return `${heading}: no room is left for the chevron after the status`;
  return undefined;
}

/** Every card's header lays out as on current engines (headerLayoutProblem). */
async function headersLayOut() {
  for (const card of cards()) {
    const problem = headerLayoutProblem(card);
    if (problem) throw new Error(problem);
  }
}

const checks = [
  [
    'renders the feed',
    async () => {
      const feed = await (await fetch(summary().getAttribute('src'))).json();
      const shown = () => inSummary('[part=base],[part=loading],[part=error]').map((part) => part.getAttribute('part'));
      await until(
        () => cards().length === feed.priorities.length && cards().every((card) => toggle(card)),
        `${cards().length} of the feed's ${feed.priorities.length} cards rendered; the widget shows [${shown()}]`,
        20000,
      );
    },
  ],
  ['header lays out as on current engines', headersLayOut],
  [
    'a card toggles',
    async () => {
      const card = cards()[0];
      toggle(card).click();
      await until(() => isOpen(card), 'after a click on its button, the first card is not open (aria-expanded, visible details)');
      toggle(card).click();
      await until(() => isClosed(card), 'after a second click, the first card is not closed');
    },
  ],
  [
    'expand-all',
    async () => {
      const button = inSummary('[part=expand-all]')[0];
      button.click();
      await until(() => cards().every(isOpen), 'after a click on expand-all, not every card is open');
      if (button.getAttribute('aria-expanded') !== 'true') throw new Error('expand-all does not say aria-expanded=true');
      button.click();
      await until(() => cards().every(isClosed), 'after a second click on expand-all, not every card is closed');
    },
  ],
  [
    'a status count filters the cards',
    async () => {
      const count = inSummary('[part=headline] button')[0];
      const all = cards().length;
      const [, shown] = /(\d+)/.exec(count.textContent) || [];
      count.click();
      await until(
        () => count.getAttribute('aria-pressed') === 'true' && cards().length === Number(shown),
        `after a click on "${count.textContent.trim()}", ${cards().length} cards show and the count is pressed: ${count.getAttribute('aria-pressed')}`,
      );
      if (!/^#status-/.test(location.hash)) throw new Error(`after a click on a count, the address's hash is "${location.hash}"`);
      count.click();
      await until(
        () => count.getAttribute('aria-pressed') === 'false' && cards().length === all,
        'after a second click, not every card shows',
      );
    },
  ],
  [
    'language switcher',
    async () => {
      inSummary('[part=languages] button[lang=en]')[0].click();
      await until(
        () => summary().lang === 'en' && inSummary('[part=expand-all]')[0].textContent.trim() === 'Expand all',
        `after a click on English, lang is "${summary().lang}" and expand-all reads "${inSummary('[part=expand-all]')[0].textContent.trim()}"`,
      );
      const pressed = inSummary('[part=languages] button[aria-pressed=true]').map((button) => button.lang);
      if (pressed.join() !== 'en') throw new Error(`after a click on English, the pressed buttons are [${pressed}]`);
      await until(() => cards().every((card) => card.lang === 'en'), 'after a click on English, the cards are not in English');
    },
  ],
  ['header lays out as on current engines, in English', headersLayOut],
];

async function check() {
  const failures = [];
  for (const [name, run] of checks) {
    try {
      await run();
    } catch (error) {
      failures.push({ check: name, message: error.message });
      // Later checks need what an earlier one found missing.
      if (name === 'renders the feed') break;
    }
  }
  if (errors.length > 0) failures.push({ check: 'no script errors', message: errors.join('; ') });
  return failures;
}

function loadBundle() {
  const script = document.createElement('script');
  if (bundle === 'es') script.type = 'module';
  script.src = bundle === 'es' ? '/dist/plan-widgets.js' : '/dist/plan-widgets.iife.js';
  document.head.appendChild(script);
}

/** Sets the widget up as the address says, and lets the page's load event come once it has rendered. */
async function setUpForScreenshot() {
  for (const name of ['lang', 'expanded']) if (query.has(name)) summary().setAttribute(name, query.get(name));
  loadBundle();
  try {
    await until(() => cards().length > 0 && cards().every(toggle) && cards().some(isOpen), 'the widget did not render', 10000);
    // The rings' progress grows in 0.6 s.
    await sleep(800);
  } finally {
    // A widget that did not render is photographed all the same.
    await fetch(`/release/${query.get('hold')}`);
  }
}

if (query.has('hold')) {
  const image = document.createElement('img');
  image.src = `/hold/${query.get('hold')}`;
  image.hidden = true;
  document.documentElement.appendChild(image);
}

document.addEventListener('DOMContentLoaded', async () => {
  const engine = (/Chrome\/([\d.]+)/.exec(navigator.userAgent) || [])[1];
  if (query.has('hold')) {
    await setUpForScreenshot();
    return;
  }
  loadBundle();
  const failures = await check();
  document.getElementById('result').textContent = JSON.stringify({ engine, failures });
});
