// The published JSON Schema, dist/plan-feed.schema.json (written by `npm run build`, which `npm test` runs
// before these tests), against the widget's own validation: for any JSON value, the schema accepts it
// exactly when parseFeed() accepts it with no warning, except for the two differences the format
// documents (docs/feed-format.md, "The JSON Schema"): the schema cannot say that ids are unique, nor
// that statusRule's atRisk is the smaller threshold (JSON Schema cannot compare two values).
// The feeds come from test/fixtures/feed-arbitraries.ts, loaded with src/feed/parse.ts through Vite,
// since Node does not read TypeScript; ajv is CommonJS, which the browser tests cannot load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { runnerImport } from 'vite';

const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;
const root = new URL('../../', import.meta.url);

/** A TypeScript module of this repository, run through Vite. */
async function load(path) {
  const { module } = await runnerImport(fileURLToPath(new URL(path, root)), { configFile: false, logLevel: 'silent' });
  return module;
}

async function schemaValidator() {
  const file = new URL('dist/plan-feed.schema.json', root);
  const text = await readFile(file, 'utf8').catch(() =>
    assert.fail(`${fileURLToPath(file)} is missing: run \`npm run build\` first.`),
  );
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(text));
}

const { parseFeed } = await load('src/feed/parse.ts');
const { isStatusRule } = await load('src/feed/schema.ts');
const { problemText } = await load('src/feed/errors.ts');
const { anyDateTime, anyJson, feedArbitrary, withPlanUpdated } = await load('test/fixtures/feed-arbitraries.ts');
const validate = await schemaValidator();

/** The first difference the format documents: a repeated id is left out with a warning, the schema cannot see it. */
const REPEATED_ID = /^priorities\[\d+\]\.id: ".*" repeats an earlier id$/s;

/**
 * The second: a statusRule that would be valid with its two thresholds swapped. The schema checks
 * each number, not which is the smaller.
 */
function thresholdsReversed(rule) {
  if (typeof rule !== 'object' || rule === null) return false;
  const other = rule.basis === 'ratio' ? 'onTrack' : 'offTrack';
  return !isStatusRule(rule) && isStatusRule({ ...rule, atRisk: rule[other], [other]: rule.atRisk });
}

/** parseFeed's verdict: accepted (no warning but the two documented differences), or what it said. */
function runtime(value) {
  try {
    const { warnings } = parseFeed(value);
    const reversed = thresholdsReversed(value?.plan?.statusRule);
    const problems = warnings
      .map(problemText)
      .filter((warning) => !REPEATED_ID.test(warning) && !(reversed && warning.startsWith('plan.statusRule: ')));
    return { accepts: problems.length === 0, said: problems };
  } catch (error) {
    if (error?.name !== 'FeedError') throw error;
    return { accepts: false, said: error.details.problems.map(problemText) };
  }
}

const inputs = fc.oneof(
  { weight: 4, arbitrary: feedArbitrary({ brokenEvery: 0, json: true }) },
  { weight: 4, arbitrary: feedArbitrary({ brokenEvery: 60, json: true }) },
  { weight: 3, arbitrary: feedArbitrary({ brokenEvery: 10, json: true }) },
  // Dates and times of every kind in plan.updated, the one field that takes both.
  {
    weight: 2,
    arbitrary: fc
      .tuple(feedArbitrary({ brokenEvery: 0, json: true }), anyDateTime)
      .map(([feed, updated]) => withPlanUpdated(feed, updated)),
  },
  { weight: 1, arbitrary: anyJson },
);

test('the JSON Schema accepts a JSON value exactly when parseFeed accepts it with no warning', (t) => {
  const verdicts = { accepted: 0, rejected: 0 };
  fc.assert(
    fc.property(inputs, (value) => {
      const widget = runtime(value);
      const schema = validate(value);
      verdicts[schema ? 'accepted' : 'rejected']++;
      const errors = (validate.errors ?? []).map(({ instancePath, message }) => `${instancePath || '(feed)'} ${message}`);
      assert.equal(
        schema,
        widget.accepts,
        schema
          ? `the schema accepts what parseFeed warns about: ${widget.said.join('; ')}`
          : `parseFeed accepts what the schema rejects: ${errors.join('; ')}`,
      );
    }),
    { numRuns: 1000, includeErrorInReport: true },
  );
  // The cases tried, each given a verdict, for the figures of `npm run test:reliability`.
  t.diagnostic(`fuzz cases: ${verdicts.accepted + verdicts.rejected}`);
  // Both verdicts are common enough to be tested: neither side may pass by saying the same thing always.
  assert.ok(verdicts.accepted > 250 && verdicts.rejected > 250, JSON.stringify(verdicts));
});

test('a statusRule with its thresholds the wrong way round: the schema accepts it, parseFeed warns (documented)', () => {
  const feed = (statusRule) => ({ version: 1, plan: { title: 't', statusRule }, priorities: [{ id: 'a', title: 'a' }] });
  const warned = (statusRule) => parseFeed(feed(statusRule)).warnings.map(problemText);
  for (const reversed of [
    { basis: 'ratio', onTrack: 80, atRisk: 90 },
    { basis: 'points', atRisk: 30, offTrack: 10 },
  ]) {
    assert.equal(validate(feed(reversed)), true, JSON.stringify(reversed));
    assert.deepEqual(
      warned(reversed).map((warning) => warning.split(':')[0]),
      ['plan.statusRule'],
    );
    assert.equal(runtime(feed(reversed)).accepts, true, 'the property test counts it as the documented difference');
  }
  // Broken in a way the schema sees: not taken for the documented difference.
  for (const broken of [
    { basis: 'ratio', onTrack: 80, atRisk: 190 },
    { basis: 'points', atRisk: 30 },
    { basis: 'steps', atRisk: 30, offTrack: 10 },
  ]) {
    assert.equal(validate(feed(broken)), false, JSON.stringify(broken));
    assert.equal(runtime(feed(broken)).accepts, false, JSON.stringify(broken));
  }
});

test('the schema and parseFeed agree on the plan.updated values the properties once found them split on', () => {
  const feed = (updated) => ({ version: 1, plan: { title: 't', updated }, priorities: [{ id: 'a', title: 'a' }] });
  const cases = [
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29T23:59:59.5+14:00', true],
    ['2024-02-30', false],
    ['2024-02-30T10:00', false],
    ['0000-00-00T00:00', false],
    ['2024-01-15T09:30+24:00', false],
    ['2024-01-15T09:30-99:99', false],
    ['2024-01-15T09:30+23:60', false],
  ];
  for (const [updated, valid] of cases) {
    assert.equal(validate(feed(updated)), valid, `the schema on ${updated}`);
    assert.equal(runtime(feed(updated)).accepts, valid, `parseFeed on ${updated}`);
  }
});
