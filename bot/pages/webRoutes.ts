/**
 * Serves the Teams pages (the Guidance tab and the notice form dialog) from the
 * build output `dist/web/` under `/web/*`. Only flat file names with known
 * extensions are served: no directories, no traversal, nothing else on disk. Source maps
 * (`*.js.map`, the pages' original source) only outside production.
 *
 * The pages may be framed by Teams (and by a same-origin test host): the
 * Content-Security-Policy's frame-ancestors lists the Teams and Microsoft 365 hosts.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../edge/logger';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const SAFE_NAME = /^[a-z0-9][a-z0-9-]*\.(html|js|css|js\.map)$/;

/** Hosts that may frame the pages (Teams web, desktop and the Microsoft 365 app). */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://*.microsoft365.com',
  'https://*.skype.com',
];

export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
  `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
].join('; ');

/** Where the built pages are: next to the bundled bot (dist/web), else ./dist/web. */
export function defaultWebDir(): string {
  const here = typeof __dirname === 'string' ? path.join(__dirname, 'web') : '';
  if (here && existsSync(path.join(here, 'guidance.html'))) return here;
  return path.resolve(process.cwd(), 'dist', 'web');
}

export interface WebRouteOptions {
  /** Serve the pages' source maps (`*.js.map`): development and tests only, never production. */
  readonly sourceMaps: boolean;
}

export function webRoutes(webDir: string, logger: Logger, options: WebRouteOptions): (server: Server) => void {
  const root = path.resolve(webDir);
  return (server) => {
    server.get('/web/:file', async (req: Request, res: Response) => {
      const name = String((req.params as Record<string, unknown>).file ?? '');
      const ext = name.endsWith('.js.map') ? '.map' : path.extname(name);
      if (!SAFE_NAME.test(name) || !TYPES[ext] || (ext === '.map' && !options.sourceMaps)) {
        res.send(404, { error: 'not_found', message: 'Not found.' });
        return;
      }
      let body: Buffer;
      try {
        body = await readFile(path.join(root, name));
      } catch {
        res.send(404, { error: 'not_found', message: 'Not found.' });
        return;
      }
      const headers: Record<string, string | number> = { 'Content-Type': TYPES[ext] as string, 'Content-Length': body.length, 'Referrer-Policy': 'no-referrer' };
      if (ext === '.html') headers['Content-Security-Policy'] = PAGE_CSP;
      res.writeHead(200, headers);
      res.end(body);
    });
    logger.debug({ webDir: root, sourceMaps: options.sourceMaps }, 'serving pages under /web');
  };
}
