// Browser side of the Lit development run (web-test-runner.lit-dev.config.mjs imports this module first
// in every test file): a warning from Lit's development build fails the test it was logged in (or, when
// logged between tests, the next one). Two are notices, not faults, and are dropped: "Lit is in dev
// mode" and "Multiple versions of Lit" (the tests of dist/ load the bundle's own Lit beside this one).
/* global window, afterEach, after -- runs in the browser, inside Mocha */

const NOTICE = /lit\.dev\/msg\/(?:dev-mode|multiple-versions)\b/;
// Lit's issueWarning() ends its text with a lit.dev/msg link (a lit.dev/docs one when it has no code);
// a few dev-mode checks call console.warn with their own words.
const LIT = [/lit\.dev\/(?:msg|docs)\//, /^Some template strings are undefined/, /^Attempted to render the template host/];

/** `'notice'`, `'warning'` (fails the test) or `undefined` (not Lit's) for a console.warn text. */
export function litWarningKind(text) {
  if (!LIT.some((pattern) => pattern.test(text))) return undefined;
  return NOTICE.test(text) ? 'notice' : 'warning';
}

const pending = [];
const warn = console.warn;
console.warn = function (...args) {
  const text = args.map(String).join(' ');
  const kind = litWarningKind(text);
  if (kind === 'notice') return undefined;
  // Where Lit warned from, minus this wrapper: Web Test Runner maps it back to the sources.
  if (kind === 'warning') pending.push({ text, stack: (new Error().stack ?? '').split('\n').slice(2, 12).join('\n') });
  return warn.apply(this, args);
};

function failure() {
  const warnings = pending.splice(0);
  const error = new Error(`Lit warned in development mode:\n${warnings.map(({ text }) => `  - ${text}`).join('\n')}`);
  error.stack = `${error.message}\n${warnings[0].stack}`;
  return error;
}

afterEach(function () {
  if (pending.length === 0) return;
  const error = failure();
  // Fail the test itself rather than this hook: a failing hook would skip the rest of the file.
  const runner = window.__WTR_MOCHA_RUNNER__;
  if (runner && this.currentTest && this.currentTest.state !== 'failed') runner.fail(this.currentTest, error);
  else throw error;
});

after(function () {
  if (pending.length > 0) throw failure();
});
