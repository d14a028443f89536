import type { Writable } from 'node:stream';

/** Where a command reads and writes; tests pass their own. */
export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: Writable;
  stderr: Writable;
}

/** One `kroniek` subcommand, in a file of its own under src/cli/. */
export interface Command {
  name: string;
  /** One line for `kroniek --help`. */
  summary: string;
  /** Full usage text for `kroniek NAME --help`. */
  usage: string;
  /** For a command that dispatches (`kroniek eval tokenize`): its subcommands, which answer `--help` themselves. */
  subcommands?: readonly string[];
  /** Runs with the arguments after the command name; resolves to the exit status. */
  run(argv: string[], io: CommandIo): Promise<number>;
}

/** A mistake in how the command was called: printed with the usage, exit status 2. */
export class UsageError extends Error {
  /** The usage text to show, when it is not the command's own (a subcommand's). */
  readonly usage?: string;

  constructor(message: string, usage?: string) {
    super(message);
    this.name = 'UsageError';
    this.usage = usage;
  }
}
