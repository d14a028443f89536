/** Reading and writing CoNLL-U (Universal Dependencies) text. */

/** One syntactic word (a row with an integer id). */
export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 for the root, -1 when the column is `_`. */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** A multiword token (a row with a range id such as `3-4`): one surface token, several words. */
export interface ConlluMultiword {
  first: number;
  last: number;
  form: string;
  misc: string;
}

export interface ConlluSentence {
  /** `# key = value` comments; a bare `# newpar` or `# newdoc` is stored with an empty value. */
  comments: Map<string, string>;
  words: ConlluWord[];
  multiwords: ConlluMultiword[];
  /** Line number (1-based) where the sentence starts, for error messages. */
  line: number;
}

export class ConlluError extends Error {
  constructor(source: string, line: number, problem: string) {
    super(`${source}:${line}: ${problem}`);
    this.name = 'ConlluError';
  }
}

const COLUMNS = 10;

/** Parses CoNLL-U text; `source` names the input in error messages. Empty nodes (ids like 8.1) are skipped. */
export function parseConllu(text: string, source = 'conllu'): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence | null = null;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line.trim() === '') {
      if (current) sentences.push(current);
      current = null;
      continue;
    }
    current ??= { comments: new Map(), words: [], multiwords: [], line: n + 1 };
    if (line.startsWith('#')) {
      const body = line.slice(1).trim();
      const eq = body.indexOf('=');
      if (eq < 0) current.comments.set(body, '');
      else current.comments.set(body.slice(0, eq).trim(), body.slice(eq + 1).trim());
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== COLUMNS) {
      throw new ConlluError(source, n + 1, `expected ${COLUMNS} tab-separated columns, found ${cols.length}`);
    }
    const id = cols[0];
    if (id.includes('.')) continue;
    const dash = id.indexOf('-');
    if (dash > 0) {
      current.multiwords.push({
        first: Number(id.slice(0, dash)),
        last: Number(id.slice(dash + 1)),
        form: cols[1],
        misc: cols[9],
      });
      continue;
    }
    const wordId = Number(id);
    if (!Number.isInteger(wordId)) throw new ConlluError(source, n + 1, `bad word id "${id}"`);
    current.words.push({
      id: wordId,
      form: cols[1],
      lemma: cols[2],
      upos: cols[3],
      xpos: cols[4],
      feats: cols[5],
      head: cols[6] === '_' ? -1 : Number(cols[6]),
      deprel: cols[7],
      deps: cols[8],
      misc: cols[9],
    });
  }
  if (current) sentences.push(current);
  return sentences;
}

/**
 * The surface tokens of a sentence: multiword tokens as one token, other words as themselves,
 * each with whether a space follows (from MISC SpaceAfter=No).
 */
export function surfaceTokens(sentence: ConlluSentence): { form: string; spaceAfter: boolean }[] {
  const byFirst = new Map(sentence.multiwords.map((m) => [m.first, m]));
  const tokens: { form: string; spaceAfter: boolean }[] = [];
  for (let k = 0; k < sentence.words.length; k++) {
    const word = sentence.words[k];
    const multi = byFirst.get(word.id);
    if (multi) {
      tokens.push({ form: multi.form, spaceAfter: !hasNoSpaceAfter(multi.misc) });
      while (k + 1 < sentence.words.length && sentence.words[k + 1].id <= multi.last) k++;
    } else {
      tokens.push({ form: word.form, spaceAfter: !hasNoSpaceAfter(word.misc) });
    }
  }
  return tokens;
}

function hasNoSpaceAfter(misc: string): boolean {
  return misc.split('|').includes('SpaceAfter=No');
}

/** Serialises sentences back to CoNLL-U text. */
export function formatConllu(sentences: ConlluSentence[]): string {
  const out: string[] = [];
  for (const sentence of sentences) {
    for (const [key, value] of sentence.comments) out.push(value === '' ? `# ${key}` : `# ${key} = ${value}`);
    const byFirst = new Map(sentence.multiwords.map((m) => [m.first, m]));
    for (const w of sentence.words) {
      const multi = byFirst.get(w.id);
      if (multi) out.push([`${multi.first}-${multi.last}`, multi.form, '_', '_', '_', '_', '_', '_', '_', multi.misc].join('\t'));
      const head = w.head < 0 ? '_' : String(w.head);
      out.push([w.id, w.form, w.lemma, w.upos, w.xpos, w.feats, head, w.deprel, w.deps, w.misc].join('\t'));
    }
    out.push('');
  }
  return out.join('\n') + (out.length ? '\n' : '');
}
