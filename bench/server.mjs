/**
 * The bench's static server, on 127.0.0.1 only. No compression, no caching headers: the
 * bench computes gzip and brotli sizes itself, from the very files served, and every run
 * starts in a fresh browser context anyway.
 *
 *   /dist/...             dist/ (the built files, exactly as a hospital uploads them)
 *   /pages/...            bench/pages/ (plain static pages)
 *   /out/...              bench/out/ (data generated at bench start)
 *   /anchors/<name>/...   the anchor's folder in node_modules (ANCHORS below)
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const outDir = join(root, 'bench', 'out');

/** `/anchors/<name>/` → folder, relative to node_modules. */
export const ANCHORS = {
  datamaps: 'datamaps',
  d3v3: 'd3',
  topojsonv1: 'topojson',
  timelinejs: '@knight-lab/timelinejs/dist',
  'vis-timeline': 'vis-timeline',
  echarts: 'echarts',
  'fontsource-pt-sans': '@fontsource/pt-sans',
  'fontsource-pt-sans-narrow': '@fontsource/pt-sans-narrow',
  'fontsource-pt-serif': '@fontsource/pt-serif',
};

const MOUNTS = [
  ['/dist/', join(root, 'dist')],
  ['/pages/', join(root, 'bench', 'pages')],
  ['/out/', outDir],
  ...Object.entries(ANCHORS).map(([name, folder]) => [`/anchors/${name}/`, join(root, 'node_modules', folder)]),
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

/** The file a URL path is served from, or null (outside every mount, or missing). */
export function fileFor(pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  for (const [prefix, dir] of MOUNTS) {
    if (!path.startsWith(prefix)) continue;
    const file = resolve(dir, '.' + path.slice(prefix.length - 1));
    if (file !== dir && !file.startsWith(dir + sep)) return null;
    return existsSync(file) && statSync(file).isFile() ? file : null;
  }
  return null;
}

/** Starts the server on a free port of 127.0.0.1; resolves to `{ origin, close() }`. */
export async function startServer() {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    const file = pathname === '/' ? null : fileFor(pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(done);
      }),
  };
}
