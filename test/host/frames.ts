// Host pages for the tests of test/host/: each is a real page of the test server, opened in a frame,
// whose first script is record-problems.js.
import { until } from '../fixtures/until.js';

export type Summary = HTMLElement & { updateComplete: Promise<boolean> };

/** What record-problems.js collects in a host page, and the globals each copy of Lit adds. */
export interface HostWindow extends Window {
  problems: string[];
  violations: { directive: string; sample: string; blocked: string }[];
  settled: { load: number; error: number };
  litHtmlVersions?: string[];
  PlanWidgets?: Record<string, unknown>;
  trustedTypes?: unknown;
}

/** Opens `path` in a frame and resolves once its load event has fired (every script has run). */
export async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; window: HostWindow; document: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return { frame, window: frame.contentWindow as unknown as HostWindow, document: frame.contentDocument! };
}

/** Resolves once every `<plan-summary>` of the page (outside shadow roots) has loaded its feed or failed, and rendered. */
export async function settledSummaries(page: { window: HostWindow; document: Document }): Promise<Summary[]> {
  const summaries = [...page.document.querySelectorAll('plan-summary')] as Summary[];
  const { settled } = page.window;
  await until(() => settled.load + settled.error >= summaries.length, `${summaries.length} plan-load or plan-error events`);
  await Promise.all(summaries.map((summary) => summary.updateComplete));
  const cards = summaries.flatMap((summary) => [...(summary.shadowRoot?.querySelectorAll('plan-priority-card') ?? [])]);
  await Promise.all(cards.map((card) => (card as Summary).updateComplete));
  return summaries;
}

/** The number of cards a summary shows, and whether the first one is styled (its stylesheet applied). */
export function shownCards(summary: Summary): { cards: number; styled: boolean } {
  const cards = summary.shadowRoot?.querySelectorAll('plan-priority-card') ?? [];
  const box = cards[0]?.shadowRoot?.querySelector('[part="card"]');
  const view = summary.ownerDocument.defaultView!;
  return { cards: cards.length, styled: box != null && view.getComputedStyle(box).borderTopWidth !== '0px' };
}
