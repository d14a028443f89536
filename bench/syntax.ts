/**
 * Tagger + lemmatizer benchmark: for each language with shipped models (models/<lang>/{tagger,lemmatizer}.bin,
 * or `--models DIR` holding <lang>/...), load time, model sizes, and tagging+lemmatizing speed (wall clock and
 * CPU time) on the language's UD dev file (gold tokenisation; tags and lemmas are recomputed every pass).
 * Prints one JSON line.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readTreebank } from '../src/learn/index.js';
import { Lemmatizer } from '../src/lemmatize/index.js';
import { Tagger } from '../src/tag/index.js';
import { modelsDir, UD_DEV, round } from './_ud-dev.js';

/** Tag and lemmatize the dev file this many times after one warm-up pass. */
const PASSES = 5;

const result: Record<string, number | string> = { name: 'syntax' };
let totalLoadMs = 0;
for (const language of ['nl', 'en']) {
  const taggerPath = join(modelsDir, language, 'tagger.bin');
  const lemmatizerPath = join(modelsDir, language, 'lemmatizer.bin');
  if (!existsSync(taggerPath) || !existsSync(lemmatizerPath)) continue;
  const loadStart = performance.now();
  const tagger = Tagger.load(taggerPath);
  const lemmatizer = Lemmatizer.load(lemmatizerPath);
  const loadMs = performance.now() - loadStart;
  totalLoadMs += loadMs;
  result[`${language}LoadMs`] = round(loadMs);
  result[`${language}TaggerMB`] = round(statSync(taggerPath).size / 1e6);
  result[`${language}LemmatizerMB`] = round(statSync(lemmatizerPath).size / 1e6);
  if (!existsSync(UD_DEV[language])) continue;
  const { doc } = readTreebank([UD_DEV[language]], language);
  tagger.apply(doc);
  lemmatizer.apply(doc);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (let pass = 0; pass < PASSES; pass++) {
    tagger.apply(doc);
    lemmatizer.apply(doc);
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  result[`${language}TokensPerSecond`] = Math.round((PASSES * doc.length) / seconds);
  // CPU time is the steadier figure on a shared machine.
  result[`${language}TokensPerCpuSecond`] = Math.round((PASSES * doc.length) / cpuSeconds);
}
result.totalLoadMs = round(totalLoadMs);
result.peakRssMB = round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify(result));
