import { ByteReader, ByteWriter, hashLower, hashSlice, readModelFile, requireSection, writeModelFile } from '../learn/index.js';

export const CLUSTERS_KIND = 'ner-clusters';

/**
 * Hierarchical word clusters: each frequent word (case-sensitive) has a binary path from the root of a cluster
 * tree, stored as a uint16 with a leading 1 bit (path "0110" → 0b10110; at most 15 bits). Prefixes of the path give clusters at
 * several granularities. Words are kept only as 32-bit hashes of their form, so the file holds no text.
 */
export class WordClusters {
  private readonly pathOfHash: Map<number, number>;

  constructor(
    readonly hashes: Uint32Array,
    readonly paths: Uint16Array,
    readonly meta: Record<string, unknown> = {},
  ) {
    if (hashes.length !== paths.length) throw new RangeError('WordClusters: hashes and paths differ in length');
    this.pathOfHash = new Map();
    for (let i = 0; i < hashes.length; i++) this.pathOfHash.set(hashes[i], paths[i]);
  }

  get size(): number {
    return this.hashes.length;
  }

  /** The path of `text[start, end)` (its exact form, else its lower-cased form), or 0 when the word is unknown. */
  pathOf(text: string, start: number, end: number): number {
    return this.pathOfHash.get(hashSlice(text, start, end)) ?? this.pathOfHash.get(hashLower(text, start, end)) ?? 0;
  }

  toBytes(): Uint8Array {
    const out = new ByteWriter();
    out.array(this.hashes);
    out.array(this.paths);
    return out.toBytes();
  }

  static fromBytes(bytes: Uint8Array, meta: Record<string, unknown> = {}): WordClusters {
    const input = new ByteReader(bytes);
    return new WordClusters(input.uint32Array(), input.uint16Array(), meta);
  }

  save(path: string): void {
    writeModelFile(path, { kind: CLUSTERS_KIND, meta: this.meta, sections: new Map([['clusters', this.toBytes()]]) });
  }

  static load(path: string): WordClusters {
    const file = readModelFile(path, CLUSTERS_KIND);
    return WordClusters.fromBytes(requireSection(file, 'clusters'), file.meta);
  }
}

/** The first `bits` bits of a path with its marker bit (the whole path when shorter); 0 stays 0. */
export function clusterPrefix(path: number, bits: number): number {
  if (path === 0) return 0;
  const depth = 31 - Math.clz32(path);
  return depth <= bits ? path : path >>> (depth - bits);
}
