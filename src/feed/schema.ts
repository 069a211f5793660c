/**
 * The feed format, version 1.1 (docs/feed-format.md). The tables at the end of this file are the
 * single source of the TypeScript types, the runtime validation (parse.ts walks them) and
 * `dist/plan-feed.schema.json` (vite.config.ts turns them into a valibot schema, then into JSON
 * Schema). Every message here is what an editor reads after the JSON path, so each says what was
 * expected, through `msg()`: the widget and the command line say it in the editor's language.
 *
 * A leaf is only its test and its message: valibot is used at build time, for the JSON Schema, so
 * that neither a visitor nor a bundler app downloads it (it would take the bundle over its size
 * budget for no check of its own: every check is one of the tests below).
 */

import { str } from '@lit/localize';
import { msg } from '../i18n/localize.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9-]+$/;
export const ID_PATTERN = ID.source;

/** `YYYY-MM-DD` naming a day that exists: `2024-02-30` and `2024-13-01` are no dates. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return ISO_DATE.test(value) && time === time && new Date(time).toISOString().startsWith(value);
}

/**
 * What may follow the date of a date-time: nothing, or `T08:30` with optional seconds and zone
 * (`Z`, `+08:00`), every hour, minute and offset one that exists.
 */
export const TIME_SUFFIX = /^(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?$/;

/** A calendar date, or a date-time on one (`2024-01-15T08:30`, seconds and zone optional). */
export function isCalendarDateTime(value: unknown): value is string {
  return typeof value === 'string' && isCalendarDate(value.slice(0, 10)) && TIME_SUFFIX.test(value.slice(10));
}

/** A string, or an object from BCP 47 language tags to strings with at least one entry. */
export function isText(value: unknown): value is string | Record<string, string> {
  if (typeof value === 'string') return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const texts = Object.values(value);
  return texts.length > 0 && texts.every((entry) => typeof entry === 'string');
}

export const STATUSES = ['not-started', 'in-progress', 'on-track', 'at-risk', 'off-track', 'done'] as const;

// The tests of single values. Each is a type guard, so that the types follow from the tables;
// vite.config.ts says what each means in JSON Schema.
export const isString = (value: unknown): value is string => typeof value === 'string';
// Finite only: JSON.parse reads 1e999 as Infinity, which no figure can be.
export const isNumber = (value: unknown): value is number => Number.isFinite(value);
export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
export const isId = (value: unknown): value is string => isString(value) && ID.test(value);
export const isPercent = (value: unknown): value is number => isNumber(value) && value >= 0 && value <= 100;
export const isPositive = (value: unknown): value is number => isNumber(value) && value > 0;
export const isStatus = (value: unknown): value is Status => STATUSES.includes(value as Status);
export const isFeedVersion = (value: unknown): value is 1 => value === 1;

/**
 * How statuses are derived (docs/feed-format.md): from shares of the expected progress, on track
 * from `onTrack` % and at risk from `atRisk` %; or from percentage points behind it, at risk from
 * `atRisk` and behind from `offTrack`. The later stage needs no less than the earlier one.
 */
export type StatusRule =
  { basis: 'ratio'; onTrack: number; atRisk: number } | { basis: 'points'; atRisk: number; offTrack: number };

export function isStatusRule(value: unknown): value is StatusRule {
  const rule = value as Record<string, unknown> | null;
  if (typeof rule !== 'object' || rule === null) return false;
  const [first, second] =
    rule.basis === 'ratio' ? [rule.atRisk, rule.onTrack] : rule.basis === 'points' ? [rule.atRisk, rule.offTrack] : [];
  return isPercent(first) && isPercent(second) && first <= second;
}

/**
 * What an editor reads after a JSON path, in the interface locale `msg()` answers in when it is
 * called (errors.ts `Problem`): each is translated in xliff/.
 */
export type Message = () => string;

/** A single value of the feed, checked by one test and described by one message when it fails. */
export interface LeafField<T = unknown> {
  readonly kind: 'leaf';
  readonly test: (value: unknown) => value is T;
  readonly message: Message;
}

const leaf = <T>(test: (value: unknown) => value is T, message: Message): LeafField<T> => ({ kind: 'leaf', test, message });

const STATUS_LIST = STATUSES.map((s) => `"${s}"`).join(', ');

const text = leaf(isText, () => msg('expected a string or {"<language>": string}', { id: 'expected-text' }));
const isoDate = leaf(isCalendarDate, () => msg('expected an ISO date (YYYY-MM-DD)', { id: 'expected-date' }));
const isoDateOrDateTime = leaf(isCalendarDateTime, () => msg('expected an ISO date or date-time', { id: 'expected-date-time' }));
const id = leaf(isId, () => msg('expected an id made of a-z, 0-9 and "-"', { id: 'expected-id' }));
const status = leaf(isStatus, () => msg(str`expected one of ${STATUS_LIST}`, { id: 'expected-status' }));
const percent = leaf(isPercent, () => msg('expected a number from 0 to 100', { id: 'expected-percent' }));
const weight = leaf(isPositive, () => msg('expected a number greater than 0', { id: 'expected-positive' }));
const number = leaf(isNumber, () => msg('expected a number', { id: 'expected-number' }));
const boolean = leaf(isBoolean, () => msg('expected true or false', { id: 'expected-boolean' }));
const string = leaf(isString, () => msg('expected a string', { id: 'expected-string' }));
const url = leaf(isString, () => msg('expected a URL', { id: 'expected-url' }));
const languageTag = leaf(isString, () => msg('expected a language tag such as "zh-Hans"', { id: 'expected-language' }));
const statusRule = leaf(isStatusRule, () =>
  msg('expected "basis" "ratio" with "onTrack" ≥ "atRisk", or "points" with "offTrack" ≥ "atRisk", each 0–100', {
    id: 'expected-status-rule',
  }),
);
const version = leaf(isFeedVersion, () => msg('expected 1 (this widget reads feed version 1)', { id: 'expected-version' }));
/** Priorities as the envelope sees them: parse.ts reads each on its own. */
const isAnything = (_value: unknown): _value is unknown => true;
const unchecked = leaf(isAnything, () => '');

/** A value of the feed: a leaf, a list or an object. */
export type Field = LeafField | ListField | ObjectField;

/** A JSON array; each entry is validated on its own, so a broken one can be dropped alone. */
export interface ListField<Item extends Field = Field> {
  readonly kind: 'list';
  readonly item: Item;
  /** Entries read at most: those beyond are left out with a warning, unread. */
  readonly max: number;
  /** Said when the list is empty, for a list that is as bad empty as absent. */
  readonly emptyMessage?: Message;
}

/**
 * A JSON object; fields not listed are ignored. Its messages are made from its required fields
 * (parse.ts), since the JSON path before them already says which object it is.
 */
export interface ObjectField<
  Fields extends Record<string, Field> = Record<string, Field>,
  Required extends keyof Fields = keyof Fields,
  Defaults extends Readonly<Record<string, unknown>> = Readonly<Record<string, unknown>>,
> {
  readonly kind: 'object';
  readonly fields: Fields;
  /** The fields the object is nothing without: when one is broken, so is the object. */
  readonly required: readonly Required[];
  /** What an absent or broken optional field reads as. */
  readonly defaults: Defaults;
}

/*
 * Limits that keep a page responsive whatever a feed holds (docs/feed-format.md): a list longer
 * than its limit is read up to it, with a warning naming the limit.
 */
export const MAX_PRIORITIES = 2000;
const MAX_ENTRIES = 500;

const list = <Item extends Field>(item: Item, max = MAX_ENTRIES, emptyMessage?: Message): ListField<Item> => ({
  kind: 'list',
  item,
  max,
  emptyMessage,
});

const object = <
  Fields extends Record<string, Field>,
  Required extends keyof Fields,
  Defaults extends { [K in Exclude<keyof Fields, Required>]?: Output<Fields[K]> } = Record<never, never>,
>(
  fields: Fields,
  required: readonly Required[],
  defaults = {} as Defaults,
): ObjectField<Fields, Required, Defaults> => ({ kind: 'object', fields, required, defaults });

const ACTION = object({ title: text, done: boolean, due: isoDate }, ['title']);

/** A dated value of a measure; a list of them is kept in the feed's order, oldest first. */
const HISTORY_ENTRY = object({ date: isoDate, value: number }, ['date', 'value']);

const MEASURE = object(
  { label: text, current: number, target: number, baseline: number, unit: text, history: list(HISTORY_ENTRY) },
  ['label'],
);

const UPDATE = object({ date: isoDate, text: text }, ['date', 'text']);

const LINK = object({ label: text, url }, ['label', 'url']);

export const PRIORITY = object(
  {
    id,
    title: text,
    summary: text,
    status,
    progress: percent,
    weight,
    actions: list(ACTION),
    measures: list(MEASURE),
    updates: list(UPDATE),
    owner: text,
    leader: text,
    partners: list(text),
    due: isoDate,
    updated: isoDate,
    tags: list(string),
    links: list(LINK),
  },
  ['id', 'title'],
  { weight: 1 },
);

export const PLAN = object(
  {
    title: text,
    organization: text,
    summary: text,
    period: object({ start: isoDate, end: isoDate }, ['start', 'end']),
    updated: isoDateOrDateTime,
    defaultLocale: languageTag,
    url,
    notice: text,
    statusRule,
  },
  ['title'],
  { defaultLocale: 'en' },
);

const feed = <Priority extends Field>(priority: Priority) =>
  object(
    {
      version,
      plan: PLAN,
      priorities: list(priority, MAX_PRIORITIES, () => msg('expected at least one priority', { id: 'expected-priority' })),
    },
    ['version', 'plan', 'priorities'],
  );

/** The whole feed, as published in `plan-feed.schema.json`. */
export const FEED = /* @__PURE__ */ feed(PRIORITY);

/**
 * The same feed with its priorities left unchecked: parse.ts reads each priority on its own, so that
 * a broken or repeated one is left out while the others keep their positions in the feed.
 */
export const FEED_ENVELOPE = feed(unchecked);

/** A field's value once read: defaults applied (`Output`), or as an author may write it (`Input`). */
type Data<F, WithDefaults extends boolean> =
  F extends ListField<infer Item>
    ? Data<Item, WithDefaults>[]
    : F extends ObjectField<infer Fields, infer Required, infer Defaults>
      ? ObjectData<Fields, Required | (WithDefaults extends true ? keyof Defaults : never), WithDefaults>
      : F extends LeafField<infer T>
        ? T
        : never;
/** An object's data: the `Present` fields always there, the others optional. */
type ObjectData<Fields extends Record<string, Field>, Present, WithDefaults extends boolean> = Flat<
  { [K in keyof Fields & Present]: Data<Fields[K], WithDefaults> } & {
    [K in Exclude<keyof Fields, Present>]?: Data<Fields[K], WithDefaults>;
  }
>;
type Flat<T> = { [K in keyof T]: T[K] };
type Output<F> = Data<F, true>;

export type Text = Output<typeof text>;
export type Status = (typeof STATUSES)[number];
export type PlanPriority = Output<typeof PRIORITY>;
export type Action = Output<typeof ACTION>;
export type Measure = Output<typeof MEASURE>;
export type HistoryEntry = Output<typeof HISTORY_ENTRY>;
export type PlanInfo = Output<typeof PLAN>;
export type Period = NonNullable<PlanInfo['period']>;

/** A valid priority with its 1-based position in the source feed. */
export interface NumberedPriority extends PlanPriority {
  readonly number: number;
}

/** A validated feed: defaults applied, invalid priorities left out, each kept one numbered. */
export interface PlanFeed {
  readonly version: 1;
  readonly plan: PlanInfo;
  readonly priorities: readonly NumberedPriority[];
}

/** What authors write. */
export type PlanFeedInput = Data<typeof FEED, false>;

/** `T` with its literal types widened, as TypeScript infers a value read from a `.json` file. */
type Widened<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends readonly (infer Item)[]
        ? readonly Widened<Item>[]
        : T extends object
          ? { readonly [K in keyof T]: Widened<T[K]> }
          : T;

/**
 * A feed as TypeScript reads it from a JSON file (`import plan from './plan.json'`): the shape of
 * `PlanFeedInput` with `version: number` and `status: string`. The widget validates whatever it is
 * given; to have TypeScript check the literals too, write `satisfies PlanFeedInput`.
 */
export type PlanFeedJson = Widened<PlanFeedInput>;
