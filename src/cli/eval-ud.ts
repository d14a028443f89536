import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { basename, join } from 'node:path';
import { UsageError } from './command.js';
import { parseCommandLine } from './options.js';
import type { Evaluation } from './eval.js';
import { Accuracy, readTreebank, shippedModelPath } from '../learn/index.js';
import { Lemmatizer } from '../lemmatize/index.js';
import { Doc } from '../doc/doc.js';
import {
  attachmentScores,
  DependencyParser,
  endToEndScores,
  goldWords,
  PARSER_FILE,
  systemWords,
  type EndToEndScores,
} from '../parse/index.js';
import { Tagger } from '../tag/index.js';
import { segment } from '../tokenize/index.js';

const LANGUAGES = ['nl', 'en'];

/** Scores in percent; null when not measurable (no gold XPOS, no parser model). */
export interface UdScores {
  upos: number;
  xpos: number | null;
  lemma: number;
  uas: number | null;
  las: number | null;
  tokens: number;
  /** With --raw: precision, recall and F1 of every measure (CoNLL 2018 alignment); the fields above are the F1s. */
  endToEnd?: EndToEndScores;
}

const usage = `Usage: kroniek eval ud FILE.conllu --lang ${LANGUAGES.join('|')} [--json] [--raw] [--models DIR]

Runs the tagger, lemmatizer and (when its model exists) the dependency parser on the gold tokenisation of a
CoNLL-U treebank (FILE may be gzipped) and scores UPOS, XPOS, lemma, UAS and LAS (universal relation) over all
words, punctuation included. XPOS is null when the file or the tagger has none; UAS/LAS are null without a
parser model.

With --raw, the whole analysis starts from the raw text instead (the '# text' lines joined as 'kroniek eval
tokenize' does): our tokenizer and sentence splitter, then tagger, lemmatizer and parser. System words are aligned
to gold words by their character spans (inside multiword tokens by their forms), as the CoNLL 2018 shared task
scores: upos, xpos, lemma, uas and las are then F1 scores, and "endToEnd" adds precision, recall and F1 of tokens,
sentences, words and each measure. "tokens" is the gold word count in both modes.

Options:
  --json          print {"upos","xpos","lemma","uas","las","tokens"} (and "endToEnd" with --raw)
  --raw           score end to end from the raw text
  --models DIR    read LANG/tagger.bin, LANG/lemmatizer.bin and LANG/parser.bin under DIR (default: the shipped models)
`;

export const evalUd: Evaluation = {
  name: 'ud',
  summary: 'tagger, lemmatizer and parser against a CoNLL-U treebank (gold tokens, or end to end with --raw)',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, {
      json: { type: 'boolean' },
      raw: { type: 'boolean' },
      lang: { type: 'string' },
      models: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('eval ud takes exactly one CoNLL-U file');
    if (!values.lang || !LANGUAGES.includes(values.lang)) throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
    const language = values.lang;
    const modelPath = (file: string) => (values.models ? join(values.models, language, file) : shippedModelPath(language, file));
    const file = positionals[0];
    if (!existsSync(file)) throw new Error(`cannot read ${file}`);

    const tagger = Tagger.load(modelPath('tagger.bin'));
    const lemmatizer = Lemmatizer.load(modelPath('lemmatizer.bin'));
    const parser = existsSync(modelPath(PARSER_FILE)) ? DependencyParser.load(modelPath(PARSER_FILE)) : null;
    if (!parser) io.stderr.write(`eval ud: no parser model at ${modelPath(PARSER_FILE)}: uas and las are null\n`);
    const analyse = (doc: Doc): void => {
      tagger.apply(doc);
      lemmatizer.apply(doc);
      parser?.apply(doc);
    };
    if (values.raw) {
      const scores = rawScores(file, language, analyse, tagger.hasXpos, parser !== null);
      io.stdout.write(values.json ? `${JSON.stringify(scores)}\n` : table(basename(file), scores, 'raw text, F1'));
      return 0;
    }

    const gold = readTreebank([file], language);
    const parsedDoc = gold.doc;
    analyse(parsedDoc);
    let uas: number | null = null;
    let las: number | null = null;
    if (parser) ({ uas, las } = attachmentScores(gold, parsedDoc));

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
    io.stdout.write(values.json ? `${JSON.stringify(scores)}\n` : table(basename(file), scores, 'gold tokenisation'));
    return 0;
  },
};

/** Analyses the raw text of the treebank in `file` from scratch and scores it against the gold words. */
function rawScores(file: string, language: string, analyse: (doc: Doc) => void, hasXpos: boolean, parsed: boolean): UdScores {
  const bytes = readFileSync(file);
  const conllu = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  const gold = goldWords(conllu, file);
  const doc = new Doc(gold.text, segment(gold.text, language), language);
  analyse(doc);
  const endToEnd = endToEndScores(gold.words, systemWords(doc));
  return {
    upos: round(endToEnd.upos.f1),
    xpos: hasXpos && endToEnd.xpos ? round(endToEnd.xpos.f1) : null,
    lemma: round(endToEnd.lemma.f1),
    uas: parsed ? round(endToEnd.uas.f1) : null,
    las: parsed ? round(endToEnd.las.f1) : null,
    tokens: gold.words.forms.length,
    endToEnd: roundScores(endToEnd),
  };
}

function roundScores(scores: EndToEndScores): EndToEndScores {
  const r = (s: EndToEndScores['upos']) => ({ precision: round(s.precision), recall: round(s.recall), f1: round(s.f1) });
  return {
    tokens: r(scores.tokens),
    sentences: r(scores.sentences),
    words: r(scores.words),
    upos: r(scores.upos),
    xpos: scores.xpos && r(scores.xpos),
    lemma: r(scores.lemma),
    uas: r(scores.uas),
    las: r(scores.las),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function table(name: string, scores: UdScores, mode: string): string {
  const cell = (value: number | null) => (value === null ? '-' : value.toFixed(2));
  const e = scores.endToEnd;
  const segmentation = e
    ? `  tokens F1 ${cell(e.tokens.f1)}, sentences F1 ${cell(e.sentences.f1)}, words F1 ${cell(e.words.f1)}\n`
    : '';
  return (
    `${name} (${scores.tokens} words, ${mode})\n${segmentation}` +
    `  UPOS  ${cell(scores.upos)}\n  XPOS  ${cell(scores.xpos)}\n  lemma ${cell(scores.lemma)}\n` +
    `  UAS   ${cell(scores.uas)}\n  LAS   ${cell(scores.las)}\n`
  );
}
