import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Doc } from '../doc/doc.js';
import type { Tagger } from '../tag/index.js';

/** One document of an NER corpus on gold tokenisation: the Doc (tokens and sentences) and the gold IOB tag of every token. */
export interface NerDocument {
  doc: Doc;
  tags: string[];
}

/** Sentence-less corpora (Europeana) are cut into pseudo-sentences of at most this many tokens. */
const MAX_SENTENCE = 60;
/** Corpora without document marks are grouped into pseudo-documents of this many sentences. */
const SENTENCES_PER_DOCUMENT = 30;

/**
 * Reads an NER corpus (plain or .gz) in any of the column formats of our data: CoNLL-2002 (`word POS tag`),
 * `word tag` (WikiGold, Europeana), UNER (`# comments`, `idx<TAB>word<TAB>tag<TAB>...`) and WikiANN (`nl:word<TAB>tag`,
 * the language prefix is dropped). Blank lines end sentences, `-DOCSTART-` and `# newdoc` end documents. A corpus
 * without blank lines is split into sentences after . ! ? tokens. Without document marks, sentences are grouped
 * into pseudo-documents (WikiANN: one per sentence, as its sentences are unrelated fragments).
 */
export function readNerCorpus(path: string, language: string): NerDocument[] {
  const raw = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  return parseNerCorpus(text, language);
}

export function parseNerCorpus(text: string, language: string): NerDocument[] {
  const lines = text.split(/\r?\n/);
  const columns = lines.filter((line) => line.trim() !== '' && !line.startsWith('#') && !line.startsWith('-DOCSTART-'));
  const sample = columns.slice(0, 50);
  const prefixed = sample.length > 0 && sample.every((line) => /^[a-z]{2,3}:\S/.test(line));
  const indexed = sample.length > 0 && sample.every((line) => /^\d+\t/.test(line));
  const hasBlankLines = lines.some((line, i) => line.trim() === '' && i < lines.length - 1);
  const hasDocuments = lines.some((line) => line.startsWith('-DOCSTART-') || line.startsWith('# newdoc'));

  const documents: { words: string[][]; tags: string[][] }[] = [];
  let current: { words: string[][]; tags: string[][] } = { words: [], tags: [] };
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (words.length === 0) return;
    current.words.push(words);
    current.tags.push(tags);
    words = [];
    tags = [];
    if (!hasDocuments && (prefixed || current.words.length >= SENTENCES_PER_DOCUMENT)) endDocument();
  };
  const endDocument = () => {
    if (current.words.length > 0) documents.push(current);
    current = { words: [], tags: [] };
  };
  for (const line of lines) {
    if (line.startsWith('-DOCSTART-') || line.startsWith('# newdoc')) {
      endSentence();
      endDocument();
      continue;
    }
    if (line.startsWith('#') && indexed) continue;
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    const fields = indexed || prefixed ? line.split('\t') : line.trim().split(/\s+/);
    let word = indexed ? fields[1] : fields[0];
    const tag = indexed ? fields[2] : fields[fields.length - 1];
    if (prefixed) word = word.replace(/^[a-z]{2,3}:/, '');
    if (word === '' || word === undefined) continue;
    words.push(word.replace(/\s/g, '_'));
    tags.push(tag);
    if (!hasBlankLines && (/^[.!?]$/.test(word) || words.length >= MAX_SENTENCE)) endSentence();
  }
  endSentence();
  endDocument();
  return documents.map((d) => ({ doc: docOfSentences(d.words, language), tags: d.tags.flat() }));
}

/** A Doc of pre-tokenised sentences: words joined by spaces, sentences by newlines. */
export function docOfSentences(sentences: readonly (readonly string[])[], language: string): Doc {
  const count = sentences.reduce((n, s) => n + s.length, 0);
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const sentenceStarts = new Int32Array(sentences.length);
  const parts: string[] = [];
  let offset = 0;
  let t = 0;
  sentences.forEach((sentence, s) => {
    sentenceStarts[s] = t;
    sentence.forEach((word, k) => {
      if (k > 0) offset += 1;
      starts[t] = offset;
      offset += word.length;
      ends[t] = offset;
      t++;
    });
    parts.push(sentence.join(' '));
    offset += 1;
  });
  return new Doc(parts.join('\n'), { starts, ends, sentenceStarts }, language);
}

/** Tags the documents' part of speech, which the recogniser reads (the gold files' own tags are not used). */
export function tagDocuments(documents: readonly NerDocument[], tagger: Tagger): void {
  for (const { doc } of documents) tagger.apply(doc);
}
