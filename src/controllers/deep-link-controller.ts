import type { ReactiveController, ReactiveElement } from 'lit';

const HASH = /^#priority-([a-z0-9-]+)$/;
const STATUS_HASH = /^#status-([a-z-]+)$/;

/**
 * Follows the page's URL hash. `#priority-<id>` links: on `follow()` (when the feed has loaded) and
 * on every hash change while the host is on the page, `open` opens that card, which is then scrolled
 * into view and its button focused. `#status-<status>`: when the host connects and at every hash
 * change, `filter` is given the status the hash names, or undefined when it names none (any other
 * hash shows every status again). Every hash change also updates the host, which shows its warnings
 * while the hash is `#plan-check`.
 */
export class DeepLinkController implements ReactiveController {
  constructor(
    private readonly host: ReactiveElement,
    /** Opens the card of `id`; false when no such card is shown. */
    private readonly open: (id: string) => boolean,
    /** Shows only the priorities of `status`, or all of them when it is undefined. */
    private readonly filter: (status: string | undefined) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.hashChanged);
    this.filterByHash();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.hashChanged);
  }

  private readonly hashChanged = (): void => {
    this.host.requestUpdate();
    this.filterByHash();
    void this.follow(true);
  };

  private filterByHash(): void {
    this.filter(STATUS_HASH.exec(location.hash)?.[1]);
  }

  /**
   * Puts `#status-<status>` in the page's address, or takes the hash out for none, so that a link
   * to the page opens the same view. The history entry is replaced: Back leaves the page, as it
   * would have before the visitor chose. An editor's `#plan-check` stays, and the check with it.
   */
  setStatusHash(status: string | undefined): void {
    if (location.hash === '#plan-check') return;
    const page = location.href.replace(/#.*/, '');
    try {
      history.replaceState(history.state, '', status === undefined ? page : `${page}#status-${status}`);
    } catch {
      // A sandboxed frame may not rewrite its address: the view changes all the same.
    }
  }

  /**
   * Opens the card the hash names. A link the visitor follows (`fromLink`) also brings it into view
   * and focuses its button; a load (the first, a new `src`, a retry) does so only while the page's
   * focus is nowhere else, so that a visitor typing elsewhere is not moved.
   */
  readonly follow = async (fromLink = false): Promise<void> => {
    const id = HASH.exec(location.hash)?.[1];
    if (id === undefined || !this.open(id)) return;
    await this.host.updateComplete;
    const card = this.host.renderRoot.querySelector<ReactiveElement>(`#priority-${id}`);
    await card?.updateComplete;
    // At load, a browser scrolls to the hash's target itself, and Firefox, finding none in the page,
    // scrolls back to the top: the card is scrolled to after that.
    if (document.readyState !== 'complete') await new Promise((loaded) => addEventListener('load', loaded, { once: true }));
    const active = document.activeElement;
    const focusIsFree = !active || active === document.body || (this.host.getRootNode() as Document).activeElement === this.host;
    if (!card || location.hash !== `#priority-${id}` || !(fromLink || focusIsFree)) return;
    card.scrollIntoView();
    // The browser cannot move its focus starting point into a shadow root: the next Tab would skip the card.
    card.shadowRoot?.querySelector('button')?.focus({ preventScroll: true });
  };
}
