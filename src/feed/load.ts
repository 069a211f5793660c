import { FeedError } from './errors.js';
import { parseFeedText } from './parse.js';
import type { ParsedFeed } from './parse.js';
import { saveCopy, savedCopy } from './saved-copy.js';

export interface LoadedFeed extends ParsedFeed {
  /** Set when the feed could not be fetched and this is the copy saved on an earlier visit. */
  readonly saved?: { readonly savedOn: string; readonly error: FeedError };
}

/** How long a feed may take to arrive, retries and whole body included, before it counts as unreachable. */
export const LOAD_TIMEOUT_MS = 15_000;

/** The waits before a second and a third try, after a failure that may pass: no answer, or a 5xx. */
export const RETRY_DELAYS_MS = [1000, 3000];

/** The requests in flight, by URL: widgets on one page that show the same feed share one. */
const inFlight = new Map<string, Promise<string>>();

/**
 * The text at `url`, within `LOAD_TIMEOUT_MS`. `no-cache` makes the browser ask the server whether
 * its copy is still current (`If-None-Match`, `If-Modified-Since`): a refresh of an unchanged feed
 * costs an answer of 304, and gives the same text.
 */
async function fetchText(url: string): Promise<string> {
  const request = new AbortController();
  const timer = setTimeout(() => request.abort(), LOAD_TIMEOUT_MS);
  try {
    for (let attempt = 0; ; attempt++) {
      let failure: FeedError;
      try {
        const response = await fetch(url, { signal: request.signal, cache: 'no-cache' });
        if (response.ok) return await response.text();
        failure = new FeedError('http', { source: url, status: response.status });
        if (response.status < 500) throw failure;
      } catch (error) {
        if (error instanceof FeedError) throw error;
        if (request.signal.aborted) throw new FeedError('timeout', { source: url });
        failure = new FeedError('network', { source: url, said: (error as Error).message });
      }
      if (attempt === RETRY_DELAYS_MS.length) throw failure;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fetches and validates the feed at `src`, resolved against the page, and keeps its text for the
 * next visit. When it cannot be fetched and a copy of it was kept, that copy is the answer, with
 * the error in `saved`. Every other failure is a
 * `FeedError` whose message tells the editor what to check: an address that is no URL, a server
 * that cannot be reached or answers with an error (each tried three times when it may pass), and
 * one that has not answered within `LOAD_TIMEOUT_MS`. An abort through `signal` rejects at once
 * with the AbortError; the request goes on, for the other widgets that wait for it or none, until it
 * ends or its 15 s are up. A widget that joins a request late gets what it brings, within the 15 s
 * counted from its start.
 */
export async function loadFeed(src: string, signal?: AbortSignal): Promise<LoadedFeed> {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch (error) {
    throw new FeedError('network', { source: src, said: (error as Error).message });
  }
  let shared = inFlight.get(url);
  if (shared === undefined) {
    shared = fetchText(url);
    inFlight.set(url, shared);
    const done = () => inFlight.delete(url);
    shared.then(done, done);
  }
  let text: string;
  try {
    text = await new Promise<string>((resolve, reject) => {
      const abort = () => reject(new DOMException('The load was aborted.', 'AbortError'));
      if (signal?.aborted) abort();
      signal?.addEventListener('abort', abort);
      shared.then(resolve, reject).finally(() => signal?.removeEventListener('abort', abort));
    });
  } catch (error) {
    const copy = error instanceof FeedError && savedCopy(url);
    if (!copy) throw error;
    try {
      return { ...parseFeedText(copy.text, url), saved: { savedOn: copy.savedOn, error } };
    } catch {
      // A copy that this version of the widget no longer reads: the visitor is told what failed now.
      throw error;
    }
  }
  const parsed = parseFeedText(text, url);
  saveCopy(url, text);
  return parsed;
}
