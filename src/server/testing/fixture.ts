import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../doc/article.js';
import { openStore, type Store } from '../../store/index.js';
import { makeArticle, sampleArticles } from '../../store/testing/articles.js';
import { startServer, type RunningServer, type ServeOptions } from '../server.js';

/** The text of an article that tries to run script in the UI; it must show as text. */
export const HOSTILE_TEXT =
  'China accused Taiwan of spying <script>window.__pwned=1</script> on Tuesday.\nTaiwan denied it <img src=x onerror="window.__pwned=1"> the same day.';

/** The hand-made articles of the tests: the store's samples plus one with hostile markup. */
export function fixtureArticles(): Article[] {
  return [
    ...sampleArticles(),
    makeArticle({
      id: 'hostile',
      title: 'Spying row <b onmouseover="window.__pwned=1">escalates</b>',
      url: 'https://news.example/spying-row',
      published: '2024-03-12',
      source: 'Example News',
      text: HOSTILE_TEXT,
      events: [
        { type: 'ACCUSE', evidence: 'China accused Taiwan of spying', source: ['china'], target: ['taiwan'], cameo: '112', goldstein: -2, status: 'alleged', attributedTo: 'china' },
        { type: 'REJECT', evidence: 'Taiwan denied it', source: ['taiwan'], target: ['china'], cameo: '120', goldstein: -4 },
      ],
    }),
  ];
}

export interface TestServer extends RunningServer {
  store: Store;
  /** Closes the server and the store and removes the store's folder. */
  stop(): Promise<void>;
}

/** A server on a free loopback port over a new store holding `articles` (default `fixtureArticles()`). */
export async function startTestServer(options: Partial<Omit<ServeOptions, 'store'>> & { articles?: Article[] } = {}): Promise<TestServer> {
  const { articles = fixtureArticles(), ...serveOptions } = options;
  const folder = mkdtempSync(join(tmpdir(), 'kroniek-serve-'));
  const store = await openStore(join(folder, 'test.db'));
  await store.addBatch({ articles, errors: [] });
  const server = await startServer({ store, host: '127.0.0.1', port: 0, ...serveOptions });
  return {
    ...server,
    store,
    async stop() {
      await server.close();
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
