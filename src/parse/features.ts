/**
 * Feature extraction for the parser: hashed conjunctions of word, tag, label, distance and valency values
 * around the stack and buffer (after Zhang & Nivre 2011, adapted to arc-hybrid). Each feature is a 32-bit
 * hash of a template number and its values; the classifier maps hashes to weight rows.
 */
import { hashLower, hashString, hashSuffix, key2, type FeatureKeys } from '../learn/index.js';
import { NONE, type ParseState } from './transitions.js';

/** Per-word values of one sentence; index n is the root token. Reused across sentences. */
export class EncodedSentence {
  /** Whether features use XPOS: only for models trained on data with treebank tags. */
  useXtags = false;
  n = 0;
  words = new Uint32Array(0);
  tags = new Uint32Array(0);
  suffixes = new Uint32Array(0);
  /** Treebank-specific tag (XPOS), the missing value when there is none. */
  xtags = new Uint32Array(0);
  /** Word and tag combined, the most used pair. */
  wordTags = new Uint32Array(0);
  /** Capitalisation of each word (see letterCase): inside names, "Grote Prijs van België" is not an adjective's noun. */
  cases = new Uint8Array(0);
  private readonly tagHashes = new Map<string, number>();

  reset(n: number): void {
    if (this.words.length < n + 1) {
      const size = Math.max(n + 1, this.words.length * 2);
      this.words = new Uint32Array(size);
      this.tags = new Uint32Array(size);
      this.suffixes = new Uint32Array(size);
      this.wordTags = new Uint32Array(size);
      this.xtags = new Uint32Array(size);
      this.cases = new Uint8Array(size);
    }
    this.n = n;
    this.words[n] = ROOT_VALUE;
    this.tags[n] = ROOT_VALUE;
    this.suffixes[n] = ROOT_VALUE;
    this.wordTags[n] = ROOT_VALUE;
    this.xtags[n] = ROOT_VALUE;
    this.cases[n] = ROOT_VALUE;
  }

  /** Sets word i from the token `text[start, end)` (case-folded), its UPOS and its XPOS ('' for none). */
  set(i: number, text: string, start: number, end: number, tag: string, xtag: string): void {
    this.words[i] = hashLower(text, start, end);
    this.suffixes[i] = hashSuffix(text, start, end, 3);
    this.tags[i] = this.tagHash(tag);
    this.xtags[i] = xtag === '' ? NONE_VALUE : this.tagHash(xtag);
    this.wordTags[i] = key2(0, this.words[i], this.tags[i]);
    this.cases[i] = letterCase(text, start, i === 0);
  }

  private tagHash(tag: string): number {
    let h = this.tagHashes.get(tag);
    if (h === undefined) this.tagHashes.set(tag, (h = hashString(tag)));
    return h;
  }

}

/**
 * Capitalisation value of a word: 2 lower-case first letter, 3 capitalised, 4 capitalised as the sentence's first
 * word (which says little), 5 no letter first (digits, marks). 0 and 1 are the missing and root values.
 */
function letterCase(text: string, start: number, first: boolean): number {
  const c = text[start];
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  if (lower === upper) return 5;
  if (c === lower) return 2;
  return first ? 4 : 3;
}

/** Value of a missing position; the root token has its own. */
const NONE_VALUE = 0;
const ROOT_VALUE = 1;

/** Upper bound on the features one configuration yields. */
export const MAX_FEATURES = 93;

function distanceBin(d: number): number {
  return d < 5 ? d : d < 8 ? 5 : d < 12 ? 6 : 7;
}

/** Value of word `i` in `values`, or the missing value. */
function at(values: Uint32Array | Uint8Array, i: number): number {
  return i === NONE ? NONE_VALUE : values[i];
}

/** Label feature value of word `i` (0 missing, 1 reserved, label id + 2). */
function labelAt(labels: Int32Array, i: number): number {
  return i === NONE ? NONE_VALUE : labels[i] + 2;
}

/** Tag of word `i` when it is inside the sentence (root included), else the missing value. */
function near(tags: Uint32Array, n: number, i: number): number {
  return i < 0 || i > n ? NONE_VALUE : tags[i];
}

/**
 * What the move features read of one configuration, computed once per move. The features come in groups of a few
 * dozen, one function each: a hundred FeatureKeys adds in one function are more calls than the JIT inlines into it.
 */
class Configuration {
  sentence = new EncodedSentence();
  W = new Uint32Array(0);
  P = new Uint32Array(0);
  S = new Uint32Array(0);
  WP = new Uint32Array(0);
  L = new Int32Array(0);
  s0 = 0;
  s1 = 0;
  s2 = 0;
  b0 = 0;
  b1 = 0;
  b2 = 0;
  s0w = 0;
  s0p = 0;
  s1w = 0;
  s1p = 0;
  s2p = 0;
  b0w = 0;
  b0p = 0;
  b1w = 0;
  b1p = 0;
  b2w = 0;
  b2p = 0;
  s0l1 = 0;
  s0l2 = 0;
  s0r1 = 0;
  s0r2 = 0;
  s1l1 = 0;
  s1r1 = 0;
  b0l1 = 0;
  b0l2 = 0;
  distance = 0;
  stackDistance = 0;
  s0vl = 0;
  s0vr = 0;
  b0vl = 0;
  s0sl = 0;
  s0sr = 0;
  b0sl = 0;
  s0wp = 0;
  s1wp = 0;
  b0wp = 0;

  fill(state: ParseState, sentence: EncodedSentence): this {
    const W = (this.W = sentence.words);
    const P = (this.P = sentence.tags);
    this.S = sentence.suffixes;
    this.L = state.labels;
    this.sentence = sentence;
    const s0 = (this.s0 = state.stackAt(0));
    const s1 = (this.s1 = state.stackAt(1));
    const s2 = (this.s2 = state.stackAt(2));
    const b0 = (this.b0 = state.bufferAt(0));
    const b1 = (this.b1 = state.bufferAt(1));
    const b2 = (this.b2 = state.bufferAt(2));
    this.s0w = at(W, s0);
    this.s0p = at(P, s0);
    this.s1w = at(W, s1);
    this.s1p = at(P, s1);
    this.s2p = at(P, s2);
    this.b0w = at(W, b0);
    this.b0p = at(P, b0);
    this.b1w = at(W, b1);
    this.b1p = at(P, b1);
    this.b2w = at(W, b2);
    this.b2p = at(P, b2);
    this.s0l1 = s0 === NONE ? NONE : state.left1[s0];
    this.s0l2 = s0 === NONE ? NONE : state.left2[s0];
    this.s0r1 = s0 === NONE ? NONE : state.right1[s0];
    this.s0r2 = s0 === NONE ? NONE : state.right2[s0];
    this.s1l1 = s1 === NONE ? NONE : state.left1[s1];
    this.s1r1 = s1 === NONE ? NONE : state.right1[s1];
    this.b0l1 = state.left1[b0];
    this.b0l2 = state.left2[b0];
    this.distance = s0 === NONE ? 0 : b0 === sentence.n ? 8 : distanceBin(b0 - s0);
    this.stackDistance = s1 === NONE ? 0 : distanceBin(s0 - s1);
    this.s0vl = s0 === NONE ? 0 : state.leftCount[s0];
    this.s0vr = s0 === NONE ? 0 : state.rightCount[s0];
    this.b0vl = state.leftCount[b0];
    this.s0sl = s0 === NONE ? 0 : state.leftLabels[s0];
    this.s0sr = s0 === NONE ? 0 : state.rightLabels[s0];
    this.b0sl = state.leftLabels[b0];
    const WP = (this.WP = sentence.wordTags);
    this.s0wp = at(WP, s0);
    this.s1wp = at(WP, s1);
    this.b0wp = WP[b0];
    return this;
  }
}

/** Scratch of extractFeatures (the parser and its trainer are not re-entrant either). */
const CONFIGURATION = new Configuration();

/** Writes the features of `state` into `out` (cleared first). */
export function extractFeatures(state: ParseState, sentence: EncodedSentence, out: FeatureKeys): void {
  const c = CONFIGURATION.fill(state, sentence);
  out.clear();
  positionFeatures(c, out);
  tagAndDistanceFeatures(c, out);
  childFeatures(c, out);
  labelSetAndCaseFeatures(c, out);
  if (sentence.useXtags) treebankTagFeatures(c, out);
}

/** The words and tags of single positions and pairs of them. */
function positionFeatures(c: Configuration, out: FeatureKeys): void {
  out.add1(1, 0);
  // Single positions.
  out.add1(2, c.s0w);
  out.add1(3, c.s0p);
  out.add1(4, c.s0wp);
  out.add1(5, c.s1w);
  out.add1(6, c.s1p);
  out.add1(7, c.s1wp);
  out.add1(8, c.b0w);
  out.add1(9, c.b0p);
  out.add1(10, c.b0wp);
  out.add1(11, c.b1w);
  out.add1(12, c.b1p);
  out.add1(13, at(c.WP, c.b1));
  out.add1(14, c.b2w);
  out.add1(15, c.b2p);
  out.add1(16, c.s2p);
  out.add2(18, c.s0 === NONE ? NONE_VALUE : c.S[c.s0], c.s0p);
  out.add2(19, c.S[c.b0], c.b0p);
  // Pairs.
  out.add2(21, c.s0wp, c.b0wp);
  out.add2(24, c.s0wp, c.b0p);
  out.add2(25, c.s0p, c.b0wp);
  out.add2(26, c.s0w, c.b0w);
  out.add2(27, c.s0p, c.b0p);
  out.add2(28, c.b0p, c.b1p);
  out.add2(29, c.s0w, c.s1w);
  out.add2(30, c.s0p, c.s1p);
  out.add2(31, c.s1wp, c.s0p);
  out.add2(32, c.s1p, c.s0wp);
  out.add2(35, c.s1p, c.b0p);
}

/** Triples of tags, and distances. */
function tagAndDistanceFeatures(c: Configuration, out: FeatureKeys): void {
  // Triples of tags.
  out.add3(36, c.b0p, c.b1p, c.b2p);
  out.add3(37, c.s0p, c.b0p, c.b1p);
  out.add3(38, c.s1p, c.s0p, c.b0p);
  out.add3(39, c.s0p, at(c.P, c.s0l1), c.b0p);
  out.add3(40, c.s0p, at(c.P, c.s0r1), c.b0p);
  out.add3(41, c.s0p, c.b0p, at(c.P, c.b0l1));
  out.add3(42, c.s1p, c.s0p, at(c.P, c.s0l1));
  out.add3(43, c.s1p, c.s0p, at(c.P, c.s0r1));
  out.add3(44, c.s2p, c.s1p, c.s0p);
  out.add3(45, c.s1p, at(c.P, c.s1r1), c.s0p);
  out.add3(46, c.s1p, at(c.P, c.s1l1), c.s0p);
  // Distance.
  out.add2(50, c.s0w, c.distance);
  out.add2(51, c.s0p, c.distance);
  out.add2(52, c.b0w, c.distance);
  out.add2(53, c.b0p, c.distance);
  out.add3(54, c.s0w, c.b0w, c.distance);
  out.add3(55, c.s0p, c.b0p, c.distance);
  out.add3(56, c.s1p, c.s0p, c.stackDistance);
}

/** Valency and children. */
function childFeatures(c: Configuration, out: FeatureKeys): void {
  // Valency.
  out.add2(58, c.s0w, c.s0vr);
  out.add2(59, c.s0p, c.s0vr);
  out.add2(60, c.s0w, c.s0vl);
  out.add2(61, c.s0p, c.s0vl);
  out.add2(62, c.b0w, c.b0vl);
  out.add2(63, c.b0p, c.b0vl);
  // Children.
  out.add1(64, at(c.W, c.s0l1));
  out.add1(65, at(c.P, c.s0l1));
  out.add1(66, labelAt(c.L, c.s0l1));
  out.add1(67, at(c.W, c.s0r1));
  out.add1(68, at(c.P, c.s0r1));
  out.add1(69, labelAt(c.L, c.s0r1));
  out.add1(70, at(c.W, c.b0l1));
  out.add1(71, at(c.P, c.b0l1));
  out.add1(72, labelAt(c.L, c.b0l1));
  out.add2(73, at(c.P, c.s1r1), labelAt(c.L, c.s1r1));
  out.add2(74, at(c.P, c.s1l1), labelAt(c.L, c.s1l1));
  out.add3(76, c.s0p, labelAt(c.L, c.s0l1), labelAt(c.L, c.s0l2));
  out.add3(77, c.s0p, labelAt(c.L, c.s0r1), labelAt(c.L, c.s0r2));
  out.add3(78, c.b0p, labelAt(c.L, c.b0l1), labelAt(c.L, c.b0l2));
  out.add1(80, at(c.P, c.s0l2));
  out.add1(82, at(c.P, c.s0r2));
  out.add1(83, at(c.P, c.b0l2));
  out.add3(84, c.s0p, at(c.P, c.s0l1), at(c.P, c.s0l2));
  out.add3(85, c.s0p, at(c.P, c.s0r1), at(c.P, c.s0r2));
  out.add3(86, c.b0p, at(c.P, c.b0l1), at(c.P, c.b0l2));
}

/** Label sets, capitalisation and the word s0 opens with. */
function labelSetAndCaseFeatures(c: Configuration, out: FeatureKeys): void {
  // Label sets.
  out.add2(88, c.s0w, c.s0sl);
  out.add2(89, c.s0p, c.s0sl);
  out.add2(90, c.s0w, c.s0sr);
  out.add2(91, c.s0p, c.s0sr);
  out.add2(92, c.b0w, c.b0sl);
  out.add2(93, c.b0p, c.b0sl);
  // Capitalisation: words inside a name ("Grote Prijs van België") attach as the name's parts, not by their tags.
  const C = c.sentence.cases;
  const s0c = c.s0 === NONE ? NONE_VALUE : C[c.s0], s1c = c.s1 === NONE ? NONE_VALUE : C[c.s1], b0c = C[c.b0];
  out.add3(97, s0c, b0c, at(C, c.b1));
  out.add3(98, c.s0p, c.b0p, s0c * 8 + b0c);
  out.add3(99, c.s1p, c.s0p, s1c * 8 + s0c);
  // Lexical attachment: the word s0 opens with (a preposition, a conjunction) against its candidate heads.
  const s0l1w = at(c.W, c.s0l1);
  out.add3(94, c.s1w, s0l1w, c.s0p);
  out.add3(95, c.s1p, s0l1w, c.s0w);
  out.add3(96, c.b0w, s0l1w, c.s0p);
}

/** Treebank tags, where the tagger gives them. */
function treebankTagFeatures(c: Configuration, out: FeatureKeys): void {
  const X = c.sentence.xtags;
  const s0x = at(X, c.s0), s1x = at(X, c.s1), b0x = X[c.b0], b1x = at(X, c.b1);
  out.add1(140, s0x);
  out.add1(141, s1x);
  out.add1(142, b0x);
  out.add1(143, b1x);
  out.add2(144, s0x, b0x);
  out.add2(145, s1x, s0x);
  out.add3(146, s0x, b0x, b1x);
  out.add3(147, s1x, s0x, b0x);
}

/** Upper bound on the features `extractLabelFeatures` yields. */
export const MAX_LABEL_FEATURES = 41;

/**
 * Features for labelling the arc `head` → `dependent` that the next move adds (before it is added):
 * the two words, their neighbours, children and distance. `other` is the word the move leaves in
 * place (b0 for RIGHT, s1 for LEFT), which tells apart e.g. clause-final verbs.
 */
export function extractLabelFeatures(
  state: ParseState,
  sentence: EncodedSentence,
  head: number,
  dependent: number,
  other: number,
  out: FeatureKeys,
): void {
  const W = sentence.words;
  const P = sentence.tags;
  const S = sentence.suffixes;
  const L = state.labels;
  const n = sentence.n;

  const hw = W[head], hp = P[head], dw = W[dependent], dp = P[dependent];
  const hwp = sentence.wordTags[head], dwp = sentence.wordTags[dependent];
  const distance = head === n ? 8 : distanceBin(Math.abs(head - dependent));
  const dl1 = state.left1[dependent];
  const dr1 = state.right1[dependent];
  const hl1 = state.left1[head];
  const hr1 = state.right1[head];

  out.clear();
  out.add1(101, 0);
  out.add1(102, dw);
  out.add1(103, dp);
  out.add1(104, dwp);
  out.add1(105, hw);
  out.add1(106, hp);
  out.add1(107, hwp);
  out.add2(108, dwp, hwp);
  out.add2(109, dw, hp);
  out.add2(110, dp, hw);
  out.add2(111, dp, hp);
  out.add3(112, dp, hp, distance);
  out.add2(113, dw, distance);
  out.add2(114, S[dependent], dp);
  out.add2(115, S[head], hp);
  out.add3(116, dp, hp, at(P, other));
  out.add2(117, dw, at(P, other));
  out.add3(118, dp, near(P, n, dependent - 1), near(P, n, dependent + 1));
  out.add3(119, hp, near(P, n, head - 1), near(P, n, head + 1));
  out.add2(120, dp, near(P, n, dependent - 1));
  out.add2(121, dp, near(P, n, dependent + 1));
  out.add3(122, dp, labelAt(L, dl1), labelAt(L, dr1));
  out.add3(123, dp, at(P, dl1), at(P, dr1));
  out.add2(124, dw, labelAt(L, dl1));
  out.add2(125, dw, labelAt(L, dr1));
  out.add3(126, hp, labelAt(L, hl1), labelAt(L, hr1));
  out.add2(127, dp, state.leftLabels[dependent]);
  out.add2(128, dp, state.rightLabels[dependent]);
  out.add3(129, dp, hp, state.leftLabels[head] ^ (state.rightLabels[head] * 31));
  out.add3(130, dp, state.leftCount[dependent], state.rightCount[dependent]);
  out.add2(131, dw, W[dl1 === NONE ? n : dl1]);
  out.add3(132, dp, hp, W[dl1 === NONE ? n : dl1]);
  out.add2(133, hw, dp);
  out.add3(134, dp, hp, labelAt(L, hl1));
  out.add3(135, dp, hp, labelAt(L, hr1));
  out.add3(136, dwp, hp, distance);
  out.add3(137, dp, hp, sentence.cases[dependent] * 8 + sentence.cases[head]);
  if (!sentence.useXtags) return;
  const dx = sentence.xtags[dependent], hx = sentence.xtags[head];
  out.add1(150, dx);
  out.add2(151, dx, hx);
  out.add2(152, dw, hx);
  out.add2(153, dx, hp);
}
