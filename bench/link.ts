/**
 * Linker and time-expression benchmark: what linking and time expressions add to the rest of the analysis
 * (segmenter, tagger, lemmatizer, parser) of a 600-word article, each stage's CPU time measured inside the pipeline
 * (CPU time: the steadier figure on a shared machine), plus the knowledge base's load time and peak memory.
 * Linking is timed with new linkers (names not yet in their lookup caches: `linkMsPer600Words`, the figure the
 * percentages use) and with the same linkers again (`linkCachedMsPer600Words`). Texts: the development set
 * (eval/link/dev.jsonl) and the example article, each timed after a warm-up pass. Prints one JSON line.
 * Run: npx tsx bench/link.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Doc as DocClass, type Doc } from '../src/doc/doc.js';
import { knowledgeBase } from '../src/kb/index.js';
import { Linker } from '../src/link/index.js';
import { pipelineFor } from '../src/pipeline/index.js';
import { segment } from '../src/tokenize/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Link every text this many times after one warm-up pass. */
const PASSES = 10;
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

/** CPU time per pipeline stage (segmenter, tagger, ..., time, linker), summed over the texts. */
function analyse(): { docs: { doc: Doc; published: string | null }[]; stageMs: Map<string, number> } {
  const stageMs = new Map<string, number>();
  const add = (stage: string, start: NodeJS.CpuUsage) => stageMs.set(stage, (stageMs.get(stage) ?? 0) + cpuMs(start));
  const docs = texts.map((t) => {
    const pipeline = pipelineFor(t.language);
    const context = { published: t.published };
    let start = process.cpuUsage();
    const doc = new DocClass(t.text, segment(t.text, t.language), t.language);
    add('segmenter', start);
    for (const component of pipeline.components) {
      start = process.cpuUsage();
      component.apply(doc, context);
      add(component.name, start);
    }
    return { doc, published: t.published };
  });
  return { docs, stageMs };
}
analyse();
const stageMs = new Map<string, number>();
let docs: { doc: Doc; published: string | null }[] = [];
for (let pass = 0; pass < PASSES; pass++) {
  const run = analyse();
  docs = run.docs;
  for (const [stage, ms] of run.stageMs) stageMs.set(stage, (stageMs.get(stage) ?? 0) + ms / PASSES);
}
const analysisMs = [...stageMs.values()].reduce((a, b) => a + b, 0);
const timeMs = stageMs.get('time') ?? 0;
/** The analysis without the two stages measured here: what linking and time expressions add to. */
const baseMs = analysisMs - timeMs - (stageMs.get('linker') ?? 0);

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
    baseMsPer600Words: per600(baseMs),
    timeMsPer600Words: per600(timeMs),
    linkMsPer600Words: per600(linkMs),
    linkCachedMsPer600Words: per600(linkCachedMs),
    linkPercentOfBase: round((100 * linkMs) / baseMs),
    timePercentOfBase: round((100 * timeMs) / baseMs),
    linkAndTimePercentOfBase: round((100 * (linkMs + timeMs)) / baseMs),
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
