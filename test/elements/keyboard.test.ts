// The keyboard walk: every control of <plan-summary> in order, there and back, each operable with
// Enter and Space and showing a focus ring of at least 3:1 against what is behind it.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PlanSummary } from '../../src/elements/plan-summary.js';
import { sampleFeed } from '../fixtures/feeds.js';
import { renderSummary } from '../fixtures/render.js';
import { backgroundBehind, contrast, deepActiveElement } from '../fixtures/contrast.js';

/** What a focused control is, for the order: its part, or its language, or its card, or its words. */
function describeControl(element: Element | null): string {
  if (element === null) return 'nothing';
  if (element.id) return element.id;
  const card = (element.getRootNode() as ShadowRoot).host;
  if (card?.localName === 'plan-priority-card') return `${card.id} ${element.getAttribute('part')}`;
  const words = element.hasAttribute('lang') ? `[lang=${element.getAttribute('lang')}]` : ` "${element.textContent!.trim()}"`;
  return element.getAttribute('part') ?? `${element.localName}${words}`;
}

/** Tabs (or shifts back) until `last` has the focus, checking each focus ring on the way. */
async function walk(key: 'Tab' | 'Shift+Tab', last: string): Promise<{ order: string[]; rings: string[] }> {
  const order: string[] = [];
  const rings: string[] = [];
  for (let step = 0; step < 20 && order[order.length - 1] !== last; step++) {
    if (key === 'Tab') await sendKeys({ press: 'Tab' });
    else {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    }
    const focused = deepActiveElement()!;
    order.push(describeControl(focused));
    if (focused.id) continue;
    const style = getComputedStyle(focused);
    const behind = backgroundBehind(focused.parentElement ?? (focused.getRootNode() as ShadowRoot).host);
    const ratio = contrast(style.outlineColor, behind);
    if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2 || ratio < 3) {
      rings.push(
        `${describeControl(focused)}: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} on ${behind} (${ratio.toFixed(2)}:1)`,
      );
    }
  }
  return { order, rings };
}

describe('keyboard', () => {
  // The language chosen below is remembered for the site (the README's "Languages"): not for other tests.
  after(() => localStorage.removeItem('plan-widgets:lang'));
  // The feed's period is over: Safety, half done, is behind; Sports has done nothing yet.
  const controls = [
    'expand-all',
    'button[lang=en]',
    'button[lang=zh-Hans]',
    'plan-link',
    'button "At risk (1)"',
    'button "Behind schedule (1)"',
    'button "Not started (1)"',
    'priority-safety toggle',
    'priority-reform toggle',
    'priority-sports toggle',
  ];

  for (const theme of ['light', 'dark']) {
    it(`reaches every control in order and back, each with a visible focus ring (${theme} theme)`, async () => {
      const feed = sampleFeed();
      feed.plan.url = 'https://example.org/plan.pdf';
      const { summary } = await renderSummary(html`
        <button id="before">before</button>
        <plan-summary theme=${theme} languages="en zh-Hans" .feed=${feed}></plan-summary>
        <button id="after">after</button>
      `);
      summary.parentElement!.querySelector<HTMLElement>('#before')!.focus();
      const forth = await walk('Tab', 'after');
      expect(forth.order).to.deep.equal([...controls, 'after']);
      expect(forth.rings).to.deep.equal([]);
      const back = await walk('Shift+Tab', 'before');
      expect(back.order).to.deep.equal([...controls].reverse().concat('before'));
    });
  }

  it('operates every control with Enter and Space', async () => {
    const { summary } = await renderSummary(html`<plan-summary languages="en zh-Hans" .feed=${sampleFeed()}></plan-summary>`);
    const part = (name: string) => summary.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
    const cards = () => [...summary.shadowRoot!.querySelectorAll('plan-priority-card')];
    const settle = async (host: PlanSummary) => {
      await host.updateComplete;
      await Promise.all(cards().map((card) => card.updateComplete));
    };

    part('expand-all').focus();
    await sendKeys({ press: 'Enter' });
    await settle(summary);
    expect(cards().map((card) => card.expanded)).to.deep.equal([true, true, true]);
    await sendKeys({ press: ' ' });
    await settle(summary);
    expect(cards().map((card) => card.expanded)).to.deep.equal([false, false, false]);

    cards()[1]!.shadowRoot!.querySelector<HTMLElement>('[part="toggle"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(summary);
    expect(cards().map((card) => card.expanded)).to.deep.equal([false, true, false]);
    await sendKeys({ press: ' ' });
    await settle(summary);
    expect(cards()[1]!.expanded).to.equal(false);

    // A count shows only its priorities, and all again; the page's address is put back after.
    const address = location.href;
    try {
      const count = summary.shadowRoot!.querySelector<HTMLElement>('[part="headline"] button')!;
      count.focus();
      await sendKeys({ press: 'Enter' });
      await settle(summary);
      expect(cards().map((card) => card.priority!.id)).to.deep.equal(['reform']);
      expect(count.getAttribute('aria-pressed')).to.equal('true');
      await sendKeys({ press: ' ' });
      await settle(summary);
      expect(cards()).to.have.length(3);
      expect(count.getAttribute('aria-pressed')).to.equal('false');
      await sendKeys({ press: ' ' });
      await settle(summary);
      expect(cards()).to.have.length(1);
      await sendKeys({ press: 'Enter' });
      await settle(summary);
      expect(cards()).to.have.length(3);
    } finally {
      history.replaceState(null, '', address);
    }

    summary.shadowRoot!.querySelector<HTMLElement>('button[lang="zh-Hans"]')!.focus();
    await sendKeys({ press: ' ' });
    await settle(summary);
    expect(summary.lang).to.equal('zh-Hans');
    summary.shadowRoot!.querySelector<HTMLElement>('button[lang="en"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(summary);
    expect(summary.lang).to.equal('en');
  });
});
