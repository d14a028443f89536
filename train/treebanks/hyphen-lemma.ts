/**
 * Lemmas of hyphenated words in the UD Dutch style: the hyphen of a compound becomes the part separator
 * ("Oranje-beloften" -> "Oranje_belofte", "24-jarige" -> "24_jarig", "Lambermont-akkoord" -> "Lambermont_akkoord"),
 * while names stay whole ("Noord-Brabant", "Sint-Jan") and so do geographic adjectives ("Zuid-Amerikaans") and
 * words with a one-letter part ("e-mail").
 */
import type { ClosedClass } from './lexicon.js';

const HYPHENATED = /^[\p{L}\d]+(-[\p{L}\d]+)+$/u;

/** The lemma of `form` (tagged `upos`, lemmatised as `lemma` by the converter) with its compound hyphens as "_". */
export function hyphenLemma(form: string, upos: string, lemma: string, lex: ClosedClass): string {
  if (!HYPHENATED.test(form)) return lemma;
  const parts = form.split('-');
  const last = parts[parts.length - 1];
  if (parts.some((p) => p.length < 2)) return lemma;
  if (upos === 'PROPN' && !/^\p{Ll}/u.test(last)) return lemma;
  if (upos === 'ADJ' && lex.compassPrefixes.has(parts[0].toLowerCase())) return lemma;
  if (upos !== 'NOUN' && upos !== 'ADJ' && upos !== 'PROPN') return lemma;
  // the converter's lemma of the last part: after the lemma's own last hyphen, or the whole lemma when the
  // converter kept only the head ("32-jarige" -> "jarig")
  const cut = lemma.lastIndexOf('-');
  const head = cut >= 0 ? lemma.slice(cut + 1) : lemma.toLowerCase().startsWith(parts[0].toLowerCase()) ? '' : lemma;
  if (head === '') return lemma;
  return [...parts.slice(0, -1), head].join('_');
}
