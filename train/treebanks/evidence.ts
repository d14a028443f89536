/** Lexical evidence gathered from the training corpora themselves (never from dev/test files). */
import { wordLeaves, type AlpinoSentence } from './alpino-xml.js';
import type { ConlluSentence } from '../../src/io/conllu.js';
import type { VerbEvidence } from './verb-lemma.js';
import type { NounVocabulary } from './noun-lemma.js';

export interface CorpusEvidence {
  verbs: VerbEvidence;
  nouns: NounVocabulary;
  /** Lower-cased form -> UPOS counts in the UD training file. */
  uposByForm: Map<string, Map<string, number>>;
  /** Adjective/adverb lemmas (Alpino adjective roots and UD ADJ/ADV lemmas). */
  adjectiveBases: Set<string>;
  /** Lower-cased words seen as common nouns (Alpino noun leaves, UD NOUN tokens). */
  nounWords: Set<string>;
  /** Lower-cased separable-particle form -> its usual UPOS as a particle (v1 "compound") in the UD training file. */
  particleUpos: Map<string, string>;
  /** "form\tUPOS" -> the usual lemma in the UD training file (Lassy lemmatisation). */
  udLemmaByFormUpos: Map<string, string>;
  /** ADJ/ADV lemmas of the UD training file. */
  udAdjectiveLemmas: Set<string>;
}

const PARTICIPLE_SHAPE = /^(ge|be|ver|ont|her|er|aan|af|bij|in|mee|na|op|toe|uit|door|onder|over|voor|terug|weg)\S*(d|t|en)$/;
const ALPHABETIC = /^\p{Ll}[\p{Ll}-]*$/u;

export function gatherEvidence(alpino: AlpinoSentence[], ud: ConlluSentence[]): CorpusEvidence {
  const formsByStem = new Map<string, Set<string>>();
  const stems = new Set<string>();
  const knownInfinitives = new Set<string>();
  const verbLemmaByForm = new Map<string, string>();
  const lemmas = new Map<string, number>();
  const forms = new Map<string, string>();
  const uposByForm = new Map<string, Map<string, number>>();
  const adjectiveBases = new Set<string>();
  const udAdjectiveLemmas = new Set<string>();
  const nounWords = new Set<string>();
  const lemmaCounts = new Map<string, Map<string, number>>();
  const particleCounts = new Map<string, Map<string, number>>();
  for (const s of alpino) {
    for (const leaf of wordLeaves(s.top)) {
      const w = leaf.word.toLowerCase();
      if (leaf.pos === 'verb') {
        stems.add(leaf.root.toLowerCase());
        let set = formsByStem.get(leaf.root);
        if (!set) formsByStem.set(leaf.root, (set = new Set()));
        set.add(w);
      } else if (leaf.pos === 'adj') {
        adjectiveBases.add(leaf.root);
      } else if (leaf.pos === 'noun' && ALPHABETIC.test(leaf.root)) {
        nounWords.add(w);
        lemmas.set(leaf.root, (lemmas.get(leaf.root) ?? 0) + 1);
        if (w !== leaf.root && ALPHABETIC.test(w)) forms.set(w, leaf.root);
      }
    }
  }
  for (const s of ud) {
    for (const w of s.words) {
      const lower = w.form.toLowerCase();
      let counts = uposByForm.get(lower);
      if (!counts) uposByForm.set(lower, (counts = new Map()));
      counts.set(w.upos, (counts.get(w.upos) ?? 0) + 1);
      if (w.upos === 'VERB' || w.upos === 'AUX') {
        knownInfinitives.add(w.lemma.toLowerCase());
        verbLemmaByForm.set(lower, w.lemma.toLowerCase());
      }
      if (w.upos === 'ADJ' || w.upos === 'ADV') {
        adjectiveBases.add(w.lemma);
        udAdjectiveLemmas.add(w.lemma);
      }
      if (w.upos === 'NOUN') nounWords.add(lower);
      // v1 PART says nothing about the v2 class of a particle
      if ((w.deprel === 'compound' || w.deprel === 'compound:prt') && w.upos !== 'PART') {
        let c = particleCounts.get(lower);
        if (!c) particleCounts.set(lower, (c = new Map()));
        c.set(w.upos, (c.get(w.upos) ?? 0) + 1);
      }
      const key = `${lower}\t${w.upos}`;
      let lemmas = lemmaCounts.get(key);
      if (!lemmas) lemmaCounts.set(key, (lemmas = new Map()));
      lemmas.set(w.lemma, (lemmas.get(w.lemma) ?? 0) + 1);
      if (w.upos === 'NOUN' && ALPHABETIC.test(w.lemma)) {
        lemmas.set(w.lemma, (lemmas.get(w.lemma) ?? 0) + 1);
        if (lower !== w.lemma && ALPHABETIC.test(lower)) forms.set(lower, w.lemma);
      }
    }
  }
  const udLemmaByFormUpos = new Map<string, string>();
  for (const [key, counts] of lemmaCounts) udLemmaByFormUpos.set(key, majority(counts));
  const particleUpos = new Map([...particleCounts].map(([form, counts]) => [form, majority(counts)]));
  return {
    verbs: { formsByStem, knownInfinitives, stems, lemmaByForm: verbLemmaByForm },
    nouns: { lemmas, forms },
    uposByForm,
    adjectiveBases,
    udAdjectiveLemmas,
    nounWords,
    udLemmaByFormUpos,
    particleUpos,
  };
}

/**
 * Adjective forms that are verb participles in UD Dutch (tagged VERB with a verb lemma): forms seen as verb
 * participles in the Alpino corpus (also with the attributive -e), and present participles of known stems. A
 * ge-participle that Alpino reads as a verb at least a third as often as an adjective is VERB whatever r1.4 made of it
 * ("geboren", "gemengde"; not "gewond", "geleden"); the others stay ADJ when the UD training file tags the form
 * mostly ADJ (lexicalised adjectives such as "bekend").
 */
export function participleStems(
  alpino: AlpinoSentence[],
  evidence: CorpusEvidence,
  infinitive: (stem: string) => string,
  words: { cardinals: Set<string>; separableParticles: Set<string> },
): Map<string, string> {
  const { cardinals } = words;
  // how often Alpino reads each form as a verb and as an adjective
  const alpinoVerb = new Map<string, number>();
  const alpinoAdjective = new Map<string, number>();
  for (const s of alpino) {
    for (const leaf of wordLeaves(s.top)) {
      const counts = leaf.pos === 'verb' ? alpinoVerb : leaf.pos === 'adj' ? alpinoAdjective : null;
      const form = leaf.word.toLowerCase().replace(/e$/, '');
      if (counts) counts.set(form, (counts.get(form) ?? 0) + 1);
    }
  }
  const out = new Map<string, string>();
  const add = (form: string, stem: string, attested = false): void => {
    if (attested) {
      if (!out.has(form)) out.set(form, stem);
      return;
    }
    const counts = evidence.uposByForm.get(form);
    const verb = counts?.get('VERB') ?? 0;
    let other = 0;
    for (const [upos, k] of counts ?? []) if (upos !== 'VERB') other += k;
    if (other > verb) return;
    if (!out.has(form)) out.set(form, stem);
  };
  for (const [stem, forms] of evidence.verbs.formsByStem) {
    const inf = infinitive(stem);
    for (const f of forms) {
      if (f === inf || !PARTICIPLE_SHAPE.test(f)) continue;
      if (!/^(ge|\w+ge)/.test(f) && !/(en)$/.test(f) && !/^(be|ver|ont|her|er)/.test(f)) continue;
      const geParticiple = /^\p{Ll}*ge\p{Ll}+(d|t|en)$/u.test(f) && 2 * (alpinoVerb.get(f) ?? 0) >= (alpinoAdjective.get(f) ?? 0);
      add(f, stem, geParticiple);
      add(f + 'e', stem, geParticiple);
    }
    add(inf + 'd', stem);
    add(inf + 'de', stem);
  }
  const infinitives = new Set([...evidence.verbs.knownInfinitives].map((v) => v.replaceAll('_', '')));
  for (const stem of evidence.verbs.stems) infinitives.add(infinitive(stem).replaceAll('_', ''));
  // adjective forms shaped like a participle of a known stem: (particle)ge-STEM-d/t(e), be/ver/ont/her-STEM-d/t(e)
  for (const s of alpino) {
    for (const leaf of wordLeaves(s.top)) {
      if (leaf.pos !== 'adj') continue;
      const form = leaf.word.toLowerCase();
      const stem = participleStem(form.replace(/e$/, ''), evidence.verbs.stems, words.separableParticles);
      if (stem) add(form, stem);
      // present participles INFINITIVE-d(e) ("toenemende", "huilend"), not ordinals ("zevende") or negated adjectives
      // ("onopvallend")
      const present = /^(\p{Ll}+en)de?$/u.exec(form);
      if (!stem && present && isPresentParticiple(present[1], infinitives, cardinals)) add(form, present[1]);
    }
  }
  return out;
}

function isPresentParticiple(infinitive: string, infinitives: Set<string>, cardinals: Set<string>): boolean {
  if (infinitives.has(infinitive)) return true;
  return infinitive.length >= 5 && !cardinals.has(infinitive) && !/^on(?!t|der)/.test(infinitive);
}

/**
 * The verb stem of a participle-shaped adjective: (particle)ge-STEM-d/t with a known stem, or with any stem of three
 * letters or more (ge-participles are regular: "gematigd", "uitgeput"), be/ver/ont/her-STEM-d/t with a known stem.
 */
function participleStem(form: string, stems: Set<string>, particles: Set<string>): string {
  const m = /^(.*?)(ge)?(\p{Ll}+?)[dt]$/u.exec(form);
  if (!m) return '';
  const [, prefix, ge, rest] = m;
  if (ge && stems.has(rest) && rest.length >= 2) return rest;
  if (ge && rest.length >= 3 && (prefix === '' || particles.has(prefix))) return rest;
  if (!ge && !prefix && /^(be|ver|ont|her)/.test(rest) && stems.has(rest)) return rest;
  return '';
}

function majority(counts: Map<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
