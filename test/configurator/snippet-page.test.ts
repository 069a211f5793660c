import { expect } from '@open-wc/testing';
import type { Variant } from '../../src/configurator/snippet.js';
import { $, HANBIN, cardTitles, checklist, configurator, loadAddress, preview, textOf } from './fixtures.js';
import { until } from '../fixtures/until.js';

// These tests load the snippets into fresh pages with the built files (/dist/plan-widgets.js,
// /dist/plan-widgets.iife.js, /dist/embed.html): `npm test` builds them first; on their own, run
// `npm run build` before them.

/** A fresh page holding `snippet` in its body, as a site would: an iframe of its own, the snippet as its source. */
async function page(snippet: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snippet</title></head><body>${snippet}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/** The `<plan-summary>` a page shows: its own, or the one of the embed page in its iframe. */
async function summaryIn(document: Document): Promise<Element> {
  return until(() => {
    const own = document.querySelector('plan-summary');
    if (own) return own;
    const embed = document.querySelector('iframe');
    return embed?.contentDocument?.querySelector('plan-summary');
  }, 'the page’s plan-summary');
}

describe('configurator: a generated snippet in a fresh page', () => {
  before(async () => {
    const built = await fetch('/dist/plan-widgets.js', { method: 'HEAD' });
    if (!built.ok) throw new Error('dist/plan-widgets.js is missing: run `npm run build` first.');
  });

  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const variant of ['module', 'classic', 'iframe', 'fallback'] as Variant[]) {
    it(`${variant}: shows the same cards in the same order as the preview`, async () => {
      const element = await configurator('en');
      await loadAddress(element, HANBIN);
      const list = checklist(element);
      const row = (id: string) => list.querySelector<HTMLElement>(`li[data-id]:nth-child(${id})`)!;
      const step = async (action: () => void) => {
        action();
        await element.updateComplete;
        await (list.host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      };
      // Hide the second priority, bring the tenth up to the third place (the second card), and show the plan in Traditional Chinese.
      await step(() => row('2').querySelector<HTMLInputElement>('.show input')!.click());
      for (let moves = 0; moves < 7; moves++)
        await step(() =>
          row(String(10 - moves))
            .querySelector<HTMLElement>('button.up')!
            .click(),
        );
      const lang = $<HTMLSelectElement>(element, '#lang');
      lang.value = 'zh-Hant';
      lang.dispatchEvent(new Event('change'));
      const accent = $<HTMLInputElement>(element, '#css-accent');
      accent.value = '#b5121b';
      accent.dispatchEvent(new Event('input'));
      $(element, `input[name="variant"][value="${variant}"]`).click();
      await element.updateComplete;

      const summary = await preview(element);
      const expected = await cardTitles(summary);
      expect(expected).to.have.length(9);
      expect(expected[1]).to.equal('及早安排部署，紮實做好開學工作');
      expect(expected).not.to.include('推進教育改革，深入破解發展難題');

      const snippet = element.snippet;
      const shown = await summaryIn(await page(snippet));
      expect(await cardTitles(shown)).to.deep.equal(expected);
      expect(textOf(shown.shadowRoot!.querySelector('[part~="title"]'))).to.equal(
        textOf(summary.shadowRoot!.querySelector('[part~="title"]')),
      );
      if (variant !== 'iframe') {
        // The custom properties reach the page's widget as they reach the preview's.
        expect(getComputedStyle(shown).getPropertyValue('--plan-accent').trim()).to.equal('#b5121b');
      }
      if (variant === 'fallback') {
        // The fallback content names the same priorities, in the same order, for visitors without the script.
        const fallback = new DOMParser().parseFromString(snippet, 'text/html');
        const titles = [...fallback.querySelectorAll('plan-summary li[id^="priority-"] > h3')].map((heading) =>
          textOf(heading).replace(/^\d+\. /, ''),
        );
        expect(titles).to.deep.equal(expected);
      }
    });
  }
});
