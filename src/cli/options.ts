import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command.js';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments (options and positionals) strictly; a mistake becomes a UsageError. */
export function parseCommandLine<const T extends OptionsConfig>(
  argv: string[],
  options: T,
): ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: T }>> {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
