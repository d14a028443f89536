/**
 * Linker benchmark: time to link a 600-word article against the time of the whole analysis before it (segmenter,
 * tagger, lemmatizer, parser, time expressions), the knowledge base's load time, and peak memory. Texts: the
 * development set (eval/link/dev.jsonl) and the example article, each timed after a warm-up pass. CPU time, the steadier figure on a shared machine.
 * Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../src/doc/doc.js';
import { knowledgeBase } from '../src/kb/index.js';
import { Linker } from '../src/link/index.js';
import { pipelineFor } from '../src/pipeline/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Link every text this many times after one warm-up pass. */
const PASSES = 5;
const WORDS_PER_ARTICLE = 600;

interface Text {
  language: string;
  published: string | null;
  text: string;
}

const texts: Text[] = readFileSync(`${root}eval/link/dev.jsonl`, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Text);
texts.push({ language: 'nl', published: '2022-03-19', text: readFileSync(`${root}examples/biden-xi.nl.txt`, 'utf8') });
const words = texts.reduce((n, t) => n + t.text.split(/\s+/).filter(Boolean).length, 0);

for (const language of new Set(texts.map((t) => t.language))) pipelineFor(language);
const kbStart = process.cpuUsage();
knowledgeBase();
const kbLoadMs = cpuMs(kbStart);

const analyse = (): { doc: Doc; published: string | null }[] =>
  texts.map((t) => ({ doc: pipelineFor(t.language).run(t.text, { published: t.published }).doc, published: t.published }));
analyse();
const analysisStart = process.cpuUsage();
const docs = analyse();
const analysisMs = cpuMs(analysisStart);

/**
 * Links every text once with new linkers, so that no name is in their lookup caches yet (the cost of unseen
 * names), or with the same linkers again (names seen before, as in a stream of articles on the same events).
 */
function linkAll(linkers: Map<string, Linker>): number {
  let mentions = 0;
  for (const { doc, published } of docs) {
    let linker = linkers.get(doc.language);
    if (!linker) linkers.set(doc.language, (linker = new Linker(doc.language)));
    mentions += linker.link(doc, published).mentions.length;
  }
  return mentions;
}
const mentions = linkAll(new Map());
const coldStart = process.cpuUsage();
for (let pass = 0; pass < PASSES; pass++) linkAll(new Map());
const linkMs = cpuMs(coldStart) / PASSES;
const warm = new Map<string, Linker>();
linkAll(warm);
const warmStart = process.cpuUsage();
for (let pass = 0; pass < PASSES; pass++) linkAll(warm);
const linkCachedMs = cpuMs(warmStart) / PASSES;

const per600 = (ms: number) => round((ms * WORDS_PER_ARTICLE) / words);
console.log(
  JSON.stringify({
    name: 'link',
    texts: texts.length,
    words,
    mentions,
    kbLoadMs: round(kbLoadMs),
    analysisMsPer600Words: per600(analysisMs),
    linkMsPer600Words: per600(linkMs),
    linkCachedMsPer600Words: per600(linkCachedMs),
    linkPercentOfAnalysis: round((100 * linkMs) / analysisMs),
    peakRssMB: round(process.resourceUsage().maxRSS / 1024),
  }),
);

function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
