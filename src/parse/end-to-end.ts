import type { Doc } from '../doc/doc.js';
import { parseConllu, type ConlluWord } from '../io/conllu.js';
import { goldFromConllu } from '../tokenize/evaluate.js';

/**
 * End-to-end scoring from raw text in the manner of the CoNLL 2018 shared task: the system's words are aligned
 * to the gold words by their character spans in the same text, and every measure is a precision (over system
 * words), recall (over gold words) and F1 of the aligned words that also agree on it.
 */

/** Precision, recall and F1 in percent. */
export interface PrfScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface EndToEndScores {
  /** Surface tokens (a multiword token counts once) with exactly the gold span. */
  tokens: PrfScore;
  sentences: PrfScore;
  /** Syntactic words aligned to a gold word. */
  words: PrfScore;
  upos: PrfScore;
  /** null when the gold or the system has no XPOS. */
  xpos: PrfScore | null;
  lemma: PrfScore;
  /** Aligned words whose head is aligned to the gold head (or both are roots). */
  uas: PrfScore;
  /** As uas, with the same universal relation (the label before any ':'). */
  las: PrfScore;
}

/** The words of one side (gold or system), in text order, with the sentence spans. */
export interface ScoredWords {
  /** Span [start, end) of each word's surface token: the same for all words of a multiword token. */
  tokenStart: Int32Array;
  tokenEnd: Int32Array;
  /** 1 when the word's surface token holds several words. */
  multiword: Uint8Array;
  /** Word forms, lower-cased: the alignment inside multiword tokens compares them. */
  forms: string[];
  upos: string[];
  xpos: string[];
  lemma: string[];
  /** Index of the head word in these arrays, -1 for a root. */
  head: Int32Array;
  /** Universal relation (without subtype). */
  deprel: string[];
  /** Sentence spans [start, end), flattened. */
  sentenceSpans: number[];
}

/** The gold words of a CoNLL-U treebank over the raw text `goldFromConllu` rebuilds from it (returned as `text`). */
export function goldWords(conlluText: string, source: string): { text: string; words: ScoredWords } {
  const gold = goldFromConllu(conlluText, source);
  const sentences = parseConllu(conlluText, source);
  const builder = new WordsBuilder();
  let token = 0;
  for (const sentence of sentences) {
    const first = builder.length;
    const lastOf = new Map(sentence.multiwords.map((m) => [m.first, m.last]));
    for (let k = 0; k < sentence.words.length; ) {
      const last = lastOf.get(sentence.words[k].id) ?? sentence.words[k].id;
      const group: ConlluWord[] = [];
      while (k < sentence.words.length && sentence.words[k].id <= last) group.push(sentence.words[k++]);
      const start = gold.tokenSpans[2 * token];
      const end = gold.tokenSpans[2 * token + 1];
      token++;
      for (const w of group) {
        builder.push(start, end, group.length > 1, w.form, w.upos, w.xpos === '_' ? '' : w.xpos, w.lemma, w.head > 0 ? first + w.head - 1 : -1, w.deprel);
      }
    }
  }
  return { text: gold.text, words: builder.build(gold.sentenceSpans) };
}

/** The words of an analysed Doc (tokens, fused tokens grouped into their surface word; tags, lemmas, tree). */
export function systemWords(doc: Doc): ScoredWords {
  const builder = new WordsBuilder();
  const { strings } = doc;
  for (let i = 0; i < doc.length; ) {
    let j = i + 1;
    while (j < doc.length && doc.fused[j] === 1) j++;
    for (let k = i; k < j; k++) {
      builder.push(
        doc.starts[i],
        doc.ends[j - 1],
        j - i > 1,
        doc.text.slice(doc.starts[k], doc.ends[k]),
        strings.get(doc.upos[k]),
        strings.get(doc.xpos[k]),
        strings.get(doc.lemma[k]),
        doc.head[k],
        strings.get(doc.dep[k]),
      );
    }
    i = j;
  }
  const spans: number[] = [];
  for (let s = 0; s < doc.sentenceCount; s++) {
    const first = doc.sentenceStarts[s];
    const last = doc.sentenceEnd(s) - 1;
    if (last >= first) spans.push(doc.starts[first], doc.ends[last]);
  }
  return builder.build(spans);
}

/** Scores `system` against `gold`; both must be words over the same text. */
export function endToEndScores(gold: ScoredWords, system: ScoredWords): EndToEndScores {
  const goldOf = alignWords(gold, system);
  const count = (agrees: (s: number, g: number) => boolean): number => {
    let n = 0;
    for (let s = 0; s < goldOf.length; s++) if (goldOf[s] >= 0 && agrees(s, goldOf[s])) n++;
    return n;
  };
  const nGold = gold.forms.length;
  const nSystem = system.forms.length;
  const prf = (correct: number, systemTotal = nSystem, goldTotal = nGold): PrfScore => scoreOf(correct, systemTotal, goldTotal);
  const headAligned = (s: number, g: number): boolean =>
    system.head[s] < 0 ? gold.head[g] < 0 : gold.head[g] >= 0 && goldOf[system.head[s]] === gold.head[g];
  const hasXpos = gold.xpos.some((x) => x !== '') && system.xpos.some((x) => x !== '');
  const goldTokens = tokenSpans(gold);
  const systemTokens = tokenSpans(system);
  return {
    tokens: prf(matchingSpans(goldTokens, systemTokens), systemTokens.length / 2, goldTokens.length / 2),
    sentences: prf(matchingSpans(gold.sentenceSpans, system.sentenceSpans), system.sentenceSpans.length / 2, gold.sentenceSpans.length / 2),
    words: prf(count(() => true)),
    upos: prf(count((s, g) => system.upos[s] === gold.upos[g])),
    xpos: hasXpos ? prf(count((s, g) => system.xpos[s] === gold.xpos[g])) : null,
    lemma: prf(count((s, g) => system.lemma[s] === gold.lemma[g])),
    uas: prf(count(headAligned)),
    las: prf(count((s, g) => headAligned(s, g) && system.deprel[s] === gold.deprel[g])),
  };
}

/**
 * For each system word, the index of the gold word it is aligned to, or -1. Words outside multiword tokens align
 * when their spans are equal; inside a stretch of text covered by multiword tokens on either side, words align by
 * the longest common subsequence of their lower-cased forms.
 */
export function alignWords(gold: ScoredWords, system: ScoredWords): Int32Array {
  const goldOf = new Int32Array(system.forms.length).fill(-1);
  const nGold = gold.forms.length;
  const nSystem = system.forms.length;
  let g = 0;
  let s = 0;
  while (g < nGold && s < nSystem) {
    if (gold.multiword[g] === 1 || system.multiword[s] === 1) {
      // a plain word on the other side that starts before the multiword token lies outside the stretch
      if (gold.multiword[g] === 1 && system.multiword[s] === 0 && system.tokenStart[s] < gold.tokenStart[g]) {
        s++;
        continue;
      }
      if (system.multiword[s] === 1 && gold.multiword[g] === 0 && gold.tokenStart[g] < system.tokenStart[s]) {
        g++;
        continue;
      }
      // the stretch of text that the multiword tokens here cover, grown until no word crosses its end
      let end = Math.max(gold.multiword[g] === 1 ? gold.tokenEnd[g] : 0, system.multiword[s] === 1 ? system.tokenEnd[s] : 0);
      const g0 = g;
      const s0 = s;
      for (;;) {
        let grew = false;
        while (g < nGold && gold.tokenStart[g] < end) {
          if (gold.tokenEnd[g] > end) end = gold.tokenEnd[g];
          g++;
          grew = true;
        }
        while (s < nSystem && system.tokenStart[s] < end) {
          if (system.tokenEnd[s] > end) end = system.tokenEnd[s];
          s++;
          grew = true;
        }
        if (!grew) break;
      }
      alignByForms(gold, g0, g, system, s0, s, goldOf);
    } else if (gold.tokenStart[g] === system.tokenStart[s] && gold.tokenEnd[g] === system.tokenEnd[s]) {
      goldOf[s++] = g++;
    } else {
      const goldFirst = gold.tokenStart[g] <= system.tokenStart[s];
      const systemFirst = gold.tokenStart[g] >= system.tokenStart[s];
      if (goldFirst) g++;
      if (systemFirst) s++;
    }
  }
  return goldOf;
}

/** Longest common subsequence of the forms of gold[g0, g1) and system[s0, s1): its pairs are aligned. */
function alignByForms(gold: ScoredWords, g0: number, g1: number, system: ScoredWords, s0: number, s1: number, goldOf: Int32Array): void {
  const rows = g1 - g0;
  const cols = s1 - s0;
  const lcs = new Int32Array((rows + 1) * (cols + 1));
  const at = (i: number, j: number): number => i * (cols + 1) + j;
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      lcs[at(i, j)] =
        gold.forms[g0 + i] === system.forms[s0 + j] ? 1 + lcs[at(i + 1, j + 1)] : Math.max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < rows && j < cols) {
    if (gold.forms[g0 + i] === system.forms[s0 + j]) {
      goldOf[s0 + j] = g0 + i;
      i++;
      j++;
    } else if (lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) i++;
    else j++;
  }
}

/** The distinct surface-token spans of a side, flattened, in text order. */
function tokenSpans(words: ScoredWords): number[] {
  const spans: number[] = [];
  for (let k = 0; k < words.forms.length; k++) {
    if (k > 0 && words.tokenStart[k] === words.tokenStart[k - 1] && words.tokenEnd[k] === words.tokenEnd[k - 1]) continue;
    spans.push(words.tokenStart[k], words.tokenEnd[k]);
  }
  return spans;
}

/** How many spans of `system` occur in `gold` (both flattened [start, end) lists). */
function matchingSpans(gold: number[], system: number[]): number {
  const goldSet = new Set<string>();
  for (let k = 0; k < gold.length; k += 2) goldSet.add(`${gold[k]}:${gold[k + 1]}`);
  let n = 0;
  for (let k = 0; k < system.length; k += 2) if (goldSet.has(`${system[k]}:${system[k + 1]}`)) n++;
  return n;
}

function scoreOf(correct: number, systemTotal: number, goldTotal: number): PrfScore {
  const precision = systemTotal === 0 ? 0 : (100 * correct) / systemTotal;
  const recall = goldTotal === 0 ? 0 : (100 * correct) / goldTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

class WordsBuilder {
  private readonly tokenStart: number[] = [];
  private readonly tokenEnd: number[] = [];
  private readonly multiword: number[] = [];
  private readonly forms: string[] = [];
  private readonly upos: string[] = [];
  private readonly xpos: string[] = [];
  private readonly lemma: string[] = [];
  private readonly head: number[] = [];
  private readonly deprel: string[] = [];

  get length(): number {
    return this.forms.length;
  }

  push(start: number, end: number, multiword: boolean, form: string, upos: string, xpos: string, lemma: string, head: number, deprel: string): void {
    this.tokenStart.push(start);
    this.tokenEnd.push(end);
    this.multiword.push(multiword ? 1 : 0);
    this.forms.push(form.toLowerCase());
    this.upos.push(upos);
    this.xpos.push(xpos);
    this.lemma.push(lemma);
    this.head.push(head);
    const colon = deprel.indexOf(':');
    this.deprel.push(colon < 0 ? deprel : deprel.slice(0, colon));
  }

  build(sentenceSpans: number[]): ScoredWords {
    return {
      tokenStart: Int32Array.from(this.tokenStart),
      tokenEnd: Int32Array.from(this.tokenEnd),
      multiword: Uint8Array.from(this.multiword),
      forms: this.forms,
      upos: this.upos,
      xpos: this.xpos,
      lemma: this.lemma,
      head: Int32Array.from(this.head),
      deprel: this.deprel,
      sentenceSpans,
    };
  }
}
