import { COMMANDS } from './commands.js';
import { UsageError, type CommandIo } from './command.js';
import { CONTRACT_VERSION } from '../doc/article.js';
import { PACKAGE_VERSION } from '../version.js';

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `kroniek ${PACKAGE_VERSION}: political event data from news text\n\nUsage: kroniek COMMAND [options]\n\nCommands:\n${lines.join('\n')}\n\nRun 'kroniek COMMAND --help' for a command's options.\n`;
}

/** Runs `kroniek` with `argv` (without node and script); resolves to the exit status. */
export async function runCli(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(overview());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`kroniek ${PACKAGE_VERSION} (output contract ${CONTRACT_VERSION})\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`kroniek: unknown command '${name}'\n\n${overview()}`);
    return 2;
  }
  const asksHelp = rest.includes('--help') || rest.includes('-h');
  const namesSubcommand = command.subcommands?.includes(rest[0] ?? '') ?? false;
  if (asksHelp && !namesSubcommand) {
    io.stdout.write(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`kroniek ${name}: ${error.message}\n\n${error.usage ?? command.usage}`);
      return 2;
    }
    io.stderr.write(`kroniek ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
