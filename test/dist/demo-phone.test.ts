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

  // The first screen below the page's own header and article lead, which are the site's: from the
  // widget's top, the plan's title, its ring and three collapsed cards of at most 90 px, in the
  // demo's Chinese. English titles and notes run longer: there the first card starts in that screen.
  for (const [lang, cardsShown] of [
    ['zh-Hans', 3],
    ['en-GB', 1],
  ] as const) {
    it(`in ${lang} shows the plan’s title, its ring and ${cardsShown} card(s) in the screen that starts at the widget`, async () => {
      const demo = await demoOnPhone(lang);
      frame = demo.frame;
      const root = demo.summary.shadowRoot!;
      const fromWidget = (element: Element) => box(element).bottom - box(demo.summary).top;
      expect(fromWidget(root.querySelector('[part="title"]')!)).to.be.at.most(SCREEN);
      expect(fromWidget(root.querySelector('[part="ring"]')!)).to.be.at.most(SCREEN);
      const cards = [...root.querySelectorAll('plan-priority-card')].slice(0, cardsShown);
      expect(box(cards.at(-1)!).top - box(demo.summary).top, 'the last card of the first screen').to.be.below(SCREEN);
      if (lang === 'zh-Hans') {
        expect(fromWidget(cards[1]!), 'the second card, whole').to.be.at.most(SCREEN);
        // Collapsed, their titles one line each: at most 90 px each, overdue actions counted or not.
        const titleHeights = cards.map((card) => box(card.shadowRoot!.querySelector('[part="card-title"]')!).height);
        expect(Math.max(...titleHeights), 'one line').to.be.below(30);
        expect(Math.max(...cards.map((card) => box(card).height))).to.be.at.most(90);
      }
    });
  }
});
