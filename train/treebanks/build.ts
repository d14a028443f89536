/**
 * Builds the Dutch UD v2 training treebanks:
 *   train/build/treebanks/nl-alpino-cdb.conllu        (Alpino Treebank cdb, Alpino XML 1.2 converted)
 *   train/build/treebanks/nl-lassysmall-r14-v2.conllu (LassySmall r1.4 Wikipedia train, v1 -> v2)
 * and prints counts and distributions next to the dev files' (which are read for comparison only).
 * Usage: npx tsx train/treebanks/build.ts [--details]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { formatConllu, parseConllu, type ConlluSentence } from '../../src/io/conllu.js';
import { parseAlpinoXml } from './alpino-xml.js';
import { buildTools } from './tools.js';
import { alpinoToConllu } from './alpino-conllu.js';
import { convertV1Sentence } from './v1-to-v2.js';
import { isNonProjective, treeProblems } from './validate.js';
import { biggestDisagreements, countColumn, distributionTable, pairCounts } from './stats.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const data = resolve(repo, '../shared/data');
const out = join(repo, 'train/build/treebanks');
const ALPINO_XML = join(data, 'alpino-treebank-nltk/alpino.xml.gz');
const LASSY_V1 = join(data, 'ud-nl-lassysmall/nl_lassysmall-ud-train.r1.4-filtered.conllu.gz');
const DEV = [join(data, 'ud-nl-alpino/nl_alpino-ud-dev.conllu'), join(data, 'ud-nl-lassysmall/nl_lassysmall-ud-dev.conllu')];

interface Built {
  name: string;
  sentences: ConlluSentence[];
  skipped: string[];
}

function keepValid(name: string, candidates: (ConlluSentence | string)[]): Built {
  const sentences: ConlluSentence[] = [];
  const skipped: string[] = [];
  for (const c of candidates) {
    if (typeof c === 'string') {
      skipped.push(c);
      continue;
    }
    const problems = treeProblems(c);
    if (problems.length) skipped.push(`${c.comments.get('sent_id')}: ${problems.join('; ')}`);
    else sentences.push(c);
  }
  return { name, sentences, skipped };
}

function report(built: Built, dev: ConlluSentence[], details: boolean): void {
  const tokens = built.sentences.reduce((n, s) => n + s.words.length, 0);
  const nonProjective = built.sentences.filter(isNonProjective).length;
  console.log(`\n== ${built.name}: ${built.sentences.length} sentences, ${tokens} tokens, ${nonProjective} non-projective, ${built.skipped.length} skipped`);
  for (const s of built.skipped.slice(0, 20)) console.log(`  skipped ${s}`);
  if (!dev.length) return;
  console.log('\nUPOS');
  console.log(distributionTable([['ours', countColumn(built.sentences, (w) => w.upos)], ['dev', countColumn(dev, (w) => w.upos)]]));
  console.log('\nDEPREL');
  console.log(distributionTable([['ours', countColumn(built.sentences, (w) => w.deprel)], ['dev', countColumn(dev, (w) => w.deprel)]]));
  if (!details) return;
  console.log('\n(word, UPOS) disagreements');
  for (const l of biggestDisagreements(pairCounts(built.sentences, (w) => w.upos), pairCounts(dev, (w) => w.upos), 40)) console.log('  ' + l);
  console.log('\n(word, lemma) disagreements');
  for (const l of biggestDisagreements(pairCounts(built.sentences, (w) => w.lemma), pairCounts(dev, (w) => w.lemma), 40)) console.log('  ' + l);
  console.log('\n(word, deprel) disagreements');
  for (const l of biggestDisagreements(pairCounts(built.sentences, (w) => w.deprel), pairCounts(dev, (w) => w.deprel), 40)) console.log('  ' + l);
}

function main(): void {
  const details = process.argv.includes('--details');
  for (const f of [ALPINO_XML, LASSY_V1]) if (!existsSync(f)) throw new Error(`missing input ${f}`);
  const alpino = parseAlpinoXml(gunzipSync(readFileSync(ALPINO_XML)).toString('latin1'));
  const lassy = parseConllu(gunzipSync(readFileSync(LASSY_V1)).toString('utf8'), LASSY_V1);
  const tools = buildTools(alpino, lassy);

  const alpinoBuilt = keepValid(
    'nl-alpino-cdb',
    alpino.map((s) => {
      try {
        return alpinoToConllu(s, tools.alpino);
      } catch (e) {
        return `cdb-${s.id}: ${(e as Error).message}`;
      }
    }),
  );
  const lassyBuilt = keepValid(
    'nl-lassysmall-r14-v2',
    lassy.map((s) => convertV1Sentence(s, tools.v1)),
  );

  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'nl-alpino-cdb.conllu'), formatConllu(alpinoBuilt.sentences));
  writeFileSync(join(out, 'nl-lassysmall-r14-v2.conllu'), formatConllu(lassyBuilt.sentences));
  const dev = DEV.filter(existsSync).flatMap((f) => parseConllu(readFileSync(f, 'utf8'), f));
  report(alpinoBuilt, dev, details);
  report(lassyBuilt, dev, details);
  console.log(`\nwrote ${join(out, 'nl-alpino-cdb.conllu')} and ${join(out, 'nl-lassysmall-r14-v2.conllu')}`);
}

main();
