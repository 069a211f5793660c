// Page tools: the accessibility toolbars of government sites, simulated as they work. They read aloud,
// caption and enlarge `event.target.innerText` of a `mouseover` heard on `document`; their colour
// modes force a colour and a background on every element; their big cursor is set on html and body.
// The pointer moves for real (sendMouse), in Chromium and Firefox.
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../src/index.js';
import type { PlanSummary } from '../../src/elements/plan-summary.js';
import type { PlanPriorityCard } from '../../src/elements/plan-priority-card.js';
import type { PlanProgressRing } from '../../src/elements/plan-progress-ring.js';
import type { PlanFeedInput } from '../../src/feed/schema.js';
import { formatDate } from '../../src/i18n/format.js';
import { sampleFeed } from '../fixtures/feeds.js';
import { renderSummary } from '../fixtures/render.js';
import { until } from '../fixtures/until.js';

/** axe, which test/elements/accessibility.test.ts also declares on window. */
const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: { id: string }[] }> } })
  .axe;

/** The sample feed with every text a plan's header can show. */
function fullFeed(): PlanFeedInput {
  const feed = sampleFeed();
  return {
    ...feed,
    priorities: [{ ...feed.priorities[0]!, status: 'at-risk' }, ...feed.priorities.slice(1)],
    plan: { ...feed.plan, summary: 'Ten priorities for the year.', url: 'https://example.org/plan.pdf' },
  };
}

/** Part `name` in `root`, which must have it. */
function part(root: Element | ShadowRoot, name: string): HTMLElement {
  const found = ('shadowRoot' in root && root.shadowRoot ? root.shadowRoot : root).querySelector<HTMLElement>(`[part="${name}"]`);
  expect(found, `part ${name}`).to.not.equal(null);
  return found!;
}

/** The text node of `element`'s tree (not crossing into shadow roots) that holds `text`. */
function textNode(element: Element | ShadowRoot, text: string): Text {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if ((node as Text).data.includes(text)) return node as Text;
  }
  throw new Error(`no text node holds “${text}”`);
}

/** A text of the page, not of the widget, fixed where the pointer can rest between two hovers. */
async function pageText(): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<p style="position: fixed; right: 0; bottom: 0; margin: 0; z-index: 1">Page text</p>`);
}

/** Moves the real pointer to the middle of `text`, a substring of a text node inside `element`. */
async function pointAt(element: Element | ShadowRoot, text: string): Promise<void> {
  const node = textNode(element, text);
  node.parentElement!.scrollIntoView({ block: 'center' });
  const range = document.createRange();
  const start = node.data.indexOf(text);
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  const rect = range.getClientRects()[0]!;
  await sendMouse({ type: 'move', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
}

/** The parent of `element` in the flat tree, across shadow roots. */
function flatParent(element: Element): Element | null {
  const parent = element.parentNode;
  return parent instanceof ShadowRoot ? parent.host : element.parentElement;
}

/** Every element of `root`'s tree and of the shadow trees inside it. */
function* shadowIncluding(root: Element | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* shadowIncluding(element.shadowRoot);
  }
}

type Rgba = [number, number, number, number];

function rgba(value: string): Rgba {
  const [r = 0, g = 0, b = 0, a = 1] = (value.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, a];
}

/** `top` painted over `bottom`, which is opaque. */
function over([r, g, b, a]: Rgba, bottom: Rgba): Rgba {
  return [r * a + bottom[0] * (1 - a), g * a + bottom[1] * (1 - a), b * a + bottom[2] * (1 - a), 1];
}

/** The colour behind `element`: the backgrounds of it and its flat-tree ancestors, over a white canvas. */
function backdrop(element: Element | null): Rgba {
  if (element === null) return [255, 255, 255, 1];
  const color = rgba(getComputedStyle(element).backgroundColor);
  return color[3] === 1 ? color : over(color, backdrop(flatParent(element)));
}

function luminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Each text the widget shows in `root` and the shadow trees inside it, with its WCAG contrast. */
function contrasts(root: Element): { text: string; ratio: number }[] {
  const found = [];
  for (const element of [root, ...shadowIncluding(root.shadowRoot!)]) {
    const own = [...(element.shadowRoot ? [] : element.childNodes)].filter(
      (node): node is Text => node instanceof Text && node.data.trim() !== '',
    );
    if (own.length === 0 || element.localName === 'style') continue;
    const range = document.createRange();
    range.selectNodeContents(own[0]!);
    // Not shown (a closed card's details), or read by screen readers only.
    if (range.getClientRects().length === 0 || element.closest('.visually-hidden')) continue;
    const background = backdrop(element);
    const color = over(rgba(getComputedStyle(element).color), background);
    const [lighter, darker] = [luminance(color), luminance(background)].sort((a, b) => b - a) as [number, number];
    // Read as shown: a list of feed texts is one text node per text and per separator.
    const text = own
      .map((node) => node.data)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    found.push({ text, ratio: (lighter + 0.05) / (darker + 0.05) });
  }
  return found;
}

/** What a toolbar does: it reads `event.target.innerText` of each `mouseover` on `document`. */
class Toolbar {
  readonly reads: string[] = [];
  private readonly read = (event: Event) => this.reads.push((event.target as HTMLElement).innerText);

  constructor(private readonly capture = false) {
    document.addEventListener('mouseover', this.read, capture);
  }

  /** What the toolbar reads when the pointer comes onto `text` inside `element` from a text of the page. */
  async readAt(element: Element | ShadowRoot, text: string, rest: HTMLElement): Promise<string | undefined> {
    this.reads.length = 0;
    await pointAt(rest, 'Page text');
    expect(this.reads, 'the mouseovers on the page text').to.deep.equal(['Page text']);
    this.reads.length = 0;
    await pointAt(element, text);
    expect(this.reads, `the mouseovers on “${text}”`).to.have.length(1);
    return this.reads[0];
  }

  stop(): void {
    document.removeEventListener('mouseover', this.read, this.capture);
  }
}

describe('page tools', () => {
  const toolbars: Toolbar[] = [];
  const styles: HTMLStyleElement[] = [];
  const toolbar = (capture = false) => {
    const made = new Toolbar(capture);
    toolbars.push(made);
    return made;
  };
  const pageStyle = (text: string) => {
    const style = document.createElement('style');
    style.textContent = text;
    document.head.append(style);
    styles.push(style);
  };
  afterEach(async () => {
    toolbars.splice(0).forEach((made) => made.stop());
    styles.splice(0).forEach((style) => style.remove());
    // Off the page text, where each test's first hover starts from.
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  describe('a toolbar reading the element under the pointer', () => {
    it('reads each text of the summary’s header, cards and details, and only that text', async () => {
      const rest = await pageText();
      const { summary } = await renderSummary(
        html`<plan-summary languages="zh-Hans en" expanded="safety" stale-after="1" .feed=${fullFeed()}></plan-summary>`,
      );
      const reader = toolbar();
      const date = (iso: string) => formatDate(iso, 'en');
      const card = summary.shadowRoot!.querySelector<PlanPriorityCard>('#priority-safety')!;
      const cardRoot = card.shadowRoot!;
      const header = part(summary, 'header');
      const reads: [Element | ShadowRoot, string, string][] = [
        [header, 'Sample District', 'Sample District'],
        [header, 'Plan for the year', 'Plan for the year'],
        [header, date('2020-09-01'), `${date('2020-09-01')} – ${date('2021-07-31')}`],
        [header, date('2021-01-15'), `Figures as of ${date('2021-01-15')}`],
        [header, 'Ten priorities', 'Ten priorities for the year.'],
        [header, 'Overall progress', 'Overall progress'],
        [header, 'At risk (2)', 'At risk (2)'],
        [header, '0% done', '0% done'],
        [header, 'Expand all', 'Expand all'],
        [header, '简体中文', '简体中文'],
        [header, 'English', 'English'],
        [header, 'Read the full plan', 'Read the full plan'],
        [part(summary, 'stale'), 'Figures last updated', part(summary, 'stale').innerText],
        [part(summary, 'ended'), 'This plan’s period ended', `This plan’s period ended on ${date('2021-07-31')}.`],
        [cardRoot, '1', '1'],
        [cardRoot, 'Safety', 'Safety'],
        [cardRoot, 'At risk', 'Status: At risk'],
        [cardRoot, 'Keep every campus safe.', 'Keep every campus safe.'],
        [cardRoot, 'Actions', 'Actions'],
        [cardRoot, 'Inspect campuses', `Done: Inspect campuses (due ${date('2020-10-01')})`],
        [cardRoot, 'Train staff', 'To do: Train staff'],
        [cardRoot, 'Schools inspected', 'Schools inspected'],
        [cardRoot, 'target 40', '30 schools (target 40, from 10)'],
        [cardRoot, 'Newest update', `${date('2021-01-10')} Newest update`],
        [cardRoot, 'Lead unit', 'Lead unit'],
        [cardRoot, 'Safety Office', 'Safety Office'],
        [cardRoot, 'Police', 'Police, Fire Service'],
        [cardRoot, date('2021-06-30'), date('2021-06-30')],
        [cardRoot, 'Safety plan', 'Safety plan'],
        [part(card, 'value'), '50', '50%'],
      ];
      const found = [];
      for (const [element, text] of reads) found.push(await reader.readAt(element, text, rest));
      expect(found).to.deep.equal(reads.map(([, , read]) => read));
      // The stale note is read whole, and it is the note.
      expect(part(summary, 'stale').innerText).to.match(/^Figures last updated .+ out of date\.$/);
    });

    it('reads the error message, its problems, the retry button and the note that no priority is shown', async () => {
      const rest = await pageText();
      const silenced = console.error;
      console.error = () => {};
      try {
        const { summary } = await renderSummary(
          html`<plan-summary .feed=${{ version: 1, plan: {}, priorities: [] }}></plan-summary>`,
          'plan-error',
        );
        const reader = toolbar();
        const error = part(summary, 'error');
        // The editor's details, opened as an editor would.
        error.querySelector('details')!.open = true;
        const problem = [...error.querySelectorAll('li')].find((item) => item.textContent!.startsWith('plan.title'))!;
        expect(await reader.readAt(error, 'cannot be shown', rest)).to.equal('The plan cannot be shown right now.');
        // The path and what was expected, read together.
        expect(await reader.readAt(problem, 'required, but missing', rest)).to.equal(problem.innerText);
        expect(problem.innerText).to.match(/^plan\.title\W+required, but missing$/);
        expect(await reader.readAt(error, 'Try again', rest)).to.equal('Try again');
        const empty = await renderSummary(html`<plan-summary priorities="none" .feed=${sampleFeed()}></plan-summary>`);
        const note = part(empty.summary, 'empty');
        expect(await reader.readAt(note, 'no priorities', rest)).to.equal('There are no priorities to show.');
      } finally {
        console.error = silenced;
      }
    });

    it('reads a card and a ring on their own', async () => {
      const rest = await pageText();
      const page = await fixture<HTMLElement>(html`
        <div>
          <plan-priority-card .priority=${{ ...sampleFeed().priorities[1]!, number: 2 }}></plan-priority-card>
          <plan-progress-ring value="40" label="Reading"></plan-progress-ring>
        </div>
      `);
      const card = page.querySelector<PlanPriorityCard>('plan-priority-card')!;
      const ring = page.querySelector<PlanProgressRing>('plan-progress-ring')!;
      await card.updateComplete;
      await ring.updateComplete;
      const reader = toolbar();
      expect(await reader.readAt(card.shadowRoot!, 'Reform', rest)).to.equal('Reform');
      expect(await reader.readAt(card.shadowRoot!, 'At risk', rest)).to.equal('Status: At risk');
      expect(await reader.readAt(ring.shadowRoot!, '40', rest)).to.equal('40%');
    });

    it('reads before a toolbar that listens in the capture phase, and nothing off an SVG shape or the host’s own box', async () => {
      const rest = await pageText();
      const ring = await fixture<PlanProgressRing>(
        html`<plan-progress-ring value="40" style="font-size: 40px; padding: 20px"></plan-progress-ring>`,
      );
      const reader = toolbar(true);
      /** What the toolbar reads when the pointer comes from the page text onto (x, y). */
      const readAtPoint = async (x: number, y: number) => {
        await pointAt(rest, 'Page text');
        reader.reads.length = 0;
        await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
        return reader.reads;
      };
      expect(await reader.readAt(ring.shadowRoot!, '40', rest)).to.equal('40%');
      const track = ring.shadowRoot!.querySelector('[part="track"]')!.getBoundingClientRect();
      // The ring's track at its top, above the percentage.
      expect(await readAtPoint(track.left + track.width / 2, track.top + 2)).to.deep.equal(['']);
      expect(await reader.readAt(ring.shadowRoot!, '40', rest)).to.equal('40%');
      // The padding the page gave the ring: the host itself is under the pointer.
      const box = ring.getBoundingClientRect();
      expect(await readAtPoint(box.left + 5, box.top + 5)).to.deep.equal(['']);
    });

    it('keeps the text out of sight, out of the accessibility tree, and out of the cards and rings inside the summary', async () => {
      const rest = await pageText();
      const { summary } = await renderSummary(html`<plan-summary .feed=${sampleFeed()}></plan-summary>`);
      const reader = toolbar();
      expect(await reader.readAt(part(summary, 'header'), 'Plan for the year', rest)).to.equal('Plan for the year');
      const holder = summary.querySelector('[slot="hovered-text"]')!;
      expect(holder.getAttribute('aria-hidden')).to.equal('true');
      expect(holder.hasAttribute('inert')).to.equal(true);
      const { position, height, overflow, clipPath } = getComputedStyle(holder);
      expect({ position, height, overflow, clipPath }).to.deep.equal({
        position: 'absolute',
        height: '1px',
        overflow: 'hidden',
        clipPath: 'inset(50%)',
      });
      // Find-in-page (window.find searches as it does) never stops on it.
      const find = (
        window as unknown as { find(text: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean }
      ).find;
      getSelection()!.removeAllRanges();
      for (let search = 0; search < 3; search++) {
        find('Plan for the year', false, false, true);
        expect(holder.contains(getSelection()!.anchorNode), `find ${search + 1}`).to.equal(false);
      }
      getSelection()!.removeAllRanges();
      const { violations } = await axe.run(summary, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice'] },
      });
      expect(violations.map(({ id }) => id)).to.deep.equal([]);
      // Nested elements hold no text of their own and have no slot for it.
      const nested = [...summary.shadowRoot!.querySelectorAll('plan-priority-card, plan-progress-ring')];
      expect(nested).to.have.length(4);
      for (const element of nested) {
        expect(element.childNodes.length, element.localName).to.equal(0);
        expect(element.shadowRoot!.querySelector('slot'), element.localName).to.equal(null);
      }
    });

    it('hides the text from a hostile page stylesheet too', async () => {
      pageStyle(
        'plan-summary span { display: block !important; position: static !important; clip-path: none !important; width: auto !important; height: auto !important; font-size: 40px !important }',
      );
      const rest = await pageText();
      const { summary } = await renderSummary(html`<plan-summary .feed=${sampleFeed()}></plan-summary>`);
      const before = summary.getBoundingClientRect().height;
      await toolbar().readAt(part(summary, 'header'), 'Plan for the year', rest);
      const holder = summary.querySelector('[slot="hovered-text"]')!;
      expect(holder.textContent).to.equal('Plan for the year');
      expect(getComputedStyle(holder).position).to.equal('absolute');
      expect(getComputedStyle(holder).clipPath).to.equal('inset(50%)');
      expect(summary.getBoundingClientRect().height).to.equal(before);
    });

    it('does not read the inline feed again on hover, and still reads it when it changes', async () => {
      const rest = await pageText();
      const feed = sampleFeed();
      const loads: Event[] = [];
      const page = await fixture<HTMLElement>(html`
        <div @plan-load=${(event: Event) => loads.push(event)}>
          <plan-summary>
            <p>Read the plan (PDF)</p>
            <script type="application/json">${JSON.stringify(feed)}</script>
          </plan-summary>
        </div>
      `);
      const summary = page.querySelector<PlanSummary>('plan-summary')!;
      await until(() => loads.length === 1, 'the first load');
      await summary.updateComplete;
      const reader = toolbar();
      const header = () => part(summary, 'header');
      expect(await reader.readAt(header(), 'Plan for the year', rest)).to.equal('Plan for the year');
      expect(await reader.readAt(header(), 'Sample District', rest)).to.equal('Sample District');
      // The fallback content and the feed are not rendered, so not read.
      expect(summary.innerText).to.equal('Sample District');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(loads).to.have.length(1);
      const script = summary.querySelector('script')!;
      script.textContent = JSON.stringify({ ...feed, plan: { ...feed.plan, title: 'Changed plan' } });
      await until(() => loads.length === 2, 'the load of the changed feed');
      await summary.updateComplete;
      expect(await reader.readAt(header(), 'Changed plan', rest)).to.equal('Changed plan');
    });
  });

  describe('a big cursor set on the page', () => {
    it('shows over every button and link of the widget, and the text inside them', async () => {
      pageStyle(
        `html, body { cursor: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='64' height='64'/%3E") 0 0, auto }`,
      );
      const { summary } = await renderSummary(
        html`<plan-summary languages="zh-Hans en" expanded="all" .feed=${fullFeed()}></plan-summary>`,
      );
      const silenced = console.error;
      console.error = () => {};
      const failed = await renderSummary(
        html`<plan-summary .feed=${{ version: 1, plan: {}, priorities: [] }}></plan-summary>`,
        'plan-error',
      );
      console.error = silenced;
      const card = await fixture<PlanPriorityCard>(
        html`<plan-priority-card .priority=${sampleFeed().priorities[0]}></plan-priority-card>`,
      );
      const pageCursor = getComputedStyle(document.body).cursor;
      expect(pageCursor).to.contain('data:image/svg+xml');
      const controls = [summary, failed.summary, card].flatMap((element) =>
        [...shadowIncluding(element.shadowRoot!)].filter((found) => ['a', 'button'].includes(found.localName)),
      );
      const titles = [...shadowIncluding(summary.shadowRoot!)].filter((found) => found.getAttribute('part') === 'card-title');
      // Two counts, expand-all, two languages, the plan's link, three cards' buttons and two links, retry, a card's button and links.
      expect(controls).to.have.length(15);
      expect(titles).to.have.length(3);
      for (const element of [...controls, ...titles])
        expect(getComputedStyle(element).cursor, element.outerHTML).to.equal(pageCursor);
    });
  });

  describe('a colour mode that forces a colour and a background on every element', () => {
    const MODES = [
      '* { color: yellow !important; background: black !important }',
      '* { color: #000 !important; background: #fff !important }',
      '* { color: #fff !important; background-color: #000 !important }',
    ];
    for (const mode of MODES) {
      it(`leaves every text readable: ${mode}`, async () => {
        pageStyle(mode);
        const silenced = { warn: console.warn, error: console.error };
        console.warn = console.error = () => {};
        const found: string[] = [];
        const texts = new Set<string>();
        const read = (where: string, root: Element) => {
          for (const { text, ratio } of contrasts(root)) {
            texts.add(text);
            if (ratio < 4.5) found.push(`${where}: “${text}” ${ratio.toFixed(2)}:1`);
          }
        };
        try {
          for (const theme of ['light', 'dark']) {
            const looks = {
              full: html`<plan-summary theme=${theme} languages="zh-Hans en" expanded="all" stale-after="1" .feed=${fullFeed()}></plan-summary>`,
              empty: html`<plan-summary theme=${theme} priorities="none" .feed=${fullFeed()}></plan-summary>`,
              error: html`<plan-summary theme=${theme} .feed=${{ version: 1, plan: {}, priorities: [] }}></plan-summary>`,
            };
            for (const [look, template] of Object.entries(looks)) {
              const { summary } = await renderSummary(template, look === 'error' ? 'plan-error' : 'plan-load');
              read(`${theme} ${look}`, summary);
            }
          }
        } finally {
          Object.assign(console, silenced);
        }
        const card = await fixture<PlanPriorityCard>(
          html`<plan-priority-card expanded .priority=${{ ...sampleFeed().priorities[0]!, number: 1 }}></plan-priority-card>`,
        );
        const ring = await fixture<PlanProgressRing>(html`<plan-progress-ring value="40"></plan-progress-ring>`);
        await card.updateComplete;
        await ring.updateComplete;
        read('card', card);
        read('ring', ring);
        expect(found).to.deep.equal([]);
        // Every kind of text was measured.
        const kinds = [
          'Sample District',
          'Plan for the year',
          'Collapse all',
          'English',
          'Read the full plan',
          'Safety',
          'Inspect campuses',
          'Police, Fire Service',
          'Safety plan',
          '50%',
          '40%',
          'The plan cannot be shown right now.',
          'Try again',
        ];
        expect(kinds.filter((kind) => !texts.has(kind))).to.deep.equal([]);
        expect(texts.size).to.be.greaterThan(40);
      });
    }
  });
});
