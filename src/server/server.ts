import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Store } from '../store/index.js';
import { isLoopbackHost } from './access.js';
import { createApp } from './app.js';

export interface ServeOptions {
  store: Store;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The write token; required when `host` is not a loopback address. */
  token?: string;
  webRoot?: string;
  maxBodyBytes?: number;
}

export interface RunningServer {
  /** The address it listens on, `http://HOST:PORT/`. */
  url: string;
  port: number;
  /** Stops taking connections, ends the open ones and waits for them. */
  close(): Promise<void>;
}

/** Starts the API and web UI over `store`; resolves once it listens. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const loopback = isLoopbackHost(options.host);
  if (!loopback && options.token === undefined) {
    throw new Error(`listening on ${options.host} (beyond this machine) needs a write token`);
  }
  const app = createApp({ store: options.store, token: options.token, loopback, webRoot: options.webRoot, maxBodyBytes: options.maxBodyBytes });
  const server = createAdaptorServer({ fetch: app.fetch });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const hostInUrl = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${hostInUrl}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
