import { validateFeedText } from '../cli/validate.js';
import type { FeedValidation } from '../cli/validate.js';
import { parseFeedText } from '../feed/parse.js';
import type { PlanFeed } from '../feed/schema.js';
import type { UiLocale } from '../i18n/localize.js';
import type { SpreadsheetFile, SpreadsheetImport } from './spreadsheet.js';
import { memo } from '../memo.js';

/** Where the feed being configured came from. */
export type FeedSource =
  | { readonly kind: 'url'; readonly address: string }
  | { readonly kind: 'paste' }
  | { readonly kind: 'file'; readonly name: string }
  | { readonly kind: 'spreadsheet'; readonly names: readonly string[] };

/** Why a feed's text could not be had; told in the configurator's language when it renders. */
export type LoadFailure =
  | { readonly reason: 'network'; readonly address: string }
  | { readonly reason: 'http'; readonly address: string; readonly status: number }
  | { readonly reason: 'file'; readonly name: string }
  | { readonly reason: 'spreadsheet-code' }
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
  return memo(validations, `${locale}\n${text}`, () => {
    // The last few only: a feed is re-checked when the language changes, and may be large.
    if (validations.size > 6) validations.delete(validations.keys().next().value!);
    return validateFeedText(text, locale);
  });
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

/** A file's bytes (chosen or dropped). */
export async function readFileBytes(file: File): Promise<SpreadsheetFile> {
  try {
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    throw { reason: 'file', name: file.name } satisfies LoadFailure;
  }
}

/** A file's text, as `File.text()` reads it: UTF-8, without a byte order mark. */
export const fileText = ({ bytes }: SpreadsheetFile): string => new TextDecoder().decode(bytes);

/**
 * A spreadsheet, as `plan-widgets import` tells one: an .xlsx workbook by its name or its first
 * bytes (a zip file), an .xls one (to say it must be saved as .xlsx), or a CSV file; else a feed.
 */
export const isSpreadsheetFile = ({ name, bytes }: SpreadsheetFile): boolean =>
  isSpreadsheetName(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b);

/** A spreadsheet's file name: .xlsx, .xlsm, .xls, .csv, .tsv. */
export const isSpreadsheetName = (name: string): boolean => /\.(xls[xm]?|csv|tsv)$/i.test(name);

/**
 * Reads spreadsheet files into a feed with src/configurator/spreadsheet.ts, loaded here, the first
 * time a spreadsheet is given: it is its own file in dist/configurator/, with the libraries that
 * read .xlsx and CSV files, which an editor who loads a .json feed never downloads.
 */
export async function importSpreadsheet(files: readonly SpreadsheetFile[], locale: UiLocale): Promise<SpreadsheetImport> {
  let code: typeof import('./spreadsheet.js');
  try {
    code = await import('./spreadsheet.js');
  } catch {
    throw { reason: 'spreadsheet-code' } satisfies LoadFailure;
  }
  return code.importSpreadsheet(files, locale);
}

/** Whether a thrown value is one of ours. */
export function isLoadFailure(value: unknown): value is LoadFailure {
  return typeof value === 'object' && value !== null && 'reason' in value;
}
