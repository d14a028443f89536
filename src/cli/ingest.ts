import { availableParallelism } from 'node:os';
import { UsageError, type Command } from './command.js';
import { languageOption, publishedOption } from './analysis-options.js';
import { parseCommandLine } from './options.js';
import { INPUT_FORMATS, type InputFormat } from '../io/collect.js';
import { ingest, ingestSummary, ProgressLine } from '../ingest/index.js';
import { PIPELINE_LANGUAGES } from '../pipeline/index.js';
import { DEFAULT_STORE_PATH, openStore } from '../store/index.js';

const DEFAULT_MAX_CHARS = 2_000_000;
const DEFAULT_TIMEOUT_S = 20;
const BATCH_SIZE = 100;
const BATCH_MS = 2_000;

const usage = `Usage: kroniek ingest PATH|URL... [options]

Analyses articles and stores them, with their events, actors, dates and quotes, in a store (docs/store.md) for
\`kroniek events\`, \`kroniek actors\` and \`kroniek articles\` to query.
PATH is what \`kroniek analyze\` reads (a file, a directory, JSONL, HTML, - for stdin) or an RSS/Atom feed file
(.rss, .atom, .xml); URL is a page or a feed. A feed item without its full text has its link fetched.

An article stored before (same URL, or same text) is skipped, so a run can be repeated or resumed after it was
stopped: every committed batch stays. Inputs that cannot be read or analysed are recorded in the store with their
error, and the rest go on.

Options:
  --db FILE                      the store (default ${DEFAULT_STORE_PATH}; created when missing)
  --input auto|text|html|jsonl   how to read files (default auto: by extension)
  --lang auto|${PIPELINE_LANGUAGES.join('|')}            analyse as this language (default auto)
  --published YYYY-MM-DD         publication date for articles that do not carry one
  --jobs N                       worker threads for the analysis (default: the number of cores)
  --timeout SECONDS              time limit for each page fetched (default ${DEFAULT_TIMEOUT_S})
  --max-chars N                  longest article accepted, in characters (default ${DEFAULT_MAX_CHARS})
  --batch N                      articles per transaction (default ${BATCH_SIZE}; a batch also commits every
                                 ${BATCH_MS / 1000} s)

Progress shows on stderr when it is a terminal; a summary line is printed at the end.
Exit status: 0 when something was ingested (or was stored already), 1 when nothing could be, 2 for a usage error.
`;

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'analyse articles, feeds and pages into a store for querying',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, OPTIONS);
    if (positionals.length === 0) throw new UsageError('name at least one file, directory, feed, URL or - for stdin');
    const language = languageOption(values.lang);
    const input = values.input ?? 'auto';
    if (!(INPUT_FORMATS as readonly string[]).includes(input)) throw new UsageError(`--input ${input}: expected one of ${INPUT_FORMATS.join(', ')}`);
    const jobs = positiveNumber(values.jobs, '--jobs', availableParallelism());
    const timeout = positiveNumber(values.timeout, '--timeout', DEFAULT_TIMEOUT_S);
    const maxChars = positiveNumber(values['max-chars'], '--max-chars', DEFAULT_MAX_CHARS);
    const batchSize = positiveNumber(values.batch, '--batch', BATCH_SIZE);
    const published = publishedOption(values.published);

    const store = await openStore(values.db ?? DEFAULT_STORE_PATH);
    const stderr = io.stderr as NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
    const progress = stderr.isTTY ? new ProgressLine(stderr) : undefined;
    const started = performance.now();
    try {
      const options = {
        format: input as InputFormat,
        maxChars,
        stdin: io.stdin,
        fetchTimeoutMs: timeout * 1000,
        jobs,
        language,
        published,
        batchSize,
        batchMs: BATCH_MS,
      };
      const counts = await ingest(positionals, store, options, (counts) => progress?.update(counts));
      progress?.done();
      io.stderr.write(`kroniek ingest: ${ingestSummary(counts, (performance.now() - started) / 1000)} → ${store.location}\n`);
      if (counts.failed > 0) io.stderr.write(`kroniek ingest: the errors are in the store (kroniek articles --errors)\n`);
      return counts.added + counts.duplicates > 0 ? 0 : 1;
    } finally {
      await store.close();
    }
  },
};

const OPTIONS = {
    db: { type: 'string' },
    input: { type: 'string' },
    lang: { type: 'string' },
    published: { type: 'string' },
    jobs: { type: 'string' },
    timeout: { type: 'string' },
    'max-chars': { type: 'string' },
    batch: { type: 'string' },
  } as const;

function positiveNumber(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || (flag !== '--timeout' && !Number.isInteger(number))) {
    throw new UsageError(`${flag} ${value}: expected a positive ${flag === '--timeout' ? 'number' : 'whole number'}`);
  }
  return number;
}
