import type { ReactiveController, ReactiveElement } from 'lit';

const HASH = /^#priority-([a-z0-9-]+)$/;

/**
 * Follows `#priority-<id>` links: on `follow()` (when the feed has loaded) and on every hash change
 * while the host is on the page, `open` opens that card, which is then scrolled into view. Every
 * hash change also updates the host, which shows its warnings while the hash is `#plan-check`.
 */
export class DeepLinkController implements ReactiveController {
  constructor(
    private readonly host: ReactiveElement,
    /** Opens the card of `id`; false when no such card is shown. */
    private readonly open: (id: string) => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.hashChanged);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.hashChanged);
  }

  private readonly hashChanged = (): void => {
    this.host.requestUpdate();
    void this.follow();
  };

  readonly follow = async (): Promise<void> => {
    const id = HASH.exec(location.hash)?.[1];
    if (id === undefined || !this.open(id)) return;
    await this.host.updateComplete;
    this.host.renderRoot.querySelector(`#priority-${id}`)?.scrollIntoView();
  };
}
