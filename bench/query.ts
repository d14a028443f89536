/**
 * Query latency over 100,000 stored events: synthetic articles (5 events each, 40 countries, 16 PLOVER types, two
 * years of dates) in a fresh SQLite store, then filtered event queries as `kroniek events` runs them (a page of 50),
 * and the same queries through the HTTP API (`GET /api/events`) on a loopback server. Target: the API's median
 * < 50 ms. Prints p50/p95 over all queries, for the store and for the API, and the store's size.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_STATUSES, PLOVER_TYPES, type ActorRecord, type Article, type EventRecord } from '../src/doc/article.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { startServer } from '../src/server/index.js';
import type { EventQuery } from '../src/store/index.js';

const EVENTS = 100_000;
const EVENTS_PER_ARTICLE = 5;
const BATCH = 500;
const REPEATS = 15;

const COUNTRIES = [
  ['CHN', 'China'], ['TWN', 'Taiwan'], ['USA', 'United States'], ['RUS', 'Russia'], ['UKR', 'Ukraine'], ['DEU', 'Germany'],
  ['FRA', 'France'], ['GBR', 'United Kingdom'], ['NLD', 'Netherlands'], ['BEL', 'Belgium'], ['JPN', 'Japan'], ['KOR', 'South Korea'],
  ['PRK', 'North Korea'], ['IND', 'India'], ['PAK', 'Pakistan'], ['IRN', 'Iran'], ['ISR', 'Israel'], ['PSE', 'Palestine'],
  ['TUR', 'Turkey'], ['SYR', 'Syria'], ['IRQ', 'Iraq'], ['SAU', 'Saudi Arabia'], ['EGY', 'Egypt'], ['LBY', 'Libya'],
  ['NGA', 'Nigeria'], ['ZAF', 'South Africa'], ['BRA', 'Brazil'], ['ARG', 'Argentina'], ['MEX', 'Mexico'], ['CAN', 'Canada'],
  ['AUS', 'Australia'], ['IDN', 'Indonesia'], ['PHL', 'Philippines'], ['VNM', 'Vietnam'], ['POL', 'Poland'], ['ITA', 'Italy'],
  ['ESP', 'Spain'], ['GRC', 'Greece'], ['SRB', 'Serbia'], ['AFG', 'Afghanistan'],
] as const;
const SECTORS = ['GOV', 'MIL', 'COP', 'OPP', 'CVL'];
const WORDS = ['blockade', 'summit', 'sanctions', 'talks', 'election', 'protest', 'border', 'ceasefire', 'trade', 'missile'];

/** A small deterministic random number generator (mulberry32), so that every run stores the same data. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];

function day(): string {
  const date = new Date(Date.UTC(2023, 0, 1) + Math.floor(next() * 730) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

function syntheticArticle(n: number): Article {
  const countries = Array.from({ length: 4 }, () => pick(COUNTRIES));
  const actors: ActorRecord[] = countries.map(([code, name], i) => ({ id: `a${i + 1}`, name, country: code, sector: pick(SECTORS), mentions: [] }));
  const sentences: string[] = [];
  const events: EventRecord[] = [];
  let offset = 0;
  const spans: Article['sentences'] = [];
  for (let i = 0; i < EVENTS_PER_ARTICLE; i++) {
    const source = actors[i % 4];
    const target = actors[(i + 1) % 4];
    const type = pick(PLOVER_TYPES);
    const sentence = `${source.name} and ${target.name}: ${type.toLowerCase()} over the ${pick(WORDS)} (report ${n}.${i}).`;
    spans.push({ start: offset, end: offset + sentence.length });
    events.push({
      id: `e${i + 1}`,
      type,
      source: [{ actor: source.id, text: source.name, country: source.country, sector: source.sector }],
      target: [{ actor: target.id, text: target.name, country: target.country, sector: target.sector }],
      ...(next() < 0.7 && { date: day() }),
      status: next() < 0.6 ? 'asserted' : pick(EVENT_STATUSES),
      sentence: i,
      evidence: { start: offset, end: offset + sentence.length - 1 },
      confidence: Math.round(next() * 100) / 100,
    });
    sentences.push(sentence);
    offset += sentence.length + 1;
  }
  return {
    id: `synthetic-${n}`,
    language: 'en',
    published: day(),
    title: `Report ${n}`,
    url: `https://bench.example/${n}`,
    text: sentences.join(' '),
    sentences: spans,
    entities: [],
    actors,
    timexes: [],
    quotes: [],
    events,
    claims: [],
    errors: [],
  };
}

const dir = mkdtempSync(join(tmpdir(), 'kroniek-bench-query-'));
const path = join(dir, 'query.db');
const store = openSqliteStore(path);
const loadStart = performance.now();
for (let n = 0; n < EVENTS / EVENTS_PER_ARTICLE; n += BATCH) {
  await store.addBatch({ articles: Array.from({ length: BATCH }, (_, i) => syntheticArticle(n + i)), errors: [] });
}
const loadSeconds = (performance.now() - loadStart) / 1000;

const queries: EventQuery[] = [
  { type: ['THREATEN'], sourceCountry: 'CHN', targetCountry: 'TWN', from: '2024-03-01' },
  { actor: 'Russia' },
  { sourceCountry: 'USA', from: '2023-06', to: '2023-09' },
  { type: ['ASSAULT', 'COERCE'], status: ['reported', 'alleged'] },
  { q: 'blockade', targetCountry: 'UKR' },
  { status: ['denied'], sort: '-date' },
  { from: '2024-12-01', sort: '-confidence' },
  { actor: 'Netherlands', type: ['AGREE'], sort: '-date' },
];
const timings: number[] = [];
const found: number[] = [];
for (let r = 0; r < REPEATS; r++) {
  for (const [i, query] of queries.entries()) {
    const start = performance.now();
    const page = await store.events({ ...query, limit: 50 });
    timings.push(performance.now() - start);
    if (r === 0) found[i] = page.length;
  }
}
const countStart = performance.now();
const total = await store.countEvents(queries[1]);
const countMs = performance.now() - countStart;
const actorsStart = performance.now();
const actors = await store.actors({ limit: 50 });
const actorsMs = performance.now() - actorsStart;
// The same queries through the HTTP API, as the UI asks them.
const server = await startServer({ store, host: '127.0.0.1', port: 0 });
const httpTimings: number[] = [];
for (let r = 0; r < REPEATS; r++) {
  for (const query of queries) {
    const params = new URLSearchParams({ limit: '50' });
    for (const [key, value] of Object.entries(query)) params.set(key, Array.isArray(value) ? value.join(',') : String(value));
    const start = performance.now();
    const response = await fetch(`${server.url}api/events?${params}`);
    await response.json();
    httpTimings.push(performance.now() - start);
    if (!response.ok) throw new Error(`GET /api/events?${params} answered ${response.status}`);
  }
}
await server.close();
const stats = await store.stats();
await store.close();
const dbMB = statSync(path).size / 1024 / 1024;
rmSync(dir, { recursive: true, force: true });

timings.sort((a, b) => a - b);
httpTimings.sort((a, b) => a - b);
const quantileOf = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const quantile = (q: number) => quantileOf(timings, q);
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
console.log(
  JSON.stringify({
    name: 'query',
    events: stats.events,
    articles: stats.articles,
    queries: timings.length,
    p50Ms: round(quantile(0.5), 2),
    p95Ms: round(quantile(0.95), 2),
    httpP50Ms: round(quantileOf(httpTimings, 0.5), 2),
    httpP95Ms: round(quantileOf(httpTimings, 0.95), 2),
    maxMs: round(timings[timings.length - 1], 2),
    countActorMs: round(countMs, 2),
    countActorEvents: total,
    actorsMs: round(actorsMs, 2),
    actorsListed: actors.length,
    pageSizes: found.join(','),
    loadSeconds: round(loadSeconds),
    dbMB: round(dbMB),
    peakRssMB: round(process.resourceUsage().maxRSS / 1024),
  }),
);
