import { expect } from '@open-wc/testing';
import { openPage } from '../host/frames.js';
import { until } from '../fixtures/until.js';

// These tests use the built files only; `npm test` builds them first.
type Summary = HTMLElement & { updateComplete: Promise<boolean> };

/** Resolves once the frame's summary has loaded its feed and rendered. */
async function summaryIn(frame: HTMLIFrameElement): Promise<Summary> {
  const summary = frame.contentDocument!.querySelector('plan-summary') as Summary;
  await until(() => summary.shadowRoot?.querySelector('[part="list"], [part="error"]'), 'the list or the error');
  await summary.updateComplete;
  return summary;
}

describe('dist/plan-widgets.js', () => {
  it('defines the three elements and exports their classes', async () => {
    const module = await import(new URL('/dist/plan-widgets.js', location.href).href);
    expect(customElements.get('plan-summary')).to.equal(module.PlanSummary);
    expect(customElements.get('plan-priority-card')).to.equal(module.PlanPriorityCard);
    expect(customElements.get('plan-progress-ring')).to.equal(module.PlanProgressRing);
  });

  it('can be loaded again, and beside the IIFE, without throwing', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const first = await import(new URL('/dist/plan-widgets.js', location.href).href);
    await import(new URL('/dist/plan-widgets.js?again', location.href).href);
    const script = document.createElement('script');
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    script.src = '/dist/plan-widgets.iife.js';
    document.head.append(script);
    await loaded;
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect((window as unknown as { PlanWidgets: object }).PlanWidgets).to.have.property('PlanSummary');
    expect(customElements.get('plan-summary')).to.equal(first.PlanSummary);
  });

  it('renders the Hanbin demo feed, in its default language', async () => {
    await import(new URL('/dist/plan-widgets.js', location.href).href);
    const summary = document.createElement('plan-summary') as Summary;
    const loaded = new Promise<CustomEvent>((resolve) => summary.addEventListener('plan-load', resolve as EventListener, { once: true }));
    summary.setAttribute('src', '/demo/feeds/hanbin-2023-autumn.json');
    document.body.append(summary);
    const event = await loaded;
    await summary.updateComplete;
    expect(event.detail.feed.priorities).to.have.length(10);
    const root = summary.shadowRoot!;
    expect(root.querySelector('[part="title"]')!.textContent).to.equal('汉滨区2023—2024学年教育体育工作“十大重点”');
    expect(root.querySelectorAll('plan-priority-card')).to.have.length(10);
    expect(root.querySelector('[part="expand-all"]')!.textContent!.trim()).to.equal('全部展开');
    summary.remove();
  });

  it('works as a classic script in the head with an inline feed', async () => {
    const frame = (await openPage('/test/dist/iife-in-head.html')).frame;
    const summary = await summaryIn(frame);
    expect(summary.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('内嵌的计划');
    expect(summary.shadowRoot!.querySelectorAll('plan-priority-card')).to.have.length(1);
    frame.remove();
  });

  it('works under a strict Content-Security-Policy with Trusted Types', async () => {
    const frame = (await openPage('/test/dist/csp.html')).frame;
    const summary = await summaryIn(frame);
    const root = summary.shadowRoot!;
    expect(root.querySelectorAll('plan-priority-card')).to.have.length(10);
    const card = root.querySelector('plan-priority-card')!;
    const styles = frame.contentWindow!.getComputedStyle(card.shadowRoot!.querySelector('[part="card"]')!);
    expect(styles.borderTopWidth).not.to.equal('0px');
    expect((frame.contentWindow as unknown as { violations: string[] }).violations).to.deep.equal([]);
    frame.remove();
  });
});

describe('dist/custom-elements.json', () => {
  it('describes the public API of the three elements', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const declarations = manifest.modules.flatMap((module: { declarations?: unknown[] }) => module.declarations ?? []);
    const element = (tag: string) => declarations.find((d: { tagName?: string }) => d.tagName === tag);
    const names = (list: { name: string }[] | undefined) => (list ?? []).map((item) => item.name);

    const summary = element('plan-summary');
    expect(names(summary.attributes)).to.include.members([
      'src', 'priorities', 'expanded', 'lang', 'languages', 'layout', 'theme', 'heading-level',
      'hide-ring', 'hide-header', 'refresh', 'stale-after',
    ]);
    expect(names(summary.events)).to.include.members(['plan-load', 'plan-error', 'plan-toggle', 'plan-language', 'plan-filter']);
    expect(names(summary.cssParts)).to.include.members([
      'header', 'headline', 'title', 'ring', 'list', 'card', 'card-header', 'card-body', 'status', 'error',
    ]);
    expect(names(summary.cssProperties)).to.include.members([
      '--plan-accent', '--plan-text', '--plan-muted', '--plan-surface', '--plan-border', '--plan-radius',
      '--plan-font-family', '--plan-status-not-started', '--plan-status-in-progress', '--plan-status-on-track',
      '--plan-status-at-risk', '--plan-status-off-track', '--plan-status-done',
    ]);
    expect(names(element('plan-priority-card').attributes)).to.include.members(['expanded', 'lang', 'status']);
    expect(names(element('plan-progress-ring').attributes)).to.include.members(['value', 'label']);
    expect(names(element('plan-progress-ring').cssProperties)).to.include.members(['--plan-ring-size', '--plan-ring-thickness']);
  });
});
