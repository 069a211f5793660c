// The visitor's settings in Firefox, whose WebDriver BiDi cannot emulate media features: this file
// runs in a Firefox started with the preferences a visitor's system sets (web-test-runner.config.mjs:
// reduced motion, a dark colour scheme, more contrast). Each test first checks that the setting holds,
// so a preference Firefox stops reading fails here instead of passing unchecked.
// test/media/user-settings.test.ts checks the same in Chromium, with and without each setting.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PlanProgressRing } from '../../src/elements/plan-progress-ring.js';
import { sampleFeed } from '../fixtures/feeds.js';
import { part, renderSummary } from '../fixtures/render.js';
import { contrast, contrastProblems } from '../fixtures/contrast.js';
import { fullSummary } from '../fixtures/full-plan.js';

describe('the visitor’s settings in Firefox', () => {
  it('does not animate ring values when the visitor prefers reduced motion', async () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    const ring = await fixture<PlanProgressRing>(html`<plan-progress-ring value="5"></plan-progress-ring>`);
    expect(parseFloat(getComputedStyle(part(ring, 'indicator')).transitionDuration)).to.equal(0);
  });

  it('gives every text 4.5:1 and status colours, ring tracks and indicators 3:1 with theme="auto" in a dark colour scheme', async () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    const summary = await fullSummary('auto');
    const card = part(summary.shadowRoot!.querySelector('plan-priority-card')!, 'card');
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(22, 27, 34)');
    expect(contrastProblems(summary)).to.deep.equal([]);
  });

  it('gives borders 3:1 when the visitor asks for more contrast', async () => {
    expect(matchMedia('(prefers-contrast: more)').matches).to.equal(true);
    const { summary } = await renderSummary(html`<plan-summary .feed=${sampleFeed()}></plan-summary>`);
    const card = part(summary.shadowRoot!.querySelector('plan-priority-card')!, 'card');
    expect(contrast(getComputedStyle(card).borderRightColor, getComputedStyle(card).backgroundColor)).to.be.at.least(3);
  });
});
