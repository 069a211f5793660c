// Hostile input and host-page faults, each reproduced as a visitor or an editor would meet it:
// the widget must never throw, freeze, stay blank or be fooled.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PlanSummary } from '../../src/elements/plan-summary.js';
import type { PlanPriorityCard } from '../../src/elements/plan-priority-card.js';
import type { PlanFeedInput } from '../../src/feed/schema.js';
import { sampleFeed } from '../fixtures/feeds.js';
import { renderSummary } from '../fixtures/render.js';

const shadowText = (element: Element, selector: string) =>
  element.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

const cards = (summary: PlanSummary) => [...summary.shadowRoot!.querySelectorAll('plan-priority-card')];

/** Errors that escaped to the page during a test: uncaught, or rejections nobody handled. */
function watchPageErrors() {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(String(event.error));
  const onRejection = (event: PromiseRejectionEvent) => seen.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** The text node in `element` that holds `text`. */
const textNode = (element: Element, text: string) =>
  [...element.childNodes].find((node): node is Text => node instanceof Text && node.data.includes(text))!;

/** Whether `text` in `node` shows its first character left of its last, as a left-to-right text does. */
function readsLeftToRight(node: Text, text: string): boolean {
  const start = node.data.indexOf(text);
  const left = (offset: number) => {
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    return range.getBoundingClientRect().left;
  };
  return left(start) < left(start + text.length - 1);
}

describe('hostile input', () => {
  let pageErrors: ReturnType<typeof watchPageErrors>;
  beforeEach(() => (pageErrors = watchPageErrors()));
  afterEach(() => {
    pageErrors.stop();
    expect(pageErrors.seen, 'errors that reached the page').to.deep.equal([]);
  });

  it('reports an address that is no URL as one to check, not as a broken feed', async () => {
    const { summary, event } = await renderSummary(html`<plan-summary src="http://[::1/plan.json"></plan-summary>`, 'plan-error');
    const error = (event as CustomEvent<{ error: Error & { reason: string } }>).detail.error;
    expect(error.reason).to.equal('network');
    expect(shadowText(summary, '[part="error"]')).to.contain('Check the address').and.not.contain('plan-widgets format');
  });

  it('shows no stale note for a stale-after that is no number of days', async () => {
    const feed = sampleFeed();
    feed.plan.updated = new Date().toISOString().slice(0, 10);
    for (const staleAfter of ['x', '-1', '']) {
      const { summary } = await renderSummary(html`<plan-summary stale-after=${staleAfter} .feed=${feed}></plan-summary>`);
      expect(summary.shadowRoot!.querySelector('[part="stale"]'), `stale-after="${staleAfter}"`).to.equal(null);
    }
    const old = sampleFeed();
    const { summary } = await renderSummary(html`<plan-summary stale-after="0" .feed=${old}></plan-summary>`);
    expect(summary.shadowRoot!.querySelector('[part="stale"]')).not.to.equal(null);
  });

  it('reads attribute properties set to arrays or booleans as the attribute’s text', async () => {
    const { summary } = await renderSummary(html`<plan-summary .feed=${sampleFeed()}></plan-summary>`);
    const loose = summary as unknown as Record<string, unknown>;
    loose.priorities = ['reform', 'safety'];
    loose.expanded = ['safety'];
    loose.languages = ['en', 'zh-Hans'];
    await summary.updateComplete;
    expect(cards(summary).map((card) => card.priority!.id)).to.deep.equal(['reform', 'safety']);
    expect(cards(summary).map((card) => card.expanded)).to.deep.equal([false, true]);
    expect(summary.shadowRoot!.querySelectorAll('[part="languages"] button')).to.have.length(2);
    loose.expanded = true;
    await summary.updateComplete;
    expect(cards(summary).map((card) => card.expanded)).to.deep.equal([false, false]);
  });

  it('ignores a plan-toggle-request that no card sent', async () => {
    const { summary } = await renderSummary(html`<plan-summary .feed=${sampleFeed()}></plan-summary>`);
    const list = summary.shadowRoot!.querySelector('[part="list"]')!;
    const foreign = new CustomEvent('plan-toggle-request', { bubbles: true, composed: true, cancelable: true });
    list.dispatchEvent(foreign);
    await summary.updateComplete;
    expect(foreign.defaultPrevented).to.equal(false);
    expect(cards(summary).every((card) => !card.expanded)).to.equal(true);
  });

  it('shows a standalone card’s unchecked priority without throwing: a date that is none as written, no status that is none', async () => {
    const priority = { id: 'a', title: 'A', due: 'soon', status: 'toString', updates: [{ date: 'later', text: 'News' }] };
    const card = await fixture<PlanPriorityCard>(
      html`<plan-priority-card .priority=${priority as unknown as PlanPriorityCard['priority']}></plan-priority-card>`,
    );
    expect(card.status).to.equal('not-started');
    expect(shadowText(card, '[part="status"]')).to.contain('Not started').and.not.contain('function');
    expect(shadowText(card, '[part="card-body"]')).to.contain('soon').and.contain('later');
  });

  it('reads an inline feed a framework adds after the element connected, and reads it again when it changes', async () => {
    const summary = document.createElement('plan-summary');
    document.body.append(summary);
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(sampleFeed());
      const loaded = new Promise((resolve) => summary.addEventListener('plan-load', resolve, { once: true }));
      summary.append(script);
      await loaded;
      await summary.updateComplete;
      expect(cards(summary)).to.have.length(3);
      const changed: PlanFeedInput = sampleFeed();
      changed.priorities = changed.priorities.slice(0, 1);
      const reloaded = new Promise((resolve) => summary.addEventListener('plan-load', resolve, { once: true }));
      script.textContent = JSON.stringify(changed);
      await reloaded;
      await summary.updateComplete;
      expect(cards(summary)).to.have.length(1);
    } finally {
      summary.remove();
    }
  });

  it('hands plan-load listeners a frozen feed, so that none can change what is shown, and leaves the page’s own object alone', async () => {
    const given = sampleFeed();
    const { summary, event } = await renderSummary(html`<plan-summary .feed=${given}></plan-summary>`);
    const feed = (event as CustomEvent<{ feed: { plan: { title: unknown }; priorities: { title: unknown }[] } }>).detail.feed;
    expect(() => (feed.plan.title = 'Changed')).to.throw(TypeError);
    expect(() => (feed.priorities[0]!.title = 'Changed')).to.throw(TypeError);
    expect(Object.isFrozen(feed.plan.title)).to.equal(true);
    summary.requestUpdate();
    await summary.updateComplete;
    expect(shadowText(summary, '[part="title"]')).to.equal('Plan for the year');
    expect(Object.isFrozen(given.plan.title)).to.equal(false);
    given.plan.organization = 'Still the page’s to change';
    expect(given.plan.organization).to.equal('Still the page’s to change');
  });

  it('wraps a long word or URL in the header and in the cards on a 360 px phone', async () => {
    const feed = sampleFeed();
    const url = `https://example.org/${'a'.repeat(120)}`;
    feed.plan.title = url;
    feed.plan.organization = 'x'.repeat(150);
    feed.plan.summary = url;
    feed.priorities[0]!.title = url;
    feed.priorities[0]!.actions![0]!.title = url;
    const { summary } = await renderSummary(
      html`<div style="width: 360px"><plan-summary expanded="all" .feed=${feed}></plan-summary></div>`,
    );
    await Promise.all(cards(summary).map((card) => card.updateComplete));
    expect(summary.scrollWidth).to.equal(360);
    for (const card of cards(summary))
      expect(card.shadowRoot!.querySelector('[part="card"]')!.scrollWidth).to.be.at.most(card.clientWidth);
  });

  it('reflows at 320 px under the WCAG text-spacing override, a long feed URL in an error included', async () => {
    const spaced = document.createElement('style');
    spaced.textContent = `.spaced * { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important; }`;
    document.head.append(spaced);
    try {
      const { summary } = await renderSummary(
        html`<div class="spaced" style="width: 320px"><plan-summary lang="en" .feed=${sampleFeed()}></plan-summary></div>`,
      );
      expect(summary.scrollWidth).to.equal(320);
      expect(summary.shadowRoot!.querySelector('[part="header"]')!.scrollWidth).to.be.at.most(320);
      const url = `/feeds/${'a-very-long-folder-name/'.repeat(6)}plan.json`;
      const failed = await renderSummary(
        html`<div class="spaced" style="width: 320px"><plan-summary lang="en" src=${url}></plan-summary></div>`,
        'plan-error',
      );
      expect(failed.summary.scrollWidth).to.equal(320);
    } finally {
      spaced.remove();
    }
  });

  it('keeps a right-to-left override in a feed text from turning the widget’s own text around', async () => {
    const feed = sampleFeed();
    feed.priorities[0]!.actions = [{ title: 'Inspect \u202Ecampuses', done: false, due: '2024-03-21' }];
    feed.priorities[0]!.partners = ['\u202EPolice', 'Fire Service'];
    const { summary } = await renderSummary(html`<plan-summary lang="en" expanded="safety" .feed=${feed}></plan-summary>`);
    const card = cards(summary)[0]!;
    await card.updateComplete;
    const due = textNode(card.shadowRoot!.querySelector('.actions .meta')!, '(due');
    expect(readsLeftToRight(due, '(due')).to.equal(true);
    const partners = [...card.shadowRoot!.querySelectorAll('dd')].find((dd) => dd.textContent!.includes('Fire Service'))!;
    expect(readsLeftToRight(textNode(partners, 'Fire Service'), 'Fire Service')).to.equal(true);
  });

  it('keeps right-to-left letters ending a feed text from drawing the widget’s own date into their run', async () => {
    const feed = sampleFeed();
    feed.priorities[0]!.actions = [{ title: 'تفتيش المدارس', done: false, due: '2024-03-21' }];
    const { summary } = await renderSummary(html`<plan-summary lang="zh-Hans" expanded="safety" .feed=${feed}></plan-summary>`);
    const card = cards(summary)[0]!;
    await card.updateComplete;
    const due = textNode(card.shadowRoot!.querySelector('.actions .meta')!, '2024');
    expect(due.data.trim()).to.equal('（2024年3月21日前完成）');
    expect(readsLeftToRight(due, '（2')).to.equal(true);
  });
});
