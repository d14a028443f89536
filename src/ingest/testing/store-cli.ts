import { PassThrough, Readable } from 'node:stream';
import { actorsCommand } from '../../cli/actors.js';
import { articlesCommand } from '../../cli/articles.js';
import { UsageError, type Command, type CommandIo } from '../../cli/command.js';
import { eventsCommand } from '../../cli/events.js';
import { ingestCommand } from '../../cli/ingest.js';
import type { CliResult } from '../../testing/cli.js';

const STORE_COMMANDS: readonly Command[] = [ingestCommand, eventsCommand, actorsCommand, articlesCommand];

/**
 * Runs one of the store commands as `kroniek` would (usage errors: status 2, failures: 1), for tests of these
 * commands independent of the command registry.
 */
export async function runStoreCommand(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  const command = STORE_COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`unknown command '${name}' (expected ${STORE_COMMANDS.map((c) => c.name).join(', ')})\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`kroniek ${name}: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`kroniek ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** Runs a store command in-process and collects what it prints. */
export async function storeCli(argv: string[], stdin = ''): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await runStoreCommand(argv, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}
