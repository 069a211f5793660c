import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PlanProgressRing } from '../../src/elements/plan-progress-ring.js';

const part = (ring: PlanProgressRing, name: string) => ring.shadowRoot!.querySelector(`[part="${name}"]`)!;

describe('<plan-progress-ring>', () => {
  it('is a progress bar with its value', async () => {
    const ring = await fixture<PlanProgressRing>(
      html`<plan-progress-ring value="65.4" label="Overall progress"></plan-progress-ring>`,
    );
    expect(ring.getAttribute('role')).to.equal('progressbar');
    expect(ring.getAttribute('aria-valuemin')).to.equal('0');
    expect(ring.getAttribute('aria-valuemax')).to.equal('100');
    expect(ring.getAttribute('aria-valuenow')).to.equal('65');
    expect(ring.getAttribute('aria-valuetext')).to.equal('65%');
    expect(ring.getAttribute('aria-label')).to.equal('Overall progress');
    expect(part(ring, 'value').textContent).to.equal('65%');
    await expect(ring).to.be.accessible();
  });

  it('keeps a role and an aria-label the page gave it', async () => {
    const ring = await fixture<PlanProgressRing>(
      html`<plan-progress-ring value="40" aria-label="Budget spent" role="img" label="Spent"></plan-progress-ring>`,
    );
    expect([ring.getAttribute('aria-label'), ring.getAttribute('role')]).to.deep.equal(['Budget spent', 'img']);
    ring.label = 'Money spent';
    await ring.updateComplete;
    ring.label = '';
    await ring.updateComplete;
    expect(ring.getAttribute('aria-label')).to.equal('Budget spent');
  });

  it('names itself from label, and follows its changes', async () => {
    const ring = await fixture<PlanProgressRing>(html`<plan-progress-ring value="40" label="Spent"></plan-progress-ring>`);
    expect(ring.getAttribute('aria-label')).to.equal('Spent');
    ring.label = 'Money spent';
    await ring.updateComplete;
    expect(ring.getAttribute('aria-label')).to.equal('Money spent');
    ring.label = '';
    await ring.updateComplete;
    expect(ring.hasAttribute('aria-label')).to.equal(false);
  });

  it('clamps values to 0–100', async () => {
    const ring = await fixture<PlanProgressRing>(html`<plan-progress-ring value="150"></plan-progress-ring>`);
    expect(ring.getAttribute('aria-valuenow')).to.equal('100');
    ring.setAttribute('value', '-5');
    await ring.updateComplete;
    expect(ring.getAttribute('aria-valuenow')).to.equal('0');
    expect(part(ring, 'indicator').getAttribute('stroke-dashoffset')).to.equal(
      part(ring, 'indicator').getAttribute('stroke-dasharray'),
    );
  });

  it('shows unknown progress as unknown, not as 0', async () => {
    const ring = await fixture<PlanProgressRing>(html`<plan-progress-ring label="Progress"></plan-progress-ring>`);
    expect(ring.hasAttribute('aria-valuenow')).to.equal(false);
    expect(ring.getAttribute('aria-valuetext')).to.equal('Progress unknown');
    expect(part(ring, 'value').textContent).to.equal('–');
    expect(part(ring, 'indicator').getAttribute('display')).to.equal('none');
    ring.setAttribute('value', 'abc');
    await ring.updateComplete;
    expect(ring.hasAttribute('aria-valuenow')).to.equal(false);
  });

  it('marks the expected progress and says it', async () => {
    const ring = await fixture<PlanProgressRing>(html`<plan-progress-ring value="40" expected="50"></plan-progress-ring>`);
    expect(ring.getAttribute('aria-valuetext')).to.equal('40%, 50% expected by now');
    const marker = part(ring, 'marker');
    expect(marker.getAttribute('display')).to.equal('inline');
    expect(marker.getAttribute('transform')).to.equal('rotate(180 50 50)');
  });

  it('marks the expected progress with a notch outside the track, which cannot read as a dash at the ring’s start', async () => {
    const ring = await fixture<PlanProgressRing>(
      html`<plan-progress-ring value="40" expected="50" style="--plan-ring-size: 100px"></plan-progress-ring>`,
    );
    const box = ring.getBoundingClientRect();
    const notch = part(ring, 'marker').getBoundingClientRect();
    // At 50 % the notch is below the centre; the track's outer edge is 47 units from it (r 42, 10 % thick).
    const unit = box.height / 100;
    expect(notch.top - (box.top + 50 * unit)).to.be.at.least(47 * unit);
    expect(notch.left + notch.width / 2).to.be.closeTo(box.left + 50 * unit, 0.5);
    expect(notch.width).to.be.at.least(8 * unit);
    for (const [expected, shown] of [
      ['0', 'none'],
      ['0.5', 'inline'],
      ['99.5', 'inline'],
      ['100', 'none'],
      ['120', 'none'],
      ['', 'none'],
    ]) {
      ring.setAttribute('expected', expected!);
      await ring.updateComplete;
      expect(part(ring, 'marker').getAttribute('display'), expected).to.equal(shown);
    }
  });

  it('speaks the language of its lang', async () => {
    const ring = await fixture<PlanProgressRing>(html`<plan-progress-ring lang="zh-Hant"></plan-progress-ring>`);
    expect(ring.getAttribute('aria-valuetext')).to.equal('進度未知');
    const inherited = await fixture(
      html`<div lang="zh-CN"><plan-progress-ring value="10" expected="20"></plan-progress-ring></div>`,
    );
    expect(inherited.querySelector('plan-progress-ring')!.getAttribute('aria-valuetext')).to.equal('10%，序时进度 20%');
  });

  it('honours the hidden attribute', async () => {
    const ring = await fixture<PlanProgressRing>(html`<plan-progress-ring hidden value="5"></plan-progress-ring>`);
    expect(getComputedStyle(ring).display).to.equal('none');
    ring.hidden = false;
    expect(getComputedStyle(ring).display).to.equal('inline-grid');
  });

  it('sizes itself from --plan-ring-size, relative to the font size', async () => {
    const ring = await fixture<PlanProgressRing>(
      html`<plan-progress-ring style="font-size: 20px" value="5"></plan-progress-ring>`,
    );
    expect(ring.getBoundingClientRect().width).to.be.closeTo(70, 0.5);
    ring.style.setProperty('--plan-ring-size', '3em');
    expect(ring.getBoundingClientRect().width).to.be.closeTo(60, 0.5);
  });

  it('keeps "100%" inside its hole under the WCAG text-spacing override', async () => {
    // The override of WCAG 1.4.12, as a reader's style sheet sets it; letter-spacing reaches the ring by inheritance.
    const spacing = await fixture<HTMLElement>(html`<div>
      <style>
        .spaced * {
          letter-spacing: 0.12em !important;
          word-spacing: 0.16em !important;
          line-height: 1.5 !important;
        }
      </style>
      <div class="spaced"><plan-progress-ring value="100"></plan-progress-ring></div>
    </div>`);
    const ring = spacing.querySelector('plan-progress-ring')!;
    await ring.updateComplete;
    const size = ring.getBoundingClientRect().width;
    // The hole: the track's inner edge, r = 42 of the 100-unit view box less half its 10-unit stroke.
    const hole = ((2 * (42 - 5)) / 100) * size;
    expect(part(ring, 'value').textContent).to.equal('100%');
    expect(part(ring, 'value').getBoundingClientRect().width).to.be.below(hole);
  });
});
