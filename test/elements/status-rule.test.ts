import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PlanPriorityCard } from '../../src/elements/plan-priority-card.js';
import type { PlanSummary } from '../../src/elements/plan-summary.js';
import type { PlanFeedInput } from '../../src/feed/schema.js';
import { isoDayFromToday, sampleFeed } from '../fixtures/feeds.js';
import { renderSummary } from '../fixtures/render.js';

/** Half-way through a period of 100 days: 50 % expected, give or take a day's share. */
function feedHalfWay(statusRule?: unknown): PlanFeedInput {
  const feed = sampleFeed();
  Object.assign(feed.plan, { period: { start: isoDayFromToday(-50), end: isoDayFromToday(49) }, statusRule });
  feed.priorities = [
    { id: 'a', title: 'Five points behind', progress: 45 },
    { id: 'b', title: 'Twenty points behind', progress: 30 },
    { id: 'c', title: 'Thirty-five points behind', progress: 15 },
  ];
  return feed;
}

const statuses = (summary: PlanSummary) =>
  [...summary.shadowRoot!.querySelectorAll<PlanPriorityCard>('plan-priority-card')].map((card) => card.getAttribute('status'));

const noteText = (summary: PlanSummary) => summary.shadowRoot!.querySelector('[part=ended]')?.textContent?.trim();

describe('status rules and the end of the period', () => {
  it('derives statuses by the default ratio rule, and by the feed’s ratio or points rule', async () => {
    const byDefault = await renderSummary(html`<plan-summary .feed=${feedHalfWay()}></plan-summary>`);
    // 45 ≥ 95 % of 50 is false (47.5), 45 ≥ 85 % of 50 (42.5): at risk; 30 and 15 are behind.
    expect(statuses(byDefault.summary)).to.deep.equal(['at-risk', 'off-track', 'off-track']);

    const ratio = await renderSummary(
      html`<plan-summary .feed=${feedHalfWay({ basis: 'ratio', onTrack: 80, atRisk: 50 })}></plan-summary>`,
    );
    expect(statuses(ratio.summary)).to.deep.equal(['on-track', 'at-risk', 'off-track']);

    const points = await renderSummary(
      html`<plan-summary .feed=${feedHalfWay({ basis: 'points', atRisk: 10, offTrack: 30 })}></plan-summary>`,
    );
    expect(statuses(points.summary)).to.deep.equal(['on-track', 'at-risk', 'off-track']);
    expect(noteText(points.summary)).to.equal(undefined);
  });

  it('reports a broken rule to the editor and derives by the default rule', async () => {
    const { summary, event } = await renderSummary(
      html`<plan-summary .feed=${feedHalfWay({ basis: 'points', atRisk: 30, offTrack: 10 })}></plan-summary>`,
    );
    expect(event.detail.warnings).to.deep.equal([
      'plan.statusRule: expected "basis" "ratio" with "onTrack" ≥ "atRisk", or "points" with "offTrack" ≥ "atRisk", each 0–100',
    ]);
    expect(statuses(summary)).to.deep.equal(['at-risk', 'off-track', 'off-track']);
  });

  it('once the period is over, says so and calls no unfinished priority on track, given or derived', async () => {
    const feed = sampleFeed();
    feed.priorities = [
      { id: 'given', title: 'Given on track', status: 'on-track', progress: 45 },
      { id: 'nearly', title: 'Nearly there', progress: 96 },
      { id: 'finished', title: 'Finished', progress: 100 },
    ];
    const { summary } = await renderSummary(html`<plan-summary lang="en-US" .feed=${feed}></plan-summary>`);
    expect(statuses(summary)).to.deep.equal(['off-track', 'at-risk', 'done']);
    expect(noteText(summary)).to.equal('This plan’s period ended on July 31, 2021.');
    expect(summary.shadowRoot!.querySelector('[part=ended]')!.getAttribute('role')).to.equal('note');

    summary.lang = 'zh-Hans';
    await summary.updateComplete;
    expect(noteText(summary)).to.equal('本计划期已于2021年7月31日结束。');
    const words = [...summary.shadowRoot!.querySelectorAll<PlanPriorityCard>('plan-priority-card')].map((card) =>
      card.shadowRoot!.querySelector('[part=status]')!.textContent!.replace(/\s+/g, ''),
    );
    expect(words).to.deep.equal(['✕状态：进度滞后', '!状态：存在风险', '★状态：已完成']);
  });

  it('shows the note with hide-header, and none while the period runs', async () => {
    const ended = await renderSummary(html`<plan-summary hide-header .feed=${sampleFeed()}></plan-summary>`);
    expect(noteText(ended.summary)).to.contain('2021');
    const running = await renderSummary(html`<plan-summary .feed=${feedHalfWay()}></plan-summary>`);
    expect(noteText(running.summary)).to.equal(undefined);
  });

  it('lets a standalone card take a rule', async () => {
    const card = await fixture<PlanPriorityCard>(
      html`<plan-priority-card .priority=${{ id: 'a', title: 'A', progress: 45 }} expected="60"></plan-priority-card>`,
    );
    expect(card.status).to.equal('off-track');
    card.statusRule = { basis: 'points', atRisk: 10, offTrack: 30 };
    await card.updateComplete;
    expect(card.status).to.equal('at-risk');
  });
});
