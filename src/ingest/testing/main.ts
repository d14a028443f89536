// `kroniek` for the store commands alone, as a process (the kill -9 test runs it): node --import tsx main.ts ingest ...
import { runStoreCommand } from './store-cli.js';

process.exitCode = await runStoreCommand(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
