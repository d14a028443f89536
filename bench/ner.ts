/**
 * Entity recogniser benchmark: for each shipped model (models/<name>/ner.bin), load time, model size and
 * recognition speed (wall clock and CPU time) on its dev file's gold tokenisation, tagged beforehand, so only the recogniser is timed.
 * Prints one JSON line.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EntityRecognizer, NER_MODEL_FILE, readNerCorpus, tagDocuments } from '../src/ner/index.js';
import { Tagger } from '../src/tag/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const MODELS: { name: string; language: string; dev: string }[] = [
  { name: 'nl', language: 'nl', dev: join(root, '../shared/data/conll2002-nl/ned.testa') },
  { name: 'nl-open', language: 'nl', dev: join(root, '../shared/data/conll2002-nl/ned.testa') },
  { name: 'en', language: 'en', dev: join(root, '../shared/data/uner-en-ewt/en_ewt-ud-dev.iob2') },
];
/** Recognise the dev file this many times after one warm-up pass. */
const PASSES = 3;

const result: Record<string, number | string> = { name: 'ner' };
for (const { name, language, dev } of MODELS) {
  const path = join(root, 'models', name, NER_MODEL_FILE);
  if (!existsSync(path) || !existsSync(dev)) continue;
  const key = name.replace('-open', 'Open');
  const loadStart = performance.now();
  const recognizer = EntityRecognizer.load(path);
  result[`${key}LoadMs`] = round(performance.now() - loadStart);
  result[`${key}ModelMB`] = round(statSync(path).size / 1e6);
  const documents = readNerCorpus(dev, language);
  tagDocuments(documents, Tagger.forLanguage(language));
  const tokens = documents.reduce((n, d) => n + d.doc.length, 0);
  for (const { doc } of documents) recognizer.apply(doc);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (let pass = 0; pass < PASSES; pass++) for (const { doc } of documents) recognizer.apply(doc);
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  result[`${key}TokensPerSecond`] = Math.round((PASSES * tokens) / seconds);
  // CPU time is the steadier figure on a shared machine.
  result[`${key}TokensPerCpuSecond`] = Math.round((PASSES * tokens) / ((cpu.user + cpu.system) / 1e6));
}
result.peakRssMB = round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify(result));

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
