import { expect } from '@open-wc/testing';
import { until } from '../fixtures/until.js';
import type { HostWindow } from '../host/frames.js';

// The embed page (dist/embed.html, dist/embed.js, dist/embed.css) in frames of this test page, which
// runs the parent script (dist/embed-parent.js) as a site would. These tests use the built files only:
// `npm test` builds them first (`npm run build`, then `node scripts/build-embed.mjs`).
//
// The test server answers on every interface, so a frame can be on this page's origin or, through the
// other name of this machine (localhost / 127.0.0.1), on another origin.

type Summary = HTMLElement & { updateComplete: Promise<boolean>; hideRing: boolean; hideHeader: boolean; headingLevel: number };

const HEIGHT = 'plan-widgets:height';
const FEED = '/demo/feeds/hanbin-2023-autumn.json';
const here = location.origin;
const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
const there = `${location.protocol}//${otherHost}:${location.port}`;

type Heard = { origin: string; source: MessageEventSource | null; data: { type?: string; height?: number }; time: number };

/** Every message this page has heard, in order. */
const heard: Heard[] = [];
window.addEventListener('message', (event) =>
  heard.push({ origin: event.origin, source: event.source, data: event.data ?? {}, time: performance.now() }),
);

const heightsFrom = (frame: HTMLIFrameElement) =>
  heard.filter((message) => message.source === frame.contentWindow && message.data.type === HEIGHT);

/**
 * The height `frame` has taken, once it has posted more than `after` heights, the frame's height is the
 * last of them, and none has come for 200 ms. (A frame sized to its content can post once more: a
 * scrollbar the frame needed while it was too short is gone, and the text has more room.)
 */
async function sized(frame: HTMLIFrameElement, after = 0): Promise<number> {
  await until(() => {
    const heights = heightsFrom(frame);
    const last = heights.at(-1);
    return heights.length > after && frame.clientHeight === last!.data.height && performance.now() - last!.time > 200;
  }, `the frame of ${frame.src} to take the height it posted`);
  return frame.clientHeight;
}

/** Opens `path` (with its query) of `origin` in a frame of `width` without a border; resolves once it has loaded. */
async function openFrame(origin: string, path: string, width = 800): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'The plan';
  frame.style.width = `${width}px`;
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${origin}${path}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The summary of a same-origin embed frame, once it has loaded its feed (or failed) and the frame has taken its height. */
async function summaryIn(frame: HTMLIFrameElement): Promise<Summary> {
  await sized(frame);
  const summary = frame.contentDocument!.querySelector('plan-summary') as Summary;
  await summary.updateComplete;
  return summary;
}

/** The text of each of `paths` on this server. */
const texts = async (...paths: string[]) =>
  (await Promise.all(paths.map(async (path) => (await fetch(path)).text()))) as [string, string];

/** The height of the frame's document (same origin only): what the frame should be sized to. */
const contentHeight = (frame: HTMLIFrameElement) =>
  Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);

/** Resolves once this page has heard `message` from `source`: every message sent before it has been handled. */
async function heardFrom(source: MessageEventSource, type: string): Promise<void> {
  await until(() => heard.some((message) => message.source === source && message.data.type === type), `${type}`);
}

const cardsOf = (summary: Summary) => [...summary.shadowRoot!.querySelectorAll<Summary>('plan-priority-card')];

before(async () => {
  const script = document.createElement('script');
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error('dist/embed-parent.js is missing: run the build')), { once: true });
  });
  script.src = '/dist/embed-parent.js';
  document.head.append(script);
  await loaded;
});

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
  heard.length = 0;
});

describe('embed page: the widget from the query string', () => {
  it('sets every attribute of <plan-summary> from the query, booleans present or absent', async () => {
    const query =
      `src=${FEED}&priorities=safety+1,sports&expanded=safety&lang=en&languages=zh-Hans+zh-Hant+en&layout=list` +
      '&theme=dark&heading-level=3&hide-ring&hide-header=0&refresh=600&stale-after=30&unknown=x';
    const frame = await openFrame(here, `/dist/embed.html?${query}`);
    const summary = await summaryIn(frame);
    const doc = frame.contentDocument!;
    expect(doc.querySelectorAll('plan-summary')).to.have.length(1);
    const attributes = Object.fromEntries([...summary.attributes].map((attribute) => [attribute.name, attribute.value]));
    expect(attributes).to.deep.equal({
      src: FEED,
      priorities: 'safety 1,sports',
      expanded: 'safety',
      lang: 'en',
      languages: 'zh-Hans zh-Hant en',
      layout: 'list',
      theme: 'dark',
      'heading-level': '3',
      'hide-ring': '',
      refresh: '600',
      'stale-after': '30',
    });
    expect(doc.documentElement.lang).to.equal('en');
    // What the widget made of them: the cards asked for, in that order, the one asked open, in English.
    const cards = cardsOf(summary);
    expect(cards.map((card) => card.id)).to.deep.equal(['priority-safety', 'priority-party-building', 'priority-sports']);
    expect(cards.map((card) => card.hasAttribute('expanded'))).to.deep.equal([true, false, false]);
    const root = summary.shadowRoot!;
    expect(root.querySelector('h3[part="title"]')!.textContent).to.match(/^Hanbin District/);
    expect(doc.title).to.equal(root.querySelector('[part="title"]')!.textContent!.trim());
    expect(root.querySelector('[part="header"] plan-progress-ring')).to.equal(null);
    expect(root.querySelectorAll('[part="languages"] button')).to.have.length(3);
    expect(root.querySelector('[part="stale"]')).to.not.equal(null);
    expect(summary.hideRing).to.equal(true);
    expect(summary.hideHeader).to.equal(false);
  });

  it('reads a boolean as on with `=1`, and as off with `=false`', async () => {
    const frame = await openFrame(here, `/dist/embed.html?src=${FEED}&hide-header=1&hide-ring=false`);
    const summary = await summaryIn(frame);
    expect(summary.hasAttribute('hide-header')).to.equal(true);
    expect(summary.hasAttribute('hide-ring')).to.equal(false);
    expect(summary.shadowRoot!.querySelector('[part="header"]')).to.equal(null);
    expect(cardsOf(summary)).to.have.length(10);
    // Without `lang`, the widget speaks the plan's own language, and the document names none.
    expect(summary.hasAttribute('lang')).to.equal(false);
    expect(frame.contentDocument!.documentElement.lang).to.equal('');
    expect(cardsOf(summary)[0]!.getAttribute('lang')).to.equal('zh-Hans');
  });

  it('fills the frame: no margin, a transparent page, links that open in the page around the frame', async () => {
    const frame = await openFrame(here, `/dist/embed.html?src=${FEED}`, 600);
    const summary = await summaryIn(frame);
    const doc = frame.contentDocument!;
    const box = summary.getBoundingClientRect();
    expect([box.left, box.top, box.width]).to.deep.equal([0, 0, 600]);
    const view = doc.defaultView!;
    for (const element of [doc.documentElement, doc.body]) {
      expect(view.getComputedStyle(element).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(view.getComputedStyle(element).marginTop).to.equal('0px');
    }
    // A link's target is the frame document's base target.
    expect(doc.querySelector('base')!.target).to.equal('_top');
    expect(frame.clientHeight).to.equal(contentHeight(frame));
  });

  it('without src, shows the widget’s own error, and sizes the frame to it', async () => {
    const frame = await openFrame(here, '/dist/embed.html');
    const summary = await summaryIn(frame);
    const error = summary.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.querySelector('[role="alert"]')!.textContent).to.match(/The plan cannot be shown right now/);
    expect(error.querySelector('[part="error-details"]')!.textContent).to.match(/No feed was given/);
    expect(summary.shadowRoot!.querySelectorAll('[part="error"], [part="list"], [part="loading"]')).to.have.length(1);
    await until(() => frame.clientHeight === contentHeight(frame), 'the frame to take the height of the error');
    expect(frame.clientHeight).to.be.within(40, 400);
  });

  it('resolves src against the embed page: a path, or an absolute URL', async () => {
    const byPath = await openFrame(here, `/dist/embed.html?src=../demo/feeds/riverton-2026-27.json`);
    const byUrl = await openFrame(here, `/dist/embed.html?src=${encodeURIComponent(`${here}/demo/feeds/riverton-2026-27.json`)}`);
    for (const frame of [byPath, byUrl]) {
      const summary = await summaryIn(frame);
      expect(summary.shadowRoot!.querySelector('[part="list"]')).to.not.equal(null);
    }
  });

  it(`refuses a feed from another site (${otherHost}) with a note in the visitor's language, and sizes the frame to it`, async () => {
    const feed = encodeURIComponent(`${there}${FEED}`);
    const notes = [
      ['zh-Hans', '本页只显示本站的工作计划'],
      ['zh-TW', '本頁只顯示本站的工作計畫'],
      ['en', 'shows only plans from its own site'],
    ];
    for (const [lang, words] of notes) {
      const frame = await openFrame(here, `/dist/embed.html?lang=${lang}&src=${feed}`);
      const note = frame.contentDocument!.querySelector('[role="alert"]')!;
      expect(note.textContent).to.include(words!).and.include(there);
      expect(frame.contentDocument!.querySelector('plan-summary')).to.equal(null);
      await until(() => frame.clientHeight === contentHeight(frame), 'the frame to take the height of the note');
    }
  });

  it(`shows a feed from a site its plan-widgets-feed-origins names (${otherHost})`, async () => {
    const frame = await openFrame(here, `/test/embed/allow/embed.html?src=${encodeURIComponent(`${there}${FEED}`)}`);
    const summary = await summaryIn(frame);
    expect(summary.shadowRoot!.querySelector('[part="list"]')).to.not.equal(null);
  });
});

describe('embed page: the height, posted and obeyed', () => {
  it('on this origin: the frame takes the page’s height, and follows a card the visitor opens and closes', async () => {
    const frame = await openFrame(here, `/dist/embed.html?src=${FEED}&priorities=1+2+3`);
    const summary = await summaryIn(frame);
    const closed = frame.clientHeight;
    expect(closed).to.equal(contentHeight(frame));

    const card = cardsOf(summary)[1]!;
    const toggle = card.shadowRoot!.querySelector<HTMLElement>('[part="toggle"]')!;
    let count = heightsFrom(frame).length;
    toggle.click();
    await until(() => card.hasAttribute('expanded'), 'the card to open');
    const open = await sized(frame, count);
    expect(open).to.be.greaterThan(closed + 100);
    expect(open).to.equal(contentHeight(frame));
    // Nothing is cut off, and the frame has nothing to scroll.
    expect(frame.contentDocument!.documentElement.scrollHeight).to.equal(open);

    count = heightsFrom(frame).length;
    toggle.click();
    await until(() => !card.hasAttribute('expanded'), 'the card to close');
    expect(await sized(frame, count)).to.equal(closed);
  });

  it('opens showing one status from #status-<status> in its address, and follows a count pressed in the frame', async () => {
    const pageAddress = location.href;
    const frame = await openFrame(here, `/dist/embed.html?src=${FEED}#status-at-risk`);
    const summary = await summaryIn(frame);
    expect(cardsOf(summary).map((card) => card.id)).to.deep.equal(['priority-education-reform', 'priority-sports']);
    const filtered = frame.clientHeight;
    expect(filtered).to.equal(contentHeight(frame));

    const count = heightsFrom(frame).length;
    summary.shadowRoot!.querySelector<HTMLElement>('[part="headline"] [aria-pressed="true"]')!.click();
    const all = await sized(frame, count);
    expect(cardsOf(summary)).to.have.length(10);
    expect(all).to.be.greaterThan(filtered + 100);
    // The frame's address changes, not the article's.
    expect(frame.contentWindow!.location.hash).to.equal('');
    expect(location.href).to.equal(pageAddress);
  });

  it('sends no height while the feed loads: the first is the loaded plan’s', async () => {
    // The test server answers this feed with a 503 at first: the widget tries again after 1 s.
    const feed = `/test/server/flaky/embed-${Math.random().toString(36).slice(2)}.json`;
    expect((await fetch(feed)).status).to.equal(503);
    const frame = await openFrame(here, `/dist/embed.html?src=${feed}`);
    const summary = frame.contentDocument!.querySelector('plan-summary') as Summary;
    await until(() => summary.shadowRoot?.querySelector('[part="loading"]') != null, 'the loading placeholder');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(summary.shadowRoot!.querySelector('[part="loading"]')).to.not.equal(null);
    expect(heightsFrom(frame)).to.have.length(0);
    expect(frame.clientHeight).to.equal(150);
    const height = await sized(frame);
    expect(summary.shadowRoot!.querySelector('[part="list"]')).to.not.equal(null);
    expect(height).to.equal(contentHeight(frame));
  });

  it(`on another origin (${otherHost}): the frame takes the height that origin posts, and grows when a link opens a card`, async () => {
    expect(new URL(there).hostname).to.not.equal(location.hostname);
    const url = `${there}/dist/embed.html?src=${FEED}&priorities=1+2+3`;
    const frame = await openFrame(there, url.slice(there.length));
    const closed = await sized(frame);
    // The test server answered on the other name: the page ran there, and said so.
    expect(heightsFrom(frame).every((message) => message.origin === there)).to.equal(true);
    expect(frame.contentDocument).to.equal(null);

    // A #priority- link opens the card (a fragment navigation: the page stays).
    const count = heightsFrom(frame).length;
    frame.src = `${url}#priority-education-reform`;
    const open = await sized(frame, count);
    expect(open).to.be.greaterThan(closed + 100);
  });

  it('sizes two frames each to its own height', async () => {
    const small = await openFrame(here, `/dist/embed.html?src=${FEED}&priorities=1&hide-header`);
    const large = await openFrame(there, `/dist/embed.html?src=${FEED}&expanded=all`);
    const [smallHeight, largeHeight] = [await sized(small), await sized(large)];
    expect(largeHeight).to.be.greaterThan(smallHeight * 5);
    expect(small.clientHeight).to.equal(smallHeight);
  });
});

describe('embed page: heights from anywhere else are ignored', () => {
  it('from another window of the same origin: this page, and a frame that is not an embed page', async () => {
    const frame = await openFrame(here, `/dist/embed.html?src=${FEED}&priorities=1`);
    const height = await sized(frame);

    window.postMessage({ type: HEIGHT, height: 7 }, '*');
    window.postMessage({ type: 'test:done' }, '*');
    await heardFrom(window, 'test:done');
    const poster = await openFrame(here, '/test/embed/poster.html?height=9');
    await heardFrom(poster.contentWindow!, 'poster:done');
    expect(frame.clientHeight).to.equal(height);
    // The page that is no embed page is not resized either.
    expect(poster.clientHeight).to.equal(150);
  });

  it(`from the frame's own window once it shows a page of another origin (${otherHost}); a control from its own origin is obeyed`, async () => {
    const frame = await openFrame(here, `/dist/embed.html?src=${FEED}&priorities=1`);
    const height = await sized(frame);
    const framed = frame.contentWindow!;

    // The frame's window goes to another origin; its src attribute still names the embed page here.
    framed.location.href = `${there}/test/embed/poster.html?height=7`;
    await until(() => heard.some((message) => message.source === framed && message.data.type === 'poster:done'), 'the poster');
    expect(heard.filter((message) => message.source === framed && message.data.height === 7)[0]!.origin).to.equal(there);
    expect(frame.clientHeight).to.equal(height);

    // The same page from the frame's own origin is obeyed: the check above is the origin's, and only it.
    framed.location.href = `${here}/test/embed/poster.html?height=9`;
    await until(() => frame.clientHeight === 9, 'the frame to take the height its own origin posts');
  });

  it('malformed heights: a string, a negative number, NaN, Infinity', async () => {
    const frame = await openFrame(here, `/dist/embed.html?src=${FEED}&priorities=1`);
    const height = await sized(frame);
    const doc = frame.contentDocument!;
    // Posted from the frame's own window, as if its page had sent them.
    const script = (code: string) => (frame.contentWindow as unknown as { eval: (code: string) => void }).eval(code);
    for (const bad of ['"99"', '-5', 'NaN', 'Infinity', 'null']) {
      script(`parent.postMessage({ type: '${HEIGHT}', height: ${bad} }, '*')`);
    }
    script(`parent.postMessage({ type: 'test:done' }, '*')`);
    await heardFrom(frame.contentWindow!, 'test:done');
    expect(frame.clientHeight).to.equal(height);
    expect(doc.querySelector('plan-summary')).to.not.equal(null);
  });
});

describe('embed page under a strict Content-Security-Policy', () => {
  // The test server writes /test/embed/csp/embed.html from dist/embed.html, with the policy in a <meta>
  // and test/host/record-problems.js, which records violations (test/embed/test-pages.mjs).
  it("renders under default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script', with no violation, and sizes its frame", async () => {
    const frame = await openFrame(here, `/test/embed/csp/embed.html?src=${FEED}&expanded=1`);
    const summary = await summaryIn(frame);
    const page = frame.contentWindow as unknown as HostWindow & { eval: (code: string) => unknown };
    expect(cardsOf(summary)).to.have.length(10);
    expect(page.settled).to.deep.equal({ load: 1, error: 0 });
    expect(page.violations).to.deep.equal([]);
    expect(page.problems).to.deep.equal([]);
    // The policy is in force (no eval), and the page's stylesheet applied under it.
    expect(() => page.eval('1')).to.throw();
    expect(page.getComputedStyle(frame.contentDocument!.body).marginTop).to.equal('0px');
    await until(() => frame.clientHeight === contentHeight(frame), 'the frame to take its height');
  });

  it(`the parent script on a site page under a strict policy, loaded after the frame (on ${otherHost}) has posted its height`, async () => {
    const embed = `${there}/dist/embed.html?src=${FEED}&priorities=1+2`;
    const site = await openFrame(here, `/test/embed/late-parent.html?frame=${encodeURIComponent(embed)}`);
    const page = site.contentWindow as unknown as HostWindow & { heights: number[]; heightBeforeParentScript?: number };
    await until(() => page.heights.length > 0, 'the first height');
    const frame = site.contentDocument!.querySelector('iframe')!;
    // Nobody resized the frame when it first posted: the parent script was not there yet.
    expect(page.heightBeforeParentScript).to.equal(150);
    // Then it asked the frame again, which posted its height again: the last height is the frame's.
    await until(
      () => page.heights.length > 1 && frame.clientHeight === page.heights.at(-1),
      'the late parent script to size the frame',
    );
    expect(page.violations).to.deep.equal([]);
    expect(page.problems).to.deep.equal([]);
  });
});

describe('embed page: the parent script', () => {
  it('is at most 15 lines, and docs/embed.md shows it as it is', async () => {
    const [script, docs] = await texts('/dist/embed-parent.js', '/docs/embed.md');
    expect(script.trimEnd().split('\n').length).to.be.at.most(15);
    expect(docs).to.include('```js\n' + script + '```');
  });
});
