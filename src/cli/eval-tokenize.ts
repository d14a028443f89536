import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { UsageError } from './command.js';
import { parseCommandLine } from './options.js';
import type { Evaluation } from './eval.js';
import { evaluateSegmentation, SEGMENTER_LANGUAGES, type SegmentationScores } from '../tokenize/index.js';

const usage = `Usage: kroniek eval tokenize FILE.conllu [--json] [--lang ${SEGMENTER_LANGUAGES.join('|')}]

Scores the tokenizer and sentence splitter against a CoNLL-U treebank (FILE may be gzipped, FILE.conllu.gz).
The raw text is rebuilt from the '# text' lines: sentences of a paragraph joined by a space, paragraphs by a
blank line. Paragraphs come from '# newpar' and '# newdoc'; a file without them (the Dutch Lassy/Alpino
treebanks) gives the paragraph in its sent_ids ('...p.5.s.4': a change of the part before '.s.N' starts one).
Tokens and sentences count as correct when their character spans match the gold ones exactly (CoNLL 2018
style; gold tokens are surface tokens, a multiword token such as English "don't" counts once).

Options:
  --json          print {"tokens":{"precision","recall","f1"},"sentences":{...}} (percentages)
  --lang CODE     the language (default: from the file name prefix, e.g. nl_alpino-ud-dev.conllu)
`;

export const evalTokenize: Evaluation = {
  name: 'tokenize',
  summary: 'tokenizer and sentence splitter against a CoNLL-U treebank',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, { json: { type: 'boolean' }, lang: { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError('eval tokenize takes exactly one CoNLL-U file');
    const file = positionals[0];
    if (values.lang !== undefined && !SEGMENTER_LANGUAGES.includes(values.lang)) {
      throw new UsageError(`--lang ${values.lang}: the tokenizer knows ${SEGMENTER_LANGUAGES.join(', ')}`);
    }
    const conllu = await readConllu(file);
    const language = values.lang ?? languageFromFileName(file);
    if (language === undefined) {
      throw new UsageError(`cannot tell the language of ${file} from its name: pass --lang ${SEGMENTER_LANGUAGES.join('|')}`);
    }
    const scores = evaluateSegmentation(conllu, file, language);
    io.stdout.write(values.json ? `${JSON.stringify(scores)}\n` : table(scores));
    return 0;
  },
};

function languageFromFileName(file: string): string | undefined {
  const match = /^([a-z]{2,3})_/.exec(basename(file));
  return match && SEGMENTER_LANGUAGES.includes(match[1]) ? match[1] : undefined;
}

async function readConllu(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (!file.endsWith('.gz')) return bytes.toString('utf8');
  try {
    return gunzipSync(bytes).toString('utf8');
  } catch (error) {
    throw new Error(`cannot decompress ${file}: ${(error as Error).message}`);
  }
}

function table(scores: SegmentationScores): string {
  const row = (name: string, s: SegmentationScores['tokens']) =>
    `${name.padEnd(10)} ${[s.precision, s.recall, s.f1].map((v) => v.toFixed(2).padStart(9)).join(' ')}\n`;
  return `${''.padEnd(10)} ${['precision', 'recall', 'f1'].map((h) => h.padStart(9)).join(' ')}\n${row('tokens', scores.tokens)}${row('sentences', scores.sentences)}`;
}
