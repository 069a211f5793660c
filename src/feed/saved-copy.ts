/*
 * The last feed that loaded from each URL, kept in the page origin's localStorage, so that a
 * visitor whose network or the school's server fails still reads the plan, with a note saying
 * which day the copy is from.
 */

/**
 * Feeds longer than this (in UTF-16 units, as storage counts them) are not kept: the site's own
 * storage shares the origin's five or so megabytes. A plan of ten priorities in three languages is
 * about 30,000.
 */
export const SAVED_COPY_MAX_LENGTH = 256 * 1024;

export interface SavedCopy {
  /** The day the copy was saved, in the visitor's time zone (`YYYY-MM-DD`). */
  readonly savedOn: string;
  readonly text: string;
}

const storageKey = (url: string) => `plan-widgets:${url}`;

/**
 * Keeps `text` as the copy of the feed at `url`, saved today. The copy before it goes first: a feed
 * too long to keep, or storage that is full, must not leave an older copy to pass for the last one.
 * Storage that is full, or off (privacy modes, blocked site data), keeps nothing and says nothing.
 */
export function saveCopy(url: string, text: string): void {
  const now = new Date();
  const savedOn = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  const entry = JSON.stringify([savedOn, text]);
  try {
    // Widgets sharing a request, and refreshes of an unchanged feed, find the copy already there.
    if (localStorage.getItem(storageKey(url)) === entry) return;
    localStorage.removeItem(storageKey(url));
    if (text.length <= SAVED_COPY_MAX_LENGTH) localStorage.setItem(storageKey(url), entry);
  } catch {
    // Full, or not allowed here: the widget works without a copy.
  }
}

/** The copy kept for `url`, if storage holds one and can be read. */
export function savedCopy(url: string): SavedCopy | undefined {
  try {
    // No entry is null, which JSON.parse reads as "null": destructuring that throws.
    const [savedOn, text] = JSON.parse(localStorage.getItem(storageKey(url))!) as [string, unknown];
    return typeof text === 'string' ? { savedOn, text } : undefined;
  } catch {
    // Nothing kept, storage not allowed, or an entry that is not ours.
    return undefined;
  }
}
