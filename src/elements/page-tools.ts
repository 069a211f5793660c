/**
 * The accessibility toolbars of government sites read aloud, caption and enlarge the text under the
 * pointer: they listen for `mouseover` on `document` and read `event.target.innerText`. For anything
 * in a shadow root that target is the outermost host, whose own text is empty. So each outermost
 * element keeps one light-DOM child, slotted into its shadow root out of sight, that holds the text
 * of the element under the pointer, set before the event reaches any listener of the page: the host's
 * `innerText` is then that text. Their exit notices hear `click` on `document` and look for the link
 * with `event.target.closest('a')`: a click on a link of the widget reaches them as a click on a
 * light-DOM copy of that link (passLinkClick). docs/page-tools.md says why this way.
 */
const SLOT = 'hovered-text';

/**
 * Each outermost element's holder of the hovered text. It joins the element at the first hover, not
 * before: a framework that hydrates the element's children finds them as it rendered them.
 */
const hoveredTextHolders = new WeakMap<Element, HTMLElement>();

/** The children the widget adds to the page's elements (the holders, the copies of links): watchers of their content skip them. */
export const ownChildren = new WeakSet<Node>();

function showHoveredText(event: Event): void {
  const host = event.target as HTMLElement;
  const holder = hoveredTextHolders.get(host);
  if (holder === undefined) return;
  const hovered = event.composedPath()[0] as HTMLElement;
  // Again after a framework has emptied the element.
  if (holder.parentNode !== host) host.append(holder);
  // The host's own box (a page's padding on it) holds no text of the widget. An SVG shape has no
  // innerText: textContent takes its undefined as null, which empties it.
  holder.textContent = hovered === host ? '' : hovered.innerText;
  // Laid out now: Firefox's innerText of the host does not lay out a changed slotted text, and reads ''.
  void holder.offsetWidth;
}

/** Makes `host`, an outermost element, readable by page tools; `root` is its shadow root. */
export function exposeHoveredText(host: HTMLElement, root: HTMLElement | DocumentFragment): void {
  const slot = document.createElement('slot');
  slot.name = SLOT;
  root.append(slot);
  const holder = document.createElement('span');
  holder.slot = SLOT;
  // Screen readers read the shadow content itself, and find-in-page finds it there.
  holder.setAttribute('aria-hidden', 'true');
  holder.setAttribute('inert', '');
  hoveredTextHolders.set(host, holder);
  ownChildren.add(holder);
}

/**
 * A click (or a middle click's `auxclick`) on a link of the widget: the page hears it, instead, as
 * the same click on a copy of the link, an unslotted (so never shown) child of the outermost element
 * for as long as the page's listeners take. The copy's own navigation is cancelled after the page's
 * last listener; when the page has cancelled the copy's click, or stopped it on the way without
 * cancelling it (the copy navigated then), the link's click is cancelled too. Otherwise the link
 * follows its click as the browser does, with its modifier keys, button and target.
 */
function passLinkClick(event: MouseEvent): void {
  const host = event.target as HTMLElement;
  const path = event.composedPath();
  const link = path.slice(0, path.indexOf(host)).find((node) => node instanceof HTMLAnchorElement) as Element | undefined;
  if (link === undefined || !hoveredTextHolders.has(host)) return;
  event.stopImmediatePropagation();
  const copy = link.cloneNode(true) as Element;
  ownChildren.add(copy);
  host.append(copy);
  let passed = false;
  const last = (heard: Event) => {
    passed = !heard.defaultPrevented;
    heard.preventDefault();
  };
  addEventListener(event.type, last);
  copy.dispatchEvent(new MouseEvent(event.type, event));
  removeEventListener(event.type, last);
  copy.remove();
  if (!passed) event.preventDefault();
}

/**
 * Follows the pointer and the clicks on links while any element of the widget is on the page
 * (`true`), or stops (`false`). Captured at the window, before any listener of the page, also one
 * capturing on `document`.
 */
export function followPointer(follow: boolean): void {
  const listen = follow ? addEventListener : removeEventListener;
  listen('mouseover', showHoveredText, true);
  listen('click', passLinkClick as EventListener, true);
  listen('auxclick', passLinkClick as EventListener, true);
}
