// serve-dist.mjs — a tiny static http server for dist/ on 127.0.0.1 (a free port), for the e2e tests
// (tests/e2e/harness.ts) and the browser benchmarks (bench/browser.mjs, bench/soak-browser.mjs).
// Nothing is cached (cache-control: no-store): every fresh browser context loads everything.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * Serves `dir` at http://127.0.0.1:<port><base> (base like '/' or '/actlab/'); 404 elsewhere. `headers`
 * are added to every answer (the CSP spec sends the page's policy as a header).
 * @param {string} dir
 * @param {string} [base]
 * @param {Record<string, string>} [headers]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} url: the site's URL, ending in '/'
 */
export async function serve(dir, base = '/', headers = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers,
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((ok) => server.close(() => ok(undefined))),
  };
}
