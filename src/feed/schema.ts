import * as v from 'valibot';

/**
 * The feed format, version 1 (docs/feed-format.md). This file is the single source of the TypeScript types,
 * the runtime validation and `dist/plan-feed.schema.json`: every message here is what an editor
 * reads after the JSON path, so each says what was expected.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` naming a day that exists: `2024-02-30` and `2024-13-01` are no dates. */
export function isCalendarDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return ISO_DATE.test(value) && time === time && new Date(time).toISOString().startsWith(value);
}

/** A calendar date, or a date-time on one (`2024-01-15T08:30`, seconds and zone optional). */
export function isCalendarDateTime(value: string): boolean {
  return (
    /^.{10}(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(value) &&
    isCalendarDate(value.slice(0, 10))
  );
}

/** A string, or an object from BCP 47 language tags to strings with at least one entry. */
export function isText(value: unknown): value is string | Record<string, string> {
  if (typeof value === 'string') return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const texts = Object.values(value);
  return texts.length > 0 && texts.every((text) => typeof text === 'string');
}

export const isPercent = (value: number): boolean => value >= 0 && value <= 100;
export const isPositive = (value: number): boolean => value > 0;
export const isNonEmpty = <T>(list: readonly T[]): boolean => list.length > 0;

const isoDate = v.pipe(v.string('expected an ISO date (YYYY-MM-DD)'), v.check(isCalendarDate, 'expected an ISO date (YYYY-MM-DD)'));

const isoDateOrDateTime = v.pipe(
  v.string('expected an ISO date or date-time'),
  v.check(isCalendarDateTime, 'expected an ISO date or date-time'),
);

export const TextSchema = v.custom<string | Record<string, string>>(isText, 'expected a string or {"<language>": string}');

export const STATUSES = [
  'not-started',
  'in-progress',
  'on-track',
  'at-risk',
  'off-track',
  'done',
] as const;

const ActionSchema = v.object({
  title: TextSchema,
  done: v.optional(v.boolean('expected true or false')),
  due: v.optional(isoDate),
});

const MeasureSchema = v.object({
  label: TextSchema,
  current: v.optional(v.number('expected a number')),
  target: v.optional(v.number('expected a number')),
  baseline: v.optional(v.number('expected a number')),
  unit: v.optional(TextSchema),
});

const UpdateSchema = v.object({
  date: isoDate,
  text: TextSchema,
});

const LinkSchema = v.object({
  label: TextSchema,
  url: v.string('expected a URL'),
});

export const PrioritySchema = v.object({
  id: v.pipe(
    v.string('expected an id made of a-z, 0-9 and "-"'),
    v.regex(/^[a-z0-9-]+$/, 'expected an id made of a-z, 0-9 and "-"'),
  ),
  title: TextSchema,
  summary: v.optional(TextSchema),
  status: v.optional(
    v.picklist(STATUSES, `expected one of ${STATUSES.map((s) => `"${s}"`).join(', ')}`),
  ),
  progress: v.optional(
    v.pipe(v.number('expected a number from 0 to 100'), v.check(isPercent, 'expected a number from 0 to 100')),
  ),
  weight: v.optional(
    v.pipe(v.number('expected a number greater than 0'), v.check(isPositive, 'expected a number greater than 0')),
    1,
  ),
  actions: v.optional(v.array(ActionSchema, 'expected a list of actions')),
  measures: v.optional(v.array(MeasureSchema, 'expected a list of measures')),
  updates: v.optional(v.array(UpdateSchema, 'expected a list of updates')),
  owner: v.optional(TextSchema),
  partners: v.optional(v.array(TextSchema, 'expected a list of texts')),
  due: v.optional(isoDate),
  updated: v.optional(isoDate),
  tags: v.optional(v.array(v.string('expected a string'), 'expected a list of strings')),
  links: v.optional(v.array(LinkSchema, 'expected a list of links')),
});

export const PlanSchema = v.object(
  {
    title: TextSchema,
    organization: v.optional(TextSchema),
    summary: v.optional(TextSchema),
    period: v.optional(
      v.object({ start: isoDate, end: isoDate }, 'expected {"start": ISO date, "end": ISO date}'),
    ),
    updated: v.optional(isoDateOrDateTime),
    defaultLocale: v.optional(v.string('expected a language tag such as "zh-Hans"'), 'en'),
    url: v.optional(v.string('expected a URL')),
  },
  'expected an object with at least a "title"',
);

const feed = <T extends v.GenericSchema>(priority: T) =>
  v.object(
    {
      version: v.literal(1, 'expected 1 (this widget reads feed version 1)'),
      plan: PlanSchema,
      priorities: v.pipe(
        v.array(priority, 'expected a list of priorities'),
        v.check(isNonEmpty, 'expected at least one priority'),
      ),
    },
    'expected a JSON object with "version", "plan" and "priorities"',
  );

/** The whole feed, as published in `plan-feed.schema.json`. */
export const FeedSchema = feed(PrioritySchema);

/**
 * The same feed with its priorities left unchecked: at run time each priority is validated on its
 * own, so that one broken priority is reported and left out instead of failing the whole feed.
 */
export const FeedEnvelopeSchema = feed(v.unknown());

export type Text = v.InferOutput<typeof TextSchema>;
export type Status = (typeof STATUSES)[number];
export type PlanPriority = v.InferOutput<typeof PrioritySchema>;
export type PlanInfo = v.InferOutput<typeof PlanSchema>;
export type Period = NonNullable<PlanInfo['period']>;

/** A valid priority with its 1-based position in the source feed. */
export type NumberedPriority = PlanPriority & { readonly number: number };

/** A validated feed: defaults applied, invalid priorities left out, each kept one numbered. */
export interface PlanFeed {
  readonly version: 1;
  readonly plan: PlanInfo;
  readonly priorities: readonly NumberedPriority[];
}

/** What authors write: the input type of the schema. */
export type PlanFeedInput = v.InferInput<typeof FeedSchema>;
