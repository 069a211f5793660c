import { expect, html } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import '../../src/index.js';
import { sampleFeed } from '../fixtures/feeds.js';
import { renderSummary } from '../fixtures/render.js';

// The natural order in an app's main.ts: the widget is imported first, then the app sets up
// @lit/localize for itself. host-localize.test.ts covers the other order.
describe('beside an app that configures @lit/localize after importing the widget', () => {
  it('lets the app set up its own locales, in which its messages answer, and keeps the widget in its own', async () => {
    const { setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: () => Promise.resolve({ templates: { 'expand-all': 'Alle öffnen' } }),
    });
    await setLocale('de');
    expect(msg('Expand all', { id: 'expand-all' })).to.equal('Alle öffnen');
    const { summary } = await renderSummary(html`<plan-summary lang="zh-Hant" .feed=${sampleFeed()}></plan-summary>`);
    expect(summary.shadowRoot!.querySelector('[part="expand-all"]')!.textContent!.trim()).to.equal('全部展開');
  });
});
