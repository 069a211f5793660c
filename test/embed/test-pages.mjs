// The test server's embed pages (web-test-runner.config.mjs), each dist/embed.html itself with a few
// lines added after <head>, so that no copy of the shipped page can drift from it:
// - `/test/embed/allow/embed.html` allows feeds from one other site: <meta name="plan-widgets-feed-origins">
//   names the other name of this machine (localhost / 127.0.0.1) at this port, which a static file
//   cannot know; the demo feeds are served as a feed server on another site must send them: with CORS.
// - `/test/embed/csp/embed.html` runs under a strict policy in a <meta>, with test/host/record-problems.js
//   recording violations.
import { readFile } from 'node:fs/promises';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

export async function embedTestPages(context, next) {
  if (context.path.startsWith('/demo/feeds/') && context.get('Origin')) {
    context.set('Access-Control-Allow-Origin', context.get('Origin'));
    return next();
  }
  let added;
  if (context.path === '/test/embed/allow/embed.html') {
    const [hostname, port] = context.host.split(':');
    const other = `${context.protocol}://${hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${port}`;
    added = `<meta name="plan-widgets-feed-origins" content="https://unused.example ${other}" />`;
  } else if (context.path === '/test/embed/csp/embed.html') {
    added = `<meta http-equiv="Content-Security-Policy" content="${CSP}" />\n    <script src="/test/host/record-problems.js"></script>`;
  } else {
    return next();
  }
  const page = await readFile('dist/embed.html', 'utf8');
  context.type = 'html';
  context.body = page.replace('<head>', `<head>\n    <base href="/dist/" />\n    ${added}`);
}
