// What a visitor's own settings ask of the widget, in Chromium and Firefox (test/media/ emulates the
// media features, in Chromium only): targets of 24 × 24 px (WCAG 2.5.8), and reflow at 320 px under the
// text-spacing override (1.4.10, 1.4.12) with nothing cut off.
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PlanSummary } from '../../src/elements/plan-summary.js';
import { renderSummary, ringPart, ringsOf } from '../fixtures/render.js';
import { fullSummary } from '../fixtures/full-plan.js';
import { visibleTexts } from '../fixtures/contrast.js';

/** Every element matching `selector` under `root`, in every shadow tree below it. */
function deepAll(root: Element | ShadowRoot, selector: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].flatMap((element) => [
    ...(element.matches(selector) ? [element] : []),
    ...(element.shadowRoot ? deepAll(element.shadowRoot, selector) : []),
  ]);
}

const describeElement = (element: Element) =>
  `${element.localName}[part=${element.getAttribute('part')}] "${element.textContent!.trim().slice(0, 30)}"`;

/**
 * The WCAG 1.4.12 override as a reader's style sheet or bookmarklet sets it, on the page around the
 * widget (the inherited properties reach it) and in each of its shadow trees (paragraph spacing and
 * each element's own line height, which inheritance cannot reach).
 */
const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }';

function spaceText(summary: PlanSummary): void {
  const shadowRoots = deepAll(summary.shadowRoot!, '*').flatMap((element) => element.shadowRoot ?? []);
  for (const root of [document, summary.shadowRoot!, ...shadowRoots]) {
    const style = document.createElement('style');
    style.className = 'text-spacing';
    style.textContent = TEXT_SPACING;
    (root instanceof Document ? root.head : root).append(style);
  }
}

/** What sticks out of the summary's 320 px, or is cut off by a box that hides its overflow. */
function clipped(summary: PlanSummary): string[] {
  const problems: string[] = [];
  const edge = summary.getBoundingClientRect();
  if (summary.scrollWidth > summary.clientWidth) problems.push(`the summary scrolls sideways: ${summary.scrollWidth} px`);
  for (const text of visibleTexts(summary.shadowRoot!)) {
    const box = text.getBoundingClientRect();
    if (box.left < edge.left - 0.5 || box.right > edge.right + 0.5)
      problems.push(`${describeElement(text)} sticks out: ${box.left}–${box.right}`);
    if (text.clientWidth > 0 && text.scrollWidth > text.clientWidth + 1)
      problems.push(`${describeElement(text)} overflows: ${text.scrollWidth} > ${text.clientWidth} px`);
  }
  for (const element of deepAll(summary.shadowRoot!, '*:not(.visually-hidden)')) {
    const { overflowX, overflowY } = getComputedStyle(element);
    if (overflowX === 'visible' && overflowY === 'visible') continue;
    if (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)
      problems.push(
        `${describeElement(element)} cuts off: ${element.scrollWidth} × ${element.scrollHeight} in ${element.clientWidth} × ${element.clientHeight}`,
      );
  }
  for (const ring of ringsOf(summary)) {
    // The hole: the track's inner edge, r = 42 of the 100-unit view box less half its 10-unit stroke.
    const hole = ((2 * (42 - 5)) / 100) * ring.getBoundingClientRect().width;
    const value = ringPart(ring, 'value');
    if (value.getBoundingClientRect().width >= hole) problems.push(`"${value.textContent}" overflows its ring's ${hole} px hole`);
  }
  return problems;
}

/** The controls smaller than 24 × 24 CSS px. */
function smallTargets(summary: PlanSummary): string[] {
  return deepAll(summary.shadowRoot!, 'button, a[href], summary')
    .filter((control) => control.getClientRects().length > 0)
    .map((control) => [control, control.getBoundingClientRect()] as const)
    .filter(([, box]) => box.width < 24 || box.height < 24)
    .map(([control, box]) => `${describeElement(control)}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`);
}

describe('user settings', () => {
  const silenced = console.error;
  before(() => (console.error = () => {}));
  after(() => (console.error = silenced));

  it('makes every control at least 24 × 24 px', async () => {
    const summary = await fullSummary('light');
    expect(deepAll(summary.shadowRoot!, 'button, a[href]').length).to.be.at.least(12);
    expect(smallTargets(summary)).to.deep.equal([]);
    const { summary: failed } = await renderSummary(
      html`<plan-summary src="/test/fixtures/missing.json"></plan-summary>`,
      'plan-error',
    );
    expect(smallTargets(failed)).to.deep.equal([]);
  });

  describe('at 320 px with the text-spacing override', () => {
    afterEach(() => document.querySelectorAll('style.text-spacing').forEach((style) => style.remove()));

    for (const lang of ['en', 'zh-Hans', 'zh-Hant']) {
      it(`reflows the plan with nothing cut off (${lang})`, async () => {
        const summary = await fullSummary('light', lang);
        summary.style.width = '320px';
        const unspaced = parseFloat(getComputedStyle(summary.shadowRoot!.querySelector('[part="title"]')!).letterSpacing) || 0;
        spaceText(summary);
        const title = summary.shadowRoot!.querySelector('[part="title"]')!;
        expect(parseFloat(getComputedStyle(title).letterSpacing)).to.be.greaterThan(unspaced);
        expect(getComputedStyle(summary.shadowRoot!.querySelector('[part="notice"]')!).marginBottom).to.equal('32px');
        expect(clipped(summary)).to.deep.equal([]);
      });

      it(`reflows the error, its details open, with nothing cut off (${lang})`, async () => {
        const { summary } = await renderSummary(
          html`<plan-summary lang=${lang} style="width: 320px" src="/test/fixtures/missing.json"></plan-summary>`,
          'plan-error',
        );
        summary.shadowRoot!.querySelector('details')!.open = true;
        spaceText(summary);
        expect(clipped(summary)).to.deep.equal([]);
      });
    }

    it('finds a text that sticks out', async () => {
      const summary = await fullSummary('light');
      summary.style.width = '320px';
      spaceText(summary);
      summary.shadowRoot!.querySelector<HTMLElement>('[part="title"]')!.style.whiteSpace = 'nowrap';
      summary.shadowRoot!.querySelector<HTMLElement>('[part="title"]')!.textContent =
        'A title far too long for a phone, kept on one line';
      expect(clipped(summary).join('\n')).to.match(/title.*sticks out/);
    });
  });
});
