import type { ReactiveController, ReactiveElement } from 'lit';

const HASH = /^#priority-([a-z0-9-]+)$/;

/**
 * Follows `#priority-<id>` links: on `follow()` (when the feed has loaded) and on every hash change
 * while the host is on the page, `open` opens that card, which is then scrolled into view.
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
    window.addEventListener('hashchange', this.follow);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.follow);
  }

  readonly follow = async (): Promise<void> => {
    const id = HASH.exec(location.hash)?.[1];
    if (id === undefined || !this.open(id)) return;
    await this.host.updateComplete;
    this.host.renderRoot.querySelector(`#priority-${id}`)?.scrollIntoView();
  };
}
