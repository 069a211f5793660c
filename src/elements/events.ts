import type { PlanFeed, Status } from '../feed/schema.js';
import type { FeedError } from '../feed/errors.js';

/** The `detail` of each event the elements fire, by event name. */
export interface PlanEventDetails {
  /** On every successful load and refresh: the validated feed and what was left out of it. */
  'plan-load': { readonly feed: PlanFeed; readonly warnings: readonly string[] };
  /** When the feed cannot be shown, or a refresh failed. */
  'plan-error': { readonly error: FeedError };
  /** Once per card that opens or closes. */
  'plan-toggle': { readonly id: string; readonly expanded: boolean };
  /** When a visitor picks a language in the switcher. */
  'plan-language': { readonly lang: string };
  /** When the visitor shows only the priorities of a status, or all again (`statuses` empty). */
  'plan-filter': { readonly statuses: readonly Status[] };
  /**
   * A card asks to open or close. Cancelable: whoever owns the card's state (a `<plan-summary>`)
   * cancels it and decides; a card whose request nobody cancels changes itself.
   */
  'plan-toggle-request': { readonly id: string; readonly expanded: boolean };
}

export type PlanEventName = keyof PlanEventDetails;
export type PlanEvent<K extends PlanEventName> = CustomEvent<PlanEventDetails[K]>;
export type PlanLoadEvent = PlanEvent<'plan-load'>;
export type PlanErrorEvent = PlanEvent<'plan-error'>;
export type PlanToggleEvent = PlanEvent<'plan-toggle'>;
export type PlanLanguageEvent = PlanEvent<'plan-language'>;
export type PlanFilterEvent = PlanEvent<'plan-filter'>;
export type PlanToggleRequestEvent = PlanEvent<'plan-toggle-request'>;

/**
 * Dispatches a bubbling, composed event, as every event of the widget is. Returns false when a
 * listener cancelled it (only the cancelable toggle request can be).
 */
export function emit<K extends PlanEventName>(target: EventTarget, type: K, detail: PlanEventDetails[K]): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: type === 'plan-toggle-request' }),
  );
}

declare global {
  interface HTMLElementEventMap {
    'plan-load': PlanLoadEvent;
    'plan-error': PlanErrorEvent;
    'plan-toggle': PlanToggleEvent;
    'plan-language': PlanLanguageEvent;
    'plan-filter': PlanFilterEvent;
    'plan-toggle-request': PlanToggleRequestEvent;
  }
}
