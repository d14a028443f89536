/**
 * Learns hierarchical word clusters for the entity recogniser from unlabelled running text:
 * co-occurrence counts with the most frequent context words two and one to the left and right → positive PMI → random projection →
 * three levels of spherical 16-means (a tree, so that path prefixes give clusters at several granularities,
 * as Brown clusters do). Deterministic for a given seed and input.
 *
 *   npx tsx train/ner/learn-clusters.ts --lang nl --out models/nl/ner-clusters.bin
 *   npx tsx train/ner/learn-clusters.ts --lang nl --sources nl-open --out models/nl-open/ner-clusters.bin
 *
 * Sources are the running text in ../shared/data (see SOURCES; `--sources` names a set, default the language's).
 * `nl-open` reads only openly licensed text. The output keeps only word hashes and paths.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { SeededRandom, hashString } from '../../src/learn/index.js';
import { WordClusters } from '../../src/ner/clusters.js';

const DATA = new URL('../../../shared/data/', import.meta.url).pathname;

interface Source {
  /** Files (relative to DATA), or a directory whose *.txt.gz files are read. */
  paths: string[];
  /** Stop reading this source after this many tokens. */
  maxTokens: number;
}

const SOURCES: Record<string, Source[]> = {
  nl: [
    { paths: ['nl-news-leestmeer-2019/text'], maxTokens: 12_000_000 },
    { paths: ['nl-laws-bwb'], maxTokens: 6_000_000 },
    { paths: ['europarl-nl-en-sample/europarl-wmt-tests.nl.txt.gz'], maxTokens: 1_000_000 },
  ],
  // Openly licensed Dutch only: public-domain legislation, Europarl (free use), NTREX (CC BY-SA 4.0).
  'nl-open': [
    { paths: ['nl-laws-bwb'], maxTokens: 18_000_000 },
    { paths: ['europarl-nl-en-sample/europarl-wmt-tests.nl.txt.gz'], maxTokens: 1_000_000 },
    { paths: ['ntrex-nl-en/ntrex128-newstest2019.nld.txt.gz'], maxTokens: 1_000_000 },
  ],
  en: [
    { paths: ['ungdc-en'], maxTokens: 14_000_000 },
    { paths: ['wikinews-en/wikinews_2019.csv', 'wikinews-en/wikinews_2020.csv'], maxTokens: 1_000_000 },
    { paths: ['europarl-nl-en-sample/europarl-wmt-tests.en.txt.gz'], maxTokens: 1_000_000 },
  ],
};

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

function expand(path: string): string[] {
  const full = join(DATA, path);
  if (path.endsWith('.gz') || path.endsWith('.csv') || path.endsWith('.txt')) return [full];
  return readdirSync(full)
    .filter((name) => name.endsWith('.txt.gz') && !name.startsWith('index'))
    .sort()
    .map((name) => join(full, name));
}

function readText(file: string): string {
  const raw = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

/** Token ids of all sources, -1 between lines; plus the word of each id. */
function readCorpus(sources: string): { ids: Int32Array; length: number; words: string[] } {
  const idOf = new Map<string, number>();
  const words: string[] = [];
  let ids = new Int32Array(1 << 24);
  let length = 0;
  const push = (id: number) => {
    if (length === ids.length) {
      const grown = new Int32Array(ids.length * 2);
      grown.set(ids);
      ids = grown;
    }
    ids[length++] = id;
  };
  for (const source of SOURCES[sources]) {
    let taken = 0;
    for (const file of source.paths.flatMap(expand)) {
      if (taken >= source.maxTokens) break;
      for (const line of readText(file).split('\n')) {
        if (taken >= source.maxTokens) break;
        for (const match of line.matchAll(TOKEN)) {
          const word = match[0];
          let id = idOf.get(word);
          if (id === undefined) {
            id = words.length;
            idOf.set(word, id);
            words.push(word);
          }
          push(id);
          taken++;
        }
        push(-1);
      }
    }
    process.stderr.write(`clusters ${sources}: ${source.paths.join(', ')}: ${taken} tokens\n`);
  }
  return { ids, length, words };
}

/** Ids of the `n` most frequent words (ties by word, for determinism). */
function mostFrequent(counts: Int32Array, words: string[], n: number): number[] {
  const order = Array.from(counts.keys()).filter((id) => counts[id] > 0);
  order.sort((a, b) => counts[b] - counts[a] || (words[a] < words[b] ? -1 : 1));
  return order.slice(0, n);
}

/** PPMI-weighted left/right context vectors of the vocabulary, randomly projected to `dims` and unit-normalised. */
function contextVectors(
  corpus: { ids: Int32Array; length: number },
  rowOf: Int32Array,
  contextOf: Int32Array,
  vocabulary: number,
  contexts: number,
  dims: number,
  random: SeededRandom,
): Float32Array {
  // Context blocks: the word two before, one before, one after, two after.
  const width = 4 * contexts;
  const counts = new Float32Array(vocabulary * width);
  const { ids, length } = corpus;
  const context = (j: number) => (j >= 0 && j < length && ids[j] >= 0 ? contextOf[ids[j]] : -1);
  for (let i = 0; i < length; i++) {
    const row = ids[i] >= 0 ? rowOf[ids[i]] : -1;
    if (row < 0) continue;
    const base = row * width;
    const left = context(i - 1);
    const right = context(i + 1);
    // The second word on a side counts only when the line goes on that far.
    const left2 = i > 0 && ids[i - 1] >= 0 ? context(i - 2) : -1;
    const right2 = i + 1 < length && ids[i + 1] >= 0 ? context(i + 2) : -1;
    if (left2 >= 0) counts[base + left2]++;
    if (left >= 0) counts[base + contexts + left]++;
    if (right >= 0) counts[base + 2 * contexts + right]++;
    if (right2 >= 0) counts[base + 3 * contexts + right2]++;
  }
  // Positive PMI with context-distribution smoothing (alpha 0.75), then a sparse random projection.
  const rowTotal = new Float64Array(vocabulary);
  const columnTotal = new Float64Array(width);
  for (let r = 0; r < vocabulary; r++) {
    for (let c = 0; c < width; c++) {
      const v = counts[r * width + c];
      rowTotal[r] += v;
      columnTotal[c] += v;
    }
  }
  let smoothedTotal = 0;
  const smoothed = columnTotal.map((v) => Math.pow(v, 0.75));
  for (const v of smoothed) smoothedTotal += v;
  const projection = new Float32Array(width * dims);
  for (let i = 0; i < projection.length; i++) projection[i] = random.next() < 0.5 ? -1 : 1;
  const vectors = new Float32Array(vocabulary * dims);
  for (let r = 0; r < vocabulary; r++) {
    const out = r * dims;
    for (let c = 0; c < width; c++) {
      const v = counts[r * width + c];
      if (v === 0) continue;
      const pmi = Math.log((v * smoothedTotal) / (rowTotal[r] * smoothed[c]));
      if (pmi <= 0) continue;
      const p = c * dims;
      for (let d = 0; d < dims; d++) vectors[out + d] += pmi * projection[p + d];
    }
    normalise(vectors, out, dims);
  }
  return vectors;
}

function normalise(vectors: Float32Array, offset: number, dims: number): void {
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += vectors[offset + d] * vectors[offset + d];
  norm = Math.sqrt(norm);
  if (norm > 0) for (let d = 0; d < dims; d++) vectors[offset + d] /= norm;
}

/** Bits per level of the cluster tree: each node is split into 2^BITS_PER_LEVEL clusters by spherical k-means. */
const BITS_PER_LEVEL = 4;
const LEVELS = 3;

/** Spherical k-means of `members` (k-means++ seeding); returns the cluster (0..k-1) of each member. */
function kMeans(vectors: Float32Array, dims: number, members: Int32Array, k: number, random: SeededRandom): Uint8Array {
  const n = members.length;
  const assignment = new Uint8Array(n);
  const centroids = new Float32Array(k * dims);
  const similarity = (m: number, c: number) => {
    let dot = 0;
    const v = members[m] * dims;
    const o = c * dims;
    for (let d = 0; d < dims; d++) dot += vectors[v + d] * centroids[o + d];
    return dot;
  };
  // k-means++ on cosine distance 1 - similarity.
  const distance = new Float64Array(n).fill(Infinity);
  let chosen = members[random.int(n)];
  for (let c = 0; c < k; c++) {
    centroids.set(vectors.subarray(chosen * dims, chosen * dims + dims), c * dims);
    let total = 0;
    for (let m = 0; m < n; m++) {
      distance[m] = Math.min(distance[m], Math.max(0, 1 - similarity(m, c)));
      total += distance[m] * distance[m];
    }
    let target = random.next() * total;
    let pick = n - 1;
    for (let m = 0; m < n; m++) {
      target -= distance[m] * distance[m];
      if (target <= 0) {
        pick = m;
        break;
      }
    }
    chosen = members[pick];
  }
  for (let iteration = 0; iteration < 15; iteration++) {
    let changed = 0;
    for (let m = 0; m < n; m++) {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const score = similarity(m, c);
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      if (best !== assignment[m]) changed++;
      assignment[m] = best;
    }
    if (iteration > 0 && changed === 0) break;
    centroids.fill(0);
    for (let m = 0; m < n; m++) {
      const v = members[m] * dims;
      const o = assignment[m] * dims;
      for (let d = 0; d < dims; d++) centroids[o + d] += vectors[v + d];
    }
    for (let c = 0; c < k; c++) normalise(centroids, c * dims, dims);
  }
  return assignment;
}

/** Tree paths (with leading marker bit) of every row: LEVELS levels of k-means, each adding BITS_PER_LEVEL bits. */
function clusterTree(vectors: Float32Array, dims: number, rows: number, random: SeededRandom): Uint16Array {
  const k = 1 << BITS_PER_LEVEL;
  const paths = new Uint16Array(rows);
  const queue: { members: Int32Array; path: number; level: number }[] = [
    { members: Int32Array.from({ length: rows }, (_, i) => i), path: 1, level: 0 },
  ];
  while (queue.length > 0) {
    const { members, path, level } = queue.pop()!;
    if (level === LEVELS || members.length < 2 * k) {
      for (const m of members) paths[m] = path;
      continue;
    }
    const assignment = kMeans(vectors, dims, members, k, random);
    for (let c = 0; c < k; c++) {
      const part = members.filter((_, m) => assignment[m] === c);
      if (part.length > 0) queue.push({ members: part, path: (path << BITS_PER_LEVEL) | c, level: level + 1 });
    }
  }
  return paths;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      lang: { type: 'string' },
      out: { type: 'string' },
      vocabulary: { type: 'string', default: '80000' },
      contexts: { type: 'string', default: '1000' },
      dims: { type: 'string', default: '128' },
      seed: { type: 'string', default: '1' },
      sources: { type: 'string' },
    },
  });
  const language = values.lang ?? '';
  const sources = values.sources ?? language;
  if (!SOURCES[sources] || !values.out) throw new Error('usage: learn-clusters.ts --lang nl|en [--sources nl-open] --out FILE');
  const random = new SeededRandom(Number(values.seed));
  const corpus = readCorpus(sources);
  const counts = new Int32Array(corpus.words.length);
  for (let i = 0; i < corpus.length; i++) if (corpus.ids[i] >= 0) counts[corpus.ids[i]]++;
  const vocabulary = mostFrequent(counts, corpus.words, Number(values.vocabulary));
  const contexts = mostFrequent(counts, corpus.words, Number(values.contexts));
  const rowOf = new Int32Array(corpus.words.length).fill(-1);
  vocabulary.forEach((id, row) => (rowOf[id] = row));
  const contextOf = new Int32Array(corpus.words.length).fill(-1);
  contexts.forEach((id, column) => (contextOf[id] = column));
  const dims = Number(values.dims);
  const vectors = contextVectors(corpus, rowOf, contextOf, vocabulary.length, contexts.length, dims, random);
  process.stderr.write(`clusters ${language}: ${vocabulary.length} words, vectors done\n`);
  const paths = clusterTree(vectors, dims, vocabulary.length, random);
  const hashes = Uint32Array.from(vocabulary, (id) => hashString(corpus.words[id]));
  const clusters = new WordClusters(hashes, paths, {
    language,
    tokens: corpus.length,
    words: vocabulary.length,
    contexts: contexts.length,
    dims,
    seed: Number(values.seed),
  });
  clusters.save(values.out);
  const show = ['Amsterdam', 'Rotterdam', 'Jan', 'Pieter', 'maandag', 'Microsoft', 'Frankrijk', 'France', 'John', 'Monday'];
  for (const word of show) {
    const row = vocabulary.findIndex((id) => corpus.words[id] === word);
    if (row >= 0) process.stderr.write(`  ${word}: ${paths[row].toString(2).slice(1)}\n`);
  }
  process.stdout.write(`${JSON.stringify({ name: 'ner-clusters', language, out: values.out, ...clusters.meta })}\n`);
}

main();
