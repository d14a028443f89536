import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UsageError } from './command.js';
import { parseCommandLine } from './options.js';
import type { Evaluation } from './eval.js';
import { Accuracy, readTreebank, shippedModelPath } from '../learn/index.js';
import { Lemmatizer } from '../lemmatize/index.js';
import { attachmentScores, DependencyParser, PARSER_FILE } from '../parse/index.js';
import { Tagger } from '../tag/index.js';

const LANGUAGES = ['nl', 'en'];

/** Scores in percent; null when not measurable (no gold XPOS, no parser model). */
export interface UdScores {
  upos: number;
  xpos: number | null;
  lemma: number;
  uas: number | null;
  las: number | null;
  tokens: number;
}

const usage = `Usage: kroniek eval ud FILE.conllu --lang ${LANGUAGES.join('|')} [--json] [--models DIR]

Runs the tagger, lemmatizer and (when its model exists) the dependency parser on the gold tokenisation of a
CoNLL-U treebank (FILE may be gzipped) and scores UPOS, XPOS, lemma, UAS and LAS (universal relation) over all
words, punctuation included. XPOS is null when the file or the tagger has none; UAS/LAS are null without a
parser model.

Options:
  --json          print {"upos","xpos","lemma","uas","las","tokens"}
  --models DIR    read LANG/tagger.bin, LANG/lemmatizer.bin and LANG/parser.bin under DIR (default: the shipped models)
`;

export const evalUd: Evaluation = {
  name: 'ud',
  summary: 'tagger, lemmatizer and parser against a CoNLL-U treebank (gold tokens)',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, { json: { type: 'boolean' }, lang: { type: 'string' }, models: { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError('eval ud takes exactly one CoNLL-U file');
    if (!values.lang || !LANGUAGES.includes(values.lang)) throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
    const language = values.lang;
    const modelPath = (file: string) => (values.models ? join(values.models, language, file) : shippedModelPath(language, file));
    const file = positionals[0];
    if (!existsSync(file)) throw new Error(`cannot read ${file}`);

    const gold = readTreebank([file], language);
    const parsedDoc = gold.doc;
    const tagger = Tagger.load(modelPath('tagger.bin'));
    const lemmatizer = Lemmatizer.load(modelPath('lemmatizer.bin'));
    tagger.apply(parsedDoc);
    lemmatizer.apply(parsedDoc);
    let uas: number | null = null;
    let las: number | null = null;
    if (existsSync(modelPath(PARSER_FILE))) {
      DependencyParser.load(modelPath(PARSER_FILE)).apply(parsedDoc);
      ({ uas, las } = attachmentScores(gold, parsedDoc));
    } else {
      io.stderr.write(`eval ud: no parser model at ${modelPath(PARSER_FILE)}: uas and las are null\n`);
    }

    const upos = new Accuracy();
    const xpos = new Accuracy();
    const lemma = new Accuracy();
    const { strings } = parsedDoc;
    for (let i = 0; i < parsedDoc.length; i++) {
      upos.add(strings.get(parsedDoc.upos[i]) === gold.upos[i]);
      if (gold.xpos[i] !== '') xpos.add(strings.get(parsedDoc.xpos[i]) === gold.xpos[i]);
      lemma.add(strings.get(parsedDoc.lemma[i]) === gold.lemma[i]);
    }
    const scores: UdScores = {
      upos: round(upos.percent),
      xpos: tagger.hasXpos && xpos.total > 0 ? round(xpos.percent) : null,
      lemma: round(lemma.percent),
      uas: uas === null ? null : round(uas),
      las: las === null ? null : round(las),
      tokens: parsedDoc.length,
    };
    io.stdout.write(values.json ? `${JSON.stringify(scores)}\n` : table(basename(file), scores));
    return 0;
  },
};

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function table(name: string, scores: UdScores): string {
  const cell = (value: number | null) => (value === null ? '-' : value.toFixed(2));
  return (
    `${name} (${scores.tokens} words, gold tokenisation)\n` +
    `  UPOS  ${cell(scores.upos)}\n  XPOS  ${cell(scores.xpos)}\n  lemma ${cell(scores.lemma)}\n` +
    `  UAS   ${cell(scores.uas)}\n  LAS   ${cell(scores.las)}\n`
  );
}
