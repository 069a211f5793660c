import { str } from '@lit/localize';
import { msg } from '../i18n/localize.js';
import { FEED_ENVELOPE, MAX_PRIORITIES, PRIORITY } from './schema.js';
import type { Field, ListField, Message, NumberedPriority, ObjectField, PlanFeed, PlanInfo, PlanPriority } from './schema.js';
import { FeedError } from './errors.js';
import type { Problem } from './errors.js';

export interface ParsedFeed {
  readonly feed: PlanFeed;
  /** Each field dropped and each priority left out (`problemText` says one in English). */
  readonly warnings: readonly Problem[];
}

const problem = (path: string, message: Message): Problem => ({ path, message });

/** Said of a required field that is absent (also by the command line's spreadsheet import). */
export const missing = () => msg('required, but missing', { id: 'missing' });

/**
 * Reads `value` as `field`, leniently (docs/feed-format.md): a broken value is reported in `problems`
 * with its path and read as absent (`undefined`), so that its owner can do without it.
 * Each leaf is its own test; this walker handles objects, lists, absent fields and defaults.
 */
function read(field: Field, value: unknown, path: string, problems: Problem[]): unknown {
  switch (field.kind) {
    case 'object':
      return readObject(field as ObjectField, value, path, problems);
    case 'list':
      return readList(field, value, path, problems);
    default:
      // A text object is copied, so that freezing the feed (parseFeed) never freezes the page's own data.
      if (field.test(value)) return typeof value === 'object' ? { ...value } : value;
      problems.push(problem(path, field.message));
      return undefined;
  }
}

/** An object without one of its required fields is broken; its other broken fields are just dropped. */
function readObject(field: ObjectField, value: unknown, path: string, problems: Problem[]): object | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const names = field.required.map((key) => `"${key}"`).join(', ');
    problems.push(problem(path || '(feed)', () => msg(str`expected an object with ${names}`, { id: 'expected-object' })));
    return undefined;
  }
  const output: Record<string, unknown> = {};
  let complete = true;
  for (const [key, fieldOfKey] of Object.entries(field.fields)) {
    const keyPath = path ? `${path}.${key}` : key;
    const given = (value as Record<string, unknown>)[key];
    const required = field.required.includes(key);
    if (given === undefined && required) problems.push(problem(keyPath, missing));
    const checked = given === undefined ? undefined : read(fieldOfKey, given, keyPath, problems);
    const fieldValue = checked === undefined ? field.defaults[key] : checked;
    if (fieldValue !== undefined) output[key] = fieldValue;
    else if (required) complete = false;
  }
  return complete ? output : undefined;
}

/** A broken entry is dropped from its list; the list itself is broken only when it is not one. */
function readList(field: ListField, value: unknown, path: string, problems: Problem[]): unknown[] | undefined {
  if (!Array.isArray(value)) {
    problems.push(problem(path, () => msg('expected a list', { id: 'expected-list' })));
    return undefined;
  }
  if (value.length === 0 && field.emptyMessage !== undefined) {
    problems.push(problem(path, field.emptyMessage));
    return undefined;
  }
  const { length } = value;
  if (length > field.max) {
    const { max } = field;
    problems.push(
      problem(path, () => msg(str`${length} entries, more than the ${max} read; the rest are left out`, { id: 'over-limit' })),
    );
  }
  const entries = value.slice(0, field.max).map((entry, index) => read(field.item, entry, `${path}[${index}]`, problems));
  // Filtered only when needed: an array that filter() grows keeps room for more entries, which a
  // thousand priorities' lists of actions and measures pay for in memory (npm run bench: JS heap).
  return entries.includes(undefined) ? entries.filter((entry) => entry !== undefined) : entries;
}

/** Problems kept for the event, the console and the error list: a feed broken everywhere must flood none. */
const MAX_PROBLEMS = 200;

const capped = (problems: Problem[]) => {
  const more = problems.length - MAX_PROBLEMS;
  return more > 0
    ? [...problems.slice(0, MAX_PROBLEMS), problem('', () => msg(str`… and ${more} more problems`, { id: 'more-problems' }))]
    : problems;
};

/**
 * Validates a parsed JSON value as a version 1 feed, leniently per field (docs/feed-format.md). A broken
 * envelope or plan title, or no valid priority, throws a `FeedError` naming every problem; a
 * priority with a broken or repeated id or a broken title is left out with a warning, and any other
 * broken field is dropped with a warning. Shown priorities keep their positions in the feed.
 */
export function parseFeed(input: unknown): ParsedFeed {
  const problems: Problem[] = [];
  const envelope = read(FEED_ENVELOPE, input, '', problems) as { plan: PlanInfo } | undefined;
  if (envelope === undefined) throw new FeedError('invalid', { problems: capped(problems) });

  const priorities: NumberedPriority[] = [];
  const seen = new Set<string>();
  // The envelope checked the list as a list (there, not empty, within the limit); its entries are
  // read here from the input, since the envelope's list has dropped what is undefined: an empty slot
  // (`[, {…}]` or `undefined` in a `feed` object) is a broken priority, and the next keeps its number.
  const given = (input as { priorities: unknown[] }).priorities.slice(0, MAX_PRIORITIES);
  for (const [index, raw] of given.entries()) {
    const path = `priorities[${index}]`;
    const priority = read(PRIORITY, raw, path, problems) as PlanPriority | undefined;
    if (priority === undefined) continue;
    const { id } = priority;
    if (seen.has(id)) {
      problems.push(problem(`${path}.id`, () => msg(str`"${id}" repeats an earlier id`, { id: 'repeated-id' })));
      continue;
    }
    seen.add(id);
    priorities.push({ ...priority, number: index + 1 });
  }

  if (priorities.length === 0) throw new FeedError('invalid', { problems: capped(problems) });
  return frozen({ feed: { version: 1, plan: envelope.plan, priorities }, warnings: capped(problems) });
}

/**
 * Frozen all the way down: the feed goes out in `plan-load`, and a listener that changed it would
 * change what the widget shows. Every object in it is the parser's own (`read` copies).
 */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) Object.values(Object.freeze(value)).forEach(frozen);
  return value;
}

/** The most feed text read, in bytes of UTF-8 (docs/feed-format.md). */
const MAX_FEED_BYTES = 5_000_000;

/**
 * Where `JSON.parse` stopped reading `text`, from the words it threw: Firefox and current Chromium
 * say "line L column C", Chromium before version 115 only "position N" (a UTF-16 offset), Safari
 * neither (undefined then).
 */
export function syntaxErrorPlace(text: string, said: string): { line: number; column: number } | undefined {
  const [, line, column] = /line (\d+) column (\d+)/.exec(said) ?? [];
  if (line !== undefined) return { line: Number(line), column: Number(column) };
  const [, position] = /position (\d+)/.exec(said) ?? [];
  if (position === undefined) return undefined;
  const lines = text.slice(0, Number(position)).split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/**
 * Parses feed text; text that is not JSON throws a `FeedError` saying where it broke, and so does a
 * text over 5 MB.
 */
export function parseFeedText(text: string, source: string): ParsedFeed {
  // A UTF-16 unit is at most three bytes of UTF-8: only a text that long needs counting.
  const bytes = text.length * 3 > MAX_FEED_BYTES ? new Blob([text]).size : 0;
  if (bytes > MAX_FEED_BYTES) {
    const megabytes = (bytes / 1e6).toFixed(1);
    const tooLarge = () => msg(str`${megabytes} MB, more than the 5 MB a feed may hold`, { id: 'too-large' });
    throw new FeedError('invalid', { source, problems: [problem('(feed)', tooLarge)] });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const said = (error as Error).message;
    throw new FeedError('not-json', { source, ...syntaxErrorPlace(text, said), said });
  }
  return parseFeed(json);
}
