// Forced colours in Firefox, whose WebDriver BiDi cannot emulate them: this file runs in a Firefox
// started with the page's colours overridden, as a visitor's high-contrast setting does
// (web-test-runner.config.mjs). test/media/user-settings.test.ts checks the same in Chromium.
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { sampleFeed } from '../fixtures/feeds.js';
import { part, renderSummary } from '../fixtures/render.js';
import {
  contrast,
  forcedPressedColours,
  forcedRingStrokes,
  pressedLanguageColours,
  ringStrokes,
  systemColor,
} from '../fixtures/contrast.js';

describe('forced colours in Firefox', () => {
  it('draws rings, the chosen language and focus in system colours', async () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const { summary } = await renderSummary(
      html`<plan-summary theme="dark" languages="en zh-Hans" .feed=${sampleFeed()}></plan-summary>`,
    );
    for (const ring of [part(summary, 'ring'), part(summary.shadowRoot!.querySelector('plan-priority-card')!, 'ring')]) {
      expect(ringStrokes(ring)).to.deep.equal(forcedRingStrokes());
    }
    expect(pressedLanguageColours(summary)).to.deep.equal(forcedPressedColours());
    const expandAll = part(summary, 'expand-all');
    expandAll.focus();
    // The focus ring stays, in a system colour that stands out on the system's background.
    expect(getComputedStyle(expandAll).outlineStyle).to.equal('solid');
    expect(contrast(getComputedStyle(expandAll).outlineColor, systemColor('Canvas'))).to.be.at.least(3);
  });
});
