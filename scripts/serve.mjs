/**
 * Serves the sample company site (tests/site) on loopback. Browsers reach it under the company's real
 * host names: Chromium maps them with --host-resolver-rules, Firefox uses this server as its HTTP proxy
 * (requests then arrive in absolute form). Hosts outside the company's domain get 502: nothing leaves
 * the machine.
 */
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../tests/site', import.meta.url)));
const TYPES = {'.html': 'text/html; charset=utf-8', '.css': 'text/css', '.jpg': 'image/jpeg', '.png': 'image/png', '.svg': 'image/svg+xml', '.js': 'text/javascript'};
export const SITE_DOMAIN = 'seismonaut.com';

/**
 * Starts the server; resolves with its port. `port` 0 picks a free one.
 * `mounts` maps a path prefix to another folder (the benchmark serves ../shared/corpus/pages under /corpus/).
 */
export function startServer(port = 0, {mounts = {}} = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? SITE_DOMAIN}`);
    // The company's hosts, plus *.test (RFC 2606: never a real host) for "a site that is not the company's".
    if (url.hostname !== SITE_DOMAIN && !url.hostname.endsWith(`.${SITE_DOMAIN}`) && !url.hostname.endsWith('.test')) {
      response.writeHead(502, {'content-type': 'text/plain'}).end(`Blocked: ${url.hostname} is not a test host.`);
      return;
    }
    const mount = Object.keys(mounts).find(prefix => url.pathname.startsWith(prefix));
    const root = mount ? resolve(mounts[mount]) : ROOT;
    let path = normalize(join(root, decodeURIComponent(mount ? url.pathname.slice(mount.length) : url.pathname)));
    if (!path.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    // `?delay=<ms>` (at most 10 s) answers that much later: an image that arrives after the popup has
    // drawn its card, for the layout-shift test (tests/e2e/layout-shift.test.ts).
    const delay = Math.min(Number(url.searchParams.get('delay')) || 0, 10_000);
    if (delay > 0) await new Promise(done => setTimeout(done, delay));
    try {
      // The single-page app under /app/ answers every path of its own with its one document.
      if (url.pathname.startsWith('/app/')) path = join(ROOT, 'app/index.html');
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      let body = await readFile(path);
      // `?pad=<n>` (at most 200,000) adds n elements of teasers after a page's own content: a huge page
      // whose article is at the top, for the trust tests (the extractor gives up past a size, cleanly).
      const pad = Math.min(Number(url.searchParams.get('pad')) || 0, 200_000);
      if (pad > 0 && extname(path) === '.html') {
        const teasers = '<div class="teaser"><a href="/blog/">Læs mere</a></div>'.repeat(Math.ceil(pad / 2));
        body = Buffer.from(body.toString('utf8').replace(/<\/body>/i, `<aside>${teasers}</aside></body>`));
      }
      response.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store'}).end(body);
    } catch {
      response.writeHead(404, {'content-type': 'text/html; charset=utf-8'}).end('<!doctype html><title>Ikke fundet</title><h1>Siden findes ikke</h1>');
    }
  });
  return new Promise((resolvePort, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePort({port: server.address().port, close: () => new Promise(done => server.close(done))}));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {port} = await startServer(Number(process.env.PORT ?? 8080));
  console.log(`Sample site on http://127.0.0.1:${port}/ (map *.${SITE_DOMAIN} to it)`);
}
