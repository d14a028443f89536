/**
 * Actor codes the scorer applies to predicted actors whose names the knowledge base cannot know: the toy countries
 * and people of the PETRARCH unit tests (Arnor ARN, Gondor's Minas Tirith GON, Frodo HOB …). See
 * eval/petrarch/README.md.
 */
import type { ActorRef } from '../doc/article.js';
import { textWords, type ActorCoding } from './evaluate.js';

const HEADER = 'code\tnames';
const CODE = /^([A-Z]{3}|---)([A-Z]{3})?$/;

interface NamedCode {
  /** The name's words, lower case. */
  words: string[];
  country: string;
  sector: string;
}

/** Words with possessive endings dropped ("Arnor's" → arnor). */
function words(text: string): string[] {
  return textWords(text.replace(/['’]s\b/g, ''));
}

/** Whether `name` occurs as a run of whole words in `text`. */
function containsRun(text: string[], name: string[]): boolean {
  for (let i = 0; i + name.length <= text.length; i++) {
    if (name.every((w, j) => text[i + j] === w)) return true;
  }
  return false;
}

/**
 * Name → code table from TSV: a header `code<TAB>names`, then one actor a line, its code (country, or `---` for none,
 * and an optional sector: `ARN`, `HOBGOV`, `---GOV`) and its `|`-separated names. `#` lines are comments.
 */
export class ActorCodeTable implements ActorCoding {
  private readonly names: NamedCode[] = [];

  constructor(tsv: string) {
    const lines = tsv.split('\n');
    let header = false;
    lines.forEach((line, i) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      if (!header) {
        if (line !== HEADER) throw new Error(`actor codes line ${i + 1}: the header must be '${HEADER.replace('\t', '<TAB>')}'`);
        header = true;
        return;
      }
      const [code, names, ...rest] = line.split('\t');
      const parts = CODE.exec(code);
      if (!parts || names === undefined || names.trim() === '' || rest.length > 0) throw new Error(`actor codes line ${i + 1}: expected CODE<TAB>names`);
      for (const name of names.split('|')) {
        const nameWords = words(name);
        if (nameWords.length === 0) throw new Error(`actor codes line ${i + 1}: empty name`);
        this.names.push({ words: nameWords, country: parts[1] === '---' ? '' : parts[1], sector: parts[2] ?? '' });
      }
    });
    if (!header) throw new Error('actor codes: no header');
    // Longest names first, so "Minas Tirith" wins over a shorter name inside the same phrase.
    this.names.sort((a, b) => b.words.length - a.words.length);
  }

  get size(): number {
    return this.names.length;
  }

  /** The actor with the code of the longest listed name in its text; its own sector stays when the code has none. */
  code(ref: ActorRef): ActorRef {
    const text = words(ref.text);
    const named = this.names.find((n) => containsRun(text, n.words));
    if (!named) return ref;
    return { ...ref, country: named.country, sector: named.sector || ref.sector };
  }
}
