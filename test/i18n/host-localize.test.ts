import { expect } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { sampleFeed } from '../fixtures/feeds.js';

// A bundler app that set up @lit/localize before importing the widget's modules.
describe('beside an app that configured @lit/localize itself', () => {
  it('loads without throwing and shows the plan, in English', async () => {
    configureLocalization({ sourceLocale: 'en', targetLocales: ['de'], loadLocale: async () => ({ templates: {} }) });
    const { renderSummary } = await import('../fixtures/render.js');
    await import('../../src/index.js');
    const { html } = await import('lit');
    const { summary } = await renderSummary(html`<plan-summary lang="zh-Hans" .feed=${sampleFeed()}></plan-summary>`);
    expect(summary.shadowRoot!.querySelectorAll('plan-priority-card')).to.have.length(3);
    expect(summary.shadowRoot!.querySelector('[part="expand-all"]')!.textContent!.trim()).to.equal('Expand all');
  });
});
