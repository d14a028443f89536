/**
 * Parser benchmark: for each shipped parser model (models/<lang>/parser.bin, or `--models DIR` holding
 * <lang>/parser.bin), load time, model size, and parse speed (wall clock and CPU time) on the language's UD dev
 * file (gold tokens and UPOS, so only the parser is timed). Prints one JSON line.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readTreebank } from '../src/learn/index.js';
import { DependencyParser, PARSER_FILE, goldTags } from '../src/parse/index.js';
import { modelsDir, UD_DEV, round } from './_ud-dev.js';

/** Parse the dev file this many times after one warm-up pass. */
const PASSES = 3;

const result: Record<string, number | string> = { name: 'parse' };
for (const language of ['nl', 'en']) {
  const path = join(modelsDir, language, PARSER_FILE);
  if (!existsSync(path) || !existsSync(UD_DEV[language])) continue;
  const loadStart = performance.now();
  const parser = DependencyParser.load(path);
  result[`${language}LoadMs`] = round(performance.now() - loadStart);
  result[`${language}ModelMB`] = round(statSync(path).size / 1e6);
  const treebank = readTreebank([UD_DEV[language]], language);
  goldTags(treebank.doc, treebank);
  parser.parse(treebank.doc);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (let pass = 0; pass < PASSES; pass++) parser.parse(treebank.doc);
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  result[`${language}TokensPerSecond`] = Math.round((PASSES * treebank.doc.length) / seconds);
  // CPU time is the steadier figure on a shared machine.
  result[`${language}TokensPerCpuSecond`] = Math.round((PASSES * treebank.doc.length) / cpuSeconds);
}
result.peakRssMB = round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify(result));
