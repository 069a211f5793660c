// Where the cards go, measured: an open card in the grid has the row to itself, in the feed's order;
// in the list layout each card is one row, its ring beside its title, however many priorities.
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PlanSummary } from '../../src/elements/plan-summary.js';
import type { PlanFeedInput } from '../../src/feed/schema.js';
import { renderSummary } from '../fixtures/render.js';

function feedOf(count: number): PlanFeedInput {
  return {
    version: 1,
    plan: { title: { 'zh-Hans': '年度计划', en: 'Plan for the year' }, defaultLocale: 'zh-Hans' },
    priorities: Array.from({ length: count }, (_, index) => ({
      id: `p${index + 1}`,
      title: { 'zh-Hans': `第${index + 1}项重点工作`, en: `Priority ${index + 1}` },
      progress: (index * 7) % 101,
      actions: [{ title: '一项举措', done: index % 2 === 0 }],
    })),
  };
}

async function summaryAt(width: number, count: number, layout = 'grid'): Promise<PlanSummary> {
  const { summary } = await renderSummary(
    html`<plan-summary lang="zh-Hans" layout=${layout} style="width: ${width}px" .feed=${feedOf(count)}></plan-summary>`,
  );
  return summary;
}

const cardsOf = (summary: PlanSummary) => [...summary.shadowRoot!.querySelectorAll('plan-priority-card')];
const partOf = (card: Element, name: string) => card.shadowRoot!.querySelector(`[part~="${name}"]`)!.getBoundingClientRect();

async function open(summary: PlanSummary, index: number): Promise<void> {
  const card = cardsOf(summary)[index]!;
  card.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
  await summary.updateComplete;
  await card.updateComplete;
}

/** The cards in reading order (rows from the top, each from the left) are the cards in the feed's order. */
function readingOrder(summary: PlanSummary): string[] {
  return cardsOf(summary)
    .map((card) => ({ id: card.id, box: card.getBoundingClientRect() }))
    .sort((a, b) => Math.round(a.box.top) - Math.round(b.box.top) || a.box.left - b.box.left)
    .map(({ id }) => id);
}

describe('layout', () => {
  it('at 1280 px an open card has its row to itself: no hole beside it, the feed’s order kept', async () => {
    const summary = await summaryAt(1280, 10);
    const cards = cardsOf(summary);
    const list = summary.shadowRoot!.querySelector('[part="list"]')!.getBoundingClientRect();
    const columns = new Set(cards.map((card) => Math.round(card.getBoundingClientRect().left))).size;
    expect(columns, 'columns').to.be.at.least(3);
    await open(summary, 4);
    const opened = cards[4]!.getBoundingClientRect();
    expect([opened.left, opened.right]).to.deep.equal([list.left, list.right]);
    const beside = cards.filter((card) => {
      const box = card.getBoundingClientRect();
      return card !== cards[4] && box.bottom > opened.top && box.top < opened.bottom;
    });
    expect(beside.map((card) => card.id)).to.deep.equal([]);
    expect(readingOrder(summary)).to.deep.equal(cards.map((card) => card.id));
    // The keyboard follows the DOM, which is the feed's order: no card changed place in it.
    expect(cardsOf(summary).map((card) => card.id)).to.deep.equal(feedOf(10).priorities.map(({ id }) => `priority-${id}`));
  });

  it('at 390 px the cards are one column, open or closed, in the feed’s order', async () => {
    const summary = await summaryAt(390, 4);
    await open(summary, 1);
    const lefts = new Set(cardsOf(summary).map((card) => card.getBoundingClientRect().left));
    expect(lefts.size).to.equal(1);
    expect(readingOrder(summary)).to.deep.equal(cardsOf(summary).map((card) => card.id));
  });

  it('in the list layout at 1280 px the ring stays beside its title', async () => {
    const summary = await summaryAt(1280, 3, 'list');
    for (const card of cardsOf(summary)) {
      const ring = partOf(card, 'ring');
      const title = partOf(card, 'card-title');
      expect(title.left - ring.right, card.id).to.be.within(0, 60);
      expect(title.top, card.id).to.be.below(ring.bottom);
    }
  });

  it('50 priorities in the list layout: each card one row of at most 90 px, numbers and titles aligned', async () => {
    const summary = await summaryAt(1280, 50, 'list');
    const cards = cardsOf(summary);
    expect(cards).to.have.length(50);
    const heights = cards.map((card) => card.getBoundingClientRect().height);
    expect(Math.max(...heights)).to.be.at.most(90);
    const lefts = (name: string) => new Set(cards.map((card) => partOf(card, name).left.toFixed(1)));
    expect([...lefts('card-number')], 'number').to.have.length(1);
    expect([...lefts('card-title')], 'title').to.have.length(1);
    expect([...lefts('ring')], 'ring').to.have.length(1);
    // One row each, in the feed's order, one under the other.
    const tops = cards.map((card) => card.getBoundingClientRect().top);
    expect(tops.every((top, index) => index === 0 || top > tops[index - 1]! + 40)).to.equal(true);
  });
});
