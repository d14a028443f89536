import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from './command.js';
import type { Evaluation } from './eval.js';
import { EntityRecognizer, NER_MODEL_FILE, evaluateRecognizer, readNerCorpus, tagDocuments, type NerScores } from '../ner/index.js';
import { Tagger } from '../tag/index.js';

const LANGUAGES = ['nl', 'en'];

const usage = `Usage: kroniek eval ner FILE --lang ${LANGUAGES.join('|')} [--model DIR|NAME] [--json]

Scores the named-entity recogniser on a gold NER file (CoNLL-2002 'word POS tag', 'word tag' IOB2/BIO/IOB1
columns, UNER 'idx<TAB>word<TAB>tag', WikiANN; plain or .gz) on the file's own tokenisation, tagged by the\nlanguage's tagger. Entities are scored
as conlleval does: exact spans and types, precision/recall/F1 overall and per type.

Options:
  --lang CODE        language of the file
  --model DIR|NAME   a directory holding ner.bin, or a shipped model name (nl, nl-open, en); default: the language's
  --json             print {"precision","recall","f1","perType":{TYPE:{precision,recall,f1,...}},...} (percentages)
`;

export const evalNer: Evaluation = {
  name: 'ner',
  summary: 'named entities against a gold CoNLL/IOB2 file (conlleval scores)',
  usage,
  async run(argv, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          lang: { type: 'string' },
          model: { type: 'string' },
          json: { type: 'boolean' },
        },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1) throw new UsageError('eval ner takes exactly one gold file');
    const language = values.lang;
    if (!language || !LANGUAGES.includes(language)) throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
    const [file] = positionals;
    if (!existsSync(file)) throw new Error(`cannot read ${file}`);
    const recognizer = loadRecognizer(language, values.model);
    const documents = readNerCorpus(file, language);
    tagDocuments(documents, Tagger.forLanguage(language));
    const scores = evaluateRecognizer(recognizer, documents);
    io.stdout.write(values.json ? `${JSON.stringify(scores)}\n` : table(scores));
    return 0;
  },
};

function loadRecognizer(language: string, model: string | undefined): EntityRecognizer {
  if (model === undefined) return EntityRecognizer.forLanguage(language);
  if (existsSync(join(model, NER_MODEL_FILE))) return EntityRecognizer.load(join(model, NER_MODEL_FILE));
  if (existsSync(model) && model.endsWith('.bin')) return EntityRecognizer.load(model);
  if (!/^[a-z]{2}(-[a-z]+)?$/.test(model)) throw new UsageError(`--model ${model}: no ${NER_MODEL_FILE} there`);
  return EntityRecognizer.forLanguage(language, model);
}

function table(scores: NerScores): string {
  const row = (name: string, s: { precision: number; recall: number; f1: number; gold: number; predicted: number }) =>
    `${name.padEnd(8)} ${s.precision.toFixed(2).padStart(7)} ${s.recall.toFixed(2).padStart(7)} ${s.f1.toFixed(2).padStart(7)} ${String(s.gold).padStart(7)} ${String(s.predicted).padStart(9)}\n`;
  let out = `${'type'.padEnd(8)} ${'P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)} ${'gold'.padStart(7)} ${'predicted'.padStart(9)}\n`;
  for (const [type, s] of Object.entries(scores.perType)) out += row(type, s);
  out += row('overall', scores);
  out += `${scores.tokens} tokens\n`;
  return out;
}
