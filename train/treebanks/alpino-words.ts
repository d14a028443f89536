/** Word-level conversion of Alpino leaves: UD UPOS from the coarse Alpino POS plus lexical evidence, and UD lemmas. */
import type { AlpinoNode } from './alpino-xml.js';
import type { ClosedClass } from './lexicon.js';
import type { VerbLemmatizer } from './verb-lemma.js';
import type { NounLemmatizer } from './noun-lemma.js';
import { withoutGenitive, type WordLemmatizer } from './word-lemma.js';

export interface ConversionTools {
  lex: ClosedClass;
  verbs: VerbLemmatizer;
  nouns: NounLemmatizer;
  words: WordLemmatizer;
  /** Lower-cased form -> UPOS counts in a UD training file (Lassy tagging conventions). */
  uposByForm: Map<string, Map<string, number>>;
  /** True for lower-cased forms seen as common nouns (or their inflections) in the training corpora. */
  knownNoun: (form: string) => boolean;
  /** Lower-cased particle form -> its UPOS as a separable particle in the UD training file. */
  particleUpos: Map<string, string>;
  /** Adjective lemmas of the corpora ("vast", "los" as particles are ADJ). */
  adjectiveBases: Set<string>;
  /** The UD training file's lemma for a lower-cased form with this UPOS, if attested. */
  udLemma: (form: string, upos: string) => string | undefined;
  /** Lower-cased adjective forms that UD Dutch tags as participles (VERB), with their verb stem. */
  participleStems: Map<string, string>;
}

/** Alpino POS of multi-word units whose parts are words of other classes (names and numbers keep theirs). */
const FIXED_PART_POS = new Set(['adv', 'fixed', 'prep', 'adj', 'comp']);

export class AlpinoWords {
  constructor(private readonly tools: ConversionTools) {}

  /** The UD training file's usual tag for a form among `allowed`, when it is frequent and clear enough. */
  private attestedUpos(form: string, allowed: string[]): string {
    const counts = this.tools.uposByForm.get(form);
    if (!counts) return '';
    let best = '';
    let bestN = 0;
    let total = 0;
    for (const [upos, k] of counts) {
      total += k;
      if (allowed.includes(upos) && k > bestN) [best, bestN] = [upos, k];
    }
    return bestN >= 3 && bestN / total >= 0.6 ? best : '';
  }

  /** UPOS from the word and its Alpino POS (AUX and name parts are decided by the structure). */
  upos(leaf: AlpinoNode): string {
    const { lex } = this.tools;
    const w = leaf.word.toLowerCase();
    const root = leaf.root;
    // a mark inside a multi-word unit ("3 - 6") is SYM: UD keeps PUNCT for the punct relation
    if (!/[\p{L}\p{N}]/u.test(w)) return lex.symbols.has(w) || leaf.rel === 'mwp' ? 'SYM' : 'PUNCT';
    if (/^\d+([.,:]\d+)*$/.test(w)) return 'NUM';
    if (lex.unitSymbols.has(w)) return 'SYM';
    if (ORDINAL_DIGITS.test(w)) return 'ADJ';
    // parts of fixed multi-word expressions ("voor het eerst", "aan de gang", "ten opzichte van") keep their own
    // word class: Alpino gives every part the class of the whole
    if (leaf.rel === 'mwp' && FIXED_PART_POS.has(leaf.pos)) return this.fixedPartUpos(leaf);
    switch (leaf.pos) {
      case 'punct':
        return 'X';
      case 'noun':
      case 'name':
      case 'pron':
        if (lex.rPronouns.has(w)) return 'ADV';
        if (lex.pronouns.has(w) && leaf.pos !== 'name') return 'PRON';
        if (lex.lowercaseProperNouns.has(w)) return 'PROPN';
        if (this.isNominalisedInfinitive(leaf)) return 'VERB';
        // nominalised adjectives ("de anderen", "de jongeren": Alpino root "andere") are ADJ in UD Dutch
        if (leaf.pos === 'noun' && w === `${root}n` && this.isAdjectiveForm(root)) return 'ADJ';
        // a compound whose head is a common noun is one, whatever names it starts with ("FARC-rebellen", "Rabo-ploeg")
        if (leaf.pos === 'noun' && COMMON_NOUN_HEADED.test(leaf.word)) return 'NOUN';
        return /^\p{Lu}/u.test(root) || leaf.pos === 'name' ? 'PROPN' : /^\p{Lu}/u.test(leaf.word) && leaf.begin > 0 ? 'PROPN' : 'NOUN';
      case 'verb':
        return 'VERB';
      case 'det':
        // genitive names ("Frankrijks aanhang") are proper nouns in a possessive det slot
        if (leaf.begin > 0 && /^\p{Lu}/u.test(leaf.word) && !lex.pronouns.has(w) && !lex.possessives.has(w) && !lex.articles.has(w) && !lex.quantifiers.has(w)) {
          return 'PROPN';
        }
        if (lex.possessives.has(w) && leaf.rel === 'det') return 'PRON';
        if (leaf.rel === 'det') return 'DET';
        return lex.pronouns.has(w) || lex.quantifiers.has(w) ? 'PRON' : 'DET';
      case 'prep':
        return lex.subordinatingPrepositions.has(w) ? 'SCONJ' : 'ADP';
      case 'adj':
        if (this.tools.participleStems.has(w)) return 'VERB';
        if (lex.degreeAdverbs.has(w)) return 'ADV';
        // quantifiers modifying a predicate ("veel groter", "weinig gedaan") are adverbs in UD Dutch
        if (lex.quantifiers.has(w) && leaf.rel === 'mod' && leaf.parent?.cat !== 'np') return 'ADV';
        return this.attestedUpos(w, ['ADJ', 'ADV']) || 'ADJ';
      case 'adv':
        return this.attestedUpos(w, ['ADJ', 'ADV']) || 'ADV';
      case 'pp':
        return 'ADV';
      case 'comp':
        // a coordinator opening the sentence ("Maar ...") is still CCONJ in UD Dutch
        if (leaf.rel === 'dlink' && lex.coordinators.has(w)) return 'CCONJ';
        return lex.adpositionalComplementizers.has(w) ? 'ADP' : 'SCONJ';
      case 'comparative':
        return 'SCONJ';
      case 'vg':
        return 'CCONJ';
      case 'num':
        if (lex.quantifiers.has(w)) return leaf.rel === 'det' ? 'DET' : this.attestedUpos(w, ['PRON', 'ADV', 'DET', 'ADJ', 'NUM']) || 'NUM';
        return lex.cardinals.has(w) || !/(ste|de)$/.test(w) ? 'NUM' : 'ADJ';
      case 'part':
        if (lex.articles.has(w) || lex.pronouns.has(w)) return this.particleUpos(leaf);
        return this.tools.particleUpos.get(w) ?? (lex.adpositions.has(w) ? 'ADP' : this.tools.adjectiveBases.has(w) ? 'ADJ' : 'ADV');
      case 'tag':
        return 'INTJ';
      case 'fixed':
        return this.fixedPartUpos(leaf);
      default:
        return 'X';
    }
  }

  /** An inflected adjective or participle ("andere", "deskundige", "gewonde"): base + -e, the base attested. */
  private isAdjectiveForm(form: string): boolean {
    if (!/^\p{Ll}+e$/u.test(form)) return false;
    return this.tools.adjectiveBases.has(form.slice(0, -1)) || this.tools.participleStems.has(form);
  }

  private fixedPartUpos(leaf: AlpinoNode): string {
    const attested = this.attestedUpos(leaf.word.toLowerCase(), ['ADJ', 'ADV', 'ADP', 'NOUN', 'PRON', 'DET', 'VERB']);
    return attested || (leaf.pos === 'prep' ? 'ADP' : this.particleUpos(leaf));
  }

  /** Parts of fixed expressions: adpositions stay ADP, the rest by their shape. */
  private particleUpos(leaf: AlpinoNode): string {
    const w = leaf.word.toLowerCase();
    const { lex } = this.tools;
    if (lex.adpositions.has(w)) return 'ADP';
    if (lex.articles.has(w)) return 'DET';
    if (lex.pronouns.has(w)) return 'PRON';
    // a capital marks a name part, except the sentence's first word ("Ten opzichte van ...")
    if (/^\p{Lu}/u.test(leaf.word) && leaf.begin > 0) return 'PROPN';
    return this.tools.knownNoun(w) ? 'NOUN' : 'ADV';
  }

  /**
   * "het loslaten" (Alpino: noun with verb stem "laat"): UD Dutch tags nominalised infinitives as VERB. A root that
   * is itself a noun ("prijs" for "prijzen") marks a plural noun instead.
   */
  private isNominalisedInfinitive(leaf: AlpinoNode): boolean {
    const w = leaf.word.toLowerCase();
    if (!/^\p{Ll}+$/u.test(w) || !w.endsWith('n') || !this.tools.verbs.isStem(leaf.root)) return false;
    const infinitive = w.endsWith(this.tools.verbs.infinitive(leaf.root));
    // "het bereiken" (also a noun "bereik"): a singular neuter determiner marks the infinitive, not a plural
    if (hasNeuterDeterminer(leaf)) return infinitive;
    if (this.tools.knownNoun(leaf.root)) return false;
    return infinitive && !w.startsWith(leaf.root + 'en');
  }

  /** The UD Dutch lemma of a word given its final UPOS. */
  lemma(leaf: AlpinoNode, upos: string): string {
    const { verbs, nouns, words } = this.tools;
    const w = leaf.word;
    const lower = w.toLowerCase();
    switch (upos) {
      case 'PUNCT':
      case 'SYM':
        return w;
      case 'VERB':
      case 'AUX': {
        const stem = leaf.pos === 'adj' ? this.tools.participleStems.get(lower) ?? leaf.root : leaf.root;
        const svp = leaf.parent?.children.find((c) => c.rel === 'svp' && c.word !== '' && c !== leaf);
        return verbs.lemma(w, stem, svp ? svp.root : '');
      }
      case 'PRON':
        return words.exception(lower) ?? this.tools.udLemma(lower, upos) ?? words.lemma(lower, lower);
      case 'PROPN':
        if (this.tools.lex.lowercaseProperNouns.has(lower)) return lower;
        // the root, unless Alpino kept only part of a compound name ("West-Europa" / "Europa") or lower-cased it
        if (!leaf.root || (lower !== leaf.root.toLowerCase() && lower.endsWith(leaf.root.toLowerCase()))) return withoutGenitive(w, w);
        return withoutGenitive(w, /^\p{Ll}/u.test(leaf.root) && /^\p{Lu}/u.test(w) ? w : leaf.root);
      case 'NOUN':
        // Lassy's own lemma for the form when the UD training file has it (Alpino 1.2 roots are less reliable)
        return nouns.lemma(
          this.tools.udLemma(lower, upos)?.toLowerCase() ??
            nounBase(lower, leaf.root.toLowerCase(), (stem) => (verbs.isStem(stem) ? verbs.infinitive(stem) : ''), (form) => nouns.singular(form)),
        );
      case 'ADJ':
        if (ORDINAL_DIGITS.test(lower)) return ordinalNumber(lower);
        // nominalised adjectives: the base of Alpino's inflected root ("jongeren": "jongere" -> "jong")
        if (leaf.pos === 'noun' && this.isAdjectiveForm(leaf.root)) return words.lemma(lower, leaf.root.slice(0, -1));
        // adjectives from names keep the capital: "Vlaamse" -> "Vlaams"
        return (
          words.exception(lower) ??
          this.tools.udLemma(lower, upos) ??
          (leaf.begin > 0 && /^\p{Lu}\p{Ll}/u.test(w)
            ? capitalise(words.lemma(lower, leaf.root.toLowerCase()))
            : words.lemma(lower, leaf.root ? leaf.root.toLowerCase() : lower))
        );
      case 'NUM':
        return this.tools.lex.numeralLemmas.get(lower) ?? this.tools.udLemma(lower, upos) ?? (/^\p{Lu}/u.test(w) ? lower : leaf.root || w);
      default:
        return words.exception(lower) ?? this.tools.udLemma(lower, upos) ?? words.lemma(lower, leaf.root ? leaf.root.toLowerCase() : lower);
    }
  }
}

/**
 * The unsplit lemma of a noun. Alpino 1.2 sometimes gives only the head of a compound as root ("loonwet" / "wet")
 * or a verb stem for a nominalised infinitive ("loslaten" / "laat"): rebuild the whole word then; a plural left
 * as its own root ("rijders") takes the singular seen elsewhere in the corpora.
 */
function nounBase(word: string, root: string, infinitive: (stem: string) => string, singular: (form: string) => string | undefined): string {
  if (root === word) return singular(word) ?? root;
  if (!root || word.startsWith(root.slice(0, 2))) return root || word;
  const k = word.lastIndexOf(root.slice(0, Math.min(3, root.length)));
  if (k > 0) return word.slice(0, k) + root;
  const inf = infinitive(root);
  return inf && word.endsWith(inf) ? word : root;
}

/** The leaf heads a phrase whose determiner is "het", "dit" or "dat". */
function hasNeuterDeterminer(leaf: AlpinoNode): boolean {
  if (leaf.rel !== 'hd' || !leaf.parent) return false;
  return leaf.parent.children.some((c) => c.rel === 'det' && NEUTER_DETERMINERS.has(c.word.toLowerCase()));
}

const NEUTER_DETERMINERS = new Set(['het', 'dit', 'dat']);

/** A hyphenated compound with a lower-case last part. */
const COMMON_NOUN_HEADED = /^\p{Lu}[\p{L}\p{N}&']*-\p{Ll}+$/u;

/** Ordinals written with digits ("19e", "1ste", "22ste"): ADJ in UD Dutch, with the number as lemma. */
export const ORDINAL_DIGITS = /^\d+(e|de|ste)$/;

export function ordinalNumber(form: string): string {
  return form.replace(/\D+$/, '');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
