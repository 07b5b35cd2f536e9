// A small static file server for the benchmark, on loopback only: no compression, no caching
// headers beyond the defaults, so the app and the floor page are served exactly the same way.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The file under `root` that a URL path names, or null when it would leave `root`.
 * @param {string} root absolute directory
 * @param {string} urlPath decoded path below the mount point, starting with '/'
 */
function fileUnder(root, urlPath) {
  const file = resolve(root, `.${urlPath}`);
  return file === root || file.startsWith(root + sep) ? file : null;
}

/**
 * Serves each directory at its mount path (longest mount first), on 127.0.0.1 at a free port.
 * @param {Record<string, string>} mounts URL prefix ('/', '/floor/') to directory
 * @returns {Promise<{ origin: string; close: () => Promise<void> }>}
 */
export async function serveStatic(mounts) {
  const table = Object.entries(mounts)
    .map(([prefix, dir]) => ({ prefix, root: resolve(dir) }))
    .sort((a, b) => b.prefix.length - a.prefix.length);

  const server = createServer(async (req, res) => {
    const send = (/** @type {number} */ status, /** @type {string} */ text) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(text);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return send(400, 'bad path');
    }
    const mount = table.find((m) => path.startsWith(m.prefix));
    if (!mount) return send(404, 'not found');
    let file = fileUnder(mount.root, `/${path.slice(mount.prefix.length)}`);
    if (!file) return send(404, 'not found');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': body.length,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      send(404, 'not found');
    }
  });

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the bench server has no TCP address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
