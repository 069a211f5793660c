// The test server's embed page that allows feeds from one other site (web-test-runner.config.mjs):
// `/test/embed/allow/embed.html` is dist/embed.html with <meta name="plan-widgets-feed-origins">
// naming the other name of this machine (localhost / 127.0.0.1) at this port, which a static file
// cannot know; and the demo feeds as a feed server on another site must send them: with CORS.
import { readFile } from 'node:fs/promises';

export async function embedAllowPage(context, next) {
  if (context.path.startsWith('/demo/feeds/') && context.get('Origin')) {
    context.set('Access-Control-Allow-Origin', context.get('Origin'));
    return next();
  }
  if (context.path !== '/test/embed/allow/embed.html') return next();
  const [hostname, port] = context.host.split(':');
  const other = `${context.protocol}://${hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${port}`;
  const page = await readFile('dist/embed.html', 'utf8');
  context.type = 'html';
  context.body = page.replace(
    '<head>',
    `<head>\n    <base href="/dist/" />\n    <meta name="plan-widgets-feed-origins" content="https://unused.example ${other}" />`,
  );
}
