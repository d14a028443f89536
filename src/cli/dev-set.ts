import { readFile } from 'node:fs/promises';

/** What every record of a development set has: a text in a language, published on a day (or not known). */
export interface DevelopmentRecord {
  text: string;
  language: string;
  published: string | null;
}

/**
 * Reads a development set: JSONL, one record a line. Checks what every record has, then `check` the rest (it
 * throws a message, which gets the file and line in front). A bad record stops the evaluation: scores over a
 * damaged gold file would mislead.
 */
export async function readDevelopmentSet<T extends DevelopmentRecord>(
  file: string,
  languages: readonly string[],
  check: (record: T) => void,
): Promise<T[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const records: T[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    let record: T;
    try {
      record = JSON.parse(line) as T;
    } catch (error) {
      throw new Error(`${where}: not JSON (${(error as Error).message})`);
    }
    try {
      if (typeof record.text !== 'string') throw new Error('needs a "text"');
      if (!languages.includes(record.language)) {
        throw new Error(`language ${JSON.stringify(record.language)} is not one of ${languages.join(', ')}`);
      }
      if (record.published !== null && (typeof record.published !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(record.published))) {
        throw new Error('"published" must be YYYY-MM-DD or null');
      }
      check(record);
    } catch (error) {
      throw new Error(`${where}: ${(error as Error).message}`);
    }
    records.push(record);
  });
  return records;
}
