import { FeedError } from './errors.js';
import { parseFeedText } from './parse.js';
import type { ParsedFeed } from './parse.js';

/** How long a feed may take to arrive, whole body included, before it counts as unreachable. */
export const LOAD_TIMEOUT_MS = 15_000;

/**
 * Fetches and validates the feed at `src`, resolved against the page. Every failure is a
 * `FeedError` whose message tells the editor what to check, an address that is no URL and a server
 * that has not answered within `LOAD_TIMEOUT_MS` included; an abort through `signal` rejects with
 * the AbortError.
 */
export async function loadFeed(src: string, signal?: AbortSignal): Promise<ParsedFeed> {
  let url = src;
  const request = new AbortController();
  const abort = () => request.abort();
  signal?.addEventListener('abort', abort);
  const timer = setTimeout(abort, LOAD_TIMEOUT_MS);
  let text: string;
  try {
    url = new URL(src, document.baseURI).href;
    const response = await fetch(url, { signal: request.signal });
    if (!response.ok) throw new FeedError('http', { source: url, status: response.status });
    text = await response.text();
  } catch (error) {
    if (signal?.aborted || error instanceof FeedError) throw error;
    throw request.signal.aborted
      ? new FeedError('timeout', { source: url })
      : new FeedError('network', { source: url, problems: [(error as Error).message] });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
  return parseFeedText(text, url);
}
