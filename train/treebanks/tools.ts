/** Assembles the lexical tools both converters need from the training corpora (never from dev/test files). */
import type { ConlluSentence } from '../../src/io/conllu.js';
import type { AlpinoSentence } from './alpino-xml.js';
import type { ConversionTools } from './alpino-words.js';
import type { V1Tools } from './v1-to-v2.js';
import { closedClass } from './lexicon.js';
import { gatherEvidence, participleStems } from './evidence.js';
import { VerbLemmatizer } from './verb-lemma.js';
import { NounLemmatizer } from './noun-lemma.js';
import { WordLemmatizer } from './word-lemma.js';

export interface TreebankTools {
  alpino: ConversionTools;
  v1: V1Tools;
}

export function buildTools(alpino: AlpinoSentence[], ud: ConlluSentence[]): TreebankTools {
  const lex = closedClass();
  const evidence = gatherEvidence(alpino, ud);
  const verbs = new VerbLemmatizer(lex, evidence.verbs);
  const nouns = new NounLemmatizer(
    evidence.nouns,
    new Set([...lex.separableParticles, ...lex.ambiguousParticles, ...lex.compoundNonModifiers]),
    lex.compoundNonHeads,
  );
  const words = new WordLemmatizer(lex, evidence.adjectiveBases, evidence.udAdjectiveLemmas);
  const participles = participleStems(alpino, evidence, (s) => verbs.infinitive(s), lex);
  return {
    alpino: {
      lex,
      verbs,
      nouns,
      words,
      uposByForm: evidence.uposByForm,
      knownNoun: (form) => evidence.nounWords.has(form),
      particleUpos: evidence.particleUpos,
      adjectiveBases: evidence.adjectiveBases,
      udLemma: (form, upos) => evidence.udLemmaByFormUpos.get(`${form}\t${upos}`),
      participleStems: participles,
    },
    v1: { lex, verbs, nouns, words, infinitives: new Set([...evidence.verbs.knownInfinitives, ...[...evidence.verbs.stems].map((s) => verbs.infinitive(s))]), participleStems: participles },
  };
}
