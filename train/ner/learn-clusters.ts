/**
 * Learns hierarchical word clusters for the entity recogniser from unlabelled running text:
 * co-occurrence counts with the most frequent context words two and one to the left and right → positive PMI →
 * truncated SVD (randomised, 128 dimensions: far better neighbours than a random projection of the PPMI rows) →
 * three levels of spherical 16-means (a tree, so that path prefixes give clusters at several granularities,
 * as Brown clusters do). Deterministic for a given seed and input.
 *
 *   npx tsx train/ner/learn-clusters.ts --lang nl --out models/nl/ner-clusters.bin
 *   npx tsx train/ner/learn-clusters.ts --lang nl --sources nl-open --out models/nl-open/ner-clusters.bin
 *
 * Sources are the running text in ../shared/data (see SOURCES; `--sources` names a set, default the language's).
 * `nl-open` reads only openly licensed text. The output keeps only word hashes and paths.
 */
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  /**
   * How lines hold running text: 'text' (default: every line) or 'columns' (the first column of a token-per-line
   * NER file, a sentence per block).
   */
  format?: 'text' | 'columns';
}

/**
 * Dutch text full of names: WikiANN train (Wikipedia, CC BY-SA) and Europeana newspapers (CC0). Not for nl-open,
 * which trains on them: the text of a model's own training data must stay out of its clusters, or every training
 * word has a cluster while unseen words often have none, and the model learns to lean on clusters too much.
 */
const NL_NAMED_TEXT: Source[] = [
  { paths: ['wikiann-nl/train'], maxTokens: 1_000_000, format: 'columns' },
  { paths: ['europeana-ner-nl/enp_NL.kb.bio'], maxTokens: 1_000_000, format: 'columns' },
];

const SOURCES: Record<string, Source[]> = {
  nl: [
    { paths: ['nl-news-leestmeer-2019/text'], maxTokens: 12_000_000 },
    { paths: ['nl-laws-bwb'], maxTokens: 6_000_000 },
    { paths: ['europarl-nl-en-sample/europarl-wmt-tests.nl.txt.gz'], maxTokens: 1_000_000 },
    ...NL_NAMED_TEXT,
  ],
  // Openly licensed Dutch only: public-domain legislation, Europarl (free use), NTREX (CC BY-SA 4.0).
  'nl-open': [
    { paths: ['nl-laws-bwb'], maxTokens: 18_000_000 },
    { paths: ['europarl-nl-en-sample/europarl-wmt-tests.nl.txt.gz'], maxTokens: 1_000_000 },
    { paths: ['ntrex-nl-en/ntrex128-newstest2019.nld.txt.gz'], maxTokens: 1_000_000 },
  ],
  // Openly licensed English, none of it the recogniser's training text (see NL_NAMED_TEXT).
  en: [
    { paths: ['ungdc-en'], maxTokens: 14_000_000 },
    { paths: ['wikinews-en/wikinews_2019.csv', 'wikinews-en/wikinews_2020.csv'], maxTokens: 2_000_000 },
    { paths: ['europarl-nl-en-sample/europarl-wmt-tests.en.txt.gz'], maxTokens: 1_000_000 },
    { paths: ['ntrex-nl-en/ntrex128-newstest2019.eng.txt.gz'], maxTokens: 1_000_000 },
  ],
};

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

function expand(path: string): string[] {
  const full = join(DATA, path);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full)
    .filter((name) => name.endsWith('.txt.gz') && !name.startsWith('index'))
    .sort()
    .map((name) => join(full, name));
}

function readText(file: string): string {
  const raw = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

/** The lines of running text of a file in `format` (see Source). */
function textLines(content: string, format: 'text' | 'columns'): string[] {
  const lines = content.split('\n');
  if (format === 'text') return lines;
  const sentences: string[] = [];
  let words: string[] = [];
  for (const line of lines) {
    // WikiANN prefixes each token with its language ("nl:Amsterdam").
    const word = line.trim().split(/\s+/)[0].replace(/^[a-z]{2}:(?=.)/, '');
    if (word && !word.startsWith('-DOCSTART-')) words.push(word);
    else if (words.length > 0) {
      sentences.push(words.join(' '));
      words = [];
    }
  }
  if (words.length > 0) sentences.push(words.join(' '));
  return sentences;
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
      for (const line of textLines(readText(file), source.format ?? 'text')) {
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
  // Positive PMI with context-distribution smoothing (alpha 0.75), kept as sparse rows.
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
  const rowStart = new Int32Array(vocabulary + 1);
  const columns: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < vocabulary; r++) {
    for (let c = 0; c < width; c++) {
      const v = counts[r * width + c];
      if (v === 0) continue;
      const pmi = Math.log((v * smoothedTotal) / (rowTotal[r] * smoothed[c]));
      if (pmi <= 0) continue;
      columns.push(c);
      values.push(pmi);
    }
    rowStart[r + 1] = columns.length;
  }
  const ppmi = { rows: vocabulary, width, rowStart, columns: Int32Array.from(columns), values: Float32Array.from(values) };
  const vectors = truncatedSvd(ppmi, dims, random);
  for (let r = 0; r < vocabulary; r++) normalise(vectors, r * dims, dims);
  return vectors;
}

/** A sparse matrix in compressed rows. */
interface SparseRows {
  rows: number;
  width: number;
  rowStart: Int32Array;
  columns: Int32Array;
  values: Float32Array;
}

/** Y = A · X for dense X (width × k, row-major); Y is rows × k. */
function times(a: SparseRows, x: Float64Array, k: number): Float64Array {
  const y = new Float64Array(a.rows * k);
  for (let r = 0; r < a.rows; r++) {
    const out = r * k;
    for (let j = a.rowStart[r]; j < a.rowStart[r + 1]; j++) {
      const v = a.values[j];
      const from = a.columns[j] * k;
      for (let d = 0; d < k; d++) y[out + d] += v * x[from + d];
    }
  }
  return y;
}

/** Z = Aᵀ · Y for dense Y (rows × k); Z is width × k. */
function timesTransposed(a: SparseRows, y: Float64Array, k: number): Float64Array {
  const z = new Float64Array(a.width * k);
  for (let r = 0; r < a.rows; r++) {
    const from = r * k;
    for (let j = a.rowStart[r]; j < a.rowStart[r + 1]; j++) {
      const v = a.values[j];
      const out = a.columns[j] * k;
      for (let d = 0; d < k; d++) z[out + d] += v * y[from + d];
    }
  }
  return z;
}

/** Orthonormalises the k columns of the n × k row-major matrix in place (modified Gram-Schmidt). */
function orthonormalise(m: Float64Array, n: number, k: number): void {
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < a; b++) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += m[i * k + a] * m[i * k + b];
      for (let i = 0; i < n; i++) m[i * k + a] -= dot * m[i * k + b];
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += m[i * k + a] * m[i * k + a];
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < n; i++) m[i * k + a] /= norm;
  }
}

/** Eigenvalues and eigenvectors (columns of `vectors`) of a symmetric k × k matrix, by cyclic Jacobi rotations. */
function symmetricEigen(matrix: Float64Array, k: number): { values: Float64Array; vectors: Float64Array } {
  const a = matrix.slice();
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += a[p * k + q] * a[p * k + q];
    if (off < 1e-18) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = a[p * k + q];
        if (Math.abs(apq) < 1e-30) continue;
        const theta = (a[q * k + q] - a[p * k + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let i = 0; i < k; i++) {
          const aip = a[i * k + p];
          const aiq = a[i * k + q];
          a[i * k + p] = c * aip - s * aiq;
          a[i * k + q] = s * aip + c * aiq;
        }
        for (let i = 0; i < k; i++) {
          const api = a[p * k + i];
          const aqi = a[q * k + i];
          a[p * k + i] = c * api - s * aqi;
          a[q * k + i] = s * api + c * aqi;
        }
        for (let i = 0; i < k; i++) {
          const vip = v[i * k + p];
          const viq = v[i * k + q];
          v[i * k + p] = c * vip - s * viq;
          v[i * k + q] = s * vip + c * viq;
        }
      }
    }
  }
  return { values: Float64Array.from({ length: k }, (_, i) => a[i * k + i]), vectors: v };
}

/**
 * Rows of A projected on its top `dims` singular directions, scaled by the square roots of the singular values
 * (randomised SVD with one power iteration): denoised word vectors, as SVD of PPMI gives.
 */
function truncatedSvd(a: SparseRows, dims: number, random: SeededRandom): Float32Array {
  const k = dims + 10;
  const omega = new Float64Array(a.width * k);
  for (let i = 0; i < omega.length; i++) omega[i] = random.next() < 0.5 ? -1 : 1;
  let q = times(a, omega, k);
  orthonormalise(q, a.rows, k);
  q = times(a, timesTransposed(a, q, k), k);
  orthonormalise(q, a.rows, k);
  // B = Qᵀ A (k × width), kept transposed as width × k; its k × k Gram matrix B Bᵀ gives U and the singular values.
  const bt = timesTransposed(a, q, k);
  const gram = new Float64Array(k * k);
  for (let c = 0; c < a.width; c++) {
    for (let i = 0; i < k; i++) {
      const x = bt[c * k + i];
      if (x === 0) continue;
      for (let j = 0; j < k; j++) gram[i * k + j] += x * bt[c * k + j];
    }
  }
  const { values, vectors } = symmetricEigen(gram, k);
  const order = Array.from({ length: k }, (_, i) => i).sort((x, y) => values[y] - values[x]).slice(0, dims);
  // Row embedding: Q · U_top · Σ^(1/2), where Σ = sqrt(eigenvalues).
  const out = new Float32Array(a.rows * dims);
  for (let r = 0; r < a.rows; r++) {
    for (let d = 0; d < dims; d++) {
      const column = order[d];
      let sum = 0;
      for (let i = 0; i < k; i++) sum += q[r * k + i] * vectors[i * k + column];
      out[r * dims + d] = sum * Math.pow(Math.max(values[column], 0), 0.25);
    }
  }
  return out;
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

/**
 * Word hashes and paths, plus the lower-cased form of each capitalised word whose lower case is not a word of its
 * own, with the path of its most frequent capitalisation: lower-case web text ("miramar florida") then finds the
 * cluster of the name.
 */
function withLowerCaseForms(words: readonly string[], paths: Uint16Array): { hashes: Uint32Array; paths: Uint16Array } {
  const hashes = words.map((word) => hashString(word));
  const all = [...paths];
  const known = new Set(hashes);
  for (let row = 0; row < words.length; row++) {
    const lower = hashString(words[row].toLowerCase());
    if (known.has(lower)) continue;
    known.add(lower);
    hashes.push(lower);
    all.push(paths[row]);
  }
  return { hashes: Uint32Array.from(hashes), paths: Uint16Array.from(all) };
}

/** Settings of a clustering run (the defaults are those of the shipped clusters). */
export interface ClusterSettings {
  vocabulary: number;
  contexts: number;
  dims: number;
  seed: number;
}

export const DEFAULT_CLUSTER_SETTINGS: ClusterSettings = { vocabulary: 80_000, contexts: 1000, dims: 128, seed: 1 };

/** Learns the clusters of a source set (a key of SOURCES: 'nl', 'nl-open', 'en') and writes them to `out`. */
export function learnClusters(sources: string, out: string, settings: ClusterSettings = DEFAULT_CLUSTER_SETTINGS): WordClusters {
  if (!SOURCES[sources]) throw new Error(`learnClusters: no source set '${sources}'`);
  const random = new SeededRandom(settings.seed);
  const corpus = readCorpus(sources);
  const counts = new Int32Array(corpus.words.length);
  for (let i = 0; i < corpus.length; i++) if (corpus.ids[i] >= 0) counts[corpus.ids[i]]++;
  const vocabulary = mostFrequent(counts, corpus.words, settings.vocabulary);
  const contexts = mostFrequent(counts, corpus.words, settings.contexts);
  const rowOf = new Int32Array(corpus.words.length).fill(-1);
  vocabulary.forEach((id, row) => (rowOf[id] = row));
  const contextOf = new Int32Array(corpus.words.length).fill(-1);
  contexts.forEach((id, column) => (contextOf[id] = column));
  const dims = settings.dims;
  const vectors = contextVectors(corpus, rowOf, contextOf, vocabulary.length, contexts.length, dims, random);
  process.stderr.write(`clusters ${sources}: ${vocabulary.length} words, vectors done\n`);
  const paths = clusterTree(vectors, dims, vocabulary.length, random);
  const { hashes, paths: allPaths } = withLowerCaseForms(vocabulary.map((id) => corpus.words[id]), paths);
  const clusters = new WordClusters(hashes, allPaths, {
    sources,
    tokens: corpus.length,
    words: vocabulary.length,
    contexts: contexts.length,
    dims,
    seed: settings.seed,
  });
  clusters.save(out);
  return clusters;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      lang: { type: 'string' },
      out: { type: 'string' },
      vocabulary: { type: 'string', default: String(DEFAULT_CLUSTER_SETTINGS.vocabulary) },
      contexts: { type: 'string', default: String(DEFAULT_CLUSTER_SETTINGS.contexts) },
      dims: { type: 'string', default: String(DEFAULT_CLUSTER_SETTINGS.dims) },
      seed: { type: 'string', default: String(DEFAULT_CLUSTER_SETTINGS.seed) },
      sources: { type: 'string' },
    },
  });
  const sources = values.sources ?? values.lang ?? '';
  if (!SOURCES[sources] || !values.out) throw new Error('usage: learn-clusters.ts --lang nl|en [--sources nl-open] --out FILE');
  const clusters = learnClusters(sources, values.out, {
    vocabulary: Number(values.vocabulary),
    contexts: Number(values.contexts),
    dims: Number(values.dims),
    seed: Number(values.seed),
  });
  process.stdout.write(`${JSON.stringify({ name: 'ner-clusters', out: values.out, ...clusters.meta })}\n`);
}

// Run as a script, not when imported by train-all.ts.
if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) main();
