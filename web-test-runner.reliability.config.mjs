// The reliability tests that run in browsers (scripts/reliability-tests.mjs), in Chromium and Firefox,
// with the configuration of web-test-runner.config.mjs, for `npm run test:reliability`
// (scripts/test-reliability.mjs). When RELIABILITY_RESULTS names a file, the run ends by writing
// there, as JSON, each test file's results in each browser and the fuzz cases the properties passed.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { defaultReporter } from '@web/test-runner';
import config, { fuzzCases } from './web-test-runner.config.mjs';
import { browserReliabilityTests } from './scripts/reliability-tests.mjs';

/** The tests of a suite and of the suites in it. */
const testsOf = (suite) => [...suite.tests, ...suite.suites.flatMap(testsOf)];

const resultsReporter = {
  stop({ sessions }) {
    const file = process.env.RELIABILITY_RESULTS;
    if (!file) return;
    const results = sessions.map((session) => {
      const tests = session.testResults === undefined ? [] : testsOf(session.testResults);
      return {
        file: relative(process.cwd(), session.testFile).split('\\').join('/'),
        browser: session.browser.name,
        passed: session.passed === true,
        errors: session.errors.length,
        tests: {
          passed: tests.filter((test) => test.passed && !test.skipped).length,
          failed: tests.filter((test) => !test.passed && !test.skipped).length,
          skipped: tests.filter((test) => test.skipped).length,
        },
      };
    });
    writeFileSync(file, JSON.stringify({ sessions: results, fuzzCases: Object.fromEntries(fuzzCases) }, null, 2));
  },
};

export default {
  ...config,
  files: browserReliabilityTests,
  groups: [],
  reporters: [defaultReporter(), resultsReporter],
};
