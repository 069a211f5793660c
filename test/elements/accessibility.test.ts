// axe (WCAG 2.0–2.2 A and AA, and best practice) on <plan-summary> in every state a visitor can meet
// it in, in each interface locale, layout and theme: 0 violations.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../src/index.js';
import type { PlanSummary } from '../../src/elements/plan-summary.js';
import { fullSummary } from '../fixtures/full-plan.js';
import { widgetRoots } from '../fixtures/render.js';

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<AxeResults> };
  }
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const LOCALES = ['en', 'zh-Hans', 'zh-Hant'];
const LAYOUTS = ['grid', 'list'];
// `auto` is one of these two by the visitor's colour scheme (test/media/ emulates both).
const THEMES = ['light', 'dark'];

interface Look {
  readonly lang: string;
  readonly layout: string;
  readonly theme: string;
}

/** The Hanbin demo feed, cut to three priorities: actions, measures, updates, partners and links. */
const feedText = fetch('/demo/feeds/hanbin-2023-autumn.json').then((response) => response.text());

/** Replaces fetch until `restore`: each call takes the next answer (the last one repeats). */
function stubFetch(...answers: (() => Promise<Response>)[]) {
  const original = window.fetch;
  let calls = 0;
  window.fetch = () => answers[Math.min(calls++, answers.length - 1)]!();
  return () => (window.fetch = original);
}

/** Renders a summary in `look` (inside a page's main landmark) and waits for `event`, if any. */
async function summaryIn(look: Look, attributes: Record<string, string>, event?: string): Promise<PlanSummary> {
  const page = await fixture<HTMLElement>(html`<main></main>`);
  const summary = document.createElement('plan-summary');
  for (const [name, value] of Object.entries({ ...look, priorities: '1 2 3', ...attributes })) summary.setAttribute(name, value);
  const settled = event === undefined ? undefined : oneEvent(summary, event);
  page.append(summary);
  await settled;
  await summary.updateComplete;
  return summary;
}

/** Each state, reached from a fresh element in `look`. */
const STATES: Record<string, (look: Look) => Promise<PlanSummary>> = {
  loading: async (look) => {
    const restore = stubFetch(() => new Promise<Response>(() => {}));
    try {
      return await summaryIn(look, { src: '/never-answers.json' });
    } finally {
      restore();
    }
  },
  error: (look) => summaryIn(look, { src: '/test/fixtures/missing.json' }, 'plan-error'),
  'error, its details open': async (look) => {
    const summary = await summaryIn(look, { src: '/test/fixtures/missing.json' }, 'plan-error');
    summary.shadowRoot!.querySelector('details')!.open = true;
    return summary;
  },
  '#plan-check': async (look) => {
    // The page's address is put back after each test.
    history.replaceState(null, '', '#plan-check');
    const summary = await summaryIn(
      look,
      { src: '/demo/feeds/hanbin-2023-autumn.json', priorities: '1 2 no-such-priority', expanded: 'no-such-card' },
      'plan-load',
    );
    expect(summary.shadowRoot!.querySelectorAll('[part="check"] li'), 'the warnings listed').to.have.length(2);
    return summary;
  },
  filtered: async (look) => {
    // The page's address is put back after each test.
    history.replaceState(null, '', '#status-at-risk');
    const summary = await summaryIn(look, { src: '/demo/feeds/hanbin-2023-autumn.json' }, 'plan-load');
    expect(summary.shadowRoot!.querySelectorAll('[aria-pressed="true"]'), 'the count pressed').to.have.length(1);
    return summary;
  },
  empty: (look) => summaryIn(look, { src: '/demo/feeds/hanbin-2023-autumn.json', priorities: 'no-such-priority' }, 'plan-load'),
  collapsed: (look) =>
    summaryIn(look, { src: '/demo/feeds/hanbin-2023-autumn.json', languages: 'zh-Hans zh-Hant en' }, 'plan-load'),
  expanded: (look) => summaryIn(look, { src: '/demo/feeds/hanbin-2023-autumn.json', expanded: 'all' }, 'plan-load'),
  stale: (look) => summaryIn(look, { src: '/demo/feeds/hanbin-2023-autumn.json', 'stale-after': '1' }, 'plan-load'),
  'refresh failed': async (look) => {
    const text = await feedText;
    const restore = stubFetch(
      async () => new Response(text),
      () => Promise.reject(new TypeError('Failed to fetch')),
    );
    try {
      const summary = await summaryIn(look, { src: '/a11y-refresh-failed.json' }, 'plan-load');
      const failed = oneEvent(summary, 'plan-error');
      void summary.load({ refresh: true });
      await failed;
      await summary.updateComplete;
      expect(summary.shadowRoot!.querySelector('[part="stale"]'), 'the refresh-failed note').to.not.equal(null);
      return summary;
    } finally {
      restore();
    }
  },
  'saved copy': async (look) => {
    const text = await feedText;
    // Kept by an earlier visit's load (src/feed/saved-copy.ts); this one's server is down.
    const restore = stubFetch(
      async () => new Response(text),
      async () => new Response('', { status: 404 }),
    );
    try {
      localStorage.clear();
      (await summaryIn(look, { src: '/a11y-saved-copy.json' }, 'plan-load')).closest('main')!.remove();
      const summary = await summaryIn(look, { src: '/a11y-saved-copy.json' }, 'plan-error');
      expect(summary.shadowRoot!.querySelector('[part="stale"]'), 'the saved-copy note').to.not.equal(null);
      return summary;
    } finally {
      restore();
    }
  },
};

describe('accessibility: axe in every state × locale × layout × theme', () => {
  const silenced = { warn: console.warn, error: console.error };
  before(() => {
    // The error states and unmatched priorities are told in the console, as they should be.
    console.warn = () => {};
    console.error = () => {};
  });
  after(() => Object.assign(console, silenced));
  const address = location.href;
  afterEach(() => history.replaceState(null, '', address));

  for (const [state, reach] of Object.entries(STATES)) {
    it(`${state}: no violation`, async function () {
      this.timeout(120_000);
      const found: string[] = [];
      for (const lang of LOCALES) {
        for (const layout of LAYOUTS) {
          for (const theme of THEMES) {
            const summary = await reach({ lang, layout, theme });
            const { violations } = await window.axe.run(summary, { runOnly: { type: 'tag', values: TAGS } });
            for (const violation of violations) {
              found.push(
                `${lang} ${layout} ${theme}: ${violation.id} (${violation.help}) at ${JSON.stringify(violation.nodes[0]?.target)}`,
              );
            }
            summary.closest('main')!.remove();
          }
        }
      }
      expect(found).to.deep.equal([]);
    });
  }
});

describe('accessibility: names', () => {
  it('names every button and link by the text it shows, no aria-label in between', async () => {
    const summary = await fullSummary('light');
    const controls = widgetRoots(summary).flatMap((root) => [...root.querySelectorAll('button, a[href], summary')]);
    expect(controls.length).to.be.at.least(12);
    const relabelled = controls
      .filter(
        (control) =>
          control.hasAttribute('aria-label') || control.hasAttribute('aria-labelledby') || !control.textContent!.trim(),
      )
      .map((control) => control.outerHTML);
    expect(relabelled).to.deep.equal([]);
  });
});
