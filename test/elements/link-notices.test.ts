// Exit notices: government sites hear `click` on `document`, find the clicked link from
// `event.target`, and cancel the click to say "you are leaving this site". The widget's links must be
// heard as the page's own. The links lead into a named frame (the page's `<base target>`), so that a
// link followed shows there and the test page stays. Real pointer and keys, in Chromium and Firefox.
import { expect, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PlanSummary } from '../../src/elements/plan-summary.js';
import type { PlanFeedInput } from '../../src/feed/schema.js';
import { sampleFeed } from '../fixtures/feeds.js';
import { renderSummary } from '../fixtures/render.js';
import { until } from '../fixtures/until.js';

const LANDING = new URL('/test/elements/pages/landing.html', location.href).href;
const CARD_LINK = `${LANDING}?from=card`;
const PLAN_LINK = `${LANDING}?from=plan`;

function linkFeed(): PlanFeedInput {
  const feed = sampleFeed();
  const [safety, ...others] = feed.priorities;
  return {
    ...feed,
    plan: { ...feed.plan, url: PLAN_LINK },
    priorities: [{ ...safety!, links: [{ label: { 'zh-Hans': '安全方案' }, url: CARD_LINK }] }, ...others],
  };
}

let frame: HTMLIFrameElement;
let base: HTMLBaseElement;
const removers: (() => void)[] = [];

/** Listens on `document` as a page's script does, until the test ends. */
function listen(type: string, listener: (event: MouseEvent) => void): void {
  document.addEventListener(type, listener as EventListener);
  removers.push(() => document.removeEventListener(type, listener as EventListener));
}

beforeEach(() => {
  frame = document.createElement('iframe');
  frame.name = 'link-frame';
  document.body.append(frame);
  base = document.createElement('base');
  base.target = 'link-frame';
  document.head.append(base);
});

afterEach(async () => {
  removers.splice(0).forEach((remove) => remove());
  document.onclick = null;
  frame.remove();
  base.remove();
  await resetMouse();
});

async function render(): Promise<PlanSummary> {
  const { summary } = await renderSummary(html`<plan-summary expanded="all" .feed=${linkFeed()}></plan-summary>`);
  return summary;
}

const cardLink = (summary: PlanSummary) =>
  summary.shadowRoot!.querySelector('plan-priority-card')!.shadowRoot!.querySelector<HTMLAnchorElement>('a')!;
const planLink = (summary: PlanSummary) => summary.shadowRoot!.querySelector<HTMLAnchorElement>('[part="plan-link"]')!;

/** Clicks the middle of `link` with the real pointer. */
async function click(link: HTMLElement, button: 'left' | 'middle' = 'left'): Promise<void> {
  link.scrollIntoView({ block: 'center' });
  const rect = link.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    button,
    position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)],
  });
}

/** Waits long enough for a followed link to have shown in the frame, and says where the frame is. */
async function frameAfterAWhile(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 500));
  return frame.contentWindow!.location.href;
}

describe('links and the page’s exit notice', () => {
  it('an exit notice that finds the link with event.target.closest("a") hears a card’s link and the plan’s link, and keeps the visitor', async () => {
    const noticed: { href: string; text: string; lang: string }[] = [];
    listen('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (link === null || link.hostname === 'example.org') return;
      event.preventDefault();
      noticed.push({ href: link.href, text: link.textContent!, lang: link.lang });
    });
    const summary = await render();
    await click(cardLink(summary));
    await click(planLink(summary));
    expect(noticed).to.deep.equal([
      { href: CARD_LINK, text: '安全方案', lang: 'zh-Hans' },
      { href: PLAN_LINK, text: 'Read the full plan', lang: '' },
    ]);
    expect(await frameAfterAWhile()).to.equal('about:blank');
  });

  it('an exit notice that checks event.target.tagName and returns false from document.onclick hears the link, also at Enter', async () => {
    const noticed: string[] = [];
    document.onclick = (event) => {
      const target = event.target as HTMLAnchorElement;
      if (target.tagName !== 'A') return undefined;
      noticed.push(target.getAttribute('href')!);
      return false;
    };
    const summary = await render();
    await click(cardLink(summary));
    planLink(summary).focus();
    await sendKeys({ press: 'Enter' });
    expect(noticed).to.deep.equal([CARD_LINK, PLAN_LINK]);
    expect(await frameAfterAWhile()).to.equal('about:blank');
  });

  it('without a notice the link is followed, and the page hears one click, on a link', async () => {
    const heard: string[] = [];
    listen('click', (event) => heard.push(`${(event.target as Element).tagName} ${(event.target as HTMLAnchorElement).href}`));
    const summary = await render();
    await click(cardLink(summary));
    await until(() => frame.contentWindow!.location.href === CARD_LINK, 'the card’s link shown in the frame');
    await click(planLink(summary));
    await until(() => frame.contentWindow!.location.href === PLAN_LINK, 'the plan’s link shown in the frame');
    expect(heard).to.deep.equal([`A ${CARD_LINK}`, `A ${PLAN_LINK}`]);
  });

  it('a page script that stops the click on its way without cancelling it leaves the link followed', async () => {
    listen('click', (event) => event.stopPropagation());
    const summary = await render();
    await click(cardLink(summary));
    await until(() => frame.contentWindow!.location.href === CARD_LINK, 'the card’s link shown in the frame');
  });

  it('a middle click is heard as an auxclick on the link, which the page may cancel', async () => {
    const heard: string[] = [];
    listen('auxclick', (event) => {
      heard.push(`${(event.target as Element).tagName} ${event.button}`);
      event.preventDefault();
    });
    const summary = await render();
    await click(cardLink(summary), 'middle');
    expect(heard).to.deep.equal(['A 1']);
    expect(await frameAfterAWhile()).to.equal('about:blank');
  });

  it('the page hears a copy of the link, a child of the element never shown and gone after the click; an inline feed is not read again', async () => {
    let loads = 0;
    const copies: { parent: Node | null; slot: HTMLSlotElement | null; boxes: number; href: string | null }[] = [];
    listen('click', (event) => {
      const copy = event.target as HTMLAnchorElement;
      copies.push({
        parent: copy.parentNode,
        slot: copy.assignedSlot,
        boxes: copy.getClientRects().length,
        href: copy.getAttribute('href'),
      });
      event.preventDefault();
    });
    const { summary } = await renderSummary(
      html`<plan-summary expanded="all" @plan-load=${() => loads++}
        ><script type="application/json">
          ${JSON.stringify(linkFeed())}
        </script></plan-summary
      >`,
    );
    const loaded = loads;
    await click(cardLink(summary));
    expect(copies).to.deep.equal([{ parent: summary, slot: null, boxes: 0, href: CARD_LINK }]);
    expect(summary.querySelector('a')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(loads).to.equal(loaded);
  });
});
