// Where focus goes after what a visitor does, and what a screen reader is told meanwhile.
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PlanSummary } from '../../src/elements/plan-summary.js';
import { sampleFeed } from '../fixtures/feeds.js';
import { renderSummary } from '../fixtures/render.js';
import { deepActiveElement } from '../fixtures/contrast.js';
import { until } from '../fixtures/until.js';
import { openPage } from '../host/frames.js';

const part = (summary: PlanSummary, name: string) => summary.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('focus and announcements', () => {
  let restore: (() => void)[] = [];
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    restore.forEach((undo) => undo());
    restore = [];
  });

  /** Replaces fetch of `/focus-…` feeds for one test: each call takes the next answer (the last one repeats). */
  function stubFetch(...answers: (() => Promise<Response>)[]) {
    const original = window.fetch;
    let calls = 0;
    window.fetch = (input, init) =>
      String(input).includes('/focus-') ? answers[Math.min(calls++, answers.length - 1)]!() : original(input, init);
    restore.push(() => (window.fetch = original));
  }
  const missing = () => Promise.resolve(new Response('', { status: 404 }));

  it('keeps the focus in the widget after "Try again": the placeholder, then the plan or the message', async () => {
    let answer!: (response: Response) => void;
    stubFetch(missing, () => new Promise((resolve) => (answer = resolve)), missing);
    const { summary } = await renderSummary(html`<plan-summary src="/focus-retry.json"></plan-summary>`, 'plan-error');
    part(summary, 'retry')!.focus();
    await sendKeys({ press: 'Enter' });
    await summary.updateComplete;
    expect(deepActiveElement()?.getAttribute('part')).to.equal('loading');
    const loaded = oneEvent(summary, 'plan-load');
    answer(new Response(JSON.stringify(sampleFeed())));
    await loaded;
    expect(deepActiveElement()?.getAttribute('part')).to.equal('base');

    // Without the copy the load above saved, a failure shows the message again.
    localStorage.clear();
    const failed = oneEvent(summary, 'plan-error');
    void summary.load();
    await failed;
    await summary.updateComplete;
    expect(deepActiveElement()?.getAttribute('part')).to.equal('error');
  });

  it('gives the focus to the plan when the card that had it is filtered out', async () => {
    const { summary } = await renderSummary(html`<plan-summary .feed=${sampleFeed()}></plan-summary>`);
    const reform = summary.shadowRoot!.getElementById('priority-reform')!;
    reform.shadowRoot!.querySelector('button')!.focus();
    summary.priorities = 'safety sports';
    await summary.updateComplete;
    expect(reform.isConnected).to.equal(false);
    expect(deepActiveElement()?.getAttribute('part')).to.equal('base');
  });

  it('moves the focus into the card a #priority-<id> link opens, so that the next Tab stays in it', async () => {
    const start = location.href;
    restore.push(() => history.replaceState(null, '', start));
    const { summary } = await renderSummary(html`<plan-summary .feed=${sampleFeed()}></plan-summary>`);
    const toggled = oneEvent(summary, 'plan-toggle');
    location.hash = '#priority-safety';
    await toggled;
    const safety = summary.shadowRoot!.getElementById('priority-safety')!;
    await until(
      () => deepActiveElement() === safety.shadowRoot!.querySelector('[part="toggle"]'),
      'the focus on the card’s button',
    );
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement()!.getRootNode() as ShadowRoot).host === safety, 'the focus in the card').to.equal(true);
    expect(deepActiveElement()!.localName).to.equal('a');
  });

  it('leaves the focus where the visitor put it when a new `src` loads while the hash names a card', async () => {
    const start = location.href;
    restore.push(() => history.replaceState(null, '', start));
    history.replaceState(null, '', '#priority-reform');
    stubFetch(() => Promise.resolve(new Response(JSON.stringify(sampleFeed()))));
    const { summary } = await renderSummary(html`<input aria-label="Search" /><plan-summary src="/focus-a.json"></plan-summary>`);
    const input = summary.parentElement!.querySelector('input')!;
    input.focus();
    const loaded = oneEvent(summary, 'plan-load');
    summary.src = '/focus-b.json';
    await loaded;
    const reform = summary.shadowRoot!.getElementById('priority-reform') as HTMLElement & { expanded: boolean };
    await until(() => reform.expanded, 'the card the hash names, open');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement === input, 'the focus on the page’s input').to.equal(true);
  });

  it('scrolls to the card a #priority-<id> link names when the page opens with it, and focuses its button', async () => {
    const page = await openPage('/test/elements/pages/deep-link.html#priority-safe-routes');
    restore.push(() => page.frame.remove());
    const card = await until(
      () => page.document.querySelector('plan-summary')?.shadowRoot?.getElementById('priority-safe-routes'),
      'the card',
    );
    await until(
      () => {
        const top = card.getBoundingClientRect().top;
        return top >= -1 && top < 100 && card.shadowRoot!.activeElement?.getAttribute('part') === 'toggle';
      },
      `the card at the top of the window (${Math.round(card.getBoundingClientRect().top)} px), its button focused (${card.shadowRoot!.activeElement?.outerHTML.slice(0, 60)})`,
    );
  });

  /** The widget's one live region, and what it says now. */
  const announcer = (summary: PlanSummary) => summary.shadowRoot!.querySelectorAll('[role="status"]');
  const said = (summary: PlanSummary) => announcer(summary)[0]!.textContent!.trim();

  it('is a region named by the plan, and announces the loading and a failed refresh in one live region', async () => {
    let answer!: (response: Response) => void;
    stubFetch(
      () => new Promise((resolve) => (answer = resolve)),
      () => Promise.reject(new TypeError('Failed to fetch')),
    );
    const summary = document.createElement('plan-summary');
    summary.src = '/focus-status.json';
    document.body.append(summary);
    restore.push(() => summary.remove());
    await summary.updateComplete;
    const region = announcer(summary)[0]!;
    expect(announcer(summary)).to.have.length(1);
    expect(said(summary)).to.equal('Loading the plan…');
    // Outside the busy placeholder: screen readers hold back what changes inside a busy element.
    expect(region.closest('[aria-busy]')).to.equal(null);

    const loaded = oneEvent(summary, 'plan-load');
    answer(new Response(JSON.stringify(sampleFeed())));
    await loaded;
    const base = part(summary, 'base')!;
    expect(base.localName).to.equal('section');
    expect(base.getAttribute('aria-label')).to.equal('Plan for the year');
    expect(said(summary)).to.equal('');

    const failed = oneEvent(summary, 'plan-error');
    void summary.load({ refresh: true });
    await failed;
    await summary.updateComplete;
    // The same live region, its text changed: screen readers announce the change.
    expect(announcer(summary)[0] === region, 'the same live region').to.equal(true);
    expect(said(summary)).to.equal('Could not refresh; these are the earlier figures.');
    expect(part(summary, 'stale')!.textContent!.trim()).to.equal('Could not refresh; these are the earlier figures.');
  });

  it('announces a saved copy shown in place of a feed that cannot be fetched, in the region that said it was loading', async () => {
    stubFetch(
      () => Promise.resolve(new Response(JSON.stringify(sampleFeed()))),
      () => Promise.resolve(new Response('', { status: 404 })),
    );
    const first = await renderSummary(html`<plan-summary src="/focus-saved.json"></plan-summary>`);
    first.summary.remove();
    const summary = document.createElement('plan-summary');
    summary.src = '/focus-saved.json';
    document.body.append(summary);
    restore.push(() => summary.remove());
    await summary.updateComplete;
    const region = announcer(summary)[0]!;
    expect(said(summary)).to.equal('Loading the plan…');
    await oneEvent(summary, 'plan-error');
    await summary.updateComplete;
    expect(announcer(summary)[0] === region, 'the same live region').to.equal(true);
    expect(said(summary)).to.match(/^The latest figures could not be loaded; this is the copy saved on /);
  });
});
