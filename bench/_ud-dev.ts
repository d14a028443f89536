/**
 * What the syntax benchmarks share (a helper, not a benchmark: bench/run.ts skips files starting with "_"): the model
 * folder (`--models DIR`, holding <lang>/*.bin; default models/) and each language's UD dev file.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const modelsArg = process.argv.indexOf('--models');

/** The folder with the models to measure. */
export const modelsDir = modelsArg >= 0 ? process.argv[modelsArg + 1] : join(root, 'models');

/** The UD dev file each language is measured on (absent without ../shared). */
export const UD_DEV: Readonly<Record<string, string>> = {
  nl: join(root, '../shared/data/ud-nl-alpino/nl_alpino-ud-dev.conllu'),
  en: join(root, '../shared/data/ud-en-ewt/en_ewt-ud-dev.conllu'),
};

/** One decimal. */
export function round(x: number): number {
  return Math.round(x * 10) / 10;
}
