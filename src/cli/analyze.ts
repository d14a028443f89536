import { statSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { UsageError, type Command } from './command.js';
import { languageOption, nerModelOption, publishedOption } from './analysis-options.js';
import { oneOf, parseCommandLine } from './options.js';
import type { Article, ArticleError } from '../doc/article.js';
import { collectInputs, INPUT_FORMATS, type InputFormat } from '../io/collect.js';
import { isInputError } from '../io/input.js';
import { formatArticleSummary, formatErrorSummary } from '../io/text-summary.js';
import { analyzeArticle, PIPELINE_LANGUAGES } from '../pipeline/index.js';

const OUTPUT_FORMATS = ['json', 'jsonl', 'text'] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const DEFAULT_MAX_CHARS = 2_000_000;

const usage = `Usage: kroniek analyze PATH... [options]

Analyses news articles and prints one Article (docs/output.md) per article, in input order.
PATH is a file (one article; .jsonl/.ndjson: one article per line), a directory (searched recursively for
.txt, .md, .html, .htm, .jsonl and .ndjson files), or - for standard input. A text or HTML file may have
metadata in NAME.meta.json beside it ({"published", "title", "language", "source", "url", "id"}).

Options:
  --input auto|text|html|jsonl   how to read the inputs (default auto: by file extension; stdin: text)
  --lang auto|${PIPELINE_LANGUAGES.join('|')}            analyse as this language (default auto: the record's language, else detected)
  --published YYYY-MM-DD         publication date for articles that do not carry one
  --format json|jsonl|text       json (default for a single article; a JSON array for several),
                                 jsonl (default for several), text (a readable summary)
  --tokens                       include tokens (text, tag, lemma, head, relation)
  --ner-model NAME               entity model for articles in its language: nl (default for Dutch; trained on
                                 CoNLL-2002, research use only), nl-open (openly licensed training data), en
  --max-chars N                  longest article accepted, in characters (default ${DEFAULT_MAX_CHARS})

An input that cannot be analysed yields {"id", "error"} in its place (a line on stderr too) and the rest go on.
Exit status: 0 when at least one article was analysed, 1 when none could be, 2 for a usage error.
`;

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'analyse articles and print their events, actors, dates and quotes',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, OPTIONS);
    if (positionals.length === 0) throw new UsageError('name at least one file, directory or - for stdin');
    const format = oneOf(values.format, OUTPUT_FORMATS, '--format') ?? defaultFormat(positionals, values.input);
    const language = languageOption(values.lang);
    const published = publishedOption(values.published);
    const nerModel = nerModelOption(values['ner-model']);
    const maxChars = values['max-chars'] === undefined ? DEFAULT_MAX_CHARS : Number(values['max-chars']);
    if (!Number.isInteger(maxChars) || maxChars <= 0) throw new UsageError(`--max-chars ${values['max-chars']}: expected a positive whole number`);

    const writer = new ArticleWriter(io.stdout, format);
    let analysed = 0;
    let failed = 0;
    const inputs = collectInputs(positionals, {
      format: oneOf(values.input, INPUT_FORMATS, '--input') ?? 'auto',
      maxChars,
      stdin: io.stdin,
    });
    for await (const item of inputs) {
      if (isInputError(item)) {
        failed++;
        io.stderr.write(`kroniek analyze: ${item.error}\n`);
        await writer.write(item);
        continue;
      }
      try {
        await writer.write(await analyzeArticle(item, { language, published, nerModel, tokens: values.tokens ?? false }));
        analysed++;
      } catch (error) {
        failed++;
        const failure: ArticleError = { id: item.id, error: `${item.id}: ${(error as Error).message}` };
        io.stderr.write(`kroniek analyze: ${failure.error}\n`);
        await writer.write(failure);
      }
    }
    await writer.end();
    if (analysed + failed > 1) io.stderr.write(`kroniek analyze: ${analysed} analysed, ${failed} failed\n`);
    return analysed > 0 ? 0 : 1;
  },
};

const OPTIONS = {
  input: { type: 'string' },
  lang: { type: 'string' },
  published: { type: 'string' },
  format: { type: 'string' },
  tokens: { type: 'boolean' },
  'ner-model': { type: 'string' },
  'max-chars': { type: 'string' },
} as const;

/** One article in: one JSON document out; anything that may hold several: JSON lines. */
function defaultFormat(paths: string[], input: string | undefined): OutputFormat {
  if (paths.length !== 1 || input === 'jsonl') return 'jsonl';
  const [path] = paths;
  if (path === '-') return 'json';
  const isFile = statSync(path, { throwIfNoEntry: false })?.isFile() ?? true;
  return isFile && !JSONL_FILE.test(path) ? 'json' : 'jsonl';
}

const JSONL_FILE = /\.(jsonl|ndjson)$/i;

/**
 * Writes articles, and error records in their place, as they come (respecting back-pressure). JSON output is one
 * document: the article itself, or an array when there are several, so it is written at the end.
 */
class ArticleWriter {
  private count = 0;
  private readonly buffered: string[] = [];

  constructor(
    private readonly out: Writable,
    private readonly format: OutputFormat,
  ) {}

  async write(item: Article | ArticleError): Promise<void> {
    const first = this.count++ === 0;
    if (this.format === 'json') {
      this.buffered.push(JSON.stringify(item, null, 2));
    } else if (this.format === 'jsonl') {
      await this.emit(JSON.stringify(item) + '\n');
    } else {
      await this.emit((first ? '' : '\n') + ('error' in item ? formatErrorSummary(item) : formatArticleSummary(item)));
    }
  }

  async end(): Promise<void> {
    if (this.format !== 'json') return;
    await this.emit(this.count === 1 ? `${this.buffered[0]}\n` : `[\n${this.buffered.join(',\n')}\n]\n`);
  }

  private async emit(data: string): Promise<void> {
    if (!this.out.write(data)) await new Promise<void>((resolve) => this.out.once('drain', resolve));
  }
}
