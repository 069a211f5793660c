import { str } from '@lit/localize';
import { msg } from '../i18n/localize.js';

/** Why a feed could not be shown. */
export type FeedErrorReason = 'no-source' | 'network' | 'timeout' | 'http' | 'not-json' | 'invalid';

export interface FeedErrorDetails {
  /** Where the feed came from: its URL, or a description of the inline source. */
  readonly source?: string;
  /** The HTTP status, for `http`. */
  readonly status?: number;
  /** What exactly is wrong: `"<JSON path>: <what is wrong>"` lines, or the parser's or network's words. */
  readonly problems?: readonly string[];
}

/**
 * What went wrong and what to check, in the interface locale `msg()` answers in: English when
 * called outside an element's render, the visitor's language inside it.
 */
export function describeFeedError(reason: FeedErrorReason, { source = '', status }: FeedErrorDetails): string {
  switch (reason) {
    case 'no-source':
      return msg('No feed was given: set the src attribute to the address of the feed.', { id: 'no-source' });
    case 'network':
      return msg(str`Could not reach ${source}. Check the address; a feed on another site must allow CORS.`, { id: 'network' });
    case 'timeout':
      return msg(str`${source} did not answer within 15 seconds. Try again later, or check the address.`, { id: 'timeout' });
    case 'http':
      return msg(str`The server answered ${status} for ${source}. Check the address.`, { id: 'http' });
    case 'not-json':
      return msg(str`${source} does not hold valid JSON.`, { id: 'not-json' });
    case 'invalid':
      return msg('The feed is not in the plan-widgets format:', { id: 'invalid' });
  }
}

/** A feed that cannot be shown; `message` says why in English, with every problem named. */
export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly reason: FeedErrorReason,
    readonly details: FeedErrorDetails = {},
  ) {
    super([describeFeedError(reason, details), details.problems?.join('; ')].join(' ').trim());
  }
}
