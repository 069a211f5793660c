// What the visitor's settings change, checked by emulating them: the browser applies the widget's own
// stylesheets (print: print.test.ts). Runs in Chromium only: Firefox's WebDriver BiDi cannot emulate media.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PlanProgressRing } from '../../src/elements/plan-progress-ring.js';
import { sampleFeed } from '../fixtures/feeds.js';
import { part, renderSummary } from '../fixtures/render.js';
import {
  contrast,
  contrastProblems,
  forcedPressedColours,
  forcedRingStrokes,
  pressedLanguageColours,
  ringStrokes,
} from '../fixtures/contrast.js';
import { fullSummary } from '../fixtures/full-plan.js';

/** Emulates media features the stock command cannot (web-test-runner.config.mjs), replacing those set before. */
const emulateFeatures = (features: { name: string; value: string }[]) => executeServerCommand('emulate-media-features', features);

describe('user settings', () => {
  afterEach(async () => {
    await emulateFeatures([]);
    await emulateMedia({ media: 'screen', colorScheme: 'no-preference', reducedMotion: 'no-preference' });
  });

  it('animates ring values unless the visitor prefers reduced motion', async () => {
    const ring = await fixture<PlanProgressRing>(html`<plan-progress-ring value="5"></plan-progress-ring>`);
    const indicator = part(ring, 'indicator');
    expect(parseFloat(getComputedStyle(indicator).transitionDuration)).to.be.greaterThan(0);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(parseFloat(getComputedStyle(indicator).transitionDuration)).to.equal(0);
  });

  it('follows the visitor’s colour scheme with theme="auto"', async () => {
    const { summary } = await renderSummary(html`<plan-summary theme="auto" .feed=${sampleFeed()}></plan-summary>`);
    const card = part(summary.shadowRoot!.querySelector('plan-priority-card')!, 'card');
    await emulateMedia({ colorScheme: 'light' });
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(22, 27, 34)');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`gives every text 4.5:1 and status colours, ring tracks and indicators 3:1 with theme="auto" in a ${colorScheme} colour scheme`, async () => {
      await emulateMedia({ colorScheme });
      const summary = await fullSummary('auto');
      const surface = getComputedStyle(part(summary.shadowRoot!.querySelector('plan-priority-card')!, 'card')).backgroundColor;
      expect(surface).to.equal(colorScheme === 'dark' ? 'rgb(22, 27, 34)' : 'rgb(255, 255, 255)');
      expect(contrastProblems(summary)).to.deep.equal([]);
    });
  }

  it('draws rings and the chosen language in system colours under forced colours', async () => {
    const { summary } = await renderSummary(
      html`<plan-summary theme="dark" languages="en zh-Hans" .feed=${sampleFeed()}></plan-summary>`,
    );
    const ring = part(summary, 'ring');
    const before = ringStrokes(ring);
    await emulateFeatures([{ name: 'forced-colors', value: 'active' }]);
    expect(ringStrokes(ring)).to.deep.equal(forcedRingStrokes());
    expect(ringStrokes(ring)).to.not.deep.equal(before);
    expect(pressedLanguageColours(summary)).to.deep.equal(forcedPressedColours());
  });

  it('gives borders 3:1 when the visitor asks for more contrast', async () => {
    const { summary } = await renderSummary(html`<plan-summary .feed=${sampleFeed()}></plan-summary>`);
    const card = summary.shadowRoot!.querySelector('plan-priority-card')!;
    const surface = getComputedStyle(part(card, 'card')).backgroundColor;
    const border = () => contrast(getComputedStyle(part(card, 'card')).borderRightColor, surface);
    expect(border()).to.be.below(3);
    await emulateFeatures([{ name: 'prefers-contrast', value: 'more' }]);
    expect(border()).to.be.at.least(3);
  });
});
