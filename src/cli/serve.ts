import { UsageError, type Command } from './command.js';
import { parseCommandLine } from './options.js';
import { DEFAULT_STORE_PATH, openStore } from '../store/index.js';
import { isLoopbackHost, newToken, startServer, TOKEN_ENV } from '../server/index.js';

const DEFAULT_PORT = 8080;
const DEFAULT_HOST = '127.0.0.1';

const usage = `Usage: kroniek serve [options]

Serves the stored articles and events (see kroniek ingest) over HTTP: a JSON API under /api/ (docs/api.md, and
/api/openapi.json) and a web UI at /. Stops on Ctrl-C (SIGINT) or SIGTERM.

Options:
  --db FILE        the store (default ${DEFAULT_STORE_PATH}); created empty when missing
  --port N         the port (default ${DEFAULT_PORT}; 0 picks a free one)
  --host HOST      the address to listen on (default ${DEFAULT_HOST}: this machine only)
  --token TOKEN    the token that adding articles (POST) needs; also read from ${TOKEN_ENV}. On this machine only
                   (loopback) writing is open without one; listening beyond it, a token is always needed, and one
                   is made up and printed when none is given. Reading is open.
`;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the stored events: a JSON API and a web UI (search, events, actor network, timeline)',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, {
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      token: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
    const port = Number(values.port ?? DEFAULT_PORT);
    if (!/^\d+$/.test(values.port ?? String(DEFAULT_PORT)) || port > 65535) throw new UsageError(`--port ${values.port}: expected a port number (0 to 65535)`);
    const host = values.host ?? DEFAULT_HOST;
    const givenToken = values.token ?? (process.env[TOKEN_ENV] || undefined);
    const loopback = isLoopbackHost(host);
    const token = givenToken ?? (loopback ? undefined : newToken());

    const store = await openStore(values.db ?? DEFAULT_STORE_PATH);
    let server;
    try {
      server = await startServer({ store, host, port, token });
    } catch (error) {
      await store.close();
      io.stderr.write(`kroniek serve: cannot listen on ${host}:${port}: ${(error as Error).message}\n`);
      return 1;
    }
    const stats = await store.stats();
    io.stdout.write(`Kroniek is serving ${store.location} (${stats.articles} articles, ${stats.events} events) at ${server.url}\n`);
    if (token !== undefined && givenToken === undefined) {
      io.stdout.write(`Adding articles needs this token (Authorization: Bearer TOKEN): ${token}\n`);
    }
    if (!loopback) io.stdout.write(`Listening beyond this machine: anyone who reaches ${host} can read the store.\n`);

    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      const stop = (received: NodeJS.Signals) => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve(received);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    io.stderr.write(`kroniek serve: ${signal}, stopping\n`);
    await server.close();
    await store.close();
    return 0;
  },
};
