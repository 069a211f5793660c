import { expect } from '@open-wc/testing';
import { HostPanel } from './host-lit.js';
import { sampleFeed } from '../fixtures/feeds.js';
import { shownCards } from './frames.js';
import { until } from '../fixtures/until.js';
import type { Summary } from './frames.js';

// This test page is a host page that uses Lit itself (the `lit` package, imported above, before any
// bundle): its own elements, defined before and after the built bundles are loaded, render
// `<plan-summary>` in their shadow roots. Uses the built files; `npm test` builds them first.

const problems: string[] = [];
window.addEventListener('error', (event) => problems.push(`uncaught: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${event.reason}`));
const consoleError = console.error;
console.error = (...args: unknown[]) => {
  problems.push(`console.error: ${args.map(String).join(' ')}`);
  consoleError(...args);
};
const settled = { load: 0, error: 0 };
document.addEventListener('plan-load', () => settled.load++);
document.addEventListener('plan-error', () => settled.error++);

function loadClassicScript(src: string): Promise<unknown> {
  const script = document.createElement('script');
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', reject, { once: true });
  });
  script.src = src;
  document.head.append(script);
  return loaded;
}

const summaryIn = (host: HostPanel) => host.shadowRoot!.querySelector('plan-summary') as Summary;
const text = (summary: Summary, part: string) => summary.shadowRoot!.querySelector(`[part="${part}"]`)!.textContent!.trim();

async function expectHostWorks(host: HostPanel): Promise<void> {
  host.count++;
  await host.updateComplete;
  const count = host.shadowRoot!.querySelector('[part="count"]')!;
  expect(count.textContent).to.equal(String(host.count));
  expect(getComputedStyle(count).borderTopWidth).to.equal('3px');
}

describe("host page: the page's own Lit beside the bundles", () => {
  it('its elements, defined before and after both bundles load, keep working and render the widget', async () => {
    customElements.define('host-before', class extends HostPanel {});
    const before = document.createElement('host-before') as HostPanel;
    const withFeed = document.createElement('host-before') as HostPanel;
    withFeed.feed = sampleFeed();
    document.body.append(before, withFeed);
    await Promise.all([before.updateComplete, withFeed.updateComplete]);
    // The host's Lit has rendered <plan-summary> before it is defined, its feed set as a plain property.
    expect(customElements.get('plan-summary')).to.equal(undefined);
    expect(summaryIn(withFeed).shadowRoot).to.equal(null);

    await import(new URL('/dist/plan-widgets.js', location.href).href);
    await loadClassicScript('/dist/plan-widgets.iife.js');
    customElements.define('host-after', class extends HostPanel {});
    const after = document.createElement('host-after') as HostPanel;
    after.language = 'zh-Hant';
    document.body.append(after);
    await until(() => settled.load + settled.error === 3, 'the three widgets to load');
    expect(settled).to.deep.equal({ load: 3, error: 0 });
    // The host's Lit, the ES module bundle's and the classic script's.
    expect((window as unknown as { litHtmlVersions: string[] }).litHtmlVersions).to.have.length(3);

    for (const host of [before, withFeed, after]) await expectHostWorks(host);
    expect(shownCards(summaryIn(before))).to.deep.equal({ cards: 10, styled: true });
    expect(shownCards(summaryIn(withFeed))).to.deep.equal({ cards: 3, styled: true });
    expect(text(summaryIn(withFeed), 'title')).to.equal('Plan for the year');
    expect(shownCards(summaryIn(after))).to.deep.equal({ cards: 10, styled: true });
    expect(text(summaryIn(after), 'expand-all')).to.equal('全部展開');

    // The host's templates drive the widget: a new feed object, and a `lang` on a wrapper in its shadow root.
    withFeed.feed = { ...sampleFeed(), plan: { ...sampleFeed().plan, title: 'A new title' } };
    before.language = 'zh-Hans';
    await Promise.all([withFeed.updateComplete, before.updateComplete]);
    await until(() => text(summaryIn(before), 'expand-all') === '全部展开', 'the widget to follow the host’s lang');
    await until(() => text(summaryIn(withFeed), 'title') === 'A new title', 'the widget to show the new feed');
    expect(shownCards(summaryIn(withFeed)).cards).to.equal(3);

    expect(problems).to.deep.equal([]);
    for (const host of [before, withFeed, after]) host.remove();
  });
});
