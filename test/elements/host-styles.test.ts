import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PlanPriorityCard } from '../../src/elements/plan-priority-card.js';
import { sampleFeed } from '../fixtures/feeds.js';
import { renderSummary } from '../fixtures/render.js';

/** What a framework template or a CMS theme sets on a page's root, for its own layout. */
const HOST_LAYOUT = 'text-align: center; white-space: pre; letter-spacing: 0.5em; text-transform: uppercase; line-height: 4';

function textStyles(element: Element) {
  const { textAlign, whiteSpace, letterSpacing, textTransform, lineHeight, fontSize } = getComputedStyle(element);
  return { textAlign, whiteSpace, letterSpacing, textTransform, lineHeight: parseFloat(lineHeight) / parseFloat(fontSize) };
}

describe('host page styles', () => {
  it("a page's inherited text layout stops at every element's host", async () => {
    const { summary } = await renderSummary(
      html`<div style=${HOST_LAYOUT}><plan-summary .feed=${sampleFeed()}></plan-summary></div>`,
    );
    const card = summary.shadowRoot!.querySelector('plan-priority-card')!;
    const standalone = await fixture<PlanPriorityCard>(
      html`<div style=${HOST_LAYOUT}><plan-priority-card .priority=${sampleFeed().priorities[0]}></plan-priority-card></div>`,
    );
    const standaloneCard = standalone.querySelector('plan-priority-card')!;
    await standaloneCard.updateComplete;
    const ring = await fixture(html`<div style=${HOST_LAYOUT}><plan-progress-ring value="40"></plan-progress-ring></div>`);
    const texts = [
      summary.shadowRoot!.querySelector('[part="base"]')!,
      card.shadowRoot!.querySelector('[part="card-summary"]')!,
      standaloneCard.shadowRoot!.querySelector('[part="card-summary"]')!,
    ];
    for (const text of texts) {
      expect(textStyles(text)).to.deep.include({
        textAlign: 'left',
        whiteSpace: 'normal',
        letterSpacing: 'normal',
        textTransform: 'none',
      });
      expect(textStyles(text).lineHeight).to.be.closeTo(1.6, 0.01);
    }
    const value = ring.querySelector('plan-progress-ring')!.shadowRoot!.querySelector('[part="value"]')!;
    expect(textStyles(value)).to.deep.include({ letterSpacing: 'normal', textTransform: 'none' });
  });

  it("the page's own rules on the element, such as the WCAG text-spacing override, still reach its text", async () => {
    const override = document.createElement('style');
    override.textContent =
      '* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important }';
    document.head.append(override);
    try {
      const { summary } = await renderSummary(html`<plan-summary .feed=${sampleFeed()}></plan-summary>`);
      const card = summary.shadowRoot!.querySelector('plan-priority-card') as PlanPriorityCard;
      const text = card.shadowRoot!.querySelector('[part="card-summary"]')!;
      const { letterSpacing, fontSize } = getComputedStyle(text);
      expect(parseFloat(letterSpacing) / parseFloat(fontSize)).to.be.closeTo(0.12, 0.01);
      expect(textStyles(text).lineHeight).to.be.closeTo(1.5, 0.01);
    } finally {
      override.remove();
    }
  });
});
