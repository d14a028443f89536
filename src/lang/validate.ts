/** Checks shared by the loaders of the language data files under `src/lang/<code>/`. */

/** Throws an error naming the data file; never returns. */
export type Fail = (message: string) => never;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The top level of a language data file: an object whose `language` is `language`. Returns it with a `fail` that puts
 * "<language> <what>:" in front of each message ("nl trigger data: entry 3 …").
 */
export function languageDataRecord(data: unknown, language: string, what: string): { record: Record<string, unknown>; fail: Fail } {
  const fail: Fail = (message) => {
    throw new Error(`${language} ${what}: ${message}`);
  };
  if (!isRecord(data)) return fail('not an object');
  if (data.language !== language) fail(`language is ${JSON.stringify(data.language)}, expected '${language}'`);
  return { record: data, fail };
}

/** A language data file whose `entries` is a non-empty list, each entry checked and converted by `entry`. */
export function languageDataEntries<T>(
  data: unknown,
  language: string,
  what: string,
  entry: (raw: unknown, where: string, fail: Fail) => T,
): { entries: T[]; fail: Fail } {
  const { record, fail } = languageDataRecord(data, language, what);
  if (!Array.isArray(record.entries) || record.entries.length === 0) return fail('entries must be a non-empty list');
  const entries = record.entries.map((raw, i) => entry(raw, `entry ${i} (${isRecord(raw) ? raw.lemma : '?'})`, fail));
  return { entries, fail };
}
