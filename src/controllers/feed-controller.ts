import type { ReactiveController, ReactiveElement } from 'lit';
import { FeedError } from '../feed/errors.js';
import type { LoadedFeed } from '../feed/load.js';

export type FeedState =
  | { readonly state: 'loading' }
  | ({ readonly state: 'ready' } & LoadedFeed)
  | { readonly state: 'error'; readonly error: FeedError };

/** Refresh intervals are clamped to this range, in seconds: a typo must not flood a school's server. */
const REFRESH_MIN = 10;
const REFRESH_MAX = 86_400;

/** While a copy saved on an earlier visit shows, the feed is tried again at least this often, in seconds. */
export const SAVED_COPY_RETRY = 30;

/** Seconds between refreshes for a `refresh` attribute: 0 (never) for absent, zero, negative or not a number. */
export function refreshSeconds(refresh: number | undefined): number {
  return refresh !== undefined && refresh > 0 ? Math.min(REFRESH_MAX, Math.max(REFRESH_MIN, refresh)) : 0;
}

export interface FeedSource {
  /** Reads and validates the feed; rejects with a `FeedError`, or with the abort when `signal` aborts. */
  read(signal: AbortSignal): Promise<LoadedFeed>;
  /**
   * Called once the host has rendered what a load or refresh settled on (plan-load and plan-error go
   * here); `refreshed` when figures were on screen all along (a refresh of a plan already shown).
   */
  settled(state: FeedState, refreshError: FeedError | undefined, refreshed: boolean): void;
}

/**
 * The feed's lifecycle for an element: loading, refreshing on a timer while the page is visible,
 * aborting when the element leaves the page and loading again when it comes back.
 */
export class FeedController implements ReactiveController {
  state: FeedState = { state: 'loading' };
  /** Why the last load failed while figures stay on screen: those of the load before, or a saved copy. */
  refreshError?: FeedError;

  private request?: AbortController;
  /** The last load begun: a load that a later one overtook while it waited for the render tells nothing. */
  private latest?: AbortController;
  private timer?: ReturnType<typeof setInterval>;
  private interval = 0;
  /** A load was asked for, or cut short, while the host was off the page: it runs when the host is back. */
  private owed = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly source: FeedSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.owed) void this.load(this.state.state === 'ready');
    this.startTimer();
  }

  hostDisconnected(): void {
    this.owed ||= this.request !== undefined;
    this.request?.abort();
    this.request = undefined;
    clearInterval(this.timer);
  }

  /** Refreshes every `seconds` (0: never), counted from now. */
  refreshEvery(seconds: number): void {
    if (seconds === this.interval) return;
    this.interval = seconds;
    this.startTimer();
  }

  private get showsSavedCopy(): boolean {
    return this.state.state === 'ready' && this.state.saved !== undefined;
  }

  private startTimer(): void {
    clearInterval(this.timer);
    const seconds = this.showsSavedCopy ? Math.min(this.interval || SAVED_COPY_RETRY, SAVED_COPY_RETRY) : this.interval;
    if (seconds > 0 && this.host.isConnected) {
      this.timer = setInterval(() => {
        // A refresh never cuts short a request still in flight, and waits while nobody looks.
        if (this.request === undefined && !document.hidden) void this.load(true);
      }, seconds * 1000);
    }
  }

  /**
   * Loads the feed; with `refresh` the figures on screen stay until the new ones arrive. Off the
   * page, nothing is fetched: the load waits until the host is back.
   */
  async load(refresh = false): Promise<void> {
    // Read before the state is reset: a load that ends a saved copy must stop its retries.
    const showedSavedCopy = this.showsSavedCopy;
    if (!refresh) this.state = { state: 'loading' };
    this.host.requestUpdate();
    if (!this.host.isConnected) {
      this.owed = true;
      return;
    }
    this.owed = false;
    this.request?.abort();
    const request = new AbortController();
    this.request = this.latest = request;
    const keepsFigures = this.state.state === 'ready';
    let refreshError: FeedError | undefined;
    try {
      const loaded = await this.source.read(request.signal);
      if (this.request !== request) return;
      refreshError = loaded.saved?.error;
      // A saved copy never replaces figures on screen: they are as new as it, or newer.
      if (!(refreshError && keepsFigures)) this.state = { state: 'ready', ...loaded };
    } catch (caught) {
      if (this.request !== request) return;
      const error = caught instanceof FeedError ? caught : new FeedError('invalid', { said: String(caught) });
      if (keepsFigures) refreshError = error;
      else this.state = { state: 'error', error };
    }
    this.request = undefined;
    this.refreshError = refreshError;
    if (this.showsSavedCopy !== showedSavedCopy) this.startTimer();
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (this.latest === request) this.source.settled(this.state, refreshError, keepsFigures);
  }
}
