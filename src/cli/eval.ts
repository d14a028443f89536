import { UsageError, type Command } from './command.js';
import { evalEvents } from './eval-events.js';
import { evalLink } from './eval-link.js';
import { evalNer } from './eval-ner.js';
import { evalTimex } from './eval-timex.js';
import { evalTokenize } from './eval-tokenize.js';
import { evalUd } from './eval-ud.js';

/** An evaluation: `kroniek eval NAME ...`. */
export interface Evaluation {
  name: string;
  summary: string;
  /** Full usage text for `kroniek eval NAME --help`. */
  usage: string;
  run: Command['run'];
}

const EVALUATIONS: readonly Evaluation[] = [evalTokenize, evalUd, evalNer, evalTimex, evalLink, evalEvents];

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score a component against gold data (tokenize, ud, ner, timex, link, events)',
  usage: `Usage: kroniek eval WHAT FILE [options]

${EVALUATIONS.map((e) => `  ${e.name.padEnd(10)} ${e.summary}`).join('\n')}

Run 'kroniek eval WHAT --help' for its options.
`,
  subcommands: EVALUATIONS.map((e) => e.name),
  async run(argv, io) {
    const [what, ...rest] = argv;
    const evaluation = EVALUATIONS.find((e) => e.name === what);
    if (!evaluation) throw new UsageError(what ? `unknown evaluation '${what}'` : 'say what to evaluate');
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(evaluation.usage);
      return 0;
    }
    try {
      return await evaluation.run(rest, io);
    } catch (error) {
      if (error instanceof UsageError) throw new UsageError(error.message, error.usage ?? evaluation.usage);
      throw error;
    }
  },
};
