// What paper gets, by emulating print media: the browser applies the widget's own print styles.
// Runs in Chromium only: Firefox's WebDriver BiDi cannot emulate media.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PlanPriorityCard } from '../../src/elements/plan-priority-card.js';
import type { PlanSummary } from '../../src/elements/plan-summary.js';
import type { PlanFeedInput } from '../../src/feed/schema.js';
import { sampleFeed } from '../fixtures/feeds.js';
import { part, renderSummary } from '../fixtures/render.js';
import { contrast } from '../fixtures/contrast.js';

const firstCard = (summary: PlanSummary) => summary.shadowRoot!.querySelector('plan-priority-card')!;

function feedWithLink(): PlanFeedInput {
  const feed = sampleFeed();
  return { ...feed, plan: { ...feed.plan, url: 'https://example.org/plan.pdf' } };
}

/** The tops of the lines each character of `word` sits on, in the first text node of `element`'s subtree that holds it. */
function linesOf(element: Element, word: string): number[] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const start = node.data.indexOf(word);
    if (start < 0) continue;
    return [...word].map((_, i) => {
      const range = document.createRange();
      range.setStart(node, start + i);
      range.setEnd(node, start + i + 1);
      return Math.round(range.getBoundingClientRect().top);
    });
  }
  throw new Error(`no text holds ${word}`);
}

describe('print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints a closed card with its details shown', async () => {
    const card = await fixture<PlanPriorityCard>(
      html`<plan-priority-card .priority=${sampleFeed().priorities[0]}></plan-priority-card>`,
    );
    const body = part(card, 'card-body');
    const shown = () => body.getBoundingClientRect().height > 0 && getComputedStyle(body).contentVisibility !== 'hidden';
    expect(shown()).to.equal(false);
    await emulateMedia({ media: 'print' });
    expect(shown()).to.equal(true);
  });

  it('prints the cards a count shows, and the count pressed readable without its background', async () => {
    const address = location.href;
    try {
      history.replaceState(null, '', '#status-at-risk');
      const { summary } = await renderSummary(html`<plan-summary .feed=${sampleFeed()}></plan-summary>`);
      const pressed = summary.shadowRoot!.querySelector<HTMLElement>('[aria-pressed="true"]')!;
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(part(summary, 'headline')).display).to.equal('block');
      expect(summary.shadowRoot!.querySelectorAll('plan-priority-card')).to.have.length(1);
      // Printers leave out backgrounds: the text must not be the surface's white.
      const style = getComputedStyle(pressed);
      expect([style.backgroundColor, style.fontWeight]).to.deep.equal(['rgba(0, 0, 0, 0)', '600']);
      expect(contrast(style.color, 'rgb(255, 255, 255)')).to.be.at.least(4.5);
    } finally {
      history.replaceState(null, '', address);
    }
  });

  it('prints without its buttons, every card one after another', async () => {
    const { summary } = await renderSummary(html`<plan-summary languages="en zh-Hans" .feed=${sampleFeed()}></plan-summary>`);
    const shown = ['expand-all', 'languages', 'list'].map((name) => part(summary, name));
    const display = () => shown.map((element) => getComputedStyle(element).display);
    expect(display()).to.deep.equal(['block', 'block', 'grid']);
    await emulateMedia({ media: 'print' });
    expect(display()).to.deep.equal(['none', 'none', 'block']);
  });

  it('prints the dark theme in the light palette, numbers, status icons and ring tracks readable without backgrounds', async () => {
    const { summary } = await renderSummary(html`<plan-summary theme="dark" .feed=${sampleFeed()}></plan-summary>`);
    const card = summary.shadowRoot!.querySelector('plan-priority-card')!;
    const number = part(card, 'card-number');
    const icon = card.shadowRoot!.querySelector<HTMLElement>('.status-icon')!;
    const track = part(card, 'track');
    const paper = 'rgb(255, 255, 255)';
    await emulateMedia({ media: 'print' });
    expect(contrast(getComputedStyle(part(card, 'card-title')).color, paper)).to.be.at.least(4.5);
    for (const mark of [number, icon]) {
      const style = getComputedStyle(mark);
      expect(style.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(contrast(style.color, paper)).to.be.at.least(4.5);
      expect(style.outlineStyle).to.equal('solid');
    }
    expect(contrast(getComputedStyle(track).stroke, paper)).to.be.at.least(3);
  });

  it('prints each link’s address after its label, the plan’s link among them', async () => {
    const { summary } = await renderSummary(html`<plan-summary expanded="all" .feed=${feedWithLink()}></plan-summary>`);
    const planLink = part(summary, 'plan-link');
    const cardLink = firstCard(summary).shadowRoot!.querySelector('a')!;
    const after = (link: Element) => getComputedStyle(link, '::after').content;
    expect([after(planLink), after(cardLink)]).to.deep.equal(['none', 'none']);
    const widths = [planLink, cardLink].map((link) => link.getBoundingClientRect().width);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(planLink).display).to.not.equal('none');
    expect(planLink.getBoundingClientRect().width).to.be.greaterThan(widths[0]! + 50);
    expect(cardLink.getBoundingClientRect().width).to.be.greaterThan(widths[1]! + 50);
    for (const link of [planLink, cardLink]) expect(after(link)).to.match(/^" \(" attr\(href\) "\)"$|^" \(https:/);
  });

  it('lets a long card go on to the next page between its lines, its header, section titles and measures’ labels kept with what follows', async () => {
    const { summary } = await renderSummary(
      html`<plan-summary theme="dark" expanded="all" .feed=${sampleFeed()}></plan-summary>`,
    );
    const card = firstCard(summary);
    const root = card.shadowRoot!;
    const base = part(summary, 'base');
    expect(getComputedStyle(base).paddingTop).to.not.equal('0px');
    const breaks = (selector: string) => {
      const style = getComputedStyle(root.querySelector(selector)!);
      return [style.breakInside, style.breakAfter];
    };
    await emulateMedia({ media: 'print' });
    for (const selector of ['[part="card"]', '[part="card-body"]', '.section', '.actions li', '.measures dd', 'dl.section dt']) {
      expect(breaks(selector), selector).to.deep.equal(['auto', 'auto']);
    }
    for (const selector of ['[part="card-header"]', '[part="section-title"]', '.measures dt']) {
      expect(breaks(selector), selector).to.deep.equal(['avoid', 'avoid']);
    }
    // The dark theme's padding around the cards, which kept Chromium from starting a long card on a page it would have filled.
    expect(getComputedStyle(base).paddingTop).to.equal('0px');
  });

  it('breaks a Chinese title between phrases on paper, never inside 十大重点', async () => {
    const feed = sampleFeed();
    const title = '汉滨区2023—2024学年教育体育工作“十大重点”';
    feed.plan = { ...feed.plan, title };
    feed.priorities[0] = { ...feed.priorities[0]!, title };
    const { summary } = await renderSummary(
      html`<div style="width: 20em"><plan-summary lang="zh-Hans" .feed=${feed}></plan-summary></div>`,
    );
    const wrapper = summary.parentElement!;
    const planTitle = part(summary, 'title');
    const cardTitle = part(firstCard(summary), 'card-title');
    const split = (element: Element) => new Set(linesOf(element, '十大重点”')).size > 1;
    // On screen, some widths split the word as CJK rules allow: the widths below are ones that could.
    const widths = Array.from({ length: 40 }, (_, i) => 160 + i * 6);
    const splitOnScreen = widths.filter((width) => {
      wrapper.style.width = `${width}px`;
      return split(planTitle) || split(cardTitle);
    });
    expect(splitOnScreen).to.not.deep.equal([]);
    await emulateMedia({ media: 'print' });
    // Under 190 px the card's title, beside its ring, is narrower than 十大重点” itself (paper is far wider).
    for (const width of widths.filter((width) => width >= 190)) {
      wrapper.style.width = `${width}px`;
      expect([split(planTitle), split(cardTitle)], `${width}px`).to.deep.equal([false, false]);
    }
    expect(summary.getBoundingClientRect().width).to.be.at.most(widths.at(-1)!);
  });

  it('prints dark text on white whatever colours a theme sets, the figures and status readable', async () => {
    const { summary } = await renderSummary(
      html`<plan-summary
        style="--plan-text: #eeeeee; --plan-surface: #222222; --plan-muted: #999999; color: #dddddd"
        expanded="all"
        .feed=${sampleFeed()}
      ></plan-summary>`,
    );
    const card = firstCard(summary);
    const paper = 'rgb(255, 255, 255)';
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(part(card, 'card')).backgroundColor).to.equal(paper);
    const texts = [
      part(summary, 'title'),
      part(card, 'card-title'),
      part(card, 'card-summary'),
      part(card, 'section-title'),
      card.shadowRoot!.querySelector('dt')!,
      part(card, 'value'),
      part(card, 'status'),
    ];
    for (const text of texts) {
      expect(contrast(getComputedStyle(text).color, paper), text.getAttribute('part') ?? text.localName).to.be.at.least(4.5);
    }
    expect(getComputedStyle(part(card, 'card-title')).color).to.equal('rgb(0, 0, 0)');
  });
});
