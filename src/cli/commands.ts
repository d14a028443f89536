import type { Command } from './command.js';
import { analyzeCommand } from './analyze.js';
import { evalCommand } from './eval.js';
import { kbCommand } from './kb.js';
import { trainCommand } from './train.js';

/** Every `kroniek` subcommand, in the order `kroniek --help` lists them. */
export const COMMANDS: readonly Command[] = [analyzeCommand, evalCommand, trainCommand, kbCommand];
