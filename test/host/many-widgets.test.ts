import { expect } from '@open-wc/testing';
import { shownCards } from './frames.js';
import { until } from '../fixtures/until.js';
import type { Summary } from './frames.js';

// A page with 50 widgets of the same feed (a portal listing the plan on every school's page, say):
// half are on the page before the bundle loads (upgraded), half are added after (created defined).
// Uses the built files; `npm test` builds them first.

const SRC = '/demo/feeds/hanbin-2023-autumn.json';
const TITLE = '汉滨区2023—2024学年教育体育工作“十大重点”';

function addSummaries(container: HTMLElement, count: number): void {
  for (let i = 0; i < count; i++) {
    const summary = document.createElement('plan-summary');
    summary.setAttribute('src', SRC);
    container.append(summary);
  }
}

describe('host page: 50 widgets of the same feed', () => {
  it('all render the plan', async () => {
    const problems: string[] = [];
    const onError = (event: ErrorEvent) => problems.push(event.message);
    window.addEventListener('error', onError);
    const settled = { load: 0, error: 0 };
    const container = document.createElement('div');
    container.addEventListener('plan-load', () => settled.load++);
    container.addEventListener('plan-error', () => settled.error++);
    document.body.append(container);

    addSummaries(container, 25);
    await import(new URL('/dist/plan-widgets.js', location.href).href);
    addSummaries(container, 25);
    await until(() => settled.load + settled.error === 50, '50 plan-load or plan-error events', 20);
    expect(settled).to.deep.equal({ load: 50, error: 0 });

    const summaries = [...container.querySelectorAll('plan-summary')] as Summary[];
    expect(summaries).to.have.length(50);
    await Promise.all(summaries.map((summary) => summary.updateComplete));
    for (const summary of summaries) {
      expect(shownCards(summary)).to.deep.equal({ cards: 10, styled: true });
      expect(summary.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(TITLE);
      expect(summary.getBoundingClientRect().height).to.be.greaterThan(0);
    }
    window.removeEventListener('error', onError);
    expect(problems).to.deep.equal([]);
    container.remove();
  });
});
