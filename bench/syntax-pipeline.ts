/**
 * Tag + lemma + parse benchmark: for each language with shipped models (models/<lang>/{tagger,lemmatizer,parser}.bin,
 * or `--models DIR` holding <lang>/...), the speed of running all three in a row (wall clock and CPU time) on the
 * language's UD dev file (gold tokenisation; tags, lemmas and trees are recomputed every pass). Prints one JSON line.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readTreebank } from '../src/learn/index.js';
import { Lemmatizer } from '../src/lemmatize/index.js';
import { DependencyParser, PARSER_FILE } from '../src/parse/index.js';
import { Tagger } from '../src/tag/index.js';
import { modelsDir, UD_DEV } from './_ud-dev.js';

/** Run the dev file through all three this many times after one warm-up pass. */
const PASSES = 3;

const result: Record<string, number | string> = { name: 'syntax-pipeline' };
for (const language of ['nl', 'en']) {
  const paths = ['tagger.bin', 'lemmatizer.bin', PARSER_FILE].map((file) => join(modelsDir, language, file));
  if (!paths.every(existsSync) || !existsSync(UD_DEV[language])) continue;
  const tagger = Tagger.load(paths[0]);
  const lemmatizer = Lemmatizer.load(paths[1]);
  const parser = DependencyParser.load(paths[2]);
  const { doc } = readTreebank([UD_DEV[language]], language);
  const run = (): void => {
    tagger.apply(doc);
    lemmatizer.apply(doc);
    parser.apply(doc);
  };
  run();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (let pass = 0; pass < PASSES; pass++) run();
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  result[`${language}TokensPerSecond`] = Math.round((PASSES * doc.length) / seconds);
  // CPU time is the steadier figure on a shared machine.
  result[`${language}TokensPerCpuSecond`] = Math.round((PASSES * doc.length) / cpuSeconds);
}
result.peakRssMB = Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
console.log(JSON.stringify(result));
