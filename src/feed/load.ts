import { FeedError } from './errors.js';
import { parseFeedText } from './parse.js';
import type { ParsedFeed } from './parse.js';

/**
 * Fetches and validates the feed at `url` (already resolved against the page). Every failure is a
 * `FeedError` whose message tells the editor what to check; an abort rejects with the AbortError.
 */
export async function loadFeed(url: string, signal?: AbortSignal): Promise<ParsedFeed> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FeedError('network', { source: url, problems: [(error as Error).message] });
  }
  if (!response.ok) {
    throw new FeedError('http', { source: url, status: response.status });
  }
  return parseFeedText(await response.text(), url);
}
