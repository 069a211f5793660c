// Contrast computed in the browser (WCAG 1.4.3 and 1.4.11): every visible text of a summary with all
// its parts, and of its error, against what is painted behind it, in the light and dark themes.
// test/media/user-settings.test.ts checks the auto theme under both colour schemes.
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PlanSummary } from '../../src/elements/plan-summary.js';
import { renderSummary } from '../fixtures/render.js';
import { fullSummary } from '../fixtures/full-plan.js';
import { contrastProblems, visibleTexts } from '../fixtures/contrast.js';

/** The parts and classes of the elements whose text `visibleTexts` found, in every shadow tree. */
function textKinds(summary: PlanSummary): Set<string> {
  return new Set(
    visibleTexts(summary.shadowRoot!).map((text) => text.getAttribute('part') ?? (text.className || text.localName)),
  );
}

describe('contrast', () => {
  const silenced = console.error;
  before(() => (console.error = () => {}));
  after(() => (console.error = silenced));

  for (const theme of ['light', 'dark']) {
    it(`gives every text 4.5:1 and status colours, ring tracks and indicators 3:1 (${theme} theme)`, async () => {
      const summary = await fullSummary(theme);
      const kinds = textKinds(summary);
      for (const kind of [
        'organization',
        'title',
        'meta',
        'plan-summary',
        'notice',
        'stale',
        'expand-all',
        'plan-link',
        'button',
      ])
        expect(kinds, kind).to.include(kind);
      for (const kind of ['card-number', 'card-title', 'status-icon', 'value', 'section-title', 'mark', 'time', 'dt', 'dd', 'a'])
        expect(kinds, kind).to.include(kind);
      expect(contrastProblems(summary)).to.deep.equal([]);
    });

    it(`gives every text of the error 4.5:1, its details open (${theme} theme)`, async () => {
      const { summary } = await renderSummary(
        html`<plan-summary theme=${theme} src="/test/fixtures/missing.json"></plan-summary>`,
        'plan-error',
      );
      summary.shadowRoot!.querySelector('details')!.open = true;
      expect([...textKinds(summary)]).to.include.members(['retry', 'summary', 'p']);
      expect(contrastProblems(summary)).to.deep.equal([]);
    });
  }

  it('finds a text that falls under 4.5:1', async () => {
    const summary = await fullSummary('light');
    summary.style.setProperty('--plan-muted', '#aaaaaa');
    expect(contrastProblems(summary).join('\n')).to.match(/Schools inspected.*under 4\.5:1/);
  });
});
