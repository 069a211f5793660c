import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PlanPriorityCard } from '../../src/elements/plan-priority-card.js';
import type { PlanFeedInput } from '../../src/feed/schema.js';
import { sampleFeed } from '../fixtures/feeds.js';
import { renderSummary } from '../fixtures/render.js';

/** The text nodes under `node`, shadow roots included. */
function* textNodes(node: Node): Generator<Text> {
  if (node instanceof Text) yield node;
  if (node instanceof Element && node.shadowRoot) yield* textNodes(node.shadowRoot);
  for (const child of node.childNodes) yield* textNodes(child);
}

/** The `lang` a text is in: that of its nearest element that has one, across shadow roots. */
function languageOf(node: Node): string | undefined {
  let element: Element | null = node.parentElement;
  while (element) {
    const holder = element.closest('[lang]');
    if (holder) return holder.getAttribute('lang')!;
    const root = element.getRootNode();
    element = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/** The languages of the text nodes under `widget` whose text, trimmed, is `text`, when there are any. */
function languageOfText(widget: Element, text: string): string {
  const found = [...textNodes(widget)].filter((node) => node.data.trim() === text);
  expect(found.length, text).to.be.greaterThan(0);
  return [...new Set(found.map(languageOf))].join(' ');
}

/** The elements under `widget`, shadow roots included, whose own `lang` is not `lang`. */
function otherLangs(widget: Element, lang: string): string[] {
  const all = (root: Element | ShadowRoot): Element[] =>
    [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? all(element.shadowRoot) : [])]);
  return all(widget.shadowRoot!)
    .filter((element) => element.hasAttribute('lang') && element.getAttribute('lang') !== lang)
    .map((element) => `${element.localName}[lang=${element.getAttribute('lang')}] ${element.textContent!.trim().slice(0, 20)}`);
}

/** A feed with a Chinese default locale whose organisation is a plain string. */
function chineseFeed(): PlanFeedInput {
  const feed = sampleFeed();
  feed.plan.defaultLocale = 'zh-Hans';
  feed.plan.organization = '汉滨区教育体育局';
  feed.plan.summary = { en: 'The year’s plan.', 'zh-Hans': '本年度的计划。' };
  return feed;
}

describe('language of parts: a feed text that fell back to another language carries its own', () => {
  it('marks a plain-string organisation with the plan’s default locale in an English widget, and nothing in English', async () => {
    const { summary } = await renderSummary(html`<plan-summary lang="en" expanded="all" .feed=${chineseFeed()}></plan-summary>`);
    expect(languageOfText(summary, '汉滨区教育体育局')).to.equal('zh-Hans');
    expect(summary.shadowRoot!.querySelector('[part=organization]')!.getAttribute('lang')).to.equal('zh-Hans');
    // Texts with an English entry, and the widget's own words, are in the widget's language.
    expect(languageOfText(summary, 'Plan for the year')).to.equal('en');
    expect(languageOfText(summary, 'The year’s plan.')).to.equal('en');
    expect(languageOfText(summary, 'Collapse all')).to.equal('en');
    // Plain strings in the cards are Chinese by the plan's default too.
    expect(languageOfText(summary, 'Reform')).to.equal('zh-Hans');
    expect(languageOfText(summary, 'Police')).to.equal('zh-Hans');
    expect(languageOfText(summary, 'Actions')).to.equal('en');
  });

  it('marks every English-only feed text in a zh-Hans widget lang="en", and the widget’s own words not', async () => {
    const { summary } = await renderSummary(
      html`<plan-summary lang="zh-Hans" expanded="all" .feed=${sampleFeed()}></plan-summary>`,
    );
    const english = [
      'Sample District',
      'Keep every campus safe.',
      'Inspect campuses',
      'Train staff',
      'Schools inspected',
      'schools',
      'Newest update',
      'Older update',
      'Safety Office',
      'Police',
      'Fire Service',
      'Safety plan',
      'Reform',
      'Sports',
      'Build a pitch',
    ];
    expect(english.filter((text) => languageOfText(summary, text) !== 'en')).to.deep.equal([]);
    // Texts with a zh-Hans entry, and the widget's words around the English ones, stay Chinese.
    for (const text of ['年度计划', '安全', '全部收起', '主要举措', '（目标 40，基线 10）', '牵头单位', '、']) {
      expect(languageOfText(summary, text), text).to.equal('zh-Hans');
    }
    // The same widget in English: no text is in another language, and no element says otherwise.
    summary.lang = 'en';
    // Its cards' updates too.
    await summary.updateComplete;
    expect(otherLangs(summary, 'en')).to.deep.equal([]);
    expect(languageOfText(summary, 'Train staff')).to.equal('en');
  });

  it('gives a text in the widget’s own language no lang of its own: zh-TW reads {"zh-Hant": …} as its own', async () => {
    const feed = sampleFeed();
    feed.plan.organization = { 'zh-Hant': '範例學區', 'zh-Hans': '范例学区' };
    feed.priorities[1]!.title = { 'zh-Hans': '改革' };
    const { summary } = await renderSummary(html`<plan-summary lang="zh-TW" .feed=${feed}></plan-summary>`);
    const shadow = summary.shadowRoot!;
    expect(shadow.querySelector('[part=base]')!.getAttribute('lang')).to.equal('zh-TW');
    expect(languageOfText(summary, '範例學區')).to.equal('zh-TW');
    expect(languageOfText(summary, '年度計畫')).to.equal('zh-TW');
    expect(shadow.querySelector('[part=organization]')!.hasAttribute('lang')).to.equal(false);
    expect(shadow.querySelector('[part=title]')!.hasAttribute('lang')).to.equal(false);
    const [safety, reform] = [...shadow.querySelectorAll('plan-priority-card')];
    expect(safety!.shadowRoot!.querySelector('[part=card-title]')!.hasAttribute('lang')).to.equal(false);
    expect(languageOfText(summary, '安全')).to.equal('zh-TW');
    // Only Simplified: it says so, for the right glyphs.
    expect(reform!.shadowRoot!.querySelector('[part=card-title]')!.getAttribute('lang')).to.equal('zh-Hans');
  });

  it('reads a standalone card’s plain strings in its defaultLocale, the property or the attribute', async () => {
    const priority = {
      id: 'office',
      title: '办公室',
      owner: '汉滨区教育体育局',
      links: [{ label: { en: 'Plan' }, url: 'plan.pdf' }],
    };
    const card = await fixture<PlanPriorityCard>(
      html`<plan-priority-card lang="en" expanded .defaultLocale=${'zh-Hans'} .priority=${priority}></plan-priority-card>`,
    );
    expect(languageOfText(card, '办公室')).to.equal('zh-Hans');
    expect(languageOfText(card, '汉滨区教育体育局')).to.equal('zh-Hans');
    expect(languageOfText(card, 'Plan')).to.equal('en');
    expect(languageOfText(card, 'Lead unit')).to.equal('en');
    const byAttribute = await fixture<PlanPriorityCard>(
      html`<plan-priority-card lang="zh-Hans" default-locale="en" .priority=${priority}></plan-priority-card>`,
    );
    expect(languageOfText(byAttribute, '办公室')).to.equal('en');
    // Without one, a plain string is English.
    const unset = await fixture<PlanPriorityCard>(
      html`<plan-priority-card lang="zh-Hans" .priority=${priority}></plan-priority-card>`,
    );
    expect(languageOfText(unset, '办公室')).to.equal('en');
  });
});
