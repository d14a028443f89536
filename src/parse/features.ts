/**
 * Feature extraction for the parser: hashed conjunctions of word, tag, label, distance and valency values
 * around the stack and buffer (after Zhang & Nivre 2011, adapted to arc-hybrid). Each feature is a 32-bit
 * hash of a template number and its values; the classifier maps hashes to weight rows.
 */
import { FeatureTemplates, hashLower, hashString, hashSuffix, key2, type FeatureKeys } from '../learn/index.js';
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

// Value slots of a configuration, in MOVE_VALUES: s0, s1, s2 the stack top and below, b0, b1, b2 the buffer;
// W word, P tag, WP word and tag, SUF suffix, C capitalisation, X treebank tag; L1/R1 (L2/R2) the leftmost and
// rightmost (second) children, L their label; VL/VR valencies, SL/SR label sets.
const ZERO = 0;
const S0W = 1, S0P = 2, S0WP = 3, S1W = 4, S1P = 5, S1WP = 6, S2P = 7;
const B0W = 8, B0P = 9, B0WP = 10, B1W = 11, B1P = 12, B1WP = 13, B2W = 14, B2P = 15;
const S0SUF = 16, B0SUF = 17, DIST = 18, SDIST = 19;
const S0L1W = 20, S0L1P = 21, S0L1L = 22, S0R1W = 23, S0R1P = 24, S0R1L = 25;
const B0L1W = 26, B0L1P = 27, B0L1L = 28, S1L1P = 29, S1L1L = 30, S1R1P = 31, S1R1L = 32;
const S0L2P = 33, S0L2L = 34, S0R2P = 35, S0R2L = 36, B0L2P = 37, B0L2L = 38;
const S0VL = 39, S0VR = 40, B0VL = 41, S0SL = 42, S0SR = 43, B0SL = 44;
const S0C = 45, B0C = 46, B1C = 47, S0C_B0C = 48, S1C_S0C = 49;
const S0X = 50, S1X = 51, B0X = 52, B1X = 53;
const MOVE_SLOTS = 54;

/** The move features (after Zhang & Nivre 2011): template id and the slots it combines. */
const MOVE_TEMPLATES = new FeatureTemplates([
  [1, ZERO],
  // Single positions.
  [2, S0W], [3, S0P], [4, S0WP], [5, S1W], [6, S1P], [7, S1WP], [8, B0W], [9, B0P], [10, B0WP],
  [11, B1W], [12, B1P], [13, B1WP], [14, B2W], [15, B2P], [16, S2P], [18, S0SUF, S0P], [19, B0SUF, B0P],
  // Pairs.
  [21, S0WP, B0WP], [24, S0WP, B0P], [25, S0P, B0WP], [26, S0W, B0W], [27, S0P, B0P], [28, B0P, B1P],
  [29, S0W, S1W], [30, S0P, S1P], [31, S1WP, S0P], [32, S1P, S0WP], [35, S1P, B0P],
  // Triples of tags.
  [36, B0P, B1P, B2P], [37, S0P, B0P, B1P], [38, S1P, S0P, B0P], [39, S0P, S0L1P, B0P], [40, S0P, S0R1P, B0P],
  [41, S0P, B0P, B0L1P], [42, S1P, S0P, S0L1P], [43, S1P, S0P, S0R1P], [44, S2P, S1P, S0P],
  [45, S1P, S1R1P, S0P], [46, S1P, S1L1P, S0P],
  // Distance.
  [50, S0W, DIST], [51, S0P, DIST], [52, B0W, DIST], [53, B0P, DIST], [54, S0W, B0W, DIST], [55, S0P, B0P, DIST],
  [56, S1P, S0P, SDIST],
  // Valency.
  [58, S0W, S0VR], [59, S0P, S0VR], [60, S0W, S0VL], [61, S0P, S0VL], [62, B0W, B0VL], [63, B0P, B0VL],
  // Children.
  [64, S0L1W], [65, S0L1P], [66, S0L1L], [67, S0R1W], [68, S0R1P], [69, S0R1L], [70, B0L1W], [71, B0L1P],
  [72, B0L1L], [73, S1R1P, S1R1L], [74, S1L1P, S1L1L], [76, S0P, S0L1L, S0L2L], [77, S0P, S0R1L, S0R2L],
  [78, B0P, B0L1L, B0L2L], [80, S0L2P], [82, S0R2P], [83, B0L2P], [84, S0P, S0L1P, S0L2P],
  [85, S0P, S0R1P, S0R2P], [86, B0P, B0L1P, B0L2P],
  // Label sets.
  [88, S0W, S0SL], [89, S0P, S0SL], [90, S0W, S0SR], [91, S0P, S0SR], [92, B0W, B0SL], [93, B0P, B0SL],
  // Capitalisation: words inside a name ("Grote Prijs van België") attach as the name's parts, not by their tags.
  [97, S0C, B0C, B1C], [98, S0P, B0P, S0C_B0C], [99, S1P, S0P, S1C_S0C],
  // Lexical attachment: the word s0 opens with (a preposition, a conjunction) against its candidate heads.
  [94, S1W, S0L1W, S0P], [95, S1P, S0L1W, S0W], [96, B0W, S0L1W, S0P],
]);

/** Treebank tags, where the tagger gives them. */
const TREEBANK_TAG_TEMPLATES = new FeatureTemplates([
  [140, S0X], [141, S1X], [142, B0X], [143, B1X], [144, S0X, B0X], [145, S1X, S0X], [146, S0X, B0X, B1X],
  [147, S1X, S0X, B0X],
]);

/** Upper bound on the features one configuration yields. */
export const MAX_FEATURES = MOVE_TEMPLATES.length + TREEBANK_TAG_TEMPLATES.length;

/** Scratch slot values of extractFeatures (the parser and its trainer are not re-entrant either). */
const MOVE_VALUES = new Int32Array(MOVE_SLOTS);

/** Writes the features of `state` into `out` (cleared first). */
export function extractFeatures(state: ParseState, sentence: EncodedSentence, out: FeatureKeys): void {
  const v = MOVE_VALUES;
  const W = sentence.words, P = sentence.tags, WP = sentence.wordTags, C = sentence.cases, L = state.labels;
  const s0 = state.stackAt(0), s1 = state.stackAt(1), s2 = state.stackAt(2);
  const b0 = state.bufferAt(0), b1 = state.bufferAt(1), b2 = state.bufferAt(2);
  v[S0W] = at(W, s0);
  v[S0P] = at(P, s0);
  v[S0WP] = at(WP, s0);
  v[S1W] = at(W, s1);
  v[S1P] = at(P, s1);
  v[S1WP] = at(WP, s1);
  v[S2P] = at(P, s2);
  v[B0W] = at(W, b0);
  v[B0P] = at(P, b0);
  v[B0WP] = WP[b0];
  v[B1W] = at(W, b1);
  v[B1P] = at(P, b1);
  v[B1WP] = at(WP, b1);
  v[B2W] = at(W, b2);
  v[B2P] = at(P, b2);
  v[S0SUF] = at(sentence.suffixes, s0);
  v[B0SUF] = sentence.suffixes[b0];
  v[DIST] = s0 === NONE ? 0 : b0 === sentence.n ? 8 : distanceBin(b0 - s0);
  v[SDIST] = s1 === NONE ? 0 : distanceBin(s0 - s1);
  const s0l1 = s0 === NONE ? NONE : state.left1[s0];
  const s0r1 = s0 === NONE ? NONE : state.right1[s0];
  const s0l2 = s0 === NONE ? NONE : state.left2[s0];
  const s0r2 = s0 === NONE ? NONE : state.right2[s0];
  const s1l1 = s1 === NONE ? NONE : state.left1[s1];
  const s1r1 = s1 === NONE ? NONE : state.right1[s1];
  const b0l1 = state.left1[b0];
  const b0l2 = state.left2[b0];
  v[S0L1W] = at(W, s0l1);
  v[S0L1P] = at(P, s0l1);
  v[S0L1L] = labelAt(L, s0l1);
  v[S0R1W] = at(W, s0r1);
  v[S0R1P] = at(P, s0r1);
  v[S0R1L] = labelAt(L, s0r1);
  v[B0L1W] = at(W, b0l1);
  v[B0L1P] = at(P, b0l1);
  v[B0L1L] = labelAt(L, b0l1);
  v[S1L1P] = at(P, s1l1);
  v[S1L1L] = labelAt(L, s1l1);
  v[S1R1P] = at(P, s1r1);
  v[S1R1L] = labelAt(L, s1r1);
  v[S0L2P] = at(P, s0l2);
  v[S0L2L] = labelAt(L, s0l2);
  v[S0R2P] = at(P, s0r2);
  v[S0R2L] = labelAt(L, s0r2);
  v[B0L2P] = at(P, b0l2);
  v[B0L2L] = labelAt(L, b0l2);
  v[S0VL] = s0 === NONE ? 0 : state.leftCount[s0];
  v[S0VR] = s0 === NONE ? 0 : state.rightCount[s0];
  v[B0VL] = state.leftCount[b0];
  v[S0SL] = s0 === NONE ? 0 : state.leftLabels[s0];
  v[S0SR] = s0 === NONE ? 0 : state.rightLabels[s0];
  v[B0SL] = state.leftLabels[b0];
  const s0c = at(C, s0), s1c = at(C, s1), b0c = C[b0];
  v[S0C] = s0c;
  v[B0C] = b0c;
  v[B1C] = at(C, b1);
  v[S0C_B0C] = s0c * 8 + b0c;
  v[S1C_S0C] = s1c * 8 + s0c;
  out.clear();
  out.addTemplates(MOVE_TEMPLATES, v);
  if (!sentence.useXtags) return;
  const X = sentence.xtags;
  v[S0X] = at(X, s0);
  v[S1X] = at(X, s1);
  v[B0X] = X[b0];
  v[B1X] = at(X, b1);
  out.addTemplates(TREEBANK_TAG_TEMPLATES, v);
}

// Value slots of an arc, in LABEL_VALUES: D the dependent, H the head, O the word the move leaves in place; W, P,
// WP, SUF, X as for moves; PREV/NEXT the tags either side; L1/R1 the outermost children, L their labels; LS/RS label
// sets, LC/RC child counts; C_C both capitalisations.
const DW = 1, DP = 2, DWP = 3, HW = 4, HP = 5, HWP = 6, ARC_DIST = 7, DSUF = 8, HSUF = 9, OP = 10;
const DPREV = 11, DNEXT = 12, HPREV = 13, HNEXT = 14, DL1L = 15, DR1L = 16, DL1P = 17, DR1P = 18, DL1W = 19;
const HL1L = 20, HR1L = 21, DLS = 22, DRS = 23, HLS_HRS = 24, DLC = 25, DRC = 26, DC_HC = 27, DX = 28, HX = 29;
const LABEL_SLOTS = 30;

/** The label features: template id and the slots it combines. */
const LABEL_TEMPLATES = new FeatureTemplates([
  [101, ZERO], [102, DW], [103, DP], [104, DWP], [105, HW], [106, HP], [107, HWP],
  [108, DWP, HWP], [109, DW, HP], [110, DP, HW], [111, DP, HP], [112, DP, HP, ARC_DIST], [113, DW, ARC_DIST],
  [114, DSUF, DP], [115, HSUF, HP], [116, DP, HP, OP], [117, DW, OP], [118, DP, DPREV, DNEXT], [119, HP, HPREV, HNEXT],
  [120, DP, DPREV], [121, DP, DNEXT], [122, DP, DL1L, DR1L], [123, DP, DL1P, DR1P], [124, DW, DL1L], [125, DW, DR1L],
  [126, HP, HL1L, HR1L], [127, DP, DLS], [128, DP, DRS], [129, DP, HP, HLS_HRS], [130, DP, DLC, DRC],
  [131, DW, DL1W], [132, DP, HP, DL1W], [133, HW, DP], [134, DP, HP, HL1L], [135, DP, HP, HR1L],
  [136, DWP, HP, ARC_DIST], [137, DP, HP, DC_HC],
]);

const TREEBANK_TAG_LABEL_TEMPLATES = new FeatureTemplates([[150, DX], [151, DX, HX], [152, DW, HX], [153, DX, HP]]);

/** Upper bound on the features `extractLabelFeatures` yields. */
export const MAX_LABEL_FEATURES = LABEL_TEMPLATES.length + TREEBANK_TAG_LABEL_TEMPLATES.length;

/** Scratch slot values of extractLabelFeatures. */
const LABEL_VALUES = new Int32Array(LABEL_SLOTS);

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
  const v = LABEL_VALUES;
  const W = sentence.words, P = sentence.tags, L = state.labels, n = sentence.n;
  const dl1 = state.left1[dependent];
  const dr1 = state.right1[dependent];
  v[DW] = W[dependent];
  v[DP] = P[dependent];
  v[DWP] = sentence.wordTags[dependent];
  v[HW] = W[head];
  v[HP] = P[head];
  v[HWP] = sentence.wordTags[head];
  v[ARC_DIST] = head === n ? 8 : distanceBin(Math.abs(head - dependent));
  v[DSUF] = sentence.suffixes[dependent];
  v[HSUF] = sentence.suffixes[head];
  v[OP] = at(P, other);
  v[DPREV] = near(P, n, dependent - 1);
  v[DNEXT] = near(P, n, dependent + 1);
  v[HPREV] = near(P, n, head - 1);
  v[HNEXT] = near(P, n, head + 1);
  v[DL1L] = labelAt(L, dl1);
  v[DR1L] = labelAt(L, dr1);
  v[DL1P] = at(P, dl1);
  v[DR1P] = at(P, dr1);
  v[DL1W] = W[dl1 === NONE ? n : dl1];
  v[HL1L] = labelAt(L, state.left1[head]);
  v[HR1L] = labelAt(L, state.right1[head]);
  v[DLS] = state.leftLabels[dependent];
  v[DRS] = state.rightLabels[dependent];
  v[HLS_HRS] = state.leftLabels[head] ^ (state.rightLabels[head] * 31);
  v[DLC] = state.leftCount[dependent];
  v[DRC] = state.rightCount[dependent];
  v[DC_HC] = sentence.cases[dependent] * 8 + sentence.cases[head];
  out.clear();
  out.addTemplates(LABEL_TEMPLATES, v);
  if (!sentence.useXtags) return;
  v[DX] = sentence.xtags[dependent];
  v[HX] = sentence.xtags[head];
  out.addTemplates(TREEBANK_TAG_LABEL_TEMPLATES, v);
}
