// The reliability tests (the project's Reliability issue), by kind: `npm run test:reliability`
// (scripts/test-reliability.mjs) runs them and prints their figures. The other test commands leave
// them out (web-test-runner.config.mjs, scripts/test-node.mjs), so that `npm test` runs each once in
// Chromium and Firefox; the run against Lit's development build (web-test-runner.lit-dev.config.mjs)
// still runs every browser test, these included. Paths from the repository's root; `*` is any name.

/** Browser tests: what visitors, editors and feeds can throw at the widget. */
export const hostileInputTests = ['test/reliability/hostile-input.test.ts', 'test/feed/parse.test.ts'];

/** Browser tests: host pages (CSP, Trusted Types, double loading, 50 widgets, churn), failing servers and storage. */
export const faultScenarioTests = ['test/host/*.test.ts', 'test/feed/load.test.ts', 'test/feed/saved-copy.test.ts'];

/** Browser tests: fast-check properties, run through test/fixtures/fuzz.ts, which counts their cases. */
export const propertyTests = ['test/feed/parse.property.test.ts', 'test/elements/plan-summary.property.test.ts'];

/** Node tests: the JSON Schema's property, and the JS heap after 200 mounts and removals in Chromium. */
export const nodeReliabilityTests = ['test/scripts/feed-schema.test.mjs', 'test/scripts/heap.test.mjs'];

export const browserReliabilityTests = [...hostileInputTests, ...faultScenarioTests, ...propertyTests];

const matcher = (pattern) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);

/** Whether `file` (relative to the root, with `/`) is one of `patterns`. */
export const isAmong = (file, patterns) => patterns.some((pattern) => matcher(pattern).test(file));
