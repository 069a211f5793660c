import { FEED_ENVELOPE, MAX_PRIORITIES, PRIORITY } from './schema.js';
import type { Field, ListField, NumberedPriority, ObjectField, PlanFeed, PlanInfo, PlanPriority } from './schema.js';
import { FeedError } from './errors.js';

export interface ParsedFeed {
  readonly feed: PlanFeed;
  /** `"<JSON path>: <what is wrong>"` for each field dropped and each priority left out. */
  readonly warnings: readonly string[];
}

/**
 * Reads `value` as `field`, leniently (docs/feed-format.md): a broken value is reported in `problems` as
 * `"<path>: <what is wrong>"` and read as absent (`undefined`), so that its owner can do without it.
 * Each leaf is its own test; this walker handles objects, lists, absent fields and defaults.
 */
function read(field: Field, value: unknown, path: string, problems: string[]): unknown {
  switch (field.kind) {
    case 'object':
      return readObject(field as ObjectField, value, path, problems);
    case 'list':
      return readList(field, value, path, problems);
    default:
      // A text object is copied, so that freezing the feed (parseFeed) never freezes the page's own data.
      if (field.test(value)) return typeof value === 'object' ? { ...value } : value;
      problems.push(`${path}: ${field.message}`);
      return undefined;
  }
}

/** An object without one of its required fields is broken; its other broken fields are just dropped. */
function readObject(field: ObjectField, value: unknown, path: string, problems: string[]): object | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const names = field.required.map((key) => `"${key}"`).join(', ');
    problems.push(`${path || '(feed)'}: expected an object with ${names}`);
    return undefined;
  }
  const output: Record<string, unknown> = {};
  let complete = true;
  for (const [key, fieldOfKey] of Object.entries(field.fields)) {
    const keyPath = path ? `${path}.${key}` : key;
    const given = (value as Record<string, unknown>)[key];
    const required = field.required.includes(key);
    if (given === undefined && required) problems.push(`${keyPath}: required, but missing`);
    const checked = given === undefined ? undefined : read(fieldOfKey, given, keyPath, problems);
    const fieldValue = checked === undefined ? field.defaults[key] : checked;
    if (fieldValue !== undefined) output[key] = fieldValue;
    else if (required) complete = false;
  }
  return complete ? output : undefined;
}

/** A broken entry is dropped from its list; the list itself is broken only when it is not one. */
function readList(field: ListField, value: unknown, path: string, problems: string[]): unknown[] | undefined {
  if (!Array.isArray(value)) {
    problems.push(`${path}: expected a list`);
    return undefined;
  }
  if (value.length === 0 && field.emptyMessage !== undefined) {
    problems.push(`${path}: ${field.emptyMessage}`);
    return undefined;
  }
  if (value.length > field.max) {
    problems.push(`${path}: ${value.length} entries, more than the ${field.max} read; the rest are left out`);
  }
  return value
    .slice(0, field.max)
    .map((entry, index) => read(field.item, entry, `${path}[${index}]`, problems))
    .filter((entry) => entry !== undefined);
}

/** Problems kept for the event, the console and the error list: a feed broken everywhere must flood none. */
const MAX_PROBLEMS = 200;

const capped = (problems: string[]) =>
  problems.length > MAX_PROBLEMS
    ? [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more problems`]
    : problems;

/**
 * Validates a parsed JSON value as a version 1 feed, leniently per field (docs/feed-format.md). A broken
 * envelope or plan title, or no valid priority, throws a `FeedError` naming every problem; a
 * priority with a broken or repeated id or a broken title is left out with a warning, and any other
 * broken field is dropped with a warning. Shown priorities keep their positions in the feed.
 */
export function parseFeed(input: unknown): ParsedFeed {
  const problems: string[] = [];
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
    if (seen.has(priority.id)) {
      problems.push(`${path}.id: "${priority.id}" repeats an earlier id`);
      continue;
    }
    seen.add(priority.id);
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
 * Parses feed text; text that is not JSON throws a `FeedError` naming where it broke, and so does a
 * text over 5 MB.
 */
export function parseFeedText(text: string, source: string): ParsedFeed {
  // A UTF-16 unit is at most three bytes of UTF-8: only a text that long needs counting.
  const bytes = text.length * 3 > MAX_FEED_BYTES ? new Blob([text]).size : 0;
  if (bytes > MAX_FEED_BYTES) {
    const megabytes = (bytes / 1e6).toFixed(1);
    throw new FeedError('invalid', { source, problems: [`(feed): ${megabytes} MB, more than the 5 MB a feed may hold`] });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FeedError('not-json', { source, problems: [(error as Error).message] });
  }
  return parseFeed(json);
}
