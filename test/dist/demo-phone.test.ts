// The demo page on a phone of 390 × 844 CSS px, in a frame of that size: what its first screen shows.
// These tests use the built files only; `npm test` builds them first.
import { expect } from '@open-wc/testing';
import { until } from '../fixtures/until.js';

type Summary = HTMLElement & { updateComplete: Promise<boolean> };

const SCREEN = 844;

async function demoOnPhone(lang: string): Promise<{ frame: HTMLIFrameElement; summary: Summary }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: 390px; height: ${SCREEN}px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/index.html';
  document.body.append(frame);
  await loaded;
  const summary = frame.contentDocument!.querySelector('plan-summary') as Summary;
  await until(() => summary.shadowRoot?.querySelector('[part="list"]'), 'the cards');
  summary.setAttribute('lang', lang);
  await summary.updateComplete;
  await Promise.all([...summary.shadowRoot!.querySelectorAll<Summary>('plan-priority-card')].map((card) => card.updateComplete));
  return { frame, summary };
}

/** Tops and bottoms in the frame's page, scrolled to its top. */
const box = (element: Element) => element.getBoundingClientRect();

describe('the demo on a phone (390 × 844)', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('in Simplified Chinese shows the plan’s title, its ring and three cards in the first screen', async () => {
    const demo = await demoOnPhone('zh-Hans');
    frame = demo.frame;
    const root = demo.summary.shadowRoot!;
    expect(box(root.querySelector('[part="title"]')!).bottom).to.be.at.most(SCREEN);
    expect(box(root.querySelector('[part="ring"]')!).bottom).to.be.at.most(SCREEN);
    const cards = [...root.querySelectorAll('plan-priority-card')].slice(0, 3);
    expect(box(cards[2]!).top, 'the third card').to.be.below(SCREEN);
    // Collapsed, their titles one line each: at most 90 px each, the first two whole.
    const titleHeights = cards.map((card) => box(card.shadowRoot!.querySelector('[part="card-title"]')!).height);
    expect(Math.max(...titleHeights), 'one line').to.be.below(30);
    expect(Math.max(...cards.map((card) => box(card).height))).to.be.at.most(90);
    expect(box(cards[1]!).bottom, 'the second card').to.be.at.most(SCREEN);
  });

  // English texts are longer: the page's own article above the widget leaves room for one card; the
  // screen that starts at the widget holds three.
  it('in English shows the plan’s title, its ring and the first card in the first screen, three from the widget’s top', async () => {
    const demo = await demoOnPhone('en');
    frame = demo.frame;
    const root = demo.summary.shadowRoot!;
    expect(box(root.querySelector('[part="title"]')!).bottom).to.be.at.most(SCREEN);
    expect(box(root.querySelector('[part="ring"]')!).bottom).to.be.at.most(SCREEN);
    const cards = [...root.querySelectorAll('plan-priority-card')];
    expect(box(cards[0]!).top).to.be.below(SCREEN);
    expect(box(cards[2]!).top - box(demo.summary).top, 'the third card, from the widget’s top').to.be.below(SCREEN);
  });
});
