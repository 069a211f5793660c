import { fixture, html } from '@open-wc/testing';
import '../../src/configurator/define.js';
import type { PlanConfigurator } from '../../src/configurator/plan-configurator.js';
import type { UiLocale } from '../../src/i18n/localize.js';
import { until } from '../fixtures/until.js';

export const HANBIN = '/demo/feeds/hanbin-2023-autumn.json';
export const RIVERTON = '/demo/feeds/riverton-2026-27.json';

/** A configurator in `language`, naming /dist/ as the widget's folder (where `npm run build` puts it) and /templates/ as the templates'. */
export async function configurator(language: UiLocale = 'en'): Promise<PlanConfigurator> {
  return fixture<PlanConfigurator>(
    html`<plan-configurator language=${language} script-base="/dist/" templates="/templates/"></plan-configurator>`,
  );
}

/** The file served at `path`, as an editor's File. */
export async function served(path: string, name = path.replace(/^.*\//, '')): Promise<File> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return new File([await response.arrayBuffer()], name);
}

export const $ = <T extends Element = HTMLElement>(element: PlanConfigurator, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(element: PlanConfigurator, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<T>(selector),
];

/** The checklist element's shadow root. */
export const checklist = (element: PlanConfigurator) => $(element, 'plan-configurator-priorities').shadowRoot!;

/** Text with its white space collapsed. */
export const textOf = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The titles of the cards a `<plan-summary>` shows, in order, once it has shown them. */
export async function cardTitles(summary: Element): Promise<string[]> {
  const cards = await until(() => {
    const found = [...(summary.shadowRoot?.querySelectorAll('plan-priority-card') ?? [])];
    return found.length > 0 && found.every((card) => card.shadowRoot?.querySelector('[part~="card-title"]')) && found;
  }, 'the cards');
  return cards.map((card) => textOf(card.shadowRoot!.querySelector('[part~="card-title"]')));
}

/** The preview's `<plan-summary>`, once it has rendered its cards or its error. */
export async function preview(element: PlanConfigurator): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  await element.updateComplete;
  const summary = await until(() => $(element, 'plan-summary'), 'the preview');
  await until(
    () => summary.shadowRoot?.querySelector('[part~="list"], [part~="error"], [part~="empty"]'),
    'the preview to render',
  );
  await (summary as unknown as { updateComplete: Promise<boolean> }).updateComplete;
  return summary as HTMLElement & { updateComplete: Promise<boolean> };
}

/** Loads the feed at `address` as an editor would: types it and presses Load. */
export async function loadAddress(element: PlanConfigurator, address: string): Promise<void> {
  const input = $<HTMLInputElement>(element, '#src');
  input.value = address;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
  $(element, 'form button[type="submit"]').click();
  await element.feedSettled;
}

/** Pastes JSON text and presses “Check and use”. */
export async function pasteJson(element: PlanConfigurator, text: string): Promise<void> {
  $<HTMLTextAreaElement>(element, '#json').value = text;
  $(element, '#json ~ button').click();
  await element.feedSettled;
}

/** The element that has the keyboard focus, inside shadow roots too. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
