import type { Command } from './command.js';
import { actorsCommand } from './actors.js';
import { analyzeCommand } from './analyze.js';
import { articlesCommand } from './articles.js';
import { evalCommand } from './eval.js';
import { eventsCommand } from './events.js';
import { ingestCommand } from './ingest.js';
import { kbCommand } from './kb.js';
import { serveCommand } from './serve.js';
import { trainCommand } from './train.js';

/** Every `kroniek` subcommand, in the order `kroniek --help` lists them. */
export const COMMANDS: readonly Command[] = [
  analyzeCommand,
  ingestCommand,
  eventsCommand,
  actorsCommand,
  articlesCommand,
  serveCommand,
  kbCommand,
  evalCommand,
  trainCommand,
];
