import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Doc, NO_HEAD } from '../doc/doc.js';
import { parseConllu, type ConlluSentence } from '../io/conllu.js';

/**
 * A treebank on gold tokenisation: one Doc holding every syntactic word (words joined by single spaces,
 * one sentence per treebank sentence) and the gold annotations as parallel arrays, indexed like the Doc.
 */
export interface Treebank {
  doc: Doc;
  upos: string[];
  xpos: string[];
  lemma: string[];
  /** Gold head as a Doc token index, NO_HEAD for the root or when unannotated. */
  head: Int32Array;
  deprel: string[];
  sentences: ConlluSentence[];
}

/** UD v1 UPOS renamed in v2. */
const UPOS_V1_TO_V2: Record<string, string> = { CONJ: 'CCONJ' };

/** Reads CoNLL-U files (plain or .gz) into one Treebank; UD v1 UPOS are mapped to v2. */
export function readTreebank(paths: readonly string[], language: string): Treebank {
  const sentences: ConlluSentence[] = [];
  for (const path of paths) {
    const raw = readFileSync(path);
    const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
    for (const sentence of parseConllu(text, path)) sentences.push(sentence);
  }
  return treebankFromSentences(sentences, language);
}

export function treebankFromSentences(sentences: ConlluSentence[], language: string): Treebank {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const sentenceStarts: number[] = [];
  const upos: string[] = [];
  const xpos: string[] = [];
  const lemma: string[] = [];
  const heads: number[] = [];
  const deprel: string[] = [];
  let offset = 0;
  for (const sentence of sentences) {
    if (sentence.words.length === 0) continue;
    const first = starts.length;
    sentenceStarts.push(first);
    for (const word of sentence.words) {
      starts.push(offset);
      ends.push(offset + word.form.length);
      parts.push(word.form);
      offset += word.form.length + 1;
      upos.push(UPOS_V1_TO_V2[word.upos] ?? (word.upos === '_' ? '' : word.upos));
      xpos.push(word.xpos === '_' ? '' : word.xpos);
      lemma.push(word.lemma);
      heads.push(word.head > 0 ? first + word.head - 1 : NO_HEAD);
      deprel.push(word.deprel === '_' ? '' : word.deprel);
    }
  }
  const doc = new Doc(
    parts.join(' '),
    { starts: Int32Array.from(starts), ends: Int32Array.from(ends), sentenceStarts: Int32Array.from(sentenceStarts) },
    language,
  );
  return { doc, upos, xpos, lemma, head: Int32Array.from(heads), deprel, sentences };
}
