import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed } from '../../src/feed/parse.js';
import { FeedError, problemText } from '../../src/feed/errors.js';
import type { Problem } from '../../src/feed/errors.js';
import type { PlanFeed } from '../../src/feed/schema.js';
import { anyDateTime, anyJson, feedArbitrary, isRealDay, notJson, withPlanUpdated } from '../fixtures/feed-arbitraries.js';
import { assertProperty } from '../fixtures/fuzz.js';

/*
 * The validated feed as docs/feed-format.md describes it, written out here rather than taken from
 * src/feed/schema.ts, so that the two can disagree.
 */

type Fail = (path: string, what: string) => void;
type Check = (value: unknown, path: string, fail: Fail) => void;

const show = (value: unknown) => {
  const text = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
};
const leaf =
  (test: (value: unknown) => boolean, what: string): Check =>
  (value, path, fail) => {
    if (!test(value)) fail(path, `${what}, not ${show(value)}`);
  };
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list =
  (item: Check): Check =>
  (value, path, fail) => {
    if (!Array.isArray(value)) return fail(path, 'not a list');
    for (let index = 0; index < value.length; index++) {
      if (!(index in value)) fail(`${path}[${index}]`, 'a hole in the list');
      else item(value[index], `${path}[${index}]`, fail);
    }
  };
/** An object of exactly these fields (none other), the required ones present; none is undefined. */
const object =
  (fields: Record<string, Check>, required: readonly string[] = []): Check =>
  (value, path, fail) => {
    if (!isObject(value)) return fail(path, `not an object: ${show(value)}`);
    for (const key of Object.keys(value)) if (!Object.hasOwn(fields, key)) fail(`${path}.${key}`, 'not a field of the format');
    for (const key of required) if (!Object.hasOwn(value, key)) fail(`${path}.${key}`, 'missing');
    for (const [key, check] of Object.entries(fields)) {
      if (Object.hasOwn(value, key)) check(value[key], `${path}.${key}`, fail);
    }
  };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))?$/;
const isDate = (value: unknown) => {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
};
/** A day, or a time of a day (`hh:mm`, seconds optional) in a zone (`Z` or `±hh:mm`), that exists. */
const isDateOrDateTime = (value: unknown) => {
  if (isDate(value)) return true;
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (match === null) return false;
  const [, date, hour, minute, second = '0', zoneHours = '0', zoneMinutes = '0'] = match;
  const within = (text: string, max: number) => Number(text) <= max;
  return (
    isDate(date) &&
    within(hour!, 23) &&
    within(minute!, 59) &&
    within(second, 59) &&
    within(zoneHours, 23) &&
    within(zoneMinutes, 59) &&
    Number.isFinite(Date.parse(value as string))
  );
};
const isText = (value: unknown) =>
  typeof value === 'string' ||
  (isObject(value) && Object.keys(value).length > 0 && Object.values(value).every((entry) => typeof entry === 'string'));
/** The same value, or objects of the same entries (a text object may be a copy). */
const same = (a: unknown, b: unknown): boolean =>
  Object.is(a, b) ||
  (isObject(a) &&
    isObject(b) &&
    Object.keys(a).length === Object.keys(b).length &&
    Object.keys(a).every((key) => Object.hasOwn(b, key) && same(a[key], b[key])));
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const text = leaf(isText, 'a string or {"<language>": string}');
const date = leaf(isDate, 'a date that exists');
const string = leaf((value) => typeof value === 'string', 'a string');
const number = leaf(isFiniteNumber, 'a finite number');
const STATUSES = ['not-started', 'in-progress', 'on-track', 'at-risk', 'off-track', 'done'];

const PLAN = object(
  {
    title: text,
    organization: text,
    summary: text,
    period: object({ start: date, end: date }, ['start', 'end']),
    updated: leaf(isDateOrDateTime, 'a date or date-time that exists'),
    defaultLocale: string,
    url: string,
    notice: text,
    statusRule: leaf((value) => {
      const rule = value as Record<string, unknown>;
      const within = (low: unknown, high: unknown) =>
        isFiniteNumber(low) && isFiniteNumber(high) && 0 <= low && low <= high && high <= 100;
      return rule.basis === 'ratio'
        ? within(rule.atRisk, rule.onTrack)
        : rule.basis === 'points' && within(rule.atRisk, rule.offTrack);
    }, 'a ratio or points rule, "atRisk" the smaller, 0–100'),
  },
  ['title', 'defaultLocale'],
);

const PRIORITY = object(
  {
    id: leaf((value) => typeof value === 'string' && /^[a-z0-9-]+$/.test(value), 'an id of a-z, 0-9 and "-"'),
    title: text,
    summary: text,
    status: leaf((value) => STATUSES.includes(value as string), 'a status'),
    progress: leaf((value) => isFiniteNumber(value) && value >= 0 && value <= 100, 'a number from 0 to 100'),
    weight: leaf((value) => isFiniteNumber(value) && value > 0, 'a number greater than 0'),
    actions: list(
      object({ title: text, done: leaf((value) => typeof value === 'boolean', 'true or false'), due: date }, ['title']),
    ),
    measures: list(
      object(
        {
          label: text,
          current: number,
          target: number,
          baseline: number,
          unit: text,
          history: list(object({ date, value: number }, ['date', 'value'])),
        },
        ['label'],
      ),
    ),
    updates: list(object({ date, text }, ['date', 'text'])),
    owner: text,
    leader: text,
    partners: list(text),
    due: date,
    updated: date,
    tags: list(string),
    links: list(object({ label: text, url: string }, ['label', 'url'])),
    number: leaf((value) => Number.isInteger(value) && (value as number) >= 1, 'a whole number from 1'),
  },
  ['id', 'title', 'weight', 'number'],
);

const FEED = object({ version: leaf((value) => value === 1, 'the number 1'), plan: PLAN, priorities: list(PRIORITY) }, [
  'version',
  'plan',
  'priorities',
]);

/** `"<JSON path>: <what is wrong>"`, the path made of the format's own field names. */
const PROBLEM = /^(?:plan|priorities)(?:\.[a-zA-Z]+|\[\d+\])*: \S/;

/** What is wrong with what parseFeed gave for `input`, by the rules of docs/feed-format.md; empty when nothing is. */
function violations(input: unknown, parsed: { feed: PlanFeed; warnings: readonly Problem[] }): string[] {
  const { feed } = parsed;
  const warnings = parsed.warnings.map(problemText);
  const found: string[] = [];
  const fail: Fail = (path, what) => found.push(`${path}: ${what}`);
  FEED(feed, 'feed', fail);
  const given = (input as { priorities: unknown[] }).priorities;
  if (feed.priorities.length === 0) fail('feed.priorities', 'empty, yet no error');
  const ids = feed.priorities.map((priority) => priority.id);
  if (new Set(ids).size !== ids.length) fail('feed.priorities', `repeated ids: ${show(ids)}`);
  feed.priorities.forEach((priority, index) => {
    const path = `feed.priorities[${index}]`;
    // The number is the position in the feed as given, and the values are the feed's own.
    const source = given[priority.number - 1] as Record<string, unknown> | undefined;
    if (!isObject(source) || source.id !== priority.id) {
      fail(`${path}.number`, `${priority.number}, but priorities[${priority.number - 1}] is ${show(source)}`);
      return;
    }
    if (index > 0 && priority.number <= feed.priorities[index - 1]!.number) fail(`${path}.number`, 'out of order');
    for (const key of ['title', 'summary', 'status', 'progress', 'owner', 'leader', 'due', 'updated'] as const) {
      if (priority[key] !== undefined && !same(priority[key], source[key])) fail(`${path}.${key}`, 'not the value given');
    }
    if (priority.weight !== source.weight && priority.weight !== 1) fail(`${path}.weight`, 'neither the weight given nor 1');
  });
  // Every entry of the feed's priorities that is not shown is left out with a warning.
  const shown = new Set(feed.priorities.map((priority) => priority.number - 1));
  for (let index = 0; index < given.length; index++) {
    if (!shown.has(index) && !warnings.some((warning) => warning.startsWith(`priorities[${index}]`))) {
      fail(`priorities[${index}]`, 'left out without a warning');
    }
  }
  for (const warning of warnings)
    if (!PROBLEM.test(warning)) fail('warnings', `not "<JSON path>: <what is wrong>": ${show(warning)}`);
  return found;
}

/** Reads `input`: it either throws a FeedError naming every problem, or gives a feed that keeps every rule. */
function checkParse(input: unknown): void {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(input);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    const { reason, details } = error as FeedError;
    expect(reason).to.equal('invalid');
    expect(details.problems?.length, 'the number of problems named').to.be.greaterThan(0);
    for (const problem of details.problems!)
      expect(problemText(problem)).to.match(/^(?:\(feed\)|version|plan|priorities)[\w.[\]]*: \S/);
    return;
  }
  expect(violations(input, parsed).join('\n')).to.equal('');
}

describe('parseFeed on any input', () => {
  it('throws nothing but a FeedError on any JSON value, and gives a valid feed otherwise', async () => {
    await assertProperty(fc.property(anyJson, checkParse), { numRuns: 300, includeErrorInReport: true });
  });

  it('gives a valid feed or a FeedError for feeds with broken fields', async () => {
    const feeds = fc.oneof(
      feedArbitrary({ brokenEvery: 60, json: true }),
      feedArbitrary({ brokenEvery: 15, json: true }),
      feedArbitrary({ brokenEvery: 4, json: true }),
      fc
        .tuple(feedArbitrary({ brokenEvery: 0, json: true }), anyDateTime)
        .map(([feed, updated]) => withPlanUpdated(feed, updated)),
    );
    await assertProperty(fc.property(feeds, checkParse), { numRuns: 600, includeErrorInReport: true });
  });

  it('does the same with what only the feed property can bring: NaN, Infinity, -0, undefined, prototypes', async () => {
    // One of them as a whole priority, among valid ones.
    const amongPriorities = fc
      .tuple(feedArbitrary({ brokenEvery: 0, json: true }), fc.nat(3), notJson)
      .map(([feed, at, value]) => {
        const { priorities } = feed as { priorities: unknown[] };
        return { ...(feed as object), priorities: [...priorities.slice(0, at), value, ...priorities.slice(at)] };
      });
    const values = fc.oneof(
      feedArbitrary({ brokenEvery: 15, json: false }),
      amongPriorities,
      fc.anything({ withNullPrototype: true, withSparseArray: true, withBoxedValues: true, withMap: true, withSet: true }),
    );
    await assertProperty(fc.property(values, checkParse), { numRuns: 300, includeErrorInReport: true });
  });

  it('keeps every field of a valid feed, drops only unknown ones and applies the defaults', async () => {
    await assertProperty(
      fc.property(feedArbitrary({ brokenEvery: 0, json: true }), (input) => {
        const { feed, warnings } = parseFeed(input);
        expect(warnings).to.deep.equal([]);
        expect(violations(input, { feed, warnings }).join('\n')).to.equal('');
        const given = input as { plan: Record<string, unknown>; priorities: Record<string, unknown>[] };
        expect(feed.priorities.map((priority) => priority.number)).to.deep.equal(given.priorities.map((_, index) => index + 1));
        expect(feed.plan.defaultLocale).to.equal(given.plan.defaultLocale ?? 'en');
        feed.priorities.forEach((priority, index) => {
          const source = given.priorities[index]!;
          expect(priority.weight).to.equal(source.weight ?? 1);
          for (const key of ['actions', 'measures', 'updates', 'links', 'partners', 'tags'] as const) {
            expect(priority[key]?.length, key).to.equal((source[key] as unknown[] | undefined)?.length);
          }
          // A measure's dated values, every one, in the order given (fields the format does not define dropped).
          (priority.measures ?? []).forEach((measure, at) => {
            type Entry = { date: string; value: number };
            const given = (source.measures as { history?: Entry[] }[])[at]!.history;
            const expected = given?.map(({ date, value }) => ({ date, value }));
            expect(measure.history, `measures[${at}].history`).to.deep.equal(expected);
          });
        });
      }),
      { numRuns: 200, includeErrorInReport: true },
    );
  });
});
