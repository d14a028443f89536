import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UsageError } from './command.js';
import { readDevelopmentSet } from './dev-set.js';
import { parseCommandLine, wholeNumberOption } from './options.js';
import type { Evaluation } from './eval.js';
import { ActorCodeTable } from '../events/evaluate-actors.js';
import { checkGoldEvents } from '../events/evaluate-gold.js';
import { EventScorer, type EventError, type EventScores, type GoldEventText, type PrecisionRecall } from '../events/evaluate.js';
import { analyzeArticle, PIPELINE_LANGUAGES } from '../pipeline/index.js';

const usage = `Usage: kroniek eval events FILE.jsonl [--json] [--errors N] [--lang ${PIPELINE_LANGUAGES.join('|')}] [--actors FILE.tsv] [--dyads]

Scores the events Kroniek finds against hand-coded PLOVER events. FILE has one JSON record a line:
{"id", "language", "published" (YYYY-MM-DD or null), "text", "trap"?: true,
 "events": [{"type", "mode"?, "source": ACTOR or [ACTOR…], "target"?: …, "status"?, "date"?, "joint"?}]}
with ACTOR = {"text", "country", "sector"} (as in eval/events/dev.jsonl; see eval/events/README.md). Each text is
analysed as by 'kroniek analyze' with its language and publication date.

Events are paired one-to-one per text at four levels: type; type+source+target (the headline); +status; +date (a
gold event without status or date accepts any). A predicted actor is the gold one when the gold's country and (if
the gold gives one) sector are equal, or when the last word of either text is a word of the other. For meetings and
calls (CONSULT but visits and mediation) and events marked "joint": true the order of the parties does not matter.
Trap texts (no event, "trap": true) count as clean when they yield no event.

Options:
  --json          print {"precision","recall","f1" (the headline), "type","actors","status","date" (each
                  {"precision","recall","f1","matched","gold","predicted"}), "traps":{"texts","clean","precision"},
                  "perType", "texts"} (percentages)
  --errors N      also list the first N missed, spurious and trap events
  --lang CODE     score only the records of this language
  --actors FILE   codes for names the knowledge base cannot know (CODE<TAB>names, as eval/petrarch/actors.tsv),
                  given to predicted actors whose text holds such a name; by default actors.tsv beside FILE, if any
  --dyads         score source-target pairs as PETRARCH does: each event, gold and predicted, counts once per pair
                  of parties ("X and Y met Z" is two), parties named together without a target as joint pairs
`;

export const evalEvents: Evaluation = {
  name: 'events',
  summary: 'PLOVER events: type, source, target, status and date against gold JSONL',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, {
      json: { type: 'boolean' },
      errors: { type: 'string' },
      lang: { type: 'string' },
      actors: { type: 'string' },
      dyads: { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new UsageError('eval events takes exactly one JSONL file');
    if (values.lang !== undefined && !PIPELINE_LANGUAGES.includes(values.lang)) {
      throw new UsageError(`--lang ${values.lang}: Kroniek analyses ${PIPELINE_LANGUAGES.join(', ')}`);
    }
    const errorCount = wholeNumberOption(values.errors, '--errors') ?? 0;
    const [file] = positionals;
    const records = (await readDevelopmentSet<GoldEventText>(file, PIPELINE_LANGUAGES, checkGoldEvents)).filter(
      (r) => values.lang === undefined || r.language === values.lang,
    );
    const coding = actorCodes(values.actors, file);
    const scorer = await scoreEvents(records, new EventScorer({ ...(coding && { coding }), dyads: values.dyads === true }));
    const scores = scorer.scores();
    const errors = scorer.errors.slice(0, errorCount);
    if (values.json) {
      const { precision, recall, f1 } = scores.actors;
      io.stdout.write(`${JSON.stringify({ precision, recall, f1, ...scores, ...(errorCount > 0 && { errors }) })}\n`);
    } else {
      io.stdout.write(table(scores));
      for (const e of errors) io.stdout.write(errorLine(e));
    }
    return 0;
  },
};

/** Analyses each gold text as 'kroniek analyze' does (its language and publication date) and adds it to `scorer`. */
export async function scoreEvents(records: readonly GoldEventText[], scorer: EventScorer): Promise<EventScorer> {
  for (const record of records) {
    const article = await analyzeArticle(
      { id: record.id, text: record.text, ...(record.published !== null && { published: record.published }) },
      { language: record.language, tokens: false },
    );
    scorer.add(record, article.events);
  }
  return scorer;
}

function actorCodes(option: string | undefined, goldFile: string): ActorCodeTable | undefined {
  const file = option ?? join(dirname(goldFile), 'actors.tsv');
  if (option === undefined && !existsSync(file)) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return new ActorCodeTable(text);
}

function errorLine(e: EventError): string {
  return `${e.kind.padEnd(8)} ${e.id}: ${e.event}${e.why ? ` [${e.why}]` : ''}\n`;
}

function table(scores: EventScores): string {
  const row = (name: string, s: PrecisionRecall) =>
    `${name.padEnd(16)} ${[s.precision, s.recall, s.f1].map((v) => v.toFixed(2).padStart(9)).join(' ')} ${String(s.matched).padStart(7)}\n`;
  const a = scores.actors;
  return (
    `${''.padEnd(16)} ${['precision', 'recall', 'f1', 'matched'].map((h) => h.padStart(9)).join(' ')}\n` +
    row('type', scores.type) +
    row('+source+target', scores.actors) +
    row('+status', scores.status) +
    row('+date', scores.date) +
    Object.entries(scores.perType)
      .map(([type, s]) => row(`  ${type}`, s))
      .join('') +
    `traps: ${scores.traps.clean} of ${scores.traps.texts} clean (${scores.traps.precision.toFixed(2)}%)\n` +
    `(${scores.texts} texts, gold ${a.gold}, predicted ${a.predicted})\n`
  );
}
