import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { CardPriority, PlanPriorityCard } from '../../src/elements/plan-priority-card.js';
import { ringPart } from '../fixtures/render.js';
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

/**
 * Cards of `safety`, open or closed as `expanded` says, made and connected in this task; resolves
 * once they have rendered, in microtasks only: still within that task, before any later one.
 */
async function cardsMadeNow(expanded: boolean[]): Promise<PlanPriorityCard[]> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  const cards = expanded.map((open) => {
    const card = document.createElement('plan-priority-card');
    card.priority = safety;
    card.expanded = open;
    return container.appendChild(card);
  });
  for (let turn = 0; turn < 100 && cards.some((card) => !card.hasUpdated); turn++) await Promise.resolve();
  expect(cards.map((card) => card.hasUpdated)).to.deep.equal(expanded.map(() => true));
  return cards;
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
    const ring = part('ring');
    expect(ringPart(ring, 'value').textContent).to.equal('50%');
    // Half of the circle drawn: its dash offset is half the circumference (2π × 42).
    expect(Number(ringPart(ring, 'indicator').getAttribute('stroke-dashoffset'))).to.be.closeTo(Math.PI * 42, 0.01);
  });

  it('is one button from number to ring, named by number and title and described by status and ring', async () => {
    const card = await fixture<PlanPriorityCard>(
      html`<plan-priority-card .priority=${safety} .expected=${40}></plan-priority-card>`,
    );
    const { toggle, part } = parts(card);
    for (const name of ['card-number', 'card-title', 'status', 'ring']) expect(toggle.contains(part(name)), name).to.equal(true);
    expect(card.shadowRoot!.querySelectorAll('button')).to.have.length(1);
    expect(toggle.parentElement!.localName).to.equal('h3');
    // Status and ring are out of the name: no second role inside the button, no separate focus stop.
    const ring = part('ring');
    const status = card.shadowRoot!.getElementById('status')!;
    expect([ring.getAttribute('aria-hidden'), status.getAttribute('aria-hidden')]).to.deep.equal(['true', 'true']);
    expect(ring.hasAttribute('aria-label')).to.equal(false);
    expect(ring.tabIndex).to.equal(-1);
    expect(
      toggle
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => card.shadowRoot!.getElementById(id)),
    ).to.deep.equal([status, ring]);
    expect(status.textContent).to.equal('Status: On track');
    expect(ring.getAttribute('aria-valuetext')).to.equal('50%, 40% expected by now');
  });

  it('opens from a click on its ring or its status, not only on its title', async () => {
    const card = await fixture<PlanPriorityCard>(html`<plan-priority-card .priority=${safety}></plan-priority-card>`);
    const { part } = parts(card);
    const clickAt = async (name: string) => {
      const box = part(name).getBoundingClientRect();
      const target = card.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) as HTMLElement;
      target.click();
      await card.updateComplete;
    };
    await clickAt('ring');
    expect(card.expanded).to.equal(true);
    await clickAt('status');
    expect(card.expanded).to.equal(false);
    await clickAt('card-number');
    expect(card.expanded).to.equal(true);
  });

  for (const width of [390, 1280]) {
    it(`at ${width} px: one row of at most 90 px for a one-line title, a button of 44 px and more`, async () => {
      const page = await fixture<HTMLElement>(
        html`<div style="width: ${width}px"><plan-priority-card lang="zh-Hans" .priority=${reform}></plan-priority-card></div>`,
      );
      const card = page.querySelector('plan-priority-card')!;
      await card.updateComplete;
      const { toggle, part } = parts(card);
      const box = (name: string) => part(name).getBoundingClientRect();
      expect(box('card-title').height, 'one line').to.be.below(30);
      expect(card.getBoundingClientRect().height).to.be.within(44, 90);
      const button = toggle.getBoundingClientRect();
      expect(button.height).to.be.at.least(44);
      for (const name of ['card-number', 'card-title', 'status', 'ring']) {
        const { top, right, bottom, left } = box(name);
        expect(top >= button.top && bottom <= button.bottom && left >= button.left && right <= button.right, name).to.equal(true);
      }
      // The ring beside the title, in the same row of the list.
      expect(box('card-title').left - box('ring').right).to.be.within(0, 60);
      expect(box('card-title').top).to.be.below(box('ring').bottom);
    });
  }

  it('lays out ring, number, status, title and chevron inside its button, which is no grid itself', async () => {
    const phone = await fixture<HTMLElement>(
      html`<div style="width: 320px"><plan-priority-card .priority=${safety}></plan-priority-card></div>`,
    );
    const card = phone.querySelector('plan-priority-card')!;
    await card.updateComplete;
    const { toggle, part } = parts(card);
    // Chromium before 83 (WeChat's and vendor browsers') lays out no grid or flex box on a <button>:
    // there, a grid on the button stacked the number, the title and the chevron.
    expect(getComputedStyle(toggle).display).to.equal('block');
    const box = (name: string) => part(name).getBoundingClientRect();
    // The ring first; number and status side by side over the title, which starts where the number does.
    expect(box('ring').right).to.be.at.most(box('card-number').left);
    expect(box('status').left).to.be.above(box('card-number').right);
    expect(box('status').top).to.be.below(box('card-number').bottom);
    expect(box('card-title').top).to.be.at.least(box('card-number').bottom - 1);
    expect(box('card-title').left).to.equal(box('card-number').left);
  });

  it('draws its ring in its status colour, at the size and thickness the page sets', async () => {
    const card = await fixture<PlanPriorityCard>(
      html`<plan-priority-card
        style="--plan-ring-size: 80px; --plan-ring-thickness: 16%"
        .priority=${safety}
        .expected=${40}
      ></plan-priority-card>`,
    );
    const { part } = parts(card);
    const indicator = getComputedStyle(ringPart(part('ring'), 'indicator'));
    expect(indicator.stroke).to.equal(getComputedStyle(part('status')).color);
    expect(indicator.strokeWidth).to.equal('16%');
    expect(part('ring').getBoundingClientRect().width).to.equal(80);
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

  it('shows its header first and renders its closed details in a later task, which updateComplete waits for', async () => {
    const [closed, open] = await cardsMadeNow([false, true]);
    expect(parts(closed!).text('card-title')).to.equal('Safety');
    expect(parts(closed!).body.childElementCount).to.equal(0);
    expect(parts(open!).text('card-body')).to.contain('Inspect campuses');
    await closed!.updateComplete;
    expect(parts(closed!).text('card-body')).to.contain('Inspect campuses');
  });

  it('has its closed details at once when the page is about to print', async () => {
    const [card] = await cardsMadeNow([false]);
    expect(parts(card!).body.childElementCount).to.equal(0);
    window.dispatchEvent(new Event('beforeprint'));
    expect(parts(card!).text('card-body')).to.contain('Inspect campuses');
  });

  it('opens when find-in-page finds text in its closed details', async () => {
    const card = await fixture<PlanPriorityCard>(html`<plan-priority-card .priority=${safety}></plan-priority-card>`);
    const opened = oneEvent(card, 'plan-toggle');
    parts(card).body.dispatchEvent(new Event('beforematch'));
    expect((await opened).detail.expanded).to.equal(true);
  });

  it('lists actions with done marks, measures, updates newest first, owner, leader, partners, due date and links', async () => {
    const priority = { ...safety!, leader: { 'zh-Hans': '张副局长', en: 'Deputy Director Zhang' } };
    const card = await fixture<PlanPriorityCard>(html`<plan-priority-card expanded .priority=${priority}></plan-priority-card>`);
    const root = card.shadowRoot!;
    const items = [...root.querySelectorAll('.actions li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal(['✓ Done: Inspect campuses (due October 1, 2020)', '○ To do: Train staff']);
    expect(root.querySelector('dd')!.textContent).to.equal('30 schools (target 40, from 10)');
    const updates = [...root.querySelectorAll('.updates li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(updates).to.deep.equal(['January 10, 2021 Newest update', 'October 1, 2020 Older update']);
    const facts = [...root.querySelectorAll('dl.section dt, dl.section dd')].map((node) => node.textContent!.trim());
    expect(facts).to.deep.equal([
      'Lead unit',
      'Safety Office',
      'Official in charge',
      'Deputy Director Zhang',
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

  it('draws a measure’s history as a line, named by its first and last values, with the change since the previous one', async () => {
    const history = [
      { date: '2023-09-30', value: 21 },
      { date: '2023-11-30', value: 34 },
      { date: '2023-12-15', value: 38 },
    ];
    const measures = [
      { label: 'Schools', current: 38, target: 42, history },
      { label: 'Staff', current: 5, history: [{ date: '2023-12-15', value: 5 }] },
      { label: 'Pupils', current: 7.5, history: [history[0]!, { date: '2023-10-31', value: 19.75 }] },
    ];
    const card = await fixture<PlanPriorityCard>(
      html`<plan-priority-card expanded .priority=${{ ...safety!, measures }}></plan-priority-card>`,
    );
    const trends = [...card.shadowRoot!.querySelectorAll<HTMLElement>('[part="trend"]')];
    // One value makes no line.
    expect(trends.map((trend) => trend.closest('dd')!.previousElementSibling!.textContent)).to.deep.equal(['Schools', 'Pupils']);
    const [rise, fall] = trends as [HTMLElement, HTMLElement];
    expect(rise.getAttribute('role')).to.equal('img');
    expect(rise.getAttribute('aria-label')).to.equal(
      'From 21 on September 30, 2023 to 38 on December 15, 2023; +4 since November 30, 2023',
    );
    expect(rise.textContent!.trim()).to.equal('+4 since November 30, 2023');
    expect(fall.getAttribute('aria-label')).to.equal(
      'From 21 on September 30, 2023 to 19.75 on October 31, 2023; -1.25 since September 30, 2023',
    );
    // Drawn left to right by date, in em, with the text's colour: also the one forced-colors mode gives.
    const svg = rise.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    const points = svg.querySelector('polyline')!.getAttribute('points')!.split(/[ ,]/).map(Number);
    [0, 25, 80.26, 5.88, 100, 0].forEach((expected, index) => expect(points[index]).to.be.closeTo(expected, 0.01));
    expect(svg.querySelector('circle')!.getAttribute('cx')).to.equal('100');
    expect(svg.getBoundingClientRect().width).to.be.closeTo(5 * parseFloat(getComputedStyle(rise).fontSize), 0.5);
    const line = svg.querySelector('polyline')!;
    expect(getComputedStyle(line).stroke).to.equal(getComputedStyle(rise).color);
    expect(getComputedStyle(line).fill).to.equal('none');
    // currentColor: the colour forced-colors mode gives the text (CanvasText) draws the line and its end too.
    rise.style.color = 'rgb(1, 2, 3)';
    expect(getComputedStyle(line).stroke).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(svg.querySelector('circle')!).fill).to.equal('rgb(1, 2, 3)');
  });

  it('names a trend and the official in charge in the card’s language', async () => {
    const measures = [
      {
        label: '签约学校',
        history: [
          { date: '2023-11-30', value: 34 },
          { date: '2023-12-31', value: 34 },
        ],
      },
    ];
    const card = await fixture<PlanPriorityCard>(
      html`<plan-priority-card lang="zh-Hans" expanded .priority=${{ ...safety!, measures, leader: '张副局长' }}></plan-priority-card>`,
    );
    const terms = () => [...card.shadowRoot!.querySelectorAll('dl.section dt')].map((dt) => dt.textContent);
    const trend = () => card.shadowRoot!.querySelector('[part="trend"]')!;
    expect(trend().getAttribute('aria-label')).to.equal('从2023年11月30日的34到2023年12月31日的34；较2023年11月30日±0');
    expect(terms()).to.include('分管领导');
    card.lang = 'zh-Hant';
    await card.updateComplete;
    expect(trend().textContent!.trim()).to.equal('較2023年11月30日±0');
    expect(terms()).to.include('分管領導');
  });

  it('keeps its content as it was when given an equal new priority, and shows a changed one', async () => {
    const card = await fixture<PlanPriorityCard>(html`<plan-priority-card expanded .priority=${safety}></plan-priority-card>`);
    const link = card.shadowRoot!.querySelector('a')!;
    link.focus();
    card.priority = structuredClone(safety);
    await card.updateComplete;
    // The same nodes: focus stays on the link a visitor had reached.
    expect(card.shadowRoot!.querySelector('a') === link).to.equal(true);
    expect(card.shadowRoot!.activeElement === link).to.equal(true);
    card.priority = {
      ...structuredClone(safety!),
      title: 'Safety first',
      links: [{ label: 'New plan', url: 'https://example.org/new.pdf' }],
    };
    await card.updateComplete;
    expect(parts(card).text('card-title')).to.equal('Safety first');
    expect([...card.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal(['New plan']);
  });

  it('keeps the focus on the link a visitor was on when a changed priority makes the details again', async () => {
    const card = await fixture<PlanPriorityCard>(html`<plan-priority-card expanded .priority=${safety}></plan-priority-card>`);
    const links = () => [...card.shadowRoot!.querySelectorAll('a')];
    links()[1]!.focus();
    card.priority = { ...structuredClone(safety!), summary: 'Keep every campus safe, and every road to it.' };
    await card.updateComplete;
    expect(card.shadowRoot!.activeElement === links()[1]).to.equal(true);
    // With fewer links than before, the card's button takes it.
    card.priority = { ...structuredClone(safety!), links: [] };
    await card.updateComplete;
    expect(card.shadowRoot!.activeElement === parts(card).toggle).to.equal(true);
  });

  it('makes its details again only when what they show changes, whatever its attributes say', async () => {
    const card = await fixture<PlanPriorityCard>(
      html`<plan-priority-card heading-level="x" expanded .priority=${safety} .expected=${40}></plan-priority-card>`,
    );
    const link = card.shadowRoot!.querySelector('a')!;
    const title = card.shadowRoot!.querySelector('[part="card-title"]')!;
    card.expected = 45;
    await card.updateComplete;
    expect([card.shadowRoot!.querySelector('a') === link, title.isConnected]).to.deep.equal([true, true]);
    // A status that changes shows, and leaves the details alone.
    card.expected = 100;
    await card.updateComplete;
    expect(parts(card).text('status')).to.equal('✕ Status: Behind schedule');
    expect(card.shadowRoot!.querySelector('a') === link).to.equal(true);
  });

  it('renders a priority that holds itself, and again when it is set again', async () => {
    const priority: CardPriority & { self?: unknown } = { id: 'loop', title: 'Loop', summary: 'One', weight: 1 };
    priority.self = priority;
    const card = await fixture<PlanPriorityCard>(html`<plan-priority-card .priority=${priority}></plan-priority-card>`);
    expect(parts(card).text('card-summary')).to.equal('One');
    card.priority = { ...priority, summary: 'Two' };
    await card.updateComplete;
    expect(parts(card).text('card-summary')).to.equal('Two');
  });

  it('keeps the focus on its button when a new heading level renders it anew', async () => {
    const card = await fixture<PlanPriorityCard>(html`<plan-priority-card .priority=${safety}></plan-priority-card>`);
    const before = parts(card).toggle;
    before.focus();
    card.headingLevel = 5;
    await card.updateComplete;
    const after = parts(card).toggle;
    expect(after === before, 'a new button').to.equal(false);
    expect(card.shadowRoot!.activeElement === after, 'the new button has the focus').to.equal(true);
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
    for (const level of [1, 2, 3, 4, 5, 6]) {
      card.headingLevel = level;
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part="card-heading"]')!.localName).to.equal(`h${level}`);
      // The whole card is rendered again at a new level: all of it.
      expect(parts(card).text('card-title')).to.equal('Safety');
      expect(card.shadowRoot!.querySelector('[part="card-heading"] > [part="toggle"]')).not.to.equal(null);
      expect(card.shadowRoot!.querySelectorAll('[part="card-body"] [part="section-title"]')).not.to.have.length(0);
    }
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
    expect(card.shadowRoot!.querySelector('dd')!.textContent).to.equal('30 schools（目標 40，基準值 10）');
    expect(card.shadowRoot!.querySelector('[part="section-title"]')!.textContent).to.equal('主要措施');
  });

  it('is accessible closed and open', async () => {
    const card = await fixture<PlanPriorityCard>(html`<plan-priority-card .priority=${safety}></plan-priority-card>`);
    await expect(card).to.be.accessible();
    card.expanded = true;
    await card.updateComplete;
    await expect(card).to.be.accessible();
  });

  describe('time nodes, with the clock fixed at noon on 15 January 2024 in the visitor’s time zone', () => {
    const realNow = Date.now;
    const noon = new Date(2024, 0, 15, 12).getTime();
    before(() => (Date.now = () => noon));
    after(() => (Date.now = realNow));

    const actions = [
      { title: 'Late', done: false, due: '2024-01-14' },
      { title: 'Today', due: '2024-01-15' },
      { title: 'Tomorrow', due: '2024-01-16' },
      { title: 'Fortnight', due: '2024-01-29' },
      { title: 'Later', due: '2024-01-30' },
      { title: 'Done late', done: true, due: '2023-12-01' },
      { title: 'Very late', due: '2023-12-01' },
      { title: 'Undated' },
    ];
    const items = (card: PlanPriorityCard) =>
      [...card.shadowRoot!.querySelectorAll('.actions li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

    it('marks an overdue action in words and an icon, tells the days left within 14 days, and counts the overdue in the header, which describes the button', async () => {
      const card = await fixture<PlanPriorityCard>(
        html`<plan-priority-card expanded .priority=${{ ...safety!, actions }}></plan-priority-card>`,
      );
      expect(items(card)).to.deep.equal([
        '! To do: Late (due January 14, 2024) Overdue',
        '○ To do: Today (due January 15, 2024) Due today',
        '○ To do: Tomorrow (due January 16, 2024) 1 day left',
        '○ To do: Fortnight (due January 29, 2024) 14 days left',
        '○ To do: Later (due January 30, 2024)',
        '✓ Done: Done late (due December 1, 2023)',
        '! To do: Very late (due December 1, 2023) Overdue',
        '○ To do: Undated',
      ]);
      const { part, text, toggle } = parts(card);
      expect(text('overdue')).to.equal('! 2 overdue');
      expect(part('overdue').parentElement === part('card-header'), 'in the header').to.equal(true);
      // The button's description, which screen readers say after its name: status, the count, then
      // the ring, as the header reads, without the icon.
      expect(toggle.getAttribute('aria-describedby')).to.equal('status overdue ring');
      const described = card.shadowRoot!.getElementById('overdue')!;
      expect(described.textContent!.trim()).to.equal('2 overdue');
      expect(part('overdue').contains(described), 'the count in its part').to.equal(true);
      const offTrack = getComputedStyle(part('overdue')).color;
      expect(offTrack).to.equal('rgb(207, 34, 46)');
      expect(getComputedStyle(card.shadowRoot!.querySelector('.actions strong')!).color).to.equal(offTrack);
      await expect(card).to.be.accessible();
    });

    it('says it in Chinese, Simplified and Traditional', async () => {
      const card = await fixture<PlanPriorityCard>(
        html`<plan-priority-card lang="zh-Hans" expanded .priority=${{ ...safety!, actions: actions.slice(0, 4) }}></plan-priority-card>`,
      );
      expect(items(card)).to.deep.equal([
        '! 待完成： Late （2024年1月14日前完成） 已逾期',
        '○ 待完成： Today （2024年1月15日前完成） 今天到期',
        '○ 待完成： Tomorrow （2024年1月16日前完成） 还剩 1 天',
        '○ 待完成： Fortnight （2024年1月29日前完成） 还剩 14 天',
      ]);
      expect(parts(card).text('overdue')).to.equal('! 1 项逾期');
      card.lang = 'zh-Hant';
      await card.updateComplete;
      expect(items(card)[0]).to.match(/ 逾期$/);
      expect(items(card)[1]).to.match(/ 今日到期$/);
      expect(items(card)[3]).to.match(/ 還剩 14 天$/);
      expect(parts(card).text('overdue')).to.equal('! 1 項逾期');
    });

    it('shows no count, and describes the button by its status and ring alone, when no action is overdue', async () => {
      const card = await fixture<PlanPriorityCard>(
        html`<plan-priority-card .priority=${{ ...safety!, actions: actions.slice(1, 6) }}></plan-priority-card>`,
      );
      expect(parts(card).part('overdue') === null, 'no count').to.equal(true);
      expect(parts(card).toggle.getAttribute('aria-describedby')).to.equal('status ring');
    });
  });
});
