import { validateFeedText } from '../cli/validate.js';
import type { FeedValidation } from '../cli/validate.js';
import { parseFeedText } from '../feed/parse.js';
import type { PlanFeed } from '../feed/schema.js';
import type { UiLocale } from '../i18n/localize.js';

/** Where the feed being configured came from. */
export type FeedSource =
  | { readonly kind: 'url'; readonly address: string }
  | { readonly kind: 'paste' }
  | { readonly kind: 'file'; readonly name: string };

/** Why a feed's text could not be had; told in the configurator's language when it renders. */
export type LoadFailure =
  | { readonly reason: 'network'; readonly address: string }
  | { readonly reason: 'http'; readonly address: string; readonly status: number }
  | { readonly reason: 'file'; readonly name: string }
  | { readonly reason: 'no-address' };

/** A feed's text, read: what the widget and the validator make of it. */
export interface LoadedFeed {
  readonly source: FeedSource;
  readonly text: string;
  /** The JSON value, for the preview's `feed` property; undefined when the text is no JSON. */
  readonly json: unknown;
  /** The feed as the widget validates it (titles, numbers, fallback content); undefined when it cannot show it. */
  readonly feed: PlanFeed | undefined;
}

/** Reads `text` as the widget would: its JSON for the preview, and its validated feed when there is one. */
export function readFeed(source: FeedSource, text: string): LoadedFeed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  let feed: PlanFeed | undefined;
  try {
    feed = parseFeedText(text, '').feed;
  } catch {
    feed = undefined;
  }
  return { source, text, json, feed };
}

/** The feed's problems, by JSON path with line and column, in `locale`'s words: src/cli/validate.ts. */
const validations = new Map<string, FeedValidation>();
export function validation(text: string, locale: UiLocale): FeedValidation {
  const key = `${locale}\n${text}`;
  let result = validations.get(key);
  if (result === undefined) {
    result = validateFeedText(text, locale);
    // The last few only: a feed is re-checked when the language changes, and may be large.
    if (validations.size > 6) validations.delete(validations.keys().next().value!);
    validations.set(key, result);
  }
  return result;
}

/** Fetches the text at `address` (resolved against `base`), as the widget will, without a cache's stale copy. */
export async function fetchFeedText(address: string, base: string): Promise<string> {
  if (address.trim() === '') throw { reason: 'no-address' } satisfies LoadFailure;
  let response: Response;
  try {
    response = await fetch(new URL(address.trim(), base), { cache: 'no-cache' });
  } catch {
    throw { reason: 'network', address } satisfies LoadFailure;
  }
  if (!response.ok) throw { reason: 'http', address, status: response.status } satisfies LoadFailure;
  return response.text();
}

/** A file's text (chosen or dropped). */
export async function readFileText(file: File): Promise<string> {
  try {
    return await file.text();
  } catch {
    throw { reason: 'file', name: file.name } satisfies LoadFailure;
  }
}

/** Whether a thrown value is one of ours. */
export function isLoadFailure(value: unknown): value is LoadFailure {
  return typeof value === 'object' && value !== null && 'reason' in value;
}
