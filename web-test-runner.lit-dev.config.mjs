// The browser tests once more, in Chromium, against Lit's development build: a test fails when Lit
// logs a warning while it runs (scripts/lit-dev-warnings.js, imported first by every test file).
import config, { chromium, firefoxSettings } from './web-test-runner.config.mjs';

/** Makes scripts/lit-dev-warnings.js the first import of each test file, on its first line. */
const litDevWarnings = {
  name: 'lit-dev-warnings',
  transform(context) {
    if (/\.(?:test|fixture)\.ts$/.test(context.path)) {
      return { body: `import '/scripts/lit-dev-warnings.js';${context.body}` };
    }
  },
};

export default {
  ...config,
  // Every test, the reliability tests and test/media/ included, but the Firefox settings': this run is
  // in Chromium only.
  files: ['test/**/*.test.ts', `!${firefoxSettings}`],
  groups: [],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [...config.plugins, litDevWarnings],
  browsers: [chromium()],
};
