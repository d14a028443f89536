import { UsageError } from './command.js';
import { readDevelopmentSet } from './dev-set.js';
import { parseCommandLine } from './options.js';
import type { Evaluation } from './eval.js';
import type { DocTimex } from '../doc/doc.js';
import { evaluateTimexes, findTimexes, TIME_LANGUAGES, type GoldTimexRecord, type TimexScores } from '../time/index.js';
import { segment } from '../tokenize/index.js';

const usage = `Usage: kroniek eval timex FILE.jsonl [--json] [--errors] [--lang ${TIME_LANGUAGES.join('|')}]

Scores the time expressions Kroniek finds against gold ones. FILE has one JSON record a line:
{"id", "language", "published" (YYYY-MM-DD or null), "text", "timexes": [{"start", "end", "value"}]}
(offsets are UTF-16 indices into text, as in eval/timex/dev.jsonl). Sentences come from the tokenizer, as in
'kroniek analyze'. Detection counts spans that match exactly and spans that overlap (each paired once); value
accuracy is over the overlapping pairs.

Options:
  --json          print {"detection":{"precision","recall","f1"},"overlap":{...},"value":{"accuracy","matched"},...}
                  (percentages)
  --errors        also list every missed, spurious, differently bounded or wrongly valued expression
  --lang CODE     score only the records of this language
`;

export const evalTimex: Evaluation = {
  name: 'timex',
  summary: 'time expressions and their values against gold JSONL',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, {
      json: { type: 'boolean' },
      errors: { type: 'boolean' },
      lang: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('eval timex takes exactly one JSONL file');
    if (values.lang !== undefined && !TIME_LANGUAGES.includes(values.lang)) {
      throw new UsageError(`--lang ${values.lang}: time expressions are known for ${TIME_LANGUAGES.join(', ')}`);
    }
    const records = (await readRecords(positionals[0])).filter((r) => values.lang === undefined || r.language === values.lang);
    const { scores, errors } = evaluateTimexes(records, findWithSentences);
    if (values.json) io.stdout.write(`${JSON.stringify(values.errors ? { ...scores, errors } : scores)}\n`);
    else {
      io.stdout.write(table(scores));
      if (values.errors) for (const e of errors) io.stdout.write(`${e.kind.padEnd(8)} ${e.id}: ${JSON.stringify(e.text)} gold=${e.gold ?? '-'} found=${e.found ?? '-'}\n`);
    }
    return 0;
  },
};

function findWithSentences(record: GoldTimexRecord): DocTimex[] {
  const { starts, ends, sentenceStarts } = segment(record.text, record.language);
  const sentences = Array.from(sentenceStarts, (first, s) => {
    const last = (s + 1 < sentenceStarts.length ? sentenceStarts[s + 1] : starts.length) - 1;
    return { start: starts[first], end: ends[last] };
  });
  return findTimexes(record.text, record.language, record.published, sentences);
}

function readRecords(file: string): Promise<GoldTimexRecord[]> {
  return readDevelopmentSet<GoldTimexRecord>(file, TIME_LANGUAGES, (record) => {
    if (!Array.isArray(record.timexes)) throw new Error('needs "timexes"');
    for (const t of record.timexes) {
      if (!Number.isInteger(t.start) || !Number.isInteger(t.end) || t.start < 0 || t.end > record.text.length || t.start >= t.end || typeof t.value !== 'string') {
        throw new Error(`bad timex ${JSON.stringify(t)}`);
      }
    }
  });
}

function table(scores: TimexScores): string {
  const row = (name: string, s: TimexScores['detection']) =>
    `${name.padEnd(10)} ${[s.precision, s.recall, s.f1].map((v) => v.toFixed(2).padStart(9)).join(' ')}\n`;
  return (
    `${''.padEnd(10)} ${['precision', 'recall', 'f1'].map((h) => h.padStart(9)).join(' ')}\n` +
    row('exact', scores.detection) +
    row('overlap', scores.overlap) +
    `value accuracy ${scores.value.accuracy.toFixed(2)}% over ${scores.value.matched} matched (gold ${scores.gold}, found ${scores.found})\n`
  );
}
