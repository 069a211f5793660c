// The HTML recipes of docs/recipes.md, read from the page itself and rendered as written, with the
// paths of a real site pointed at this repository's dist/ and demo feed. Needs `npm run build`.
import { expect } from '@open-wc/testing';
import { until } from '../fixtures/until.js';

const FEED = '/demo/feeds/riverton-2026-27.json';
const PRIORITIES = 5;

/** The code block that follows `<!-- recipe: name -->`, with a site's paths pointed at this repository. */
async function recipe(name: string): Promise<string> {
  const page = await (await fetch('/docs/recipes.md')).text();
  const block = new RegExp(`<!-- recipe: ${name} -->\\s*\`\`\`html\\n([^]*?)\`\`\``).exec(page);
  expect(block, `docs/recipes.md has no HTML recipe "${name}"`).to.not.equal(null);
  return block![1]!
    .replace(/\/(static|wp-content\/uploads)\/plan-widgets\/plan\.json/g, FEED)
    .replace(/\/(static|wp-content\/uploads)\/plan-widgets\//g, '/dist/')
    .replace('/static/site.css', 'data:text/css,plan-summary:not(:defined){display:block;min-height:24em}');
}

/** Renders a page in a frame of its own (its own custom element registry), as a visitor's browser would. */
async function open(html: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.srcdoc = html;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

const cardsIn = (document: Document | null | undefined) =>
  document?.querySelector('plan-summary')?.shadowRoot?.querySelectorAll('plan-priority-card').length ?? 0;

describe('docs/recipes.md', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  for (const name of ['plain-html', 'wordpress']) {
    it(`the ${name} recipe shows the plan`, async () => {
      const html = await recipe(name);
      const frame = await open(name === 'plain-html' ? html : `<!doctype html><body>${html}</body>`);
      frames.push(frame);
      await until(() => cardsIn(frame.contentDocument) === PRIORITIES, 'the cards');
    });
  }

  it('the portal recipe: the template loads the script; an article places the element', async () => {
    const frame = await open(
      `<!doctype html><head>${await recipe('portal-template')}</head><body>${await recipe('portal-article')}</body>`,
    );
    frames.push(frame);
    await until(() => cardsIn(frame.contentDocument) === 3, 'the three cards the article chose');
  });

  it('the portal recipe: an article places the embed page, and the template sizes it to the plan', async () => {
    const frame = await open(
      `<!doctype html><head>${await recipe('portal-template')}</head><body>${await recipe('portal-iframe')}</body>`,
    );
    frames.push(frame);
    const embed = frame.contentDocument!.querySelector('iframe')!;
    await until(() => cardsIn(embed.contentDocument) === PRIORITIES, 'the cards in the embed page');
    await until(() => embed.style.height !== '', 'the frame sized by embed-parent.js');
    const content = embed.contentDocument!.documentElement.getBoundingClientRect().height;
    expect(parseFloat(embed.style.height)).to.be.closeTo(content, 2);
    expect(embed.contentDocument!.documentElement.lang).to.equal('zh-Hans');
  });

  it('the iframe-only recipe shows the plan in a frame of fixed height', async () => {
    const frame = await open(`<!doctype html><body>${await recipe('iframe-only')}</body>`);
    frames.push(frame);
    const embed = frame.contentDocument!.querySelector('iframe')!;
    await until(() => cardsIn(embed.contentDocument) === PRIORITIES, 'the cards in the embed page');
    expect(embed.getBoundingClientRect().height).to.equal(900);
    expect(embed.contentDocument!.querySelector('plan-summary')!.getAttribute('layout')).to.equal('list');
  });
});
