import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { PlanSummary } from '../../src/elements/plan-summary.js';
import { PlanPriorityCard } from '../../src/elements/plan-priority-card.js';
import type { PlanFeed, PlanFeedJson } from '../../src/feed/schema.js';
import type { FeedError } from '../../src/feed/errors.js';
import { sampleFeed, sampleFeedUrl } from '../fixtures/feeds.js';
import { renderSummary } from '../fixtures/render.js';
import { blockStorage } from '../fixtures/storage.js';
import { parseFeed } from '../../src/feed/parse.js';
import { until } from '../fixtures/until.js';
import { fallbackHtml } from '../../src/cli/fallback.js';

const render = renderSummary;

function root(summary: PlanSummary) {
  const shadow = summary.shadowRoot!;
  return {
    part: (name: string) => shadow.querySelector<HTMLElement>(`[part~="${name}"]`),
    cards: () => [...shadow.querySelectorAll('plan-priority-card')],
    text: (name: string) => shadow.querySelector(`[part~="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim(),
  };
}

const sameElements = (actual: readonly Element[], expected: readonly (Element | undefined)[]) =>
  actual.length === expected.length && actual.every((element, index) => element === expected[index]);

const openStates = (summary: PlanSummary) =>
  root(summary)
    .cards()
    .map((card) => card.expanded);

const cardIds = (summary: PlanSummary) =>
  root(summary)
    .cards()
    .map((card) => card.priority!.id);

/** Replaces fetch for one test: each call takes the next answer. */
function stubFetch(...answers: (() => Promise<Response>)[]) {
  const calls: string[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL) => {
    calls.push(String(input));
    const answer = answers[Math.min(calls.length, answers.length) - 1]!;
    return answer();
  };
  return { calls, restore: () => (window.fetch = original) };
}

const json = (body: unknown) => () => Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));

describe('<plan-summary>', () => {
  let restore: (() => void)[] = [];
  // A feed that loaded is kept for the next visit (src/feed/saved-copy.ts): each test starts without one.
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    restore.forEach((undo) => undo());
    restore = [];
  });

  /** Sets the page's URL hash for the rest of the test. */
  /** Puts the page's address back as it was once the test ends. */
  function keepAddress(): void {
    const start = location.href;
    restore.push(() => history.replaceState(null, '', start));
  }

  function linkTo(hash: string): void {
    keepAddress();
    history.replaceState(null, '', hash);
  }

  /** Captures console.warn for the rest of the test. */
  function captureWarnings(): string[] {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    restore.push(() => (console.warn = original));
    return warnings;
  }

  describe('loading', () => {
    it('shows the fallback of `plan-widgets fallback` until it renders, and only its own content after', async () => {
      const { feed } = parseFeed(sampleFeed());
      const fallback = fallbackHtml(feed, { lang: 'en' });
      // Before the script: a page where the element is not defined shows the fallback as it is.
      const frame = document.createElement('iframe');
      frame.srcdoc = `<plan-summary>${fallback}</plan-summary>`;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const before = frame.contentDocument!.querySelector('.plan-fallback')!;
      expect(before.getBoundingClientRect().height).to.be.above(100);
      expect(frame.contentDocument!.body.innerText).to.include('Plan for the year');
      frame.remove();

      const { summary } = await render(html`<plan-summary .feed=${sampleFeed()} .innerHTML=${fallback}></plan-summary>`);
      expect(summary.querySelector('.plan-fallback')!.getClientRects()).to.have.length(0);
      expect(root(summary).cards()).to.have.length(sampleFeed().priorities.length);
    });

    it('loads the feed at src and shows title, overall ring and one card per priority', async () => {
      const { summary, event } = await render(html`<plan-summary src=${sampleFeedUrl()}></plan-summary>`);
      const { part, text, cards } = root(summary);
      expect(text('title')).to.equal('Plan for the year');
      expect(text('organization')).to.equal('Sample District');
      expect(part('ring')!.getAttribute('aria-valuenow')).to.equal('23');
      expect(part('ring')!.getAttribute('aria-label')).to.equal('Overall progress');
      expect(cards().map((card) => card.priority!.number)).to.deep.equal([1, 2, 3]);
      const detail = event.detail as { feed: PlanFeed; warnings: string[] };
      expect(detail.feed.priorities.map((p) => p.id)).to.deep.equal(['safety', 'reform', 'sports']);
      expect(detail.warnings).to.deep.equal([]);
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('reads a feed from a child script', async () => {
      const { summary } = await render(html`<plan-summary>
        <script type="application/json">
          ${JSON.stringify(sampleFeed())}
        </script>
      </plan-summary>`);
      expect(cardIds(summary)).to.deep.equal(['safety', 'reform', 'sports']);
    });

    it('takes the feed property over src', async () => {
      const feed = { ...sampleFeed(), priorities: [sampleFeed().priorities[1]!] };
      const { summary } = await render(html`<plan-summary src="/nowhere.json" .feed=${feed}></plan-summary>`);
      expect(cardIds(summary)).to.deep.equal(['reform']);
    });

    it('keeps its space with a busy placeholder while loading', async () => {
      let answer!: (response: Response) => void;
      const stub = stubFetch(() => new Promise((resolve) => (answer = resolve)));
      restore.push(stub.restore);
      const summary = await fixture<PlanSummary>(html`<plan-summary style="font-size: 10px" src="/slow.json"></plan-summary>`);
      const placeholder = root(summary).part('loading')!;
      expect(placeholder.getAttribute('aria-busy')).to.equal('true');
      expect(summary.getBoundingClientRect().height).to.be.at.least(240);
      const loaded = oneEvent(summary, 'plan-load');
      answer(new Response(JSON.stringify(sampleFeed())));
      await loaded;
      await summary.updateComplete;
      expect(root(summary).part('loading')).to.equal(null);
    });

    it('warns about broken fields and priorities left out, in the event and the console, and shows the rest', async () => {
      const warnings = captureWarnings();
      const feed = sampleFeed();
      (feed.priorities[1] as Record<string, unknown>).weight = -1;
      (feed.priorities[2] as Record<string, unknown>).title = 7;
      const { summary, event } = await render(html`<plan-summary .feed=${feed}></plan-summary>`);
      const expected = [
        'priorities[1].weight: expected a number greater than 0',
        'priorities[2].title: expected a string or {"<language>": string}',
      ];
      expect(event.detail.warnings).to.deep.equal(expected);
      expect(warnings).to.deep.equal(expected.map((warning) => `<plan-summary>: ${warning}`));
      expect(
        root(summary)
          .cards()
          .map((card) => [card.priority!.number, card.priority!.weight]),
      ).to.deep.equal([
        [1, 1],
        [2, 1],
      ]);
    });
  });

  describe('errors', () => {
    it('shows an unreachable feed as an alert naming the URL and status, and fires plan-error', async () => {
      const { summary, event } = await render(
        html`<plan-summary src="/test/fixtures/missing.json"></plan-summary>`,
        'plan-error',
      );
      const url = new URL('/test/fixtures/missing.json', location.href).href;
      const error = event.detail.error as FeedError;
      expect(error.message).to.equal(`The server answered 404 for ${url}. Check the address.`);
      const alert = root(summary).part('error')!.querySelector('[role="alert"]')!;
      expect(alert.textContent!.replace(/\s+/g, ' ').trim()).to.equal('The plan cannot be shown right now. Try again');
      expect(root(summary).text('error-details')).to.contain(`The server answered 404 for ${url}.`);
      await expect(summary).to.be.accessible();
    });

    it('lists what is wrong with an invalid feed', async () => {
      const { summary } = await render(
        html`<plan-summary .feed=${{ version: 2, plan: {}, priorities: [] }}></plan-summary>`,
        'plan-error',
      );
      const problems = [...root(summary).part('error-details')!.querySelectorAll('li')].map((li) => li.textContent);
      expect(problems).to.deep.equal([
        'version: expected 1 (this widget reads feed version 1)',
        'plan.title: required, but missing',
        'priorities: expected at least one priority',
      ]);
    });

    it('says so when there is no feed at all', async () => {
      const { summary, event } = await render(html`<plan-summary></plan-summary>`, 'plan-error');
      expect(event.detail.error.reason).to.equal('no-source');
      expect(root(summary).text('error-details')).to.contain('set the src attribute');
    });

    it('loads again from the retry button', async () => {
      const stub = stubFetch(() => Promise.resolve(new Response('oops', { status: 404 })), json(sampleFeed()));
      restore.push(stub.restore);
      const { summary } = await render(html`<plan-summary src="/flaky.json"></plan-summary>`, 'plan-error');
      const loaded = oneEvent(summary, 'plan-load');
      root(summary).part('retry')!.click();
      await loaded;
      await summary.updateComplete;
      expect(stub.calls).to.have.length(2);
      expect(cardIds(summary)).to.have.length(3);
    });

    it('never renders feed text as HTML', async () => {
      const feed = { ...sampleFeed(), plan: { title: '<img src=x onerror="window.hacked = true">' } };
      const { summary } = await render(html`<plan-summary .feed=${feed}></plan-summary>`);
      expect(root(summary).text('title')).to.equal('<img src=x onerror="window.hacked = true">');
      expect(summary.shadowRoot!.querySelector('img')).to.equal(null);
    });
  });

  describe('choosing priorities', () => {
    it('shows the priorities named, in that order, keeping their numbers', async () => {
      const warnings = captureWarnings();
      const { summary, event } = await render(
        html`<plan-summary .feed=${sampleFeed()} priorities="3, safety nonsense"></plan-summary>`,
      );
      expect(cardIds(summary)).to.deep.equal(['sports', 'safety']);
      expect(
        root(summary)
          .cards()
          .map((card) => card.priority!.number),
      ).to.deep.equal([3, 1]);
      expect(event.detail.warnings).to.deep.equal(['priorities: "nonsense" matches no priority in the feed']);
      expect(warnings).to.deep.equal(['<plan-summary>: priorities: "nonsense" matches no priority in the feed']);
      expect(root(summary).part('ring')!.getAttribute('aria-valuenow')).to.equal('25');
    });

    it('follows a change of the attribute without fetching again', async () => {
      captureWarnings();
      const stub = stubFetch(json(sampleFeed()));
      restore.push(stub.restore);
      const { summary } = await render(html`<plan-summary src="/plan.json"></plan-summary>`);
      summary.setAttribute('priorities', 'reform');
      await summary.updateComplete;
      expect(cardIds(summary)).to.deep.equal(['reform']);
      expect(stub.calls).to.have.length(1);
    });

    it('says so when nothing matches', async () => {
      captureWarnings();
      const { summary } = await render(html`<plan-summary .feed=${sampleFeed()} priorities="99"></plan-summary>`);
      expect(root(summary).text('empty')).to.equal('There are no priorities to show.');
      expect(root(summary).part('list')).to.equal(null);
    });
  });

  describe('opening cards', () => {
    it('opens the cards named by `expanded` at first render', async () => {
      const { summary } = await render(html`<plan-summary .feed=${sampleFeed()} expanded="reform 3"></plan-summary>`);
      expect(openStates(summary)).to.deep.equal([false, true, true]);
      summary.expanded = 'all';
      await summary.updateComplete;
      expect(
        root(summary)
          .cards()
          .every((card) => card.expanded),
      ).to.equal(true);
    });

    it('opens and closes all cards from the header button, one plan-toggle per card that changes', async () => {
      const { summary } = await render(html`<plan-summary .feed=${sampleFeed()} expanded="1"></plan-summary>`);
      const button = root(summary).part('expand-all')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.textContent!.trim()).to.equal('Expand all');
      const toggled: unknown[] = [];
      summary.addEventListener('plan-toggle', (event) => toggled.push((event as CustomEvent).detail));
      button.click();
      await summary.updateComplete;
      await Promise.all(
        root(summary)
          .cards()
          .map((card) => card.updateComplete),
      );
      expect(toggled).to.deep.equal([
        { id: 'reform', expanded: true },
        { id: 'sports', expanded: true },
      ]);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Collapse all');
      button.click();
      await summary.updateComplete;
      expect(
        root(summary)
          .cards()
          .some((card) => card.expanded),
      ).to.equal(false);
    });

    it('follows a card opened by the visitor', async () => {
      const { summary } = await render(html`<plan-summary .feed=${sampleFeed()} expanded="1 2"></plan-summary>`);
      const last = root(summary).cards()[2]!;
      last.shadowRoot!.querySelector('button')!.click();
      await last.updateComplete;
      await summary.updateComplete;
      expect(root(summary).part('expand-all')!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('re-renders only the card that opens', async () => {
      const { summary } = await render(html`<plan-summary .feed=${sampleFeed()}></plan-summary>`);
      const updates = new Map<PlanPriorityCard, number>();
      const prototype = PlanPriorityCard.prototype as unknown as { update(this: PlanPriorityCard, changed: unknown): void };
      const original = prototype.update;
      prototype.update = function (changed) {
        updates.set(this, (updates.get(this) ?? 0) + 1);
        original.call(this, changed);
      };
      restore.push(() => (prototype.update = original));
      const [, second] = root(summary).cards();
      second!.shadowRoot!.querySelector('button')!.click();
      await second!.updateComplete;
      await summary.updateComplete;
      expect([...updates]).to.deep.equal([[second, 1]]);
    });

    it('opens the card a #priority-<id> link names and scrolls it into view', async () => {
      linkTo('#priority-reform');
      const { summary } = await render(html`<plan-summary .feed=${sampleFeed()}></plan-summary>`);
      await summary.updateComplete;
      expect(openStates(summary)).to.deep.equal([false, true, false]);
      const opened = oneEvent(summary, 'plan-toggle');
      location.hash = '#priority-sports';
      expect((await opened).detail).to.deep.equal({ id: 'sports', expanded: true });
      expect((summary.shadowRoot!.getElementById('priority-sports') as PlanPriorityCard).expanded).to.equal(true);
    });

    it('decides what a card asks: one plan-toggle, from the summary, per real change', async () => {
      const { summary } = await render(html`<plan-summary .feed=${sampleFeed()}></plan-summary>`);
      const toggles: { target: EventTarget | null; detail: unknown }[] = [];
      summary.addEventListener('plan-toggle', (event) => toggles.push({ target: event.target, detail: event.detail }));
      const second = root(summary).cards()[1]!;
      const request = oneEvent(second, 'plan-toggle-request');
      second.shadowRoot!.querySelector('button')!.click();
      expect((await request).defaultPrevented).to.equal(true);
      await summary.updateComplete;
      expect(second.expanded).to.equal(true);
      expect(toggles).to.deep.equal([{ target: summary, detail: { id: 'reform', expanded: true } }]);
    });

    it('keeps each card element, open state and focus with its priority when the order changes', async () => {
      const { summary } = await render(
        html`<plan-summary .feed=${sampleFeed()} priorities="safety reform" expanded="reform"></plan-summary>`,
      );
      const [safety, reform] = root(summary).cards();
      reform!.shadowRoot!.querySelector('button')!.focus();
      let toggles = 0;
      summary.addEventListener('plan-toggle', () => toggles++);
      summary.priorities = 'reform safety';
      await summary.updateComplete;
      // Identity compared as booleans: chai would walk the whole element graph to describe a mismatch.
      expect(sameElements(root(summary).cards(), [reform, safety])).to.equal(true);
      expect(reform!.expanded && !safety!.expanded).to.equal(true);
      expect(summary.shadowRoot!.activeElement === reform).to.equal(true);
      expect(reform!.shadowRoot!.activeElement === reform!.shadowRoot!.querySelector('button')).to.equal(true);
      summary.priorities = 'safety reform';
      await summary.updateComplete;
      expect(sameElements(root(summary).cards(), [safety, reform])).to.equal(true);
      expect(summary.shadowRoot!.activeElement === reform).to.equal(true);
      expect(toggles).to.equal(0);
    });

    it('keeps focus where it was inside a card that moves', async () => {
      const { summary } = await render(html`<plan-summary .feed=${sampleFeed()} expanded="safety"></plan-summary>`);
      const safety = root(summary).cards()[0]!;
      const link = safety.shadowRoot!.querySelector('a')!;
      link.focus();
      // repeat moves the last card of "sports reform safety": the focused one.
      summary.priorities = 'sports reform safety';
      await summary.updateComplete;
      expect(root(summary).cards()[2] === safety).to.equal(true);
      expect(summary.shadowRoot!.activeElement === safety && safety.shadowRoot!.activeElement === link).to.equal(true);
    });

    it('fires plan-toggle once the card has rendered, and keeps its own request inside', async () => {
      const { summary } = await render(html`<plan-summary .feed=${sampleFeed()}></plan-summary>`);
      const reform = root(summary).cards()[1]!;
      let escaped = 0;
      const count = () => escaped++;
      document.addEventListener('plan-toggle-request', count);
      restore.push(() => document.removeEventListener('plan-toggle-request', count));
      const seen: boolean[] = [];
      summary.addEventListener('plan-toggle', () => seen.push(reform.expanded, reform.hasAttribute('expanded')));
      reform.shadowRoot!.querySelector('button')!.click();
      await oneEvent(summary, 'plan-toggle');
      expect(seen).to.deep.equal([true, true]);
      expect(escaped).to.equal(0);
    });

    it('keeps the card elements of priorities that stay when the filter changes', async () => {
      const { summary } = await render(html`<plan-summary .feed=${sampleFeed()} expanded="sports"></plan-summary>`);
      const sports = root(summary).cards()[2]!;
      summary.priorities = 'sports';
      await summary.updateComplete;
      expect(sameElements(root(summary).cards(), [sports])).to.equal(true);
      summary.priorities = null;
      await summary.updateComplete;
      expect(root(summary).cards()[2] === sports).to.equal(true);
      expect(sports.expanded).to.equal(true);
    });

    it('keeps the focused card when new data inserts a priority before it', async () => {
      const { summary } = await render(html`<plan-summary .feed=${sampleFeed()}></plan-summary>`);
      const reform = root(summary).cards()[1]!;
      reform.shadowRoot!.querySelector('button')!.click();
      reform.shadowRoot!.querySelector('button')!.focus();
      const grown = sampleFeed();
      grown.priorities.unshift({ id: 'new', title: 'A new priority' });
      summary.feed = grown;
      await oneEvent(summary, 'plan-load');
      expect(cardIds(summary)).to.deep.equal(['new', 'safety', 'reform', 'sports']);
      expect(root(summary).cards()[2] === reform).to.equal(true);
      expect(reform.expanded).to.equal(true);
      expect(summary.shadowRoot!.activeElement === reform).to.equal(true);
    });

    it('follows a #priority-<id> link when the feed arrives after an error', async () => {
      linkTo('#priority-reform');
      const { summary } = await render(html`<plan-summary></plan-summary>`, 'plan-error');
      const loaded = oneEvent(summary, 'plan-load');
      summary.feed = sampleFeed();
      await loaded;
      await summary.updateComplete;
      expect(openStates(summary)).to.deep.equal([false, true, false]);
    });

    it('is accessible with cards closed and open', async () => {
      const { summary } = await render(html`<plan-summary .feed=${sampleFeed()} languages="zh-Hans en"></plan-summary>`);
      await expect(summary).to.be.accessible();
      summary.expanded = 'all';
      await summary.updateComplete;
      await expect(summary).to.be.accessible();
    });
  });

  describe('language', () => {
    it('speaks the language of its lang attribute, in interface and feed text', async () => {
      const { summary } = await render(html`<plan-summary lang="zh-Hant" .feed=${sampleFeed()}></plan-summary>`);
      const { text, part } = root(summary);
      expect(text('title')).to.equal('年度計畫');
      expect(text('expand-all')).to.equal('全部展開');
      expect(part('base')!.getAttribute('lang')).to.equal('zh-Hant');
      expect(part('ring')!.getAttribute('aria-label')).to.equal('整體進度');
      const card = root(summary).cards()[1]!;
      expect(card.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('存在風險');
    });

    it('remembers the language a visitor chooses, for the switchers that offer it on the next page', async () => {
      const first = await render(
        html`<plan-summary lang="zh-Hans" languages="zh-Hans zh-Hant en" .feed=${sampleFeed()}></plan-summary>`,
      );
      first.summary.shadowRoot!.querySelector<HTMLElement>('button[lang="zh-Hant"]')!.click();
      await first.summary.updateComplete;
      first.summary.remove();
      // The next page: its switcher offers the choice, which wins over the page's language.
      const next = await render(
        html`<plan-summary lang="zh-Hans" languages="zh-Hans zh-Hant en" .feed=${sampleFeed()}></plan-summary>`,
      );
      expect(root(next.summary).text('title')).to.equal('年度計畫');
      expect(next.summary.shadowRoot!.querySelector('[aria-pressed="true"]')!.getAttribute('lang')).to.equal('zh-Hant');
      // A widget without a switcher, or with one that does not offer it, keeps the page's language.
      const plain = await render(html`<plan-summary lang="zh-Hans" .feed=${sampleFeed()}></plan-summary>`);
      expect(root(plain.summary).text('title')).to.equal('年度计划');
      const other = await render(html`<plan-summary lang="en" languages="en zh-Hans" .feed=${sampleFeed()}></plan-summary>`);
      expect(root(other.summary).text('title')).to.equal('Plan for the year');
    });

    it('switches language without remembering it where storage is not allowed', async () => {
      const unblock = blockStorage();
      try {
        const { summary } = await render(
          html`<plan-summary lang="en" languages="en zh-Hans" .feed=${sampleFeed()}></plan-summary>`,
        );
        summary.shadowRoot!.querySelector<HTMLElement>('button[lang="zh-Hans"]')!.click();
        await summary.updateComplete;
        expect(root(summary).text('title')).to.equal('年度计划');
      } finally {
        unblock();
      }
    });

    it('inherits the nearest ancestor’s lang, then the document’s, then the feed’s default', async () => {
      const nested = await render(html`<section lang="zh-TW"><plan-summary .feed=${sampleFeed()}></plan-summary></section>`);
      expect(root(nested.summary).text('expand-all')).to.equal('全部展開');
      // An empty lang would tell screen readers the language is unknown.
      expect(nested.summary.hasAttribute('lang')).to.equal(false);

      const documentLang = document.documentElement.lang;
      restore.push(() => (document.documentElement.lang = documentLang));
      document.documentElement.lang = 'zh-CN';
      const fromDocument = await render(html`<plan-summary .feed=${sampleFeed()}></plan-summary>`);
      expect(root(fromDocument.summary).text('expand-all')).to.equal('全部展开');

      document.documentElement.lang = '';
      const feed = { ...sampleFeed(), plan: { ...sampleFeed().plan, defaultLocale: 'zh-Hant' } };
      const fromFeed = await render(html`<plan-summary .feed=${feed}></plan-summary>`);
      expect(root(fromFeed.summary).text('title')).to.equal('年度計畫');
      expect(root(fromFeed.summary).text('expand-all')).to.equal('全部展開');
    });

    it('follows a change of the page’s lang after it rendered', async () => {
      const before = document.documentElement.lang;
      restore.push(() => (document.documentElement.lang = before));
      document.documentElement.lang = 'en';
      const { summary } = await render(html`<plan-summary .feed=${sampleFeed()}></plan-summary>`);
      expect(root(summary).text('expand-all')).to.equal('Expand all');
      document.documentElement.lang = 'zh-Hant';
      await new Promise((resolve) => setTimeout(resolve));
      await summary.updateComplete;
      expect(root(summary).text('expand-all')).to.equal('全部展開');
    });

    it('follows a lang change on an ancestor inside an app’s shadow root', async () => {
      const shell = document.createElement('div');
      document.body.append(shell);
      restore.push(() => shell.remove());
      const section = document.createElement('section');
      section.lang = 'en';
      shell.attachShadow({ mode: 'open' }).append(section);
      const summary = document.createElement('plan-summary');
      summary.feed = sampleFeed();
      const loaded = oneEvent(summary, 'plan-load');
      section.append(summary);
      await loaded;
      expect(root(summary).text('expand-all')).to.equal('Expand all');
      section.lang = 'zh-Hans';
      await new Promise((resolve) => setTimeout(resolve));
      await summary.updateComplete;
      expect(root(summary).text('expand-all')).to.equal('全部展开');
    });

    it('reads a malformed lang as best it can, and never throws on it', async () => {
      const underscore = await render(html`<plan-summary lang="zh_TW" .feed=${sampleFeed()}></plan-summary>`);
      expect(root(underscore.summary).text('expand-all')).to.equal('全部展開');
      expect(root(underscore.summary).part('base')!.getAttribute('lang')).to.equal('zh-TW');
      const nonsense = await render(html`<plan-summary lang="not a tag!" stale-after="1" .feed=${sampleFeed()}></plan-summary>`);
      expect(root(nonsense.summary).text('expand-all')).to.equal('Expand all');
      expect(root(nonsense.summary).text('stale')).to.contain('January 15, 2021');
    });

    it('keeps feed text in a language the interface lacks', async () => {
      const feed = sampleFeed();
      feed.plan.title = { en: 'Plan', fr: 'Plan de l’année' };
      const { summary } = await render(html`<plan-summary lang="fr-CA" .feed=${feed}></plan-summary>`);
      expect(root(summary).text('title')).to.equal('Plan de l’année');
      expect(root(summary).text('expand-all')).to.equal('Expand all');
    });

    it('shows two widgets in two languages side by side', async () => {
      const wrapper = await fixture(html`<div>
        <plan-summary lang="zh-Hans" .feed=${sampleFeed()}></plan-summary>
        <plan-summary lang="en" .feed=${sampleFeed()}></plan-summary>
      </div>`);
      const [chinese, english] = [...wrapper.querySelectorAll('plan-summary')];
      await new Promise((resolve) => setTimeout(resolve));
      await chinese!.updateComplete;
      await english!.updateComplete;
      expect(root(chinese!).text('expand-all')).to.equal('全部展开');
      expect(root(english!).text('expand-all')).to.equal('Expand all');
      english!.lang = 'zh-Hant';
      await english!.updateComplete;
      expect(root(english!).text('expand-all')).to.equal('全部展開');
      expect(root(chinese!).text('expand-all')).to.equal('全部展开');
    });

    it('offers a language switcher that re-renders without fetching again', async () => {
      const stub = stubFetch(json(sampleFeed()));
      restore.push(stub.restore);
      const { summary } = await render(
        html`<plan-summary src="/plan.json" lang="zh-Hans" languages="zh-Hans zh-Hant en"></plan-summary>`,
      );
      const group = root(summary).part('languages')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(group.getAttribute('aria-label')).to.equal('语言');
      const buttons = [...group.querySelectorAll('button')];
      expect(
        buttons.map((button) => [button.textContent!.trim(), button.lang, button.getAttribute('aria-pressed')]),
      ).to.deep.equal([
        ['简体中文', 'zh-Hans', 'true'],
        ['繁體中文', 'zh-Hant', 'false'],
        ['English', 'en', 'false'],
      ]);
      const chosen = oneEvent(summary, 'plan-language');
      buttons[2]!.click();
      expect((await chosen).detail).to.deep.equal({ lang: 'en' });
      await summary.updateComplete;
      expect(summary.getAttribute('lang')).to.equal('en');
      expect(root(summary).text('expand-all')).to.equal('Expand all');
      expect(root(summary).cards()[0]!.getAttribute('lang')).to.equal('en');
      expect(stub.calls).to.have.length(1);
    });
  });

  describe('headline and status filter', () => {
    /** `sampleFeed()` with two more priorities and every status given: 2 done, 1 on track, 1 at risk, 1 behind. */
    function statusFeed() {
      const feed = sampleFeed();
      // Given statuses only: with the sample's period, long over, none would be on track.
      delete feed.plan.period;
      feed.priorities[0]!.status = 'on-track';
      feed.priorities[2]!.status = 'done';
      feed.priorities.push(
        { id: 'roads', title: 'Roads', status: 'done' },
        { id: 'library', title: 'Library', status: 'off-track' },
      );
      return feed;
    }

    const counts = (summary: PlanSummary) =>
      [...summary.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="headline"] button')].map((button) => ({
        text: button.textContent!.trim(),
        pressed: button.getAttribute('aria-pressed'),
      }));
    const countButton = (summary: PlanSummary, text: string) =>
      [...summary.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="headline"] button')].find((button) =>
        button.textContent!.trim().startsWith(text),
      )!;
    const rate = (summary: PlanSummary) =>
      summary.shadowRoot!.querySelector('[part="headline"] > span:last-child')!.textContent!.trim();
    const said = (summary: PlanSummary) => summary.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
    const unpressed = (...texts: string[]) => texts.map((text) => ({ text, pressed: 'false' }));
    const filterEvents = (summary: PlanSummary) => {
      const events: { target: EventTarget | null; detail: unknown; cards: string[] }[] = [];
      // The cards as they are when the event comes: it comes once they have rendered.
      summary.addEventListener('plan-filter', (event) =>
        events.push({ target: event.target, detail: event.detail, cards: cardIds(summary) }),
      );
      return events;
    };
    /** Puts the page's address back after the test: a count pressed writes the hash. */
    it('counts the priorities in each status present and the share done, and says as of when', async () => {
      const { summary } = await render(html`<plan-summary .feed=${statusFeed()}></plan-summary>`);
      expect(counts(summary)).to.deep.equal(unpressed('Done (2)', 'On track (1)', 'At risk (1)', 'Behind schedule (1)'));
      expect(rate(summary)).to.equal('40% done');
      const group = summary.shadowRoot!.querySelector('[part="headline"] [role="group"]')!;
      expect(group.getAttribute('aria-label')).to.equal('Filter by status');
      // Inside the header, its last part: after the ring and the tools, just above what it filters.
      expect(root(summary).part('header')!.lastElementChild === root(summary).part('headline')).to.equal(true);
      const meta = summary.shadowRoot!.querySelector('.meta')!.textContent!.replace(/\s+/g, ' ');
      expect(meta).to.contain('Figures as of January 15, 2021').and.not.contain('Updated');
      // No priority, no headline.
      captureWarnings();
      summary.priorities = 'none';
      await summary.updateComplete;
      expect(root(summary).part('headline')).to.equal(null);
    });

    it('keeps the share done on one line, at any width where it fits one', async () => {
      const { summary } = await render(html`<plan-summary lang="zh-Hant" .feed=${statusFeed()}></plan-summary>`);
      const share = summary.shadowRoot!.querySelector<HTMLElement>('[part="headline"] > span:last-child')!;
      const lineHeight = parseFloat(getComputedStyle(share).lineHeight);
      const broken: number[] = [];
      for (let width = 280; width <= 720; width += 8) {
        summary.style.width = `${width}px`;
        if (share.getBoundingClientRect().height > lineHeight * 1.5) broken.push(width);
      }
      expect(broken).to.deep.equal([]);
    });

    it('counts the priorities the editor chose, and follows a change of that choice', async () => {
      const { summary } = await render(
        html`<plan-summary priorities="roads reform library" .feed=${statusFeed()}></plan-summary>`,
      );
      expect(counts(summary)).to.deep.equal(unpressed('Done (1)', 'At risk (1)', 'Behind schedule (1)'));
      expect(rate(summary)).to.equal('33% done');
      summary.priorities = 'safety 3 roads';
      await summary.updateComplete;
      expect(counts(summary)).to.deep.equal(unpressed('Done (2)', 'On track (1)'));
      expect(rate(summary)).to.equal('67% done');
    });

    it('says it in the interface language', async () => {
      keepAddress();
      const { summary } = await render(html`<plan-summary lang="zh-Hans" .feed=${statusFeed()}></plan-summary>`);
      const meta = () => summary.shadowRoot!.querySelector('.meta')!.textContent!.replace(/\s+/g, ' ');
      expect(counts(summary).map(({ text }) => text)).to.deep.equal([
        '已完成 2 项',
        '按序时推进 1 项',
        '存在风险 1 项',
        '进度滞后 1 项',
      ]);
      expect(rate(summary)).to.equal('完成率 40%');
      expect(meta()).to.contain('数据截至2021年1月15日');
      countButton(summary, '已完成').click();
      await oneEvent(summary, 'plan-filter');
      expect(said(summary)).to.equal('共 5 项重点工作，显示 2 项：已完成');
      summary.lang = 'zh-Hant';
      await summary.updateComplete;
      expect(counts(summary).map(({ text }) => text)).to.deep.equal([
        '已完成 2 項',
        '如期推進 1 項',
        '存在風險 1 項',
        '進度落後 1 項',
      ]);
      expect(rate(summary)).to.equal('完成率 40%');
      expect(meta()).to.contain('資料截至2021年1月15日');
      expect(said(summary)).to.equal('共 5 項重點工作，顯示 2 項：已完成');
      expect(summary.shadowRoot!.querySelector('[part="headline"] [role="group"]')!.getAttribute('aria-label')).to.equal(
        '依狀態篩選',
      );
    });

    it('shows only the priorities of a count pressed, and all again when it is pressed again', async () => {
      keepAddress();
      const { summary } = await render(html`<plan-summary .feed=${statusFeed()}></plan-summary>`);
      const events = filterEvents(summary);
      const entries = history.length;
      expect(said(summary)).to.equal('');

      countButton(summary, 'Done').click();
      await until(() => events.length === 1, 'plan-filter');
      expect(cardIds(summary)).to.deep.equal(['sports', 'roads']);
      expect(events[0]).to.deep.equal({ target: summary, detail: { statuses: ['done'] }, cards: ['sports', 'roads'] });
      // The counts stay those of every priority shown unfiltered; the one pressed says so.
      expect(counts(summary)).to.deep.equal([
        { text: 'Done (2)', pressed: 'true' },
        ...unpressed('On track (1)', 'At risk (1)', 'Behind schedule (1)'),
      ]);
      expect(rate(summary)).to.equal('40% done');
      expect(location.hash).to.equal('#status-done');
      expect(said(summary)).to.equal('Showing 2 of 5 priorities: Done');

      countButton(summary, 'Behind').click();
      await until(() => events.length === 2, 'plan-filter');
      expect(cardIds(summary)).to.deep.equal(['library']);
      expect(events[1]!.detail).to.deep.equal({ statuses: ['off-track'] });
      expect(location.hash).to.equal('#status-off-track');
      expect(said(summary)).to.equal('Showing 1 of 5 priorities: Behind schedule');

      // Another status of the same count is said too: its words change the announcement.
      countButton(summary, 'At risk').click();
      await until(() => events.length === 3, 'plan-filter');
      expect(said(summary)).to.equal('Showing 1 of 5 priorities: At risk');

      countButton(summary, 'At risk').click();
      await until(() => events.length === 4, 'plan-filter');
      expect(cardIds(summary)).to.deep.equal(['safety', 'reform', 'sports', 'roads', 'library']);
      expect(events[3]!.detail).to.deep.equal({ statuses: [] });
      expect(counts(summary).map(({ pressed }) => pressed)).to.deep.equal(['false', 'false', 'false', 'false']);
      expect(location.href).to.not.contain('#');
      expect(said(summary)).to.equal('Showing 5 of 5 priorities');
      // The address is rewritten in place: Back leaves the page, as before.
      expect(history.length).to.equal(entries);
    });

    it('leaves an editor’s #plan-check in the address, and its list of warnings, when a count is pressed', async () => {
      linkTo('#plan-check');
      const { summary } = await render(html`<plan-summary .feed=${statusFeed()}></plan-summary>`);
      countButton(summary, 'Done').click();
      await oneEvent(summary, 'plan-filter');
      expect(cardIds(summary)).to.deep.equal(['sports', 'roads']);
      expect(location.hash).to.equal('#plan-check');
      expect(root(summary).part('check')).to.not.equal(null);
    });

    it('writes the hash onto the page’s own address, also under a <base> that points elsewhere', async () => {
      keepAddress();
      const base = document.head.appendChild(document.createElement('base'));
      base.href = '/elsewhere/';
      restore.push(() => base.remove());
      const page = location.href;
      const { summary } = await render(html`<plan-summary .feed=${statusFeed()}></plan-summary>`);
      countButton(summary, 'At risk').click();
      await oneEvent(summary, 'plan-filter');
      expect(location.href).to.equal(`${page}#status-at-risk`);
      countButton(summary, 'At risk').click();
      await oneEvent(summary, 'plan-filter');
      expect(location.href).to.equal(page);
    });

    it('narrows the priorities the editor chose, in the editor’s order', async () => {
      keepAddress();
      const { summary } = await render(
        html`<plan-summary priorities="library roads reform sports" .feed=${statusFeed()}></plan-summary>`,
      );
      countButton(summary, 'Done').click();
      await oneEvent(summary, 'plan-filter');
      expect(cardIds(summary)).to.deep.equal(['roads', 'sports']);
      expect(counts(summary).map(({ text }) => text)).to.deep.equal(['Done (2)', 'At risk (1)', 'Behind schedule (1)']);
      expect(said(summary)).to.equal('Showing 2 of 4 priorities: Done');
      // A new choice of the editor's keeps the filter, counted afresh.
      summary.priorities = 'roads safety';
      await summary.updateComplete;
      expect(cardIds(summary)).to.deep.equal(['roads']);
      expect(counts(summary)).to.deep.equal([{ text: 'Done (1)', pressed: 'true' }, ...unpressed('On track (1)')]);
      expect(said(summary)).to.equal('Showing 1 of 2 priorities: Done');
    });

    it('opens the same view from a #status-<status> link, and fires no event for it', async () => {
      linkTo('#status-at-risk');
      const events: Event[] = [];
      const { summary } = await render(
        html`<plan-summary @plan-filter=${(event: Event) => events.push(event)} .feed=${statusFeed()}></plan-summary>`,
      );
      expect(cardIds(summary)).to.deep.equal(['reform']);
      expect(counts(summary).find(({ pressed }) => pressed === 'true')).to.deep.equal({ text: 'At risk (1)', pressed: 'true' });
      expect(said(summary)).to.equal('Showing 1 of 5 priorities: At risk');
      expect(events).to.deep.equal([]);
    });

    it('follows the hash as it changes: a status filters, any other hash shows all', async () => {
      keepAddress();
      const { summary } = await render(html`<plan-summary .feed=${statusFeed()}></plan-summary>`);
      const events = filterEvents(summary);
      location.hash = '#status-off-track';
      await until(() => events.length === 1, 'plan-filter');
      expect(events[0]!.detail).to.deep.equal({ statuses: ['off-track'] });
      expect(cardIds(summary)).to.deep.equal(['library']);
      expect(said(summary)).to.equal('Showing 1 of 5 priorities: Behind schedule');
      // A status none has shows all, and the event says so.
      location.hash = '#status-not-started';
      await until(() => events.length === 2, 'plan-filter');
      expect(events[1]!.detail).to.deep.equal({ statuses: [] });
      expect(cardIds(summary)).to.have.length(5);
      location.hash = '#status-off-track';
      await until(() => events.length === 3, 'plan-filter');
      // A link to a card filtered out shows all, and opens it.
      location.hash = '#priority-safety';
      await until(() => events.length === 4, 'plan-filter');
      expect(events[3]!.detail).to.deep.equal({ statuses: [] });
      expect(cardIds(summary)).to.deep.equal(['safety', 'reform', 'sports', 'roads', 'library']);
      await until(() => openStates(summary)[0], 'the linked card open');
    });

    it('shows every priority for a status none has, or a hash that names no status', async () => {
      for (const hash of ['#status-not-started', '#status-nonsense', '#status-']) {
        linkTo(hash);
        const { summary } = await render(html`<plan-summary .feed=${statusFeed()}></plan-summary>`);
        expect(cardIds(summary), hash).to.have.length(5);
        expect(
          counts(summary).map(({ pressed }) => pressed),
          hash,
        ).to.deep.equal(['false', 'false', 'false', 'false']);
      }
    });

    it('keeps the focus on the count pressed, and in the widget when the focused card is filtered out', async () => {
      keepAddress();
      const { summary } = await render(html`<plan-summary .feed=${statusFeed()}></plan-summary>`);
      const done = countButton(summary, 'Done');
      done.focus();
      done.click();
      await oneEvent(summary, 'plan-filter');
      expect(summary.shadowRoot!.activeElement).to.equal(done);
      done.click();
      await oneEvent(summary, 'plan-filter');
      const safety = root(summary).cards()[0]!;
      safety.shadowRoot!.querySelector('button')!.focus();
      location.hash = '#status-done';
      await oneEvent(summary, 'plan-filter');
      expect(safety.isConnected).to.equal(false);
      expect(summary.shadowRoot!.activeElement).to.equal(root(summary).part('base'));
      expect(document.activeElement).to.equal(summary);
    });

    it('opens and closes the cards shown with expand-all', async () => {
      keepAddress();
      const { summary } = await render(html`<plan-summary .feed=${statusFeed()}></plan-summary>`);
      countButton(summary, 'Done').click();
      await oneEvent(summary, 'plan-filter');
      root(summary).part('expand-all')!.click();
      await summary.updateComplete;
      expect(openStates(summary)).to.deep.equal([true, true]);
      expect(root(summary).text('expand-all')).to.equal('Collapse all');
      countButton(summary, 'Done').click();
      await oneEvent(summary, 'plan-filter');
      expect(openStates(summary)).to.deep.equal([false, false, true, true, false]);
    });

    it('has no headline with hide-header, but a #status-<status> link still filters', async () => {
      linkTo('#status-done');
      const { summary } = await render(html`<plan-summary hide-header .feed=${statusFeed()}></plan-summary>`);
      expect(root(summary).part('headline')).to.equal(null);
      expect(cardIds(summary)).to.deep.equal(['sports', 'roads']);
      expect(said(summary)).to.equal('Showing 2 of 5 priorities: Done');
    });

    it('is accessible filtered, in each interface language', async () => {
      linkTo('#status-done');
      for (const lang of ['en', 'zh-Hans', 'zh-Hant']) {
        const { summary } = await render(html`<plan-summary lang=${lang} .feed=${statusFeed()}></plan-summary>`);
        await expect(summary).to.be.accessible();
      }
    });
  });

  describe('presentation', () => {
    it('uses the heading level it is given for the title, and the next for cards', async () => {
      const { summary } = await render(html`<plan-summary heading-level="3" .feed=${sampleFeed()}></plan-summary>`);
      expect(root(summary).part('title')!.localName).to.equal('h3');
      const card = root(summary).cards()[0]!;
      expect(card.shadowRoot!.querySelector('[part="card-heading"]')!.localName).to.equal('h4');
    });

    it('hides the overall ring, or the whole header', async () => {
      const noRing = await render(html`<plan-summary hide-ring .feed=${sampleFeed()}></plan-summary>`);
      expect(root(noRing.summary).part('header')).not.to.equal(null);
      expect(noRing.summary.shadowRoot!.querySelector('[part="header"] plan-progress-ring')).to.equal(null);
      expect(root(noRing.summary).cards()[0]!.shadowRoot!.querySelector('[part="ring"]')).not.to.equal(null);
      const noHeader = await render(html`<plan-summary hide-header .feed=${sampleFeed()}></plan-summary>`);
      expect(root(noHeader.summary).part('header')).to.equal(null);
      expect(root(noHeader.summary).cards()).to.have.length(3);
    });

    it('shows the plan’s notice whenever the plan shows, also with hide-header, marked with its text’s language', async () => {
      const feed = sampleFeed();
      feed.plan.defaultLocale = 'zh-Hans';
      feed.plan.notice = { 'zh-Hans': '数字为示例。', en: 'The figures are illustrative.' };
      const { summary } = await render(html`<plan-summary lang="en" hide-header .feed=${feed}></plan-summary>`);
      const notice = () => root(summary).part('notice')!;
      expect(root(summary).part('header')).to.equal(null);
      expect(root(summary).text('notice')).to.equal('The figures are illustrative.');
      expect(notice().getAttribute('role')).to.equal('note');
      // In the widget's language: it says nothing of its own.
      expect(notice().hasAttribute('lang')).to.equal(false);
      // Before the cards: read first.
      expect(notice().compareDocumentPosition(root(summary).part('list')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      // No Traditional text: the Simplified one is shown, and says so, inside a zh-Hant widget.
      summary.lang = 'zh-Hant';
      summary.hideHeader = false;
      await summary.updateComplete;
      expect(root(summary).part('header')).not.to.equal(null);
      expect(root(summary).text('notice')).to.equal('数字为示例。');
      expect(notice().getAttribute('lang')).to.equal('zh-Hans');
      expect(root(summary).part('base')!.getAttribute('lang')).to.equal('zh-Hant');
      // A plain string is in the plan's default locale.
      summary.feed = { ...feed, plan: { ...feed.plan, notice: 'Illustrative.' } };
      await oneEvent(summary, 'plan-load');
      expect(notice().getAttribute('lang')).to.equal('zh-Hans');
      summary.feed = sampleFeed();
      await oneEvent(summary, 'plan-load');
      expect(root(summary).part('notice')).to.equal(null);
    });

    it('lays cards out in a grid, or a single column', async () => {
      const { summary } = await render(html`<plan-summary style="width: 900px" .feed=${sampleFeed()}></plan-summary>`);
      const columns = () => getComputedStyle(root(summary).part('list')!).gridTemplateColumns.split(' ').length;
      expect(columns()).to.be.greaterThan(1);
      summary.layout = 'list';
      await summary.updateComplete;
      expect(summary.getAttribute('layout')).to.equal('list');
      expect(columns()).to.equal(1);
    });

    it('switches to the dark palette with theme="dark"', async () => {
      const { summary } = await render(html`<plan-summary theme="dark" .feed=${sampleFeed()}></plan-summary>`);
      const card = root(summary).cards()[0]!.shadowRoot!.querySelector('[part="card"]')!;
      expect(getComputedStyle(card).backgroundColor).to.equal('rgb(22, 27, 34)');
      expect(getComputedStyle(root(summary).part('title')!).color).to.equal('rgb(230, 237, 243)');
    });

    it('takes custom properties and ::part() styles from the page', async () => {
      const style = document.createElement('style');
      style.textContent = `
        plan-summary.custom { --plan-accent: rgb(1, 2, 3); --plan-surface: rgb(250, 240, 230); }
        plan-summary.custom::part(card) { outline: 2px solid rgb(4, 5, 6); }
        plan-summary.custom::part(indicator) { stroke: rgb(7, 8, 9); }
        plan-summary.custom::part(trend) { color: rgb(10, 11, 12); }
        plan-summary.custom::part(notice) { color: rgb(13, 14, 15); }`;
      document.head.append(style);
      restore.push(() => style.remove());
      const feed = sampleFeed();
      feed.plan.notice = 'Illustrative figures.';
      feed.priorities[0]!.measures![0]!.history = [
        { date: '2020-10-31', value: 20 },
        { date: '2020-12-31', value: 30 },
      ];
      const { summary } = await render(html`<plan-summary class="custom" expanded="safety" .feed=${feed}></plan-summary>`);
      expect(getComputedStyle(root(summary).part('notice')!).color).to.equal('rgb(13, 14, 15)');
      const cardRoot = root(summary).cards()[0]!.shadowRoot!;
      expect(getComputedStyle(cardRoot.querySelector('[part="trend"]')!).color).to.equal('rgb(10, 11, 12)');
      expect(getComputedStyle(cardRoot.querySelector('[part="card-number"]')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(cardRoot.querySelector('[part="card"]')!).backgroundColor).to.equal('rgb(250, 240, 230)');
      expect(getComputedStyle(cardRoot.querySelector('[part="card"]')!).outlineColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(cardRoot.querySelector('[part="indicator"]')!).stroke).to.equal('rgb(7, 8, 9)');
    });

    it('keeps Chinese text upright inside an italic page element, and breaks lines by the strict rules', async () => {
      const { summary } = await render(html`<em><plan-summary lang="zh-Hans" .feed=${sampleFeed()}></plan-summary></em>`);
      expect(getComputedStyle(root(summary).part('title')!).fontStyle).to.equal('normal');
      const card = root(summary).cards()[0]!.shadowRoot!.querySelector('[part="card"]')!;
      expect(getComputedStyle(card).fontStyle).to.equal('normal');
      expect(getComputedStyle(root(summary).part('base')!).lineBreak).to.equal('strict');
      expect(getComputedStyle(card).lineBreak).to.equal('strict');
    });

    it('grows with the page’s text size', async () => {
      const { summary } = await render(html`<plan-summary style="font-size: 16px" .feed=${sampleFeed()}></plan-summary>`);
      const ring = root(summary).part('ring')!;
      const small = ring.getBoundingClientRect().width;
      summary.style.fontSize = '24px';
      expect(ring.getBoundingClientRect().width).to.be.closeTo(small * 1.5, 0.5);
    });

    it('notes figures older than stale-after days', async () => {
      const { summary } = await render(html`<plan-summary stale-after="30" .feed=${sampleFeed()}></plan-summary>`);
      expect(root(summary).text('stale')).to.match(
        /^Figures last updated January 15, 2021 \(\d+ years ago\); they may be out of date\.$/,
      );
      summary.staleAfter = 100000;
      await summary.updateComplete;
      expect(root(summary).part('stale')).to.equal(null);
    });
  });

  describe('large feeds', () => {
    const largeFeed = (count: number) => ({
      ...sampleFeed(),
      priorities: Array.from({ length: count }, (_, index) => ({
        id: `p${index}`,
        title: `Priority ${index}`,
        actions: [{ title: 'Act' }],
      })),
    });

    /** A <plan-summary> of `feed`, put on the page now; its first render is still to come. */
    const mounted = (feed: PlanFeedJson) => {
      const summary = document.createElement('plan-summary');
      summary.feed = feed;
      document.body.append(summary);
      restore.push(() => summary.remove());
      return summary;
    };

    /** How many cards the first frame that shows any has. */
    const cardsOfFirstFrame = async (summary: PlanSummary) => {
      while (root(summary).cards().length === 0) await new Promise((resolve) => requestAnimationFrame(resolve));
      return root(summary).cards().length;
    };

    it('renders a long list frame by frame, and fires plan-load and settles updateComplete once every card is there, its details included', async () => {
      const summary = mounted(largeFeed(600));
      // The cards, and those of them with their (closed) details rendered.
      const cardsAtLoad = new Promise<number[]>((resolve) =>
        summary.addEventListener(
          'plan-load',
          () => {
            const cards = root(summary).cards();
            const detailed = cards.filter((card) => card.shadowRoot!.querySelector('[part="card-body"]')!.childElementCount > 0);
            resolve([cards.length, detailed.length]);
          },
          { once: true },
        ),
      );
      // Counted in the first frame that shows cards, whose own frame callback may already have added
      // the next 250: the point is that not all 600 came at once.
      const firstCards = await cardsOfFirstFrame(summary);
      await summary.updateComplete;
      expect(firstCards).to.be.below(600);
      expect(root(summary).cards()).to.have.length(600);
      expect(await cardsAtLoad).to.deep.equal([600, 600]);
    });

    it('settles updateComplete and fires plan-load when taken off the page while its cards still come', async () => {
      const summary = mounted(largeFeed(600));
      const loaded = oneEvent(summary, 'plan-load');
      await cardsOfFirstFrame(summary);
      summary.remove();
      // The cards made off the page render nothing until it is back: nothing waits for them.
      await summary.updateComplete;
      expect((await loaded).detail.feed.priorities).to.have.length(600);
    });

    it('tells of a load overtaken while its cards still rendered nothing: one plan-load, for the newer feed', async () => {
      const loads: string[] = [];
      const summary = mounted({ ...largeFeed(1000), plan: { title: 'A' } });
      summary.addEventListener('plan-load', (event) => loads.push(event.detail.feed.plan.title as string));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      summary.feed = { ...largeFeed(1000), plan: { title: 'B' } };
      await summary.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(loads).to.deep.equal(['B']);
    });

    it('renders frame by frame again when a filter brings a long list back', async () => {
      const { summary } = await render(html`<plan-summary .feed=${largeFeed(600)}></plan-summary>`);
      summary.priorities = 'p1 p2';
      await summary.updateComplete;
      expect(root(summary).cards()).to.have.length(2);
      summary.priorities = null;
      const updated = summary.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(root(summary).cards().length).to.be.below(600);
      await updated;
      expect(root(summary).cards()).to.have.length(600);
    });

    it('opens a card far down the list from a #priority-<id> link, and expand-all opens every card', async () => {
      linkTo('#priority-p580');
      const { summary } = await render(html`<plan-summary .feed=${largeFeed(600)}></plan-summary>`);
      const card = summary.shadowRoot!.getElementById('priority-p580') as PlanPriorityCard;
      expect(card.expanded).to.equal(true);
      root(summary).part('expand-all')!.click();
      await summary.updateComplete;
      expect(openStates(summary).every(Boolean)).to.equal(true);
    });
  });

  describe('refresh', () => {
    /** Catches the widget's refresh timer, so that a test can fire it at once, and tells which were cleared. */
    function catchTimer() {
      const timers: { tick: () => void; ms: number; handle: number; cleared?: boolean }[] = [];
      const original = window.setInterval;
      const originalClear = window.clearInterval;
      window.setInterval = ((tick: () => void, ms: number) => {
        const handle = original(() => {}, 1e8);
        timers.push({ tick, ms, handle });
        return handle;
      }) as typeof window.setInterval;
      window.clearInterval = ((handle?: number) => {
        for (const timer of timers) if (timer.handle === handle) timer.cleared = true;
        originalClear(handle);
      }) as typeof window.clearInterval;
      restore.push(() => Object.assign(window, { setInterval: original, clearInterval: originalClear }));
      return timers;
    }

    it('fetches again every `refresh` seconds, keeping open cards open and focus where it was', async () => {
      const timers = catchTimer();
      const updated = sampleFeed();
      updated.priorities[0]!.progress = 90;
      updated.priorities.unshift({ id: 'new', title: 'A new priority' });
      const stub = stubFetch(json(sampleFeed()), json(updated));
      restore.push(stub.restore);
      const { summary } = await render(html`<plan-summary src="/plan.json" refresh="60" expanded="safety"></plan-summary>`);
      restore.push(() => summary.remove());
      expect(timers.map((timer) => timer.ms)).to.deep.equal([60_000]);
      const safety = root(summary).cards()[0]!;
      safety.shadowRoot!.querySelector('button')!.focus();
      timers[0]!.tick();
      await oneEvent(summary, 'plan-load');
      expect(stub.calls).to.have.length(2);
      expect(cardIds(summary)).to.deep.equal(['new', 'safety', 'reform', 'sports']);
      expect(root(summary).cards()[1] === safety).to.equal(true);
      expect(summary.shadowRoot!.activeElement === safety).to.equal(true);
      expect(safety.expanded).to.equal(true);
      expect(safety.priority!.progress).to.equal(90);
    });

    it('keeps the content of the priorities a refresh leaves alone as it was, focus on a link included', async () => {
      const timers = catchTimer();
      // A period under way: the progress expected by now has moved on when the refresh comes.
      const feed = () => ({
        ...sampleFeed(),
        plan: { ...sampleFeed().plan, period: { start: '2020-09-01', end: '2099-07-31' } },
      });
      const updated = feed();
      updated.priorities[1]!.title = 'Reform, renamed';
      const stub = stubFetch(json(feed()), json(updated));
      restore.push(stub.restore);
      const { summary } = await render(html`<plan-summary src="/plan.json" refresh="60" expanded="safety"></plan-summary>`);
      restore.push(() => summary.remove());
      const [safety, reform] = root(summary).cards();
      const link = safety!.shadowRoot!.querySelector('a')!;
      link.focus();
      timers[0]!.tick();
      await oneEvent(summary, 'plan-load');
      expect(safety!.shadowRoot!.querySelector('a') === link).to.equal(true);
      expect(safety!.shadowRoot!.activeElement === link).to.equal(true);
      expect(reform!.shadowRoot!.querySelector('[part="card-title"]')!.textContent).to.equal('Reform, renamed');
    });

    it('does not reopen a card the visitor closed, though the page’s hash names it', async () => {
      linkTo('#priority-reform');
      const timers = catchTimer();
      const stub = stubFetch(json(sampleFeed()));
      restore.push(stub.restore);
      const { summary } = await render(html`<plan-summary src="/plan.json" refresh="60"></plan-summary>`);
      restore.push(() => summary.remove());
      await summary.updateComplete;
      const reform = root(summary).cards()[1]!;
      expect(reform.expanded).to.equal(true);
      reform.shadowRoot!.querySelector('button')!.click();
      await summary.updateComplete;
      timers[0]!.tick();
      await oneEvent(summary, 'plan-load');
      await summary.updateComplete;
      expect(reform.expanded).to.equal(false);
    });

    it('leaves no timer and fetches nothing once removed, even before its first update', async () => {
      const timers = catchTimer();
      const stub = stubFetch(json(sampleFeed()));
      restore.push(stub.restore);
      const summary = document.createElement('plan-summary');
      summary.src = '/plan.json';
      summary.refresh = 60;
      document.body.append(summary);
      summary.remove();
      await summary.updateComplete;
      summary.refresh = 120;
      await summary.updateComplete;
      expect(timers).to.deep.equal([]);
      expect(stub.calls).to.deep.equal([]);
      const loaded = oneEvent(summary, 'plan-load');
      document.body.append(summary);
      restore.push(() => summary.remove());
      await loaded;
      expect(stub.calls).to.have.length(1);
      expect(timers.map((timer) => timer.ms)).to.deep.equal([120_000]);
    });

    it('clamps `refresh` to 10 seconds – 1 day, and 0 or nonsense to never', async () => {
      const timers = catchTimer();
      const summary = document.createElement('plan-summary');
      restore.push(() => summary.remove());
      const stub = stubFetch(json(sampleFeed()));
      restore.push(stub.restore);
      summary.src = '/plan.json';
      // Awaited before the test ends: widgets share a request in flight, and the next test's must be its own.
      const loaded = oneEvent(summary, 'plan-load');
      document.body.append(summary);
      for (const refresh of [0.05, 3_000_000, Infinity, 0, -5, NaN]) {
        summary.refresh = refresh;
        await summary.updateComplete;
      }
      expect(timers.map((timer) => timer.ms)).to.deep.equal([10_000, 86_400_000]);
      await loaded;
    });

    it('never cuts short a request still in flight', async () => {
      const timers = catchTimer();
      let answer!: (response: Response) => void;
      const stub = stubFetch(json(sampleFeed()), () => new Promise((resolve) => (answer = resolve)));
      restore.push(stub.restore);
      const { summary } = await render(html`<plan-summary src="/plan.json" refresh="10"></plan-summary>`);
      restore.push(() => summary.remove());
      timers[0]!.tick();
      timers[0]!.tick();
      timers[0]!.tick();
      expect(stub.calls).to.have.length(2);
      const loaded = oneEvent(summary, 'plan-load');
      answer(new Response(JSON.stringify(sampleFeed())));
      await loaded;
    });

    it('shows the copy saved on an earlier visit when the feed cannot be fetched, and keeps trying', async () => {
      const timers = catchTimer();
      const updated = sampleFeed();
      updated.priorities.pop();
      const stub = stubFetch(
        json(sampleFeed()),
        () => Promise.resolve(new Response('', { status: 404 })),
        () => Promise.resolve(new Response('', { status: 404 })),
        json(updated),
      );
      restore.push(stub.restore);
      const first = await render(html`<plan-summary src="/saved.json"></plan-summary>`);
      first.summary.remove();
      expect(timers).to.deep.equal([]);

      const { summary, event } = await render(html`<plan-summary src="/saved.json" lang="zh-Hans"></plan-summary>`, 'plan-error');
      restore.push(() => summary.remove());
      expect(event.detail.error.reason).to.equal('http');
      expect(cardIds(summary)).to.deep.equal(['safety', 'reform', 'sports']);
      const now = new Date();
      const today = `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`;
      expect(root(summary).text('stale')).to.equal(`暂时无法获取最新数据，以下是 ${today} 保存的副本。`);
      expect(timers.map((timer) => timer.ms)).to.deep.equal([30_000]);

      // A retry that fails again keeps the copy and its note.
      timers[0]!.tick();
      await oneEvent(summary, 'plan-error');
      await summary.updateComplete;
      expect(root(summary).text('stale')).to.equal(`暂时无法获取最新数据，以下是 ${today} 保存的副本。`);

      timers[0]!.tick();
      const loaded = await oneEvent(summary, 'plan-load');
      expect(loaded.detail.feed.priorities).to.have.length(2);
      expect(root(summary).part('stale')).to.equal(null);
      expect(cardIds(summary)).to.deep.equal(['safety', 'reform']);
      expect(stub.calls).to.have.length(4);
    });

    it('stops trying again once a new `src` loads in place of a saved copy', async () => {
      const timers = catchTimer();
      const stub = stubFetch(json(sampleFeed()), () => Promise.resolve(new Response('', { status: 404 })), json(sampleFeed()));
      restore.push(stub.restore);
      const first = await render(html`<plan-summary src="/saved.json"></plan-summary>`);
      first.summary.remove();
      const { summary } = await render(html`<plan-summary src="/saved.json"></plan-summary>`, 'plan-error');
      restore.push(() => summary.remove());
      expect(timers.filter((timer) => !timer.cleared).map((timer) => timer.ms)).to.deep.equal([30_000]);
      const loaded = oneEvent(summary, 'plan-load');
      summary.src = '/another.json';
      await loaded;
      expect(timers.filter((timer) => !timer.cleared)).to.deep.equal([]);
    });

    it('retries as often as `refresh` says while it shows a saved copy, when that is sooner', async () => {
      const timers = catchTimer();
      const stub = stubFetch(json(sampleFeed()), () => Promise.resolve(new Response('', { status: 404 })));
      restore.push(stub.restore);
      const first = await render(html`<plan-summary src="/saved.json"></plan-summary>`);
      first.summary.remove();
      const { summary } = await render(html`<plan-summary src="/saved.json" refresh="10"></plan-summary>`, 'plan-error');
      restore.push(() => summary.remove());
      expect(root(summary).text('stale')).to.match(
        /^The latest figures could not be loaded; this is the copy saved on \w+ \d+, \d{4}\.$/,
      );
      // Set for `refresh` at first, and again when the copy showed.
      expect(timers.map((timer) => timer.ms)).to.deep.equal([10_000, 10_000]);
    });

    it('keeps the last figures and says so when a refresh fails', async () => {
      const timers = catchTimer();
      // A 404, which is not tried again: the failures that are (test/feed/load.test.ts) end the same way.
      const stub = stubFetch(json(sampleFeed()), () => Promise.resolve(new Response('', { status: 404 })));
      restore.push(stub.restore);
      const { summary } = await render(html`<plan-summary src="/plan.json" refresh="10"></plan-summary>`);
      restore.push(() => summary.remove());
      timers[0]!.tick();
      const failed = await oneEvent(summary, 'plan-error');
      expect(failed.detail.error.reason).to.equal('http');
      expect(root(summary).cards()).to.have.length(3);
      expect(root(summary).text('stale')).to.equal('Could not refresh; these are the earlier figures.');
    });
  });
});
