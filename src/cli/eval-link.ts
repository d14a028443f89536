import { UsageError } from './command.js';
import { readDevelopmentSet } from './dev-set.js';
import { parseCommandLine } from './options.js';
import type { Evaluation } from './eval.js';
import type { Doc } from '../doc/doc.js';
import { Linker, LinkScorer, type FoundMention, type GoldLinkRecord, type LinkScores } from '../link/index.js';
import { pipelineFor, PIPELINE_LANGUAGES } from '../pipeline/index.js';

const usage = `Usage: kroniek eval link FILE.jsonl [--json] [--errors] [--lang ${PIPELINE_LANGUAGES.join('|')}]

Scores the actor mentions Kroniek finds against gold ones. FILE has one JSON record a line:
{"id", "language", "published" (YYYY-MM-DD or null), "text", "mentions": [{"start", "end", "text", "country",
"sector", "actor"?}]} (offsets are UTF-16 indices into text, as in eval/link/dev.jsonl). Each text goes through the
full pipeline of its language, as in 'kroniek analyze', and then the linker. Detection counts mentions with the same
span and mentions that overlap (each paired once); country, sector and actor-id accuracy are over the overlapping
pairs (actor only where the gold names a KB id).

Options:
  --json          print {"exact":{"precision","recall","f1"},"overlap":{...},"country":{"accuracy","count"},
                  "sector":{...},"actor":{...},"gold","found"} (percentages)
  --errors        also list every missed, spurious, differently bounded or wrongly resolved mention
  --lang CODE     score only the records of this language
`;

export const evalLink: Evaluation = {
  name: 'link',
  summary: 'actor mentions and their country, sector and id against gold JSONL',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, {
      json: { type: 'boolean' },
      errors: { type: 'boolean' },
      lang: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('eval link takes exactly one JSONL file');
    if (values.lang !== undefined && !PIPELINE_LANGUAGES.includes(values.lang)) {
      throw new UsageError(`--lang ${values.lang}: Kroniek analyses ${PIPELINE_LANGUAGES.join(', ')}`);
    }
    const records = (await readRecords(positionals[0])).filter((r) => values.lang === undefined || r.language === values.lang);
    const scorer = new LinkScorer();
    for (const record of records) scorer.add(record, linkedMentions(record));
    const scores = scorer.scores();
    if (values.json) io.stdout.write(`${JSON.stringify(values.errors ? { ...scores, errors: scorer.errors } : scores)}\n`);
    else {
      io.stdout.write(table(scores));
      if (values.errors) {
        for (const e of scorer.errors) io.stdout.write(`${e.kind.padEnd(8)} ${e.id}: ${JSON.stringify(e.text)} gold=${e.gold ?? '-'} found=${e.found ?? '-'}\n`);
      }
    }
    return 0;
  },
};

/** Runs the record's text through its pipeline, and the linker unless the pipeline already has one. */
function linkedMentions(record: GoldLinkRecord): FoundMention[] {
  const pipeline = pipelineFor(record.language);
  const context = { published: record.published };
  const { doc } = pipeline.run(record.text, context);
  if (!pipeline.names.includes('linker')) Linker.forLanguage(record.language).apply(doc, context);
  return foundMentions(doc);
}

function foundMentions(doc: Doc): FoundMention[] {
  return doc.mentions.map((m) => {
    const actor = doc.actors[m.actor];
    return { start: m.start, end: m.end, country: actor.country, sector: actor.sector, actor: actor.id };
  });
}

function readRecords(file: string): Promise<GoldLinkRecord[]> {
  return readDevelopmentSet<GoldLinkRecord>(file, PIPELINE_LANGUAGES, (record) => {
    if (!Array.isArray(record.mentions)) throw new Error('needs "mentions"');
    for (const m of record.mentions) {
      const bad =
        !Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < 0 || m.end > record.text.length || m.start >= m.end ||
        typeof m.country !== 'string' || typeof m.sector !== 'string' || record.text.slice(m.start, m.end) !== m.text;
      if (bad) throw new Error(`bad mention ${JSON.stringify(m)}`);
    }
  });
}

function table(scores: LinkScores): string {
  const row = (name: string, s: LinkScores['exact']) =>
    `${name.padEnd(10)} ${[s.precision, s.recall, s.f1].map((v) => v.toFixed(2).padStart(9)).join(' ')}\n`;
  const acc = (name: string, a: LinkScores['country']) => `${name.padEnd(8)} accuracy ${a.accuracy.toFixed(2)}% over ${a.count}\n`;
  return (
    `${''.padEnd(10)} ${['precision', 'recall', 'f1'].map((h) => h.padStart(9)).join(' ')}\n` +
    row('exact', scores.exact) +
    row('overlap', scores.overlap) +
    acc('country', scores.country) +
    acc('sector', scores.sector) +
    acc('actor', scores.actor) +
    `(gold ${scores.gold}, found ${scores.found})\n`
  );
}
