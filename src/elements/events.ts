/** Dispatches a bubbling, composed CustomEvent, as every event of the widget is (contract §3). */
export function emit<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
