import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { PlanPriorityCard } from '../../src/elements/plan-priority-card.js';
import type { PlanProgressRing } from '../../src/elements/plan-progress-ring.js';
import { parseFeed } from '../../src/feed/parse.js';
import { sampleFeed } from '../fixtures/feeds.js';

const [safety, reform, sports] = parseFeed(sampleFeed()).feed.priorities;

function parts(card: PlanPriorityCard) {
  const root = card.shadowRoot!;
  const part = (name: string) => root.querySelector<HTMLElement>(`[part~="${name}"]`)!;
  return {
    part,
    toggle: part('toggle') as HTMLButtonElement,
    body: part('card-body'),
    text: (name: string) => part(name).textContent!.replace(/\s+/g, ' ').trim(),
  };
}

describe('<plan-priority-card>', () => {
  it('shows number, title, status, ring and summary', async () => {
    const card = await fixture<PlanPriorityCard>(
      html`<plan-priority-card .priority=${safety} .expected=${40}></plan-priority-card>`,
    );
    const { text, part } = parts(card);
    expect(text('card-number')).to.equal('1');
    expect(text('card-title')).to.equal('Safety');
    expect(text('card-summary')).to.equal('Keep every campus safe.');
    expect(text('status')).to.equal('✓ Status: On track');
    expect(card.getAttribute('status')).to.equal('on-track');
    const ring = part('ring') as PlanProgressRing;
    expect(ring.getAttribute('aria-valuenow')).to.equal('50');
    expect(ring.getAttribute('aria-label')).to.equal('Safety');
  });

  it('lays out number, title and chevron in one row inside its button, which is no grid itself', async () => {
    const phone = await fixture<HTMLElement>(
      html`<div style="width: 320px"><plan-priority-card .priority=${safety}></plan-priority-card></div>`,
    );
    const card = phone.querySelector('plan-priority-card')!;
    await card.updateComplete;
    const { toggle, part } = parts(card);
    // Chromium before 83 (WeChat's and vendor browsers') lays out no grid or flex box on a <button>:
    // there, a grid on the button stacked the number, the title and the chevron.
    expect(getComputedStyle(toggle).display).to.equal('block');
    const number = part('card-number').getBoundingClientRect();
    const title = part('card-title').getBoundingClientRect();
    expect(title.left).to.be.above(number.right);
    expect(title.top).to.be.below(number.bottom);
  });

  it('reflects the given status, or derives it', async () => {
    const card = await fixture<PlanPriorityCard>(
      html`<plan-priority-card .priority=${reform} .expected=${10}></plan-priority-card>`,
    );
    expect(card.getAttribute('status')).to.equal('at-risk');
    card.priority = sports;
    await card.updateComplete;
    expect(card.getAttribute('status')).to.equal('not-started');
    card.priority = { ...safety!, progress: 10 };
    card.expected = 50;
    await card.updateComplete;
    expect(card.getAttribute('status')).to.equal('off-track');
    expect(parts(card).text('status')).to.contain('Behind schedule');
  });

  it('opens and closes its details with a native button', async () => {
    const card = await fixture<PlanPriorityCard>(html`<plan-priority-card .priority=${safety}></plan-priority-card>`);
    const { toggle, body } = parts(card);
    expect(toggle.localName).to.equal('button');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(card.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)).to.equal(body);
    expect(body.getAttribute('hidden')).to.equal('until-found');

    const opened = oneEvent(card, 'plan-toggle');
    toggle.click();
    const event = await opened;
    expect(event.detail).to.deep.equal({ id: 'safety', expanded: true });
    expect(event.bubbles && event.composed).to.equal(true);
    await card.updateComplete;
    expect(card.hasAttribute('expanded')).to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(body.hasAttribute('hidden')).to.equal(false);

    const closed = oneEvent(card, 'plan-toggle');
    toggle.click();
    expect((await closed).detail).to.deep.equal({ id: 'safety', expanded: false });
    await card.updateComplete;
    expect(body.getAttribute('hidden')).to.equal('until-found');
  });

  it('asks before it opens: a listener that cancels the request owns its state', async () => {
    const card = await fixture<PlanPriorityCard>(html`<plan-priority-card .priority=${safety}></plan-priority-card>`);
    let toggles = 0;
    card.addEventListener('plan-toggle', () => toggles++);
    const requests: unknown[] = [];
    card.addEventListener('plan-toggle-request', (event) => {
      requests.push(event.detail);
      event.preventDefault();
    });
    parts(card).toggle.click();
    parts(card).body.dispatchEvent(new Event('beforematch'));
    await card.updateComplete;
    expect(requests).to.deep.equal([
      { id: 'safety', expanded: true },
      { id: 'safety', expanded: true },
    ]);
    expect(card.expanded).to.equal(false);
    expect(toggles).to.equal(0);
  });

  it('does not announce its first render as a toggle', async () => {
    let toggles = 0;
    const card = await fixture<PlanPriorityCard>(
      html`<plan-priority-card expanded .priority=${safety} @plan-toggle=${() => toggles++}></plan-priority-card>`,
    );
    await card.updateComplete;
    expect(toggles).to.equal(0);
    expect(parts(card).body.hasAttribute('hidden')).to.equal(false);
  });

  it('opens when find-in-page finds text in its closed details', async () => {
    const card = await fixture<PlanPriorityCard>(html`<plan-priority-card .priority=${safety}></plan-priority-card>`);
    const opened = oneEvent(card, 'plan-toggle');
    parts(card).body.dispatchEvent(new Event('beforematch'));
    expect((await opened).detail.expanded).to.equal(true);
  });

  it('lists actions with done marks, measures, updates newest first, owner, partners, due date and links', async () => {
    const card = await fixture<PlanPriorityCard>(html`<plan-priority-card expanded .priority=${safety}></plan-priority-card>`);
    const root = card.shadowRoot!;
    const items = [...root.querySelectorAll('.actions li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal(['✓ Done: Inspect campuses (due October 1, 2020)', '○ To do: Train staff']);
    expect(root.querySelector('dd')!.textContent).to.equal('30 of 40 schools (baseline: 10)');
    const updates = [...root.querySelectorAll('.updates li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(updates).to.deep.equal(['January 10, 2021 Newest update', 'October 1, 2020 Older update']);
    const facts = [...root.querySelectorAll('dl.section dt, dl.section dd')].map((node) => node.textContent!.trim());
    expect(facts).to.deep.equal([
      'Lead unit',
      'Safety Office',
      'Supporting units',
      'Police, Fire Service',
      'Due',
      'June 30, 2021',
    ]);
    const links = [...root.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Safety plan', 'https://example.org/safety.pdf'],
      ['Relative page', 'safety.html'],
    ]);
  });

  it('uses the heading level it is given, and the next one inside', async () => {
    const card = await fixture<PlanPriorityCard>(
      html`<plan-priority-card heading-level="4" expanded .priority=${safety}></plan-priority-card>`,
    );
    expect(card.shadowRoot!.querySelector('[part="card-heading"]')!.localName).to.equal('h4');
    expect(card.shadowRoot!.querySelector('[part="section-title"]')!.localName).to.equal('h5');
    card.headingLevel = 9;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="card-heading"]')!.localName).to.equal('h3');
  });

  it('renders feed text as text, never as HTML', async () => {
    const card = await fixture<PlanPriorityCard>(
      html`<plan-priority-card .priority=${{ ...safety!, title: '<img src=x onerror="window.hacked=1">' }}></plan-priority-card>`,
    );
    expect(card.shadowRoot!.querySelector('img')).to.equal(null);
    expect(parts(card).text('card-title')).to.equal('<img src=x onerror="window.hacked=1">');
  });

  it('speaks its lang, in feed text and interface', async () => {
    const card = await fixture<PlanPriorityCard>(
      html`<plan-priority-card lang="zh-Hant" expanded .priority=${safety}></plan-priority-card>`,
    );
    const { text, part } = parts(card);
    expect(text('card-title')).to.equal('安全');
    expect(text('status')).to.equal('◔ 狀態： 進行中');
    expect(part('card').getAttribute('lang')).to.equal('zh-Hant');
    expect(card.shadowRoot!.querySelector('dd')!.textContent).to.equal('30／40 schools（基準值：10）');
    expect(card.shadowRoot!.querySelector('[part="section-title"]')!.textContent).to.equal('主要措施');
  });

  it('is accessible closed and open', async () => {
    const card = await fixture<PlanPriorityCard>(html`<plan-priority-card .priority=${safety}></plan-priority-card>`);
    await expect(card).to.be.accessible();
    card.expanded = true;
    await card.updateComplete;
    await expect(card).to.be.accessible();
  });
});
