import type { Direction, TimeLanguage } from './language-data.js';
import { PUNCT, WORD, type ScannedTokens } from './scan.js';

/** How far (in tokens, each side) a tense cue may stand from the expression. */
const WINDOW = 8;
const CLAUSE_PUNCTUATION = new Set([';', ':', '(', ')', '"', '“', '”']);

/**
 * The tense an expression at tokens [from, to) is used in, from the nearest cue word in its clause
 * ("zal", "will" vs "zei", "said"): the closest one wins; null when there is none.
 * Words are what we have before a tagger runs; a clause boundary ("dat", "that") or other sentence ends the search.
 */
export function tenseNear(tokens: ScannedTokens, data: TimeLanguage, from: number, to: number): Direction | null {
  const sentence = tokens.sentence[from];
  let left = from - 1;
  let right = to;
  let leftOpen = true;
  let rightOpen = true;
  for (let step = 0; step < WINDOW && (leftOpen || rightOpen); step++) {
    if (rightOpen) {
      if (right >= tokens.count || tokens.sentence[right] !== sentence || isBoundary(tokens, data, right)) rightOpen = false;
      else {
        const cue = cueAt(tokens, data, right);
        if (cue) return cue;
        right++;
      }
    }
    if (leftOpen) {
      if (left < 0 || tokens.sentence[left] !== sentence) leftOpen = false;
      else {
        const cue = cueAt(tokens, data, left);
        if (cue) return cue;
        if (isBoundary(tokens, data, left)) leftOpen = false;
        left--;
      }
    }
  }
  return null;
}

function isBoundary(tokens: ScannedTokens, data: TimeLanguage, t: number): boolean {
  const word = tokens.lower[t];
  return tokens.kinds[t] === PUNCT ? CLAUSE_PUNCTUATION.has(word) : data.clauseBoundaries.has(word);
}

function cueAt(tokens: ScannedTokens, data: TimeLanguage, t: number): Direction | null {
  const word = tokens.lower[t];
  if (data.futureCues.has(word)) return 'future';
  if (data.pastCues.has(word)) return 'past';
  return null;
}

/**
 * Whether the sentence of token t is told in the past: it holds a past form or perfect auxiliary ("vielen",
 * "heeft", "said"), a word with a regular past ending ("meldde", "announced"), a plural one ("belden") where no
 * infinitive can explain it ("kunnen ... vergroten"), or a participle with a perfect auxiliary ("is ... gewond
 * geraakt") and no passive present ("wordt ... gekeurd").
 */
export function sentenceInPast(tokens: ScannedTokens, data: TimeLanguage, t: number): boolean {
  const sentence = tokens.sentence[t];
  let first = t;
  while (first > 0 && tokens.sentence[first - 1] === sentence) first--;
  let participle = false;
  let perfect = false;
  let passive = false;
  let pluralPast = false;
  let infinitive = false;
  for (let k = first; k < tokens.count && tokens.sentence[k] === sentence; k++) {
    if (tokens.kinds[k] !== WORD || tokens.capitalised[k] === 1) continue;
    const word = tokens.lower[k];
    if (data.pastVerbs.has(word)) return true;
    if (data.passiveAuxiliaries.has(word)) passive = true;
    if (data.perfectAuxiliaries.has(word)) perfect = true;
    if (data.infinitiveMarkers.has(word)) infinitive = true;
    if (word.length < 5 || data.pastSuffixExceptions.has(word) || (k > 0 && data.determiners.has(tokens.lower[k - 1]))) continue;
    if (data.pastSuffixes.some((suffix) => word.endsWith(suffix))) return true;
    if (data.pluralPastSuffixes.some((suffix) => word.endsWith(suffix))) pluralPast = true;
    if (data.participlePattern?.test(word)) participle = true;
  }
  return (participle && perfect && !passive) || (pluralPast && !infinitive);
}
