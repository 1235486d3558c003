import { Hono } from 'hono';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const staticDir = resolve(here, '../../static');

// A fixed allow-list: no user-supplied path ever reaches the file system.
const FILES: Record<string, { path: string; type: string }> = {
  'htmx.min.js': { path: require.resolve('htmx.org/dist/htmx.min.js'), type: 'text/javascript; charset=utf-8' },
  'htmx-sse.js': { path: require.resolve('htmx-ext-sse/dist/sse.min.js'), type: 'text/javascript; charset=utf-8' },
  'app.js': { path: resolve(staticDir, 'app.js'), type: 'text/javascript; charset=utf-8' },
  'app.css': { path: resolve(staticDir, 'app.css'), type: 'text/css; charset=utf-8' },
  'live.js': { path: resolve(staticDir, 'live.js'), type: 'text/javascript; charset=utf-8' },
  'wall.js': { path: resolve(staticDir, 'wall.js'), type: 'text/javascript; charset=utf-8' },
  'blank.css': { path: resolve(staticDir, 'blank.css'), type: 'text/css; charset=utf-8' },
  'guide.css': { path: resolve(staticDir, 'guide.css'), type: 'text/css; charset=utf-8' },
  'wall.css': { path: resolve(staticDir, 'wall.css'), type: 'text/css; charset=utf-8' },
  'print.css': { path: resolve(staticDir, 'print.css'), type: 'text/css; charset=utf-8' },
  'packet.css': { path: resolve(staticDir, 'packet.css'), type: 'text/css; charset=utf-8' },
};

export function staticRoutes() {
  const app = new Hono();
  const cache = new Map<string, Buffer>();
  app.get('/:file', (c) => {
    const name = c.req.param('file');
    const entry = Object.hasOwn(FILES, name) ? FILES[name] : undefined;
    if (!entry) return c.text('見つかりません', 404);
    let body = cache.get(name);
    if (!body) {
      body = readFileSync(entry.path);
      if (process.env.NODE_ENV === 'production' || !name.startsWith('app.')) cache.set(name, body);
    }
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': entry.type,
      'Cache-Control': name.startsWith('htmx') ? 'public, max-age=86400' : 'no-cache',
    });
  });
  return app;
}
