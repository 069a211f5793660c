// The rings' notch for the progress expected by now, and the legend that says what it marks.
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PlanSummary } from '../../src/elements/plan-summary.js';
import type { PlanFeedInput } from '../../src/feed/schema.js';
import { isoDayFromToday, sampleFeed } from '../fixtures/feeds.js';
import { renderSummary } from '../fixtures/render.js';

/** The sample feed with a period of 100 days of which 60 have passed: 60 % (61 % late in the day) is expected by now. */
function feedHalfway(): PlanFeedInput {
  const feed = sampleFeed();
  return { ...feed, plan: { ...feed.plan, period: { start: isoDayFromToday(-60), end: isoDayFromToday(39) } } };
}

const shadow = (summary: PlanSummary) => summary.shadowRoot!;
const legendOf = (summary: PlanSummary) => shadow(summary).querySelector<HTMLElement>('[part="legend"]');
const legendText = (summary: PlanSummary) => legendOf(summary)?.textContent!.replace(/\s+/g, ' ').trim();
const cardMarkers = (summary: PlanSummary) =>
  [...shadow(summary).querySelectorAll('plan-priority-card')].map((card) =>
    card.shadowRoot!.querySelector('[part="marker"]')!.getAttribute('display'),
  );

describe('the expected-progress legend', () => {
  it('says beside the overall ring what the rings’ notch marks, where a phone shows it', async () => {
    const { summary } = await renderSummary(
      html`<div style="width: 360px"><plan-summary lang="en-GB" .feed=${feedHalfway()}></plan-summary></div>`,
    );
    const legend = legendOf(summary)!;
    expect(legendText(summary)).to.match(/^▼ Expected by now: 6[01]%$/);
    expect(legend.closest('.overall')).to.not.equal(null);
    // Assistive technology hears it in every ring's value instead.
    expect(legend.closest('[aria-hidden="true"]')).to.not.equal(null);
    const ring = shadow(summary).querySelector('plan-progress-ring')!;
    expect(ring.getAttribute('aria-valuetext')).to.match(/, 6[01]% expected by now$/);
    expect(ring.shadowRoot!.querySelector('[part="marker"]')!.getAttribute('display')).to.equal('inline');
    expect(cardMarkers(summary)).to.deep.equal(['inline', 'inline', 'inline']);
    // Shown, beside the ring, inside the phone's width.
    const box = legend.getBoundingClientRect();
    const ringBox = ring.getBoundingClientRect();
    const width = summary.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(0);
    expect(getComputedStyle(legend).visibility).to.equal('visible');
    expect(box.left).to.be.at.least(ringBox.right);
    expect(box.right).to.be.at.most(width.right + 0.5);
    expect(box.top).to.be.lessThan(ringBox.bottom);
    expect(box.bottom).to.be.greaterThan(ringBox.top);
  });

  for (const [lang, term] of [
    ['zh-Hans', '序时进度'],
    ['zh-CN', '序时进度'],
    ['zh-Hant', '預定進度'],
    ['zh-TW', '預定進度'],
  ]) {
    it(`calls it ${term} in ${lang}, in the legend and in the rings’ values`, async () => {
      const { summary } = await renderSummary(html`<plan-summary lang=${lang} .feed=${feedHalfway()}></plan-summary>`);
      expect(legendText(summary)).to.match(new RegExp(`^▼ ${term} 6[01]%$`));
      const ring = shadow(summary).querySelector('plan-progress-ring')!;
      expect(ring.getAttribute('aria-valuetext')).to.match(new RegExp(`，${term} 6[01]%$`));
    });
  }

  for (const attribute of ['hide-ring', 'hide-header']) {
    it(`stands above the cards with ${attribute}, since their rings still carry the notch`, async () => {
      const { summary } = await renderSummary(
        attribute === 'hide-ring'
          ? html`<plan-summary hide-ring .feed=${feedHalfway()}></plan-summary>`
          : html`<plan-summary hide-header .feed=${feedHalfway()}></plan-summary>`,
      );
      const legend = legendOf(summary)!;
      expect(legend.parentElement!.getAttribute('part')).to.equal('base');
      expect(legend.getAttribute('aria-hidden')).to.equal('true');
      expect(legend.nextElementSibling!.getAttribute('part')).to.equal('list');
      expect(legend.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(cardMarkers(summary)).to.deep.equal(['inline', 'inline', 'inline']);
    });
  }

  it('is not shown, nor the notch, when nothing or everything is expected by now, or the plan has no period', async () => {
    const ended = sampleFeed(); // its period ended in 2021: all of it is expected
    const later = feedHalfway();
    later.plan = { ...later.plan, period: { start: isoDayFromToday(10), end: isoDayFromToday(100) } };
    const none = sampleFeed();
    delete none.plan.period;
    for (const feed of [ended, later, none]) {
      const { summary } = await renderSummary(html`<plan-summary .feed=${feed}></plan-summary>`);
      expect(legendOf(summary)).to.equal(null);
      expect(cardMarkers(summary)).to.deep.equal(['none', 'none', 'none']);
      summary.parentElement!.remove();
    }
  });
});
