import { parseConllu, surfaceTokens, type ConlluSentence } from '../io/conllu.js';
import { segmenterFor } from './languages.js';

/** Precision, recall and F1 in percent. */
export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export interface SegmentationScores {
  tokens: Score;
  sentences: Score;
}

/** The raw text rebuilt from a treebank with its gold token and sentence spans ([start, end) pairs, flattened). */
export interface GoldText {
  text: string;
  tokenSpans: number[];
  sentenceSpans: number[];
}

/**
 * Rebuilds the raw text of CoNLL-U: sentences of a paragraph joined by a space, paragraphs by a blank line.
 * Paragraphs come from `# newpar` / `# newdoc`; files without them (the Dutch Lassy and Alpino treebanks) encode
 * the paragraph in the sent_id (`...p.5.s.4`), so a change of the part before `.s.N` starts a paragraph.
 * Gold tokens are surface tokens (a multiword token counts once), located in each sentence's `# text`.
 */
export function goldFromConllu(conlluText: string, source: string): GoldText {
  const sentences = parseConllu(conlluText, source);
  const marked = sentences.some((s) => hasParagraphMark(s));
  const parts: string[] = [];
  const tokenSpans: number[] = [];
  const sentenceSpans: number[] = [];
  let offset = 0;
  let previousParagraph: string | undefined;
  sentences.forEach((sentence, k) => {
    const paragraph = paragraphOfSentId(sentence.comments.get('sent_id') ?? '');
    const newParagraph = marked ? hasParagraphMark(sentence) : paragraph !== previousParagraph;
    previousParagraph = paragraph;
    if (k > 0) {
      const separator = newParagraph ? '\n\n' : ' ';
      parts.push(separator);
      offset += separator.length;
    }
    const tokens = surfaceTokens(sentence);
    const text = sentence.comments.get('text') ?? tokens.map((t) => t.form + (t.spaceAfter ? ' ' : '')).join('').trimEnd();
    let position = 0;
    for (const token of tokens) {
      while (position < text.length && /\s/.test(text[position])) position++;
      if (!text.startsWith(token.form, position)) {
        throw new Error(`${source}:${sentence.line}: token "${token.form}" not found at offset ${position} of the sentence text`);
      }
      tokenSpans.push(offset + position, offset + position + token.form.length);
      position += token.form.length;
    }
    if (tokens.length > 0) sentenceSpans.push(tokenSpans[tokenSpans.length - 2 * tokens.length], offset + position);
    parts.push(text);
    offset += text.length;
  });
  return { text: parts.join(''), tokenSpans, sentenceSpans };
}

/**
 * Scores the segmenter of `language` against a CoNLL-U treebank (CoNLL 2018 style): tokens and sentences count as
 * correct when their character spans match the gold ones exactly. `source` names the input in error messages.
 */
export function evaluateSegmentation(conlluText: string, source: string, language: string): SegmentationScores {
  const segmenter = segmenterFor(language);
  const gold = goldFromConllu(conlluText, source);
  const system = segmenter.segment(gold.text);
  // Gold tokens are surface tokens: words split off a written word count as part of it.
  const systemTokens: number[] = [];
  for (let i = 0; i < system.starts.length; i++) {
    if (system.fused?.[i]) systemTokens[systemTokens.length - 1] = system.ends[i];
    else systemTokens.push(system.starts[i], system.ends[i]);
  }
  const systemSentences: number[] = [];
  for (let s = 0; s < system.sentenceStarts.length; s++) {
    const last = s + 1 < system.sentenceStarts.length ? system.sentenceStarts[s + 1] - 1 : system.starts.length - 1;
    systemSentences.push(system.starts[system.sentenceStarts[s]], system.ends[last]);
  }
  return {
    tokens: score(gold.tokenSpans, systemTokens),
    sentences: score(gold.sentenceSpans, systemSentences),
  };
}

function hasParagraphMark(sentence: ConlluSentence): boolean {
  for (const key of sentence.comments.keys()) {
    if (key.startsWith('newpar') || key.startsWith('newdoc')) return true;
  }
  return false;
}

function paragraphOfSentId(sentId: string): string {
  const match = /^(.*)\.s\.\d+$/.exec(sentId);
  return match ? match[1] : '';
}

/** Exact-match scores of two ascending lists of flattened spans. */
function score(gold: number[], system: number[]): Score {
  const goldSet = new Set<string>();
  for (let k = 0; k < gold.length; k += 2) goldSet.add(`${gold[k]}:${gold[k + 1]}`);
  let correct = 0;
  for (let k = 0; k < system.length; k += 2) {
    if (goldSet.has(`${system[k]}:${system[k + 1]}`)) correct++;
  }
  const precision = system.length ? (100 * correct) / (system.length / 2) : 0;
  const recall = gold.length ? (100 * correct) / (gold.length / 2) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round2(precision), recall: round2(recall), f1: round2(f1) };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
