import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { PlanSummary } from '../../src/elements/plan-summary.js';
import { FeedError } from '../../src/feed/errors.js';
import { parseFeed } from '../../src/feed/parse.js';
import type { PlanFeed } from '../../src/feed/schema.js';
import { anyDateTime, anyJson, feedArbitrary, withPlanUpdated } from '../fixtures/feed-arbitraries.js';
import { assertProperty } from '../fixtures/fuzz.js';

interface Outcome {
  readonly summary: PlanSummary;
  readonly events: readonly CustomEvent[];
  /** Uncaught errors and unhandled rejections while it rendered. */
  readonly thrown: readonly unknown[];
  readonly consoleErrors: number;
}

interface Settings {
  readonly feed: unknown;
  readonly lang: string | undefined;
  readonly staleAfter: number | undefined;
  readonly expanded: string | undefined;
}

/** How long a feed given as a property may take to show; it takes a few milliseconds. */
const SETTLE_MS = 2000;

/**
 * Renders a <plan-summary> given `feed` through its property and waits until it fires plan-load or
 * plan-error, something throws, or SETTLE_MS pass; then one task more, for late events and errors.
 */
async function render({ feed, lang, staleAfter, expanded }: Settings): Promise<Outcome> {
  const thrown: unknown[] = [];
  const events: CustomEvent[] = [];
  let consoleErrors = 0;
  let wake!: () => void;
  const woken = new Promise<void>((resolve) => (wake = resolve));
  const onError = (event: ErrorEvent) => (thrown.push(event.error ?? event.message), wake());
  const onRejection = (event: PromiseRejectionEvent) => {
    event.preventDefault();
    thrown.push(event.reason);
    wake();
  };
  const { error, warn } = console;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  console.error = () => consoleErrors++;
  console.warn = () => {};
  const summary = document.createElement('plan-summary');
  try {
    for (const type of ['plan-load', 'plan-error']) {
      summary.addEventListener(type, (event) => (events.push(event as CustomEvent), wake()));
    }
    if (lang !== undefined) summary.setAttribute('lang', lang);
    if (staleAfter !== undefined) summary.setAttribute('stale-after', String(staleAfter));
    if (expanded !== undefined) summary.setAttribute('expanded', expanded);
    // Anything a page script could set, not only what the type allows.
    summary.feed = feed as typeof summary.feed;
    document.body.append(summary);
    await Promise.race([woken, new Promise((resolve) => setTimeout(resolve, SETTLE_MS))]);
    await summary.updateComplete.catch((reason: unknown) => thrown.push(reason));
    const cards = [...summary.shadowRoot!.querySelectorAll('plan-priority-card')];
    await Promise.all(cards.map((card) => card.updateComplete.catch((reason: unknown) => thrown.push(reason))));
    await new Promise((resolve) => setTimeout(resolve, 10));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    Object.assign(console, { error, warn });
  }
  return { summary, events, thrown, consoleErrors };
}

/** What parseFeed says of `feed`: the validated feed, or the error. */
function expectedOf(feed: unknown): { feed: PlanFeed } | { error: FeedError } {
  try {
    return parseFeed(feed);
  } catch (error) {
    return { error: error as FeedError };
  }
}

describe('<plan-summary> given any feed', () => {
  it('ends loaded (plan-load) or in its error state (plan-error), never throws and never stays loading', async () => {
    const feeds = fc.oneof(
      { weight: 2, arbitrary: feedArbitrary({ brokenEvery: 0, json: true }) },
      { weight: 3, arbitrary: feedArbitrary({ brokenEvery: 25, json: false }) },
      { weight: 1, arbitrary: anyJson },
    );
    const settings = fc.record({
      // plan.updated of every kind, for the dates shown and the stale note.
      feed: fc.tuple(feeds, fc.option(anyDateTime, { nil: undefined })).map(([feed, updated]) => withPlanUpdated(feed, updated)),
      lang: fc.constantFrom(undefined, 'en', 'zh-Hans', 'zh-TW', 'ar', 'x-private'),
      staleAfter: fc.constantFrom(undefined, 0, 30),
      expanded: fc.constantFrom(undefined, 'all'),
    });
    await assertProperty(
      fc.asyncProperty(settings, async (given) => {
        const { summary, events, thrown, consoleErrors } = await render(given);
        try {
          const shadow = summary.shadowRoot!;
          expect(thrown.map(String).join('\n'), 'uncaught errors and unhandled rejections').to.equal('');
          expect(events.map((event) => event.type).join(' '), 'the events fired').to.match(/^plan-(?:load|error)$/);
          expect(shadow.querySelector('[part~="loading"]'), 'the loading placeholder').to.equal(null);
          const [event] = events;
          const expected = expectedOf(given.feed);
          if ('error' in expected) {
            expect(event!.type).to.equal('plan-error');
            expect((event!.detail as { error: unknown }).error).to.be.instanceOf(FeedError);
            expect(shadow.querySelector('[part~="error"]'), 'the error').not.to.equal(null);
            expect(shadow.querySelector('[part~="retry"]'), 'the retry button').not.to.equal(null);
            expect(consoleErrors).to.equal(1);
          } else {
            expect(event!.type).to.equal('plan-load');
            expect((event!.detail as { feed: PlanFeed }).feed).to.deep.equal(expected.feed);
            expect(shadow.querySelector('[part~="base"]'), 'the plan').not.to.equal(null);
            expect(shadow.querySelector('[part~="error"]'), 'an error').to.equal(null);
            expect(shadow.querySelectorAll('plan-priority-card')).to.have.length(expected.feed.priorities.length);
            expect(consoleErrors).to.equal(0);
          }
        } finally {
          summary.remove();
        }
      }),
      { numRuns: 30, includeErrorInReport: true },
    );
  });
});
