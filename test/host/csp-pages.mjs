// The host pages of test/host/csp.test.ts, written by the test server (web-test-runner.config.mjs):
// `/test/host/pages/<policy>-<load>.html` is a page under one Content-Security-Policy (a <meta>) that
// loads the bundles one way. One table of policies and one of loads, rather than a file for each pair.

/** The policies, by the name the tests use. */
const policies = {
  strict:
    "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
  tt: "trusted-types lit-html 'allow-duplicates'",
  'tt-none': "trusted-types 'none'",
  'tt-other': "require-trusted-types-for 'script'; trusted-types host-app",
};

const es = (query = '') => `<script type="module" src="/dist/plan-widgets.js${query}"></script>`;
const iife = '<script src="/dist/plan-widgets.iife.js"></script>';
const hostLit = '<script type="module" src="/test/host/host-lit-page.ts"></script>';

// The site's own content inside the element stays on screen until the widget renders.
const widget = `<plan-summary src="/demo/feeds/hanbin-2023-autumn.json">
  <p id="fallback"><a href="/demo/feeds/hanbin-2023-autumn.json">Our plan for 2023–24</a></p>
</plan-summary>`;
// test/host/host-lit-page.ts defines these, one before and one after the widget's bundle.
const hostElements = '<host-before></host-before><host-after></host-after>';

/** The loads, by the name the tests use: the scripts in the head, and the body. */
const loads = {
  es: [es(), widget],
  iife: [iife, widget],
  // From two URLs: a module loaded twice from one URL runs once.
  'es-twice': [es() + es('?second-copy'), widget],
  'iife-twice': [iife + iife, widget],
  both: [iife + es(), widget],
  'host-lit': [hostLit, hostElements],
  'iife-then-host-lit': [iife + hostLit, hostElements],
};

/** Koa middleware for the test server. */
export function cspPages(context, next) {
  const name = /^\/test\/host\/pages\/([a-z-]+)\.html$/.exec(context.path)?.[1] ?? '';
  // Policy names hold dashes too (tt, tt-none): the pair is the one whose load is known.
  const policy = Object.keys(policies).find(
    (candidate) => name.slice(candidate.length + 1) in loads && name.startsWith(`${candidate}-`),
  );
  if (policy === undefined) return next();
  const load = name.slice(policy.length + 1);
  const [scripts, body] = loads[load];
  context.type = 'text/html';
  context.body = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${policies[policy]}" />
    <title>plan-widgets: ${load} under ${policy}</title>
    <script src="/test/host/record-problems.js"></script>
    ${scripts}
  </head>
  <body>
    ${body}
  </body>
</html>`;
  return undefined;
}
