import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface StaticServer {
  url: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built folder on 127.0.0.1 at a random port, optionally under a base path, the way any static host would:
 * `/x/` serves `/x/index.html`, unknown paths 404 with 404.html.
 */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let path = decodeURIComponent(url.pathname.slice(prefix.length));
    if (path === '' || path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        res.writeHead(301, { location: `${url.pathname}/` }).end();
        return;
      }
      const type = types[extname(file)] ?? 'application/octet-stream';
      // Text is gzipped when the client asks, as every static host does (Lighthouse measures transfer, not disk).
      if (
        /^(text\/|application\/(json|xml)|image\/svg)/.test(type) &&
        /\bgzip\b/.test(String(req.headers['accept-encoding']))
      ) {
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        res.end(gzipSync(await readFile(file)));
        return;
      }
      res.writeHead(200, { 'content-type': type });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      createReadStream(join(root, '404.html'))
        .on('error', () => res.end('not found'))
        .pipe(res);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return { url: `${origin}${prefix}`, origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
