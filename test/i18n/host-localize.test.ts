import { expect } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import { sampleFeed } from '../fixtures/feeds.js';

// A bundler app that sets up @lit/localize for itself, before the widget's modules are imported.
// host-localize-after.test.ts covers the other order.
describe('beside an app that configured @lit/localize first', () => {
  it('loads without throwing and keeps the widget in its own language, and the app in its own', async () => {
    configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: () => Promise.resolve({ templates: { 'expand-all': 'Alle öffnen' } }),
    });
    const { renderSummary } = await import('../fixtures/render.js');
    await import('../../src/index.js');
    const { html } = await import('lit');
    const { summary } = await renderSummary(html`<plan-summary lang="zh-Hans" .feed=${sampleFeed()}></plan-summary>`);
    expect(summary.shadowRoot!.querySelectorAll('plan-priority-card')).to.have.length(3);
    expect(summary.shadowRoot!.querySelector('[part="expand-all"]')!.textContent!.trim()).to.equal('全部展开');
    expect(msg('Expand all', { id: 'expand-all' })).to.equal('Expand all');
  });
});
