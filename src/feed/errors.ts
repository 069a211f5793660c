import { str } from '@lit/localize';
import { msg, renderInLocale } from '../i18n/localize.js';

/** Why a feed could not be shown: a stable code for scripts (docs/feed-format.md#errors). */
export type FeedErrorReason = 'no-source' | 'network' | 'timeout' | 'http' | 'not-json' | 'invalid';

/**
 * One thing wrong with a feed: where (its JSON path; `(feed)` for the feed as a whole, empty for
 * the line that counts the problems not listed), and what was expected there, said in the locale
 * `msg()` answers in when `message` is called.
 */
export interface Problem {
  readonly path: string;
  readonly message: () => string;
}

/** `"<JSON path>: <what is wrong>"` in English, as `plan-load`, the console and `error.message` say it. */
export const problemText = ({ path, message }: Problem): string => (path ? `${path}: ` : '') + renderInLocale('en', message);

export interface FeedErrorDetails {
  /** Where the feed came from: its URL, or a description of the inline source. */
  readonly source?: string;
  /** The HTTP status, for `http`. */
  readonly status?: number;
  /** Where the text stops being JSON, for `not-json`, when the browser says (1-based). */
  readonly line?: number;
  readonly column?: number;
  /** What exactly is wrong, for `invalid`: each problem with its JSON path. */
  readonly problems?: readonly Problem[];
  /** The browser's own words (its JSON parser's or network's), for the console: often English whatever the page. */
  readonly said?: string;
}

/** One short, calm sentence for a visitor, in the interface locale `msg()` answers in. */
export function visitorMessage(reason: FeedErrorReason): string {
  if (reason === 'network') return msg('The plan could not be loaded. Please try again.', { id: 'error-network' });
  if (reason === 'timeout') return msg('The plan is taking too long to load. Please try again later.', { id: 'error-timeout' });
  return msg('The plan cannot be shown right now.', { id: 'error-shown' });
}

/**
 * What went wrong and what to check, for the site's editor, in the interface locale `msg()` answers
 * in: English when called outside an element's update, the widget's language inside it.
 */
export function describeFeedError(reason: FeedErrorReason, { source = '', status, line, column }: FeedErrorDetails): string {
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
      return line === undefined
        ? msg(str`${source} does not hold valid JSON; the browser did not say where it breaks.`, { id: 'not-json-somewhere' })
        : msg(str`${source} does not hold valid JSON: it breaks at line ${line}, column ${column}.`, { id: 'not-json-at' });
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
    super(
      [
        renderInLocale('en', () => describeFeedError(reason, details)),
        details.problems?.map(problemText).join('; '),
        details.said,
      ]
        .filter(Boolean)
        .join(' '),
    );
  }
}
