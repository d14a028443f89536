import { UsageError, type Command } from './command.js';
import { TABLE_LIMIT, withStore } from './events.js';
import { oneOf, parseCommandLine, wholeNumberOption } from './options.js';
import { RECORD_FORMATS, tabularWriter, type ColumnOf } from '../io/writers/index.js';
import { DEFAULT_STORE_PATH, type ArticleSummary, type StoredIngestError } from '../store/index.js';

const usage = `Usage: kroniek articles [options]

Lists the stored articles, newest ingested first, or those that contain words, best match first; or, with
--errors, the inputs that could not be ingested and why.

Options:
  --q WORDS                    articles whose title or text contains all these words
  --errors                     list the ingest errors instead
  --show KEY                   print one stored article (its KEY from the listing) as an Article (docs/output.md)
  --format table|json|jsonl|csv   (default table)
  --limit N, --offset N        a page (default: ${TABLE_LIMIT} for a table, all otherwise)
  --db FILE                    the store (default ${DEFAULT_STORE_PATH})
`;

const ARTICLE_COLUMNS: readonly ColumnOf<ArticleSummary>[] = [
  { header: 'KEY', maxWidth: 8, align: 'right', value: (a) => a.key },
  { header: 'PUBLISHED', maxWidth: 10, value: (a) => a.published },
  { header: 'LANG', maxWidth: 4, value: (a) => a.language },
  { header: 'EVENTS', maxWidth: 6, align: 'right', value: (a) => a.events },
  { header: 'TITLE', maxWidth: 50, value: (a) => a.title },
  { header: 'ID', maxWidth: 40, value: (a) => a.id },
  { header: 'URL', maxWidth: 60, value: (a) => a.url },
];

const ERROR_COLUMNS: readonly ColumnOf<StoredIngestError>[] = [
  { header: 'LAST_SEEN', maxWidth: 20, value: (e) => e.lastSeen.slice(0, 19) },
  { header: 'COUNT', maxWidth: 5, align: 'right', value: (e) => e.count },
  { header: 'INPUT', maxWidth: 40, value: (e) => e.input },
  { header: 'MESSAGE', maxWidth: 100, value: (e) => e.message },
];

export const articlesCommand: Command = {
  name: 'articles',
  summary: 'list or search the stored articles, and the inputs that failed',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, {
      q: { type: 'string' },
      errors: { type: 'boolean' },
      show: { type: 'string' },
      format: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      db: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
    const format = oneOf(values.format, RECORD_FORMATS, '--format') ?? 'table';
    const show = wholeNumberOption(values.show, '--show');
    const page = {
      limit: wholeNumberOption(values.limit, '--limit') ?? (format === 'table' ? TABLE_LIMIT : undefined),
      offset: wholeNumberOption(values.offset, '--offset'),
    };
    return withStore(values.db, async (store) => {
      if (show !== undefined) {
        const article = await store.article(show);
        if (!article) {
          io.stderr.write(`kroniek articles: no article ${show} in ${store.location}\n`);
          return 1;
        }
        io.stdout.write(JSON.stringify(article, null, 2) + '\n');
        return 0;
      }
      if (values.errors) {
        const writer = tabularWriter(format, io.stdout, ERROR_COLUMNS);
        for (const error of await store.ingestErrors(page)) await writer.write(error);
        await writer.end();
        return 0;
      }
      const writer = tabularWriter(format, io.stdout, ARTICLE_COLUMNS);
      for (const article of await store.articles({ ...page, q: values.q })) await writer.write(article);
      await writer.end();
      return 0;
    });
  },
};
