import { expect } from '@open-wc/testing';
import { sampleFeed } from '../fixtures/feeds.js';

// What a bundler user gets: `import 'plan-widgets'` → dist/lib, unbundled, with `lit` as a dependency.
describe('dist/lib (the package for bundlers)', () => {
  it('exports each element class from its own module without registering it', async () => {
    const module = await import(new URL('/dist/lib/elements/plan-summary.js', location.href).href);
    expect(module.PlanSummary.prototype).to.be.instanceOf(HTMLElement);
    expect(customElements.get('plan-summary')).to.equal(undefined);
    expect(customElements.get('plan-priority-card')).to.equal(undefined);
  });

  it('registers the elements, exports their classes and the feed parser, and renders', async () => {
    const lib = await import(new URL('/dist/lib/index.js', location.href).href);
    expect(customElements.get('plan-summary')).to.equal(lib.PlanSummary);
    expect(customElements.get('plan-priority-card')).to.equal(lib.PlanPriorityCard);
    expect(customElements.get('plan-progress-ring')).to.equal(lib.PlanProgressRing);
    expect(lib.parseFeed(sampleFeed()).feed.priorities).to.have.length(3);

    const summary = new lib.PlanSummary();
    const loaded = new Promise((resolve) => summary.addEventListener('plan-load', resolve, { once: true }));
    summary.feed = sampleFeed();
    summary.lang = 'zh-Hant';
    document.body.append(summary);
    await loaded;
    await summary.updateComplete;
    expect(summary.shadowRoot.querySelectorAll('plan-priority-card')).to.have.length(3);
    expect(summary.shadowRoot.querySelector('[part="expand-all"]').textContent.trim()).to.equal('全部展開');
    summary.remove();
  });
});
