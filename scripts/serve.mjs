// Serves the project folder (demo/ and the built dist/) with @web/dev-server and prints the demo's URL.
// `node scripts/serve.mjs [--host [ADDRESS]] [--port N]`; HOST and PORT work too. --host alone listens on
// every interface, so that a phone on the same network can open the printed LAN address.
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { createGzip } from 'node:zlib';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A malformed address (`/%E0%A4%A`) is a 400, answered here instead of logged as a server error. */
async function rejectMalformed(context, next) {
  try {
    decodeURIComponent(context.path);
  } catch {
    context.status = 400;
    context.body = 'Malformed URL';
    return;
  }
  await next();
}

/** Gzips text responses, as any real host of dist/plan-widgets.js would: Lighthouse measures that. */
async function gzip(context, next) {
  await next();
  const type = context.response.type;
  if (!context.body || !/^(?:text\/|application\/(?:javascript|json))/.test(type) || !context.acceptsEncodings('gzip')) return;
  context.vary('Accept-Encoding');
  const body = context.body;
  const zipped = createGzip();
  if (typeof body === 'string' || Buffer.isBuffer(body)) zipped.end(body);
  else if (typeof body.pipe === 'function') body.pipe(zipped);
  else return;
  context.remove('Content-Length');
  context.set('Content-Encoding', 'gzip');
  context.body = zipped;
}

/** Listens on `port` (0: any free port), or on 8000 or the next free port when `port` is undefined. */
async function listen(server, port, host) {
  for (let candidate = port ?? 8000; ; candidate++) {
    try {
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(candidate, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      return;
    } catch (error) {
      if (port !== undefined || error.code !== 'EADDRINUSE' || candidate >= 8100) throw error;
    }
  }
}

/**
 * Serves the project root on `port` (0: any free port; undefined: 8000, or the next free one) and
 * `host` (127.0.0.1 unless given: only this machine). Resolves to an object with `address()` and
 * `close()` (a promise) like Node's http.Server, and the underlying `devServer`.
 */
export async function startServer(port, host = '127.0.0.1') {
  // Middleware mode: @web/dev-server's own listener would take every interface even for "127.0.0.1".
  const devServer = await startDevServer({
    config: {
      rootDir: root,
      port: 0,
      nodeResolve: false,
      watch: false,
      disableFileWatcher: true,
      open: false,
      middlewareMode: true,
      middleware: [rejectMalformed, gzip],
    },
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    logStartMessage: false,
  });
  const server = createServer(devServer.koaApp.callback());
  await listen(server, port, host);
  return {
    devServer,
    address: () => server.address(),
    close: async () => {
      server.closeAllConnections();
      await Promise.all([new Promise((resolve) => server.close(resolve)), devServer.stop()]);
    },
  };
}

/** This machine's IPv4 addresses on its networks (what a phone on the same Wi-Fi can reach). */
function lanAddresses() {
  return Object.values(networkInterfaces())
    .flat()
    .filter((address) => address && address.family === 'IPv4' && !address.internal)
    .map((address) => address.address);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { host: { type: 'string' }, port: { type: 'string' } },
    // `--host` without a value: every interface.
    args: process.argv
      .slice(2)
      .map((arg, index, args) => (arg === '--host' && (args[index + 1] ?? '--').startsWith('--') ? '--host=0.0.0.0' : arg)),
  });
  const host = values.host ?? process.env.HOST ?? '127.0.0.1';
  const portText = values.port ?? process.env.PORT;
  const server = await startServer(portText === undefined ? undefined : Number(portText), host);
  const { port } = server.address();
  console.log(`plan-widgets demo: http://localhost:${port}/demo/`);
  console.log(`  configurator: http://localhost:${port}/demo/configurator.html`);
  const everywhere = host === '0.0.0.0' || host === '::';
  const lan = everywhere ? lanAddresses() : host === '127.0.0.1' || host === 'localhost' ? [] : [host];
  for (const address of lan) console.log(`  on your network: http://${address}:${port}/demo/`);
  if (everywhere && lan.length === 0) console.log('  (no network interface found: is this machine on a network?)');
  if (!everywhere && lan.length === 0) console.log('  To open it on a phone on the same network: npm start -- --host');
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
