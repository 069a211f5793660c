// The bench's hand-written baseline (bench/baseline.js) must render the widget's markup, or the
// ratios of `npm run bench` compare unlike work: the same comparison the bench makes before it
// times anything, run with every test. Needs `npm run build` (the bench measures dist/).
import { expect } from '@open-wc/testing';
import '../../dist/plan-widgets.js';
import '../../bench/page.js';

declare global {
  interface Window {
    bench: { compareMarkup(): Promise<string | undefined> };
  }
}

describe('bench baseline', () => {
  it('renders the markup the widget renders, before and after a card opens', async () => {
    // As on the bench page: the baseline writes the interface in English only.
    document.documentElement.lang = 'en';
    expect(await window.bench.compareMarkup()).to.equal(undefined);
  });
});
