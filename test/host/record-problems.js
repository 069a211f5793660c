// Loaded first by the host pages of test/host/: collects what the page's console would show of the
// widget (uncaught errors, unhandled rejections, console.error and console.warn, CSP violations) and
// counts the plan-load and plan-error events, for the test that opens the page in a frame.
// In a function: a top-level const of a classic script would shadow the page's globals of that name.
(() => {
  window.problems = [];
  window.violations = [];
  window.settled = { load: 0, error: 0 };

  document.addEventListener('securitypolicyviolation', (event) => {
    window.violations.push({ directive: event.effectiveDirective, sample: event.sample, blocked: event.blockedURI });
  });
  window.addEventListener('error', (event) => window.problems.push(`uncaught: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => window.problems.push(`unhandled rejection: ${event.reason}`));
  // Lit's development build (a host page's own Lit, in the run of web-test-runner.lit-dev.config.mjs)
  // tells that it is in dev mode, and that another copy of Lit is loaded: notices, not problems.
  const LIT_NOTICE = /lit\.dev\/msg\/(?:dev-mode|multiple-versions)\b/;
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function (...args) {
      const text = args.map(String).join(' ');
      if (!LIT_NOTICE.test(text)) window.problems.push(`console.${level}: ${text}`);
      return original.apply(this, args);
    };
  }
  document.addEventListener('plan-load', () => window.settled.load++);
  document.addEventListener('plan-error', () => window.settled.error++);
})();
