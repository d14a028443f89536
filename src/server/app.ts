import { existsSync, readFileSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { CONTRACT_VERSION } from '../doc/article.js';
import { eventWriter, type EventFormat } from '../io/writers/index.js';
import type { Store, StoredEvent } from '../store/index.js';
import { PACKAGE_VERSION } from '../version.js';
import { loopbackHostGuard, writeGuard } from './access.js';
import { ApiError, errorBody } from './errors.js';
import { eventPage, matchingEvents } from './event-selection.js';
import { buildNetwork } from './network.js';
import { EVENT_FILTER_PARAMS, noParams, QueryParams } from './params.js';
import { postArticle } from './post-article.js';
import { buildTimeline, TIMELINE_GROUPS, TIMELINE_INTERVALS } from './timeline.js';

export interface AppOptions {
  store: Store;
  /** The token writing requests must carry; none: writing is open (only sensible on loopback). */
  token?: string;
  /** Listening on loopback only: then requests must name a loopback host. */
  loopback: boolean;
  /** The built web UI (dist/web); undefined or missing: `/` says how to build it. */
  webRoot?: string;
  /** Largest request body, in bytes. */
  maxBodyBytes?: number;
}

/** Where `npm run build` puts the web UI; the same path from src/server and from dist/server. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

const OPENAPI_PATH = new URL('../../docs/openapi.json', import.meta.url);
const EXPORT_FORMATS = ['csv', 'jsonl', 'plover', 'gdelt'] as const satisfies readonly EventFormat[];
const EXPORT_TYPES: Record<(typeof EXPORT_FORMATS)[number], { type: string; extension: string }> = {
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', extension: 'jsonl' },
  plover: { type: 'application/x-ndjson; charset=utf-8', extension: 'plover.jsonl' },
  gdelt: { type: 'text/tab-separated-values; charset=utf-8', extension: 'tsv' },
};
const PAGE = { min: 0, max: Number.MAX_SAFE_INTEGER };
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};

/** The HTTP API (docs/api.md) and the web UI over one store. */
export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const app = new Hono();
  const description = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as { info: { version: string } };
  description.info.version = PACKAGE_VERSION;
  const openapi = JSON.stringify(description);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });
  if (options.loopback) app.use('*', loopbackHostGuard());

  /** Registers a path's handlers by method; any other method gets a 405 that lists the allowed ones. */
  const route = (path: string, handlers: Partial<Record<'GET' | 'POST', (c: Context) => Promise<Response> | Response>>) => {
    const methods = Object.keys(handlers);
    for (const [method, handler] of Object.entries(handlers)) app.on(method, path, handler);
    app.all(path, (c) => {
      c.header('Allow', [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].join(', '));
      return c.json(errorBody('method_not_allowed', `${c.req.method} is not allowed on ${path}; use ${methods.join(' or ')}`), 405);
    });
  };

  route('/api/openapi.json', { GET: (c) => c.body(openapi, 200, { 'Content-Type': 'application/json; charset=utf-8' }) });

  route('/api/stats', {
    GET: async (c) => {
      noParams(c.req.url);
      const stats = await store.stats();
      return c.json({ ...stats, version: PACKAGE_VERSION, contract: CONTRACT_VERSION, writeNeedsToken: options.token !== undefined });
    },
  });

  app.on('POST', '/api/articles', writeGuard(options.token), bodyLimit({
    maxSize: maxBodyBytes,
    onError: () => {
      throw new ApiError(413, 'body_too_large', `the body is larger than ${maxBodyBytes} bytes`);
    },
  }));
  route('/api/articles', {
    GET: async (c) => {
      const params = new QueryParams(c.req.url, ['q', 'limit', 'offset']);
      const limit = params.wholeNumber('limit', { min: 1, max: 200 }, 20)!;
      const offset = params.wholeNumber('offset', PAGE, 0)!;
      const found = await store.articles({ q: params.text('q'), limit: limit + 1, offset });
      return c.json({ limit, offset, hasMore: found.length > limit, articles: found.slice(0, limit) });
    },
    POST: async (c) => postArticle(c, store),
  });

  route('/api/articles/:key', {
    GET: async (c) => {
      noParams(c.req.url);
      const raw = c.req.param('key') ?? '';
      const key = /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
      if (key === undefined) throw new ApiError(400, 'bad_parameter', `article key ${JSON.stringify(raw)}: expected a whole number`);
      const article = await store.article(key);
      if (!article) throw new ApiError(404, 'not_found', `no article ${key}`);
      return c.json({ key, article });
    },
  });

  route('/api/events', {
    GET: async (c) => {
      const params = new QueryParams(c.req.url, [...EVENT_FILTER_PARAMS, 'sort', 'limit', 'offset', 'format']);
      const format = params.oneOf('format', ['json', ...EXPORT_FORMATS], 'json');
      const filters = params.eventFilters();
      const sort = params.sort();
      const offset = params.wholeNumber('offset', PAGE, 0)!;
      if (format !== 'json') {
        const limit = params.wholeNumber('limit', { min: 1, max: Number.MAX_SAFE_INTEGER });
        return exportEvents(c, matchingEvents(store, { ...filters, sort, limit, offset }), format);
      }
      const limit = params.wholeNumber('limit', { min: 1, max: 1000 }, 50)!;
      const { total, events } = await eventPage(store, { ...filters, sort, limit, offset });
      return c.json({ total, limit, offset, sort, events });
    },
  });

  route('/api/actors', {
    GET: async (c) => {
      const params = new QueryParams(c.req.url, ['name', 'country', 'limit', 'offset']);
      const limit = params.wholeNumber('limit', { min: 1, max: 1000 }, 50)!;
      const offset = params.wholeNumber('offset', PAGE, 0)!;
      const found = await store.actors({ name: params.text('name'), country: params.country('country'), limit: limit + 1, offset });
      return c.json({ limit, offset, hasMore: found.length > limit, actors: found.slice(0, limit) });
    },
  });

  route('/api/network', {
    GET: async (c) => {
      const params = new QueryParams(c.req.url, [...EVENT_FILTER_PARAMS, 'maxNodes']);
      const filters = params.eventFilters();
      const maxNodes = params.wholeNumber('maxNodes', { min: 1, max: 2000 }, 150)!;
      return c.json(await buildNetwork(matchingEvents(store, filters), maxNodes));
    },
  });

  route('/api/timeline', {
    GET: async (c) => {
      const params = new QueryParams(c.req.url, [...EVENT_FILTER_PARAMS, 'interval', 'by']);
      const filters = params.eventFilters();
      const interval = params.oneOf('interval', TIMELINE_INTERVALS, 'day');
      const by = params.oneOf('by', TIMELINE_GROUPS, 'quad');
      return c.json(await buildTimeline(matchingEvents(store, filters), interval, by));
    },
  });

  app.all('/api/*', (c) => c.json(errorBody('not_found', `no API endpoint ${c.req.path}; see /api/openapi.json`), 404));

  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  if (existsSync(webRoot)) {
    app.use('*', serveStatic({ root: webRoot }));
  } else {
    app.get('/', (c) =>
      c.text(`Kroniek's web UI is not built (no ${webRoot}): run npm run build. The API is at /api/ (see /api/openapi.json).\n`, 503),
    );
  }

  app.notFound((c) => c.json(errorBody('not_found', `nothing at ${c.req.path}`), 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(errorBody(error.code, error.message), error.status);
    console.error(`kroniek serve: ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`);
    return c.json(errorBody('internal_error', 'the server failed to answer this request; its log says why'), 500);
  });
  return app;
}

/** Streams events in an export format as a download. */
function exportEvents(c: Context, events: AsyncIterable<StoredEvent>, format: (typeof EXPORT_FORMATS)[number]): Response {
  const out = new PassThrough();
  const writer = eventWriter(format, out);
  void (async () => {
    for await (const stored of events) await writer.write(stored);
    await writer.end();
    out.end();
  })().catch((error: Error) => {
    console.error(`kroniek serve: export failed: ${error.message}`);
    out.destroy(error);
  });
  const { type, extension } = EXPORT_TYPES[format];
  return c.body(Readable.toWeb(out) as ReadableStream, 200, {
    'Content-Type': type,
    'Content-Disposition': `attachment; filename="kroniek-events.${extension}"`,
  });
}
