// What the visitor's settings and the printer change, checked by emulating them: the browser applies
// the widget's own stylesheets. Runs in Chromium only: Firefox's WebDriver BiDi cannot emulate media.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PlanProgressRing } from '../../src/elements/plan-progress-ring.js';
import type { PlanPriorityCard } from '../../src/elements/plan-priority-card.js';
import { sampleFeed } from '../fixtures/feeds.js';
import { renderSummary } from '../fixtures/render.js';

const part = (host: Element, name: string) => host.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('user settings and print', () => {
  afterEach(() => emulateMedia({ media: 'screen', colorScheme: 'no-preference', reducedMotion: 'no-preference' }));

  it('animates ring values unless the visitor prefers reduced motion', async () => {
    const ring = await fixture<PlanProgressRing>(html`<plan-progress-ring value="5"></plan-progress-ring>`);
    const indicator = part(ring, 'indicator');
    expect(parseFloat(getComputedStyle(indicator).transitionDuration)).to.be.greaterThan(0);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(parseFloat(getComputedStyle(indicator).transitionDuration)).to.equal(0);
  });

  it('prints a closed card with its details shown', async () => {
    const card = await fixture<PlanPriorityCard>(
      html`<plan-priority-card .priority=${sampleFeed().priorities[0]}></plan-priority-card>`,
    );
    const body = part(card, 'card-body');
    const shown = () => body.getBoundingClientRect().height > 0 && getComputedStyle(body).contentVisibility !== 'hidden';
    expect(shown()).to.equal(false);
    await emulateMedia({ media: 'print' });
    expect(shown()).to.equal(true);
  });

  it('follows the visitor’s colour scheme with theme="auto"', async () => {
    const { summary } = await renderSummary(html`<plan-summary theme="auto" .feed=${sampleFeed()}></plan-summary>`);
    const card = part(summary.shadowRoot!.querySelector('plan-priority-card')!, 'card');
    await emulateMedia({ colorScheme: 'light' });
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(22, 27, 34)');
  });

  it('prints without its tools, every card one after another', async () => {
    const { summary } = await renderSummary(html`<plan-summary .feed=${sampleFeed()}></plan-summary>`);
    const tools = part(summary, 'expand-all').parentElement!;
    const list = part(summary, 'list');
    const display = () => [getComputedStyle(tools).display, getComputedStyle(list).display];
    expect(display()).to.deep.equal(['flex', 'grid']);
    await emulateMedia({ media: 'print' });
    expect(display()).to.deep.equal(['none', 'block']);
  });
});
