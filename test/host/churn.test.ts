import { expect } from '@open-wc/testing';
import { openPage } from './frames.js';
import { until } from '../fixtures/until.js';
import type { HostWindow } from './frames.js';

// 200 mounts and removals of a refreshing <plan-summary> leave nothing running behind them. The page
// (pages/churn.html) counts timers and window/document listeners from before the widget loads
// (count-live.js). Uses the built files; `npm test` builds them first.
//
// The JS heap is not measured here: without --expose-gc (the test runner's Chromium has no such flag)
// a test cannot collect garbage first, and performance.memory, sampled during this churn, swung
// between 3 and 19 MB with no trend, so any limit would either fail at random or miss a real leak.
// Firefox has no performance.memory.

interface Live {
  timeouts: number;
  intervals: number;
  windowListeners: Record<string, number>;
  documentListeners: Record<string, number>;
}
type ChurnWindow = HostWindow & { live(): Live };

const SRC = '/demo/feeds/hanbin-2023-autumn.json';

/** How each of the 200 mounts ends, in turn: before its first render, with its feed in flight, once loaded, and once loaded and moved. */
const ways = ['removed at once', 'removed while loading', 'removed once loaded', 'moved, then removed'] as const;

describe('host page: mounting and removing a refreshing widget again and again', () => {
  it('leaves no timer and no window or document listener behind', async function () {
    // 100 of the 200 mounts wait for the feed: about 4 s here, more on a busy machine.
    this.timeout(30000);
    const page = await openPage('/test/host/pages/churn.html');
    const win = page.window as ChurnWindow;
    const doc = page.document;
    const [first, second] = [doc.createElement('div'), doc.createElement('div')];
    doc.body.append(first, second);
    const loads = () => win.settled.load;

    /** Mounts a refreshing summary, then removes it in that way. */
    async function mountAndRemove(way: (typeof ways)[number]): Promise<void> {
      const summary = doc.createElement('plan-summary') as HTMLElement & { updateComplete: Promise<boolean> };
      summary.setAttribute('src', SRC);
      summary.setAttribute('refresh', '10');
      const before = loads();
      first.append(summary);
      if (way === 'removed while loading') await summary.updateComplete;
      if (way === 'removed once loaded' || way === 'moved, then removed') {
        await until(() => loads() > before, 'the feed to load');
        await summary.updateComplete;
      }
      if (way === 'moved, then removed') second.append(summary);
      summary.remove();
    }

    /** Waits until the page keeps exactly `expected` alive (a removed widget's request ends a moment later), then checks it. */
    async function expectLive(expected: Live): Promise<void> {
      const same = () => JSON.stringify(win.live()) === JSON.stringify(expected);
      await until(same, 'the count of timers and listeners to settle', 5).catch(() => undefined);
      expect(win.live()).to.deep.equal(expected);
    }

    const atStart = win.live();
    // What a shown, refreshing widget holds: one interval, and a hashchange listener on window, and
    // mouseover, click and auxclick ones for page tools and exit notices (docs/page-tools.md).
    const shown = doc.createElement('plan-summary');
    shown.setAttribute('src', SRC);
    shown.setAttribute('refresh', '10');
    first.append(shown);
    await until(() => loads() === 1, 'the feed to load');
    await expectLive({
      ...atStart,
      intervals: atStart.intervals + 1,
      windowListeners: {
        ...atStart.windowListeners,
        hashchange: (atStart.windowListeners.hashchange ?? 0) + 1,
        mouseover: (atStart.windowListeners.mouseover ?? 0) + 1,
        click: (atStart.windowListeners.click ?? 0) + 1,
        auxclick: (atStart.windowListeners.auxclick ?? 0) + 1,
      },
    });
    shown.remove();
    await expectLive(atStart);

    for (let i = 0; i < 200; i++) await mountAndRemove(ways[i % ways.length]!);
    await expectLive(atStart);
    expect(loads()).to.equal(1 + 100);
    expect(win.problems).to.deep.equal([]);
    page.frame.remove();
  });
});
