import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync(new URL('../../docs/article.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** The published JSON Schema, as an object. */
export const articleSchema = schema as Record<string, unknown>;

/** Throws with every schema violation listed when `value` is not a valid Article or error record. */
export function assertValidArticle(value: unknown): void {
  if (!validate(value)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
    throw new Error(`not a valid Article: ${problems}`);
  }
}
