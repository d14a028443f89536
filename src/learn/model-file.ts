import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ByteReader, ByteWriter } from './bytes.js';

/**
 * The container every Kroniek model file uses: gzip of
 *   magic "KRONIEKM" | u32 format version | JSON header {kind, meta, sections: [names]} | one byte blob per section.
 * `kind` names the component ("tagger", "lemmatizer", ...); `meta` is free JSON (training data, scores, settings);
 * sections hold binary parts such as encoded LinearModels.
 */
export interface ModelFile {
  kind: string;
  meta: Record<string, unknown>;
  sections: Map<string, Uint8Array>;
}

const MAGIC = 'KRONIEKM';
const FORMAT_VERSION = 1;

export function encodeModelFile(model: ModelFile): Uint8Array {
  const out = new ByteWriter();
  out.string(MAGIC);
  out.u32(FORMAT_VERSION);
  const names = [...model.sections.keys()];
  out.json({ kind: model.kind, meta: model.meta, sections: names });
  for (const name of names) out.bytes(model.sections.get(name)!);
  return gzipSync(out.toBytes(), { level: 9 });
}

export function decodeModelFile(data: Uint8Array, expectedKind?: string): ModelFile {
  const input = new ByteReader(gunzipSync(data));
  if (input.string() !== MAGIC) throw new Error('not a Kroniek model file');
  const version = input.u32();
  if (version !== FORMAT_VERSION) throw new Error(`unsupported model file version ${version}`);
  const header = input.json<{ kind: string; meta: Record<string, unknown>; sections: string[] }>();
  if (expectedKind !== undefined && header.kind !== expectedKind) {
    throw new Error(`expected a ${expectedKind} model, found a ${header.kind} model`);
  }
  const sections = new Map<string, Uint8Array>();
  for (const name of header.sections) sections.set(name, input.bytes());
  return { kind: header.kind, meta: header.meta, sections };
}

export function writeModelFile(path: string, model: ModelFile): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, encodeModelFile(model));
}

export function readModelFile(path: string, expectedKind?: string): ModelFile {
  try {
    return decodeModelFile(readFileSync(path), expectedKind);
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A section that must exist. */
export function requireSection(model: ModelFile, name: string): Uint8Array {
  const section = model.sections.get(name);
  if (!section) throw new Error(`${model.kind} model has no section '${name}'`);
  return section;
}

/** A JSON value as a section. */
export function jsonSection(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}

/** Reads a section written by `jsonSection`. */
export function readJsonSection<T>(model: ModelFile, name: string): T {
  return JSON.parse(new TextDecoder().decode(requireSection(model, name))) as T;
}
