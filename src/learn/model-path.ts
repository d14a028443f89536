import { fileURLToPath } from 'node:url';

/**
 * Path of a model shipped in the package's `models/<language>/<file>`. Resolved from this module, which sits two
 * levels below the package root both as source (src/learn) and when built (dist/learn).
 */
export function shippedModelPath(language: string, file: string): string {
  return fileURLToPath(new URL(`../../models/${language}/${file}`, import.meta.url));
}
