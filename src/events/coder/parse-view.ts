/**
 * A read-only view of one Doc's dependency parse made for the coder: children lists in flat typed arrays, each
 * relation reduced to a small code, lemma keys (compound and particle marks taken out) memoised per lemma id, and
 * per token the actor mention and time expression that cover it. Built once per document, no object per token.
 */
import type { Doc } from '../../doc/doc.js';

/** The relations the coder tells apart; every other relation is OTHER. */
export const enum Rel {
  OTHER,
  ROOT,
  NSUBJ,
  NSUBJ_PASS,
  OBJ,
  IOBJ,
  OBL,
  OBL_AGENT,
  NMOD,
  NMOD_POSS,
  AMOD,
  CONJ,
  XCOMP,
  CCOMP,
  ADVCL,
  ACL,
  ACL_RELCL,
  PARATAXIS,
  MARK,
  CASE,
  AUX,
  AUX_PASS,
  COP,
  ADVMOD,
  APPOS,
  FLAT,
  COMPOUND,
  PRT,
  EXPL,
  DET,
  FIXED,
  CC,
}

const RELATIONS: Readonly<Record<string, Rel>> = {
  root: Rel.ROOT,
  nsubj: Rel.NSUBJ,
  'nsubj:pass': Rel.NSUBJ_PASS,
  'csubj:pass': Rel.NSUBJ_PASS,
  obj: Rel.OBJ,
  iobj: Rel.IOBJ,
  obl: Rel.OBL,
  'obl:arg': Rel.OBL,
  'obl:tmod': Rel.OBL,
  'obl:npmod': Rel.OBL,
  'obl:agent': Rel.OBL_AGENT,
  nmod: Rel.NMOD,
  'nmod:poss': Rel.NMOD_POSS,
  amod: Rel.AMOD,
  conj: Rel.CONJ,
  xcomp: Rel.XCOMP,
  ccomp: Rel.CCOMP,
  advcl: Rel.ADVCL,
  acl: Rel.ACL,
  'acl:relcl': Rel.ACL_RELCL,
  parataxis: Rel.PARATAXIS,
  mark: Rel.MARK,
  case: Rel.CASE,
  aux: Rel.AUX,
  'aux:pass': Rel.AUX_PASS,
  cop: Rel.COP,
  advmod: Rel.ADVMOD,
  appos: Rel.APPOS,
  flat: Rel.FLAT,
  'flat:name': Rel.FLAT,
  compound: Rel.COMPOUND,
  'compound:prt': Rel.PRT,
  expl: Rel.EXPL,
  'expl:pv': Rel.EXPL,
  'expl:pass': Rel.EXPL,
  det: Rel.DET,
  'det:poss': Rel.NMOD_POSS,
  fixed: Rel.FIXED,
  cc: Rel.CC,
  'cc:preconj': Rel.CC,
};

/** Relations that open a clause of their own: a climb from a word to its clause stops below them. */
export function opensClause(rel: Rel): boolean {
  return rel === Rel.ROOT || rel === Rel.XCOMP || rel === Rel.CCOMP || rel === Rel.ADVCL || rel === Rel.ACL || rel === Rel.ACL_RELCL || rel === Rel.PARATAXIS;
}

export class ParseView {
  readonly length: number;
  readonly head: Int32Array;
  readonly rel: Uint8Array;
  /** Children of token i are childList[childStart[i] .. childStart[i + 1]), in text order. */
  readonly childStart: Int32Array;
  readonly childList: Int32Array;
  /** Index into doc.mentions of the mention covering the token, or -1. */
  readonly mentionAt: Int32Array;
  /** Index into doc.timexes of the time expression covering the token, or -1. */
  readonly timexAt: Int32Array;
  readonly sentence: Int32Array;
  private readonly keys = new Map<number, string>();
  private readonly uposOf = new Map<number, string>();

  constructor(readonly doc: Doc) {
    const n = doc.length;
    this.length = n;
    this.head = doc.head;
    this.rel = new Uint8Array(n);
    const relOf = new Map<number, Rel>();
    const counts = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const id = doc.dep[i];
      let rel = relOf.get(id);
      if (rel === undefined) {
        rel = RELATIONS[doc.strings.get(id)] ?? Rel.OTHER;
        relOf.set(id, rel);
      }
      this.rel[i] = rel;
      const h = doc.head[i];
      if (h >= 0 && h < n) counts[h + 1]++;
    }
    for (let i = 0; i < n; i++) counts[i + 1] += counts[i];
    this.childStart = counts;
    this.childList = new Int32Array(counts[n]);
    const fill = counts.slice(0, n);
    for (let i = 0; i < n; i++) {
      const h = doc.head[i];
      if (h >= 0 && h < n) this.childList[fill[h]++] = i;
    }
    this.mentionAt = coverage(doc, doc.mentions);
    this.timexAt = coverage(doc, doc.timexes);
    this.sentence = new Int32Array(n);
    for (let s = 0; s < doc.sentenceCount; s++) {
      const end = s + 1 < doc.sentenceCount ? doc.sentenceStarts[s + 1] : n;
      this.sentence.fill(s, doc.sentenceStarts[s], end);
    }
  }

  /** The lemma as a lookup key: lower case, compound marks ("staat_media") taken out. */
  key(i: number): string {
    const id = this.doc.lemma[i];
    let key = this.keys.get(id);
    if (key === undefined) {
      key = this.doc.strings.get(id).toLowerCase().replaceAll('_', '');
      this.keys.set(id, key);
    }
    return key;
  }

  /**
   * A verb's lemma key with its separable particle joined in front ("riep … op" → "oproepen"), unless the lemmatizer
   * already put it there ("bereiden" with lemma "voor_bereiden" → "voorbereiden").
   */
  separableKey(v: number): string {
    const particle = this.child(v, Rel.PRT);
    const key = this.key(v);
    if (particle < 0) return key;
    const prefix = this.key(particle);
    return key.startsWith(prefix) ? key : prefix + key;
  }

  /** The last part of a compound lemma ("telefoon_gesprek" → "gesprek"), or '' for a simple word. */
  compoundHead(i: number): string {
    const lemma = this.doc.strings.get(this.doc.lemma[i]);
    const cut = lemma.lastIndexOf('_');
    return cut < 0 ? '' : lemma.slice(cut + 1).toLowerCase();
  }

  form(i: number): string {
    return this.doc.tokenText(i).toLowerCase();
  }

  upos(i: number): string {
    const id = this.doc.upos[i];
    let tag = this.uposOf.get(id);
    if (tag === undefined) {
      tag = this.doc.strings.get(id);
      this.uposOf.set(id, tag);
    }
    return tag;
  }

  isVerb(i: number): boolean {
    const tag = this.upos(i);
    return tag === 'VERB' || tag === 'AUX';
  }

  /** The first child of i with relation rel, or -1. */
  child(i: number, rel: Rel): number {
    for (let k = this.childStart[i]; k < this.childStart[i + 1]; k++) if (this.rel[this.childList[k]] === rel) return this.childList[k];
    return -1;
  }

  /** The key of the case marker (preposition) of a nominal, '' when it has none. Two-word ones give their first word. */
  caseOf(i: number): string {
    const c = this.child(i, Rel.CASE);
    return c < 0 ? '' : this.key(c);
  }

  /** Whether j lies in the subtree of i (j == i included). */
  dominates(i: number, j: number): boolean {
    for (let k = j, steps = 0; k >= 0 && steps < 64; k = this.head[k], steps++) if (k === i) return true;
    return false;
  }

  /**
   * i and the tokens coordinated with it ("Biden en Xi", "zowel China als Rusland", "Frankrijk, Duitsland en
   * Italië"), in text order. A conjunct chain without any conjunction is a misparse, not a coordination: i alone.
   */
  conjuncts(i: number): number[] {
    const all: number[] = [];
    const stack = [i];
    let joined = false;
    while (stack.length > 0) {
      const t = stack.pop()!;
      all.push(t);
      for (let k = this.childStart[t]; k < this.childStart[t + 1]; k++) {
        const c = this.childList[k];
        if (this.rel[c] !== Rel.CONJ) continue;
        if (this.child(c, Rel.CC) >= 0 || this.child(c, Rel.MARK) >= 0) joined = true;
        stack.push(c);
      }
    }
    if (!joined) return [i];
    return all.sort((a, b) => a - b);
  }

  /** The conjuncts of i that hang on it without any conjunction in their chain (a misparsed second argument). */
  looseConjunct(i: number): number {
    if (this.conjuncts(i).length > 1) return -1;
    return this.child(i, Rel.CONJ);
  }

  /**
   * For a word inside a multiword preposition ("verzoek" of "op verzoek van de Franse autoriteiten", parsed as one
   * case marker with fixed parts), the nominal the preposition marks; -1 for any other token.
   */
  fixedNominal(i: number): number {
    const marker = this.head[i];
    if (this.rel[i] !== Rel.FIXED || marker < 0 || this.rel[marker] !== Rel.CASE) return -1;
    return this.head[marker];
  }

  /** The first and last token of i's subtree. */
  extent(i: number): [number, number] {
    let first = i;
    let last = i;
    const stack = [i];
    while (stack.length > 0) {
      const t = stack.pop()!;
      if (t < first) first = t;
      if (t > last) last = t;
      for (let k = this.childStart[t]; k < this.childStart[t + 1]; k++) stack.push(this.childList[k]);
    }
    return [first, last];
  }
}

/** Per token, the index of the span (sorted by start, character offsets) that covers it, or -1. */
function coverage(doc: Doc, spans: readonly { start: number; end: number }[]): Int32Array {
  const at = new Int32Array(doc.length).fill(-1);
  let t = 0;
  for (let s = 0; s < spans.length; s++) {
    const { start, end } = spans[s];
    while (t < doc.length && doc.ends[t] <= start) t++;
    for (let u = t; u < doc.length && doc.starts[u] < end; u++) if (at[u] < 0) at[u] = s;
  }
  return at;
}
