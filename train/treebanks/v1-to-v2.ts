/**
 * UD v1 (LassySmall r1.4) to UD v2 as used by the current UD Dutch treebanks: relabelled relations and tags,
 * passive subjects, names and titles as flat, particles as compound:prt, lemmas in the v2 style (separable verbs and
 * compounds split with "_"), punctuation re-attached.
 */
import { markTruncatedWords } from './truncated.js';
import type { ConlluSentence, ConlluWord } from '../../src/io/conllu.js';
import { hasSeparatedInfix, type VerbLemmatizer } from './verb-lemma.js';
import type { NounLemmatizer } from './noun-lemma.js';
import type { ClosedClass } from './lexicon.js';
import { withoutGenitive, type WordLemmatizer } from './word-lemma.js';
import { attachPunctuation } from './punctuation.js';
import { hyphenLemma } from './hyphen-lemma.js';
import { isDeterminerSlot } from './determiners.js';
import { ORDINAL_DIGITS, ordinalNumber } from './alpino-words.js';
import { joinTokens, noSpaceAfter } from './spacing.js';

export interface V1Tools {
  lex: ClosedClass;
  verbs: VerbLemmatizer;
  nouns: NounLemmatizer;
  words: WordLemmatizer;
  /** Known infinitives, to tell "uitgeven" (uit + geven) from "uitten". */
  infinitives: Set<string>;
  /** Lower-cased adjective forms that UD Dutch v2 tags as participles (VERB), with their verb stem. */
  participleStems: Map<string, string>;
}

const SIMPLE: Record<string, string> = {
  dobj: 'obj',
  name: 'flat',
  neg: 'advmod',
  nsubjpass: 'nsubj:pass',
  csubjpass: 'csubj:pass',
  auxpass: 'aux:pass',
  compound: 'compound:prt',
};
const PREDICATE_UPOS = new Set(['VERB', 'ADJ', 'ADV', 'AUX']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/** Converts one v1 sentence in place and gives it `# sent_id` / `# text`; returns it. */
export function convertV1Sentence(s: ConlluSentence, tools: V1Tools): ConlluSentence {
  const words = s.words;
  const deps = (w: ConlluWord): ConlluWord[] => words.filter((d) => d.head === w.id);
  const orig = words.map((w) => ({ deprel: w.deprel, upos: w.upos }));
  for (const w of words) {
    w.xpos = '_';
    w.deps = '_';
    if (w.upos === 'CONJ') w.upos = 'CCONJ';
    if (w.upos === 'PART') w.upos = partUpos(w.form.toLowerCase(), tools.lex);
    if (w.deprel === 'neg') w.upos = 'ADV';
    if (w.deprel === 'det' && (w.feats.includes('Poss=Yes') || (w.upos === 'DET' && tools.lex.possessives.has(w.form.toLowerCase())))) {
      w.upos = 'PRON';
      w.deprel = 'nmod:poss';
    }
  }
  words.forEach((w, i) => {
    const rel = orig[i].deprel;
    const head = w.head > 0 ? words[w.head - 1] : null;
    if (SIMPLE[rel]) w.deprel = SIMPLE[rel];
    const copular = head !== null && deps(head).some((d) => d.deprel === 'cop');
    // a nominalised infinitive ("het tekenen naar het model") keeps nominal dependents: nmod, amod
    const predicate = head !== null && PREDICATE_UPOS.has(head.upos) && !(head.upos === 'VERB' && deps(head).some((d) => d.deprel === 'det'));
    if (rel === 'nmod' && head) w.deprel = predicate || (copular && w.id < head.id) ? 'obl' : 'nmod';
    // v2 Dutch keeps amod for modifiers of nominals: an adjective on a verb or adjective is advmod ("drastisch verlaagd")
    if (rel === 'amod' && predicate) w.deprel = 'advmod';
    if (rel === 'mwe') w.deprel = mweIsName(words, w) || mweIsTitle(words, w) ? 'flat' : 'fixed';
    // a mark inside a multi-word unit ("3 - 6", "Wie ... ?" as a title) is SYM: v2 keeps PUNCT for the punct relation
    if (rel === 'mwe' && w.upos === 'PUNCT') w.upos = 'SYM';
    // modifiers of nominals are amod in v2 Dutch ("de geplande overname", "ook de minister"), but a copular clause's
    // modifiers stay advmod on its nominal predicate ("is echter een circuit")
    if (rel === 'advmod' && head && NOMINAL.has(head.upos) && !copular) w.deprel = 'amod';
    if ((rel === 'nsubj' || rel === 'csubj') && head && words.some((d) => d.head === head.id && orig[d.id - 1].deprel === 'auxpass')) {
      w.deprel = `${rel}:pass`;
    }
  });
  restructureVerbGroups(words, tools.lex);
  for (const w of words) {
    const lower = w.form.toLowerCase();
    if (w.upos === 'NUM' && ORDINAL_DIGITS.test(lower)) {
      w.upos = 'ADJ';
      w.lemma = ordinalNumber(lower);
      if (w.deprel === 'nummod') w.deprel = 'amod';
    }
    // "de meeste bewoners": v1 PRON nmod, v2 ADV amod
    if (tools.lex.degreeAdverbs.has(lower) && (w.upos === 'PRON' || w.upos === 'ADJ') && ['nmod', 'amod', 'advmod', 'obl'].includes(w.deprel)) {
      w.upos = 'ADV';
      if (w.deprel === 'nmod') w.deprel = 'amod';
      // "meer bekend", "het meest gebruikte": v1 nmod of a predicate (obl by now), v2 advmod
      if (w.deprel === 'obl') w.deprel = 'advmod';
    }
    if (w.upos === 'NUM' && !/\d/.test(lower) && /(ste?|de)$/.test(lower) && tools.words.lemma(lower, lower) !== lower) {
      // ordinals are adjectives in UD Dutch v2
      w.upos = 'ADJ';
      if (w.deprel === 'nummod') w.deprel = 'amod';
    }
    // r1.4 made many participles adjectives ("geboren", "gemengde"); v2 tags them VERB with the verb's lemma
    const participleStem = w.upos === 'ADJ' ? tools.participleStems.get(lower) : undefined;
    if (participleStem !== undefined) {
      w.upos = 'VERB';
      w.lemma = tools.verbs.lemma(w.form, participleStem, '');
    }
    if (tools.lex.unitSymbols.has(lower)) w.upos = 'SYM';
    if (lower === 'zich' && w.deprel === 'obj') w.deprel = 'expl:pv';
    if (isDeterminerSlot(w.deprel, w.upos, w.form, tools.lex)) w.upos = 'DET';
    // "zowel ... als": v1 ADV, v2 CCONJ like every other coordinating word
    if (w.deprel === 'cc' && w.upos === 'ADV') w.upos = 'CCONJ';
    if (w.deprel === 'acl' && isRelativeClause(words, w, tools.lex.relativeWords)) w.deprel = 'acl:relcl';
    if (w.deprel === 'obl' && w.head > 0 && isAgent(words, w, tools.lex.agentPrepositions)) w.deprel = 'obl:agent';
  }
  for (const w of words) {
    // r1.4 lemmatises "trok ... terug" as "trekken"; v2 writes "terug_trekken"
    const particle = words.find((d) => d.head === w.id && d.deprel === 'compound:prt');
    w.lemma = hyphenLemma(w.form, w.upos, tools.words.forTag(w.form, w.upos, v2Lemma(w, tools)), tools.lex);
    const p = particle?.form.toLowerCase() ?? '';
    const isParticle = tools.lex.separableParticles.has(p) || tools.lex.ambiguousParticles.has(p);
    if (isParticle && w.upos === 'VERB' && !tools.lex.auxiliaries.has(w.lemma) && !w.lemma.includes('_')) w.lemma = `${p}_${w.lemma}`;
  }
  const tokens = words.map((w) => ({ upos: w.upos, head: w.head - 1, deprel: w.deprel, form: w.form, lemma: w.lemma }));
  markTruncatedWords(tokens);
  attachPunctuation(tokens);
  tokens.forEach((t, i) => {
    words[i].head = t.head + 1;
    words[i].deprel = t.deprel;
    words[i].upos = t.upos;
    words[i].lemma = t.lemma;
  });
  const forms = words.map((w) => w.form);
  const noSpace = noSpaceAfter(forms);
  words.forEach((w, i) => (w.misc = noSpace[i] ? 'SpaceAfter=No' : '_'));
  const bare = [...s.comments.keys()].find((k) => /^wiki-/.test(k)) ?? s.comments.get('sent_id') ?? `lassysmall-${s.line}`;
  s.comments = new Map([
    ['sent_id', bare.replace(/\.xml$/, '')],
    ['text', joinTokens(forms, noSpace)],
  ]);
  return s;
}

function partUpos(form: string, lex: ClosedClass): string {
  if (lex.subordinatingPrepositions.has(form)) return 'SCONJ';
  return lex.adpositions.has(form) ? 'ADP' : 'ADV';
}

/**
 * A v1 mwe group is a name (flat) when a member is a proper noun or foreign word, or when every word is
 * capitalised ("Socialistische Partij Anders": then all its words become PROPN, as Lassy's name parts).
 */
function mweIsName(words: ConlluWord[], w: ConlluWord): boolean {
  const group = mweGroup(words, w);
  if (group.length === 0) return false;
  if (group.some((g) => g.upos === 'PROPN' || g.upos === 'X')) return true;
  if (!group.every((g) => /^\p{Lu}/u.test(g.form))) return false;
  for (const g of group) {
    g.upos = 'PROPN';
    g.lemma = g.form;
  }
  return true;
}

/** The head of `w`'s multi-word unit and its parts, in sentence order; empty when `w` hangs on the root. */
function mweGroup(words: ConlluWord[], w: ConlluWord): ConlluWord[] {
  const head = words[w.head - 1];
  if (!head) return [];
  return [head, ...words.filter((d) => d.head === head.id && (d.deprel === 'mwe' || d.deprel === 'fixed' || d.deprel === 'flat'))]
    .sort((a, b) => a.id - b.id);
}

/**
 * A v1 mwe group is a title (flat in v2, each word keeping its tag) when it opens with a capitalised article or
 * content word and holds a noun or verb ("De aanbidding der wijzen", "Rode reeks"); fixed expressions open with a
 * function word ("Onder leiding van", "Alleen al").
 */
function mweIsTitle(words: ConlluWord[], w: ConlluWord): boolean {
  const group = mweGroup(words, w);
  if (group.length === 0 || !/^\p{Lu}/u.test(group[0].form)) return false;
  return TITLE_OPENERS.has(group[0].upos) && group.some((g) => g.upos === 'NOUN' || g.upos === 'VERB');
}

const TITLE_OPENERS = new Set(['DET', 'NOUN', 'ADJ', 'VERB', 'NUM']);

function v2Lemma(w: ConlluWord, tools: V1Tools): string {
  const lemma = w.lemma;
  const lower = w.form.toLowerCase();
  if (w.upos === 'NOUN') return tools.nouns.lemma(lemma);
  if (w.upos === 'ADP') return tools.words.exception(lower) ?? lemma;
  if (w.upos === 'ADJ' || w.upos === 'ADV' || w.upos === 'DET') {
    const v2 = tools.words.lemma(lower, lemma);
    return /^\p{Lu}/u.test(lemma) && v2 !== lemma ? v2.charAt(0).toUpperCase() + v2.slice(1) : v2;
  }
  // r1.4 lower-cases some name parts ("Vlaams Belang": "belang"); v2 keeps the name as written
  if (w.upos === 'PROPN') return withoutGenitive(w.form, lemma === w.form.toLowerCase() && !tools.lex.lowercaseProperNouns.has(lemma) ? w.form : lemma);
  if (w.upos !== 'VERB' && w.upos !== 'AUX') return lemma;
  // the r1.4 lemma of a separable verb is written solid ("uitgeven"); v2 writes "uit_geven"
  const lowerLemma = lemma.toLowerCase();
  for (const p of tools.lex.separableParticles) {
    const rest = lowerLemma.slice(p.length);
    if (lowerLemma.startsWith(p) && rest.length >= 3 && tools.infinitives.has(rest)) return `${p}_${rest}`;
  }
  for (const p of tools.lex.ambiguousParticles) {
    const rest = lowerLemma.slice(p.length);
    if (lowerLemma.startsWith(p) && tools.infinitives.has(rest) && hasSeparatedInfix(lower, p, rest)) return `${p}_${rest}`;
  }
  return lemma;
}

/** An acl whose clause opens with a relative pronoun/adverb (possibly after a preposition). */
function isRelativeClause(words: ConlluWord[], acl: ConlluWord, relativeWords: Set<string>): boolean {
  const inside = (x: ConlluWord): boolean => {
    for (let h = x.head; h > 0; h = words[h - 1].head) if (h === acl.id) return true;
    return x === acl;
  };
  const first = words.find((x) => inside(x) && x.upos !== 'PUNCT');
  if (!first || first.id > acl.id) return false;
  const f = first.form.toLowerCase();
  if (relativeWords.has(f) || /^waar/.test(f)) return true;
  const second = words[first.id];
  return first.upos === 'ADP' && !!second && ['wie', 'welke', 'wat'].includes(second.form.toLowerCase());
}

/** A door-phrase on a passive predicate. */
function isAgent(words: ConlluWord[], w: ConlluWord, agentPrepositions: Set<string>): boolean {
  const hasDoor = words.some((c) => c.head === w.id && c.deprel === 'case' && agentPrepositions.has(c.form.toLowerCase()));
  return hasDoor && words.some((c) => c.head === w.head && c.deprel === 'aux:pass');
}

const CLAUSE_LEVEL = new Set(['nsubj', 'nsubj:pass', 'csubj', 'csubj:pass', 'expl', 'mark', 'cc', 'conj', 'parataxis', 'punct']);

/**
 * v2 Dutch keeps only zijn/hebben/worden/zullen/kunnen/moeten/mogen as auxiliaries and only "zijn" as copula:
 * modals that r1.4 made heads become aux of their infinitive; r1.4 auxiliaries such as willen/laten/gaan and
 * copulas such as worden/blijven become heads with an xcomp.
 */
function restructureVerbGroups(words: ConlluWord[], lex: ClosedClass): void {
  for (const h of words) {
    if (!lex.auxiliaries.has(h.lemma) || h.upos !== 'VERB') continue;
    const inf = words.find((d) => d.head === h.id && (d.deprel === 'xcomp' || d.deprel === 'ccomp') && d.feats.includes('VerbForm=Inf') && !words.some((m) => m.head === d.id && m.deprel === 'mark'));
    if (!inf) continue;
    inf.head = h.head;
    inf.deprel = h.deprel;
    for (const d of words) if (d.head === h.id && d !== inf) d.head = inf.id;
    h.head = inf.id;
    h.deprel = 'aux';
    h.upos = 'AUX';
  }
  for (const a of words) {
    const demoted = (a.deprel === 'aux' && !lex.auxiliaries.has(a.lemma)) || (a.deprel === 'cop' && !lex.copulas.has(a.lemma));
    if (!demoted || a.head === 0) continue;
    const v = words[a.head - 1];
    a.upos = 'VERB';
    a.head = v.head;
    a.deprel = v.deprel;
    for (const d of words) {
      if (d.head !== v.id || d === a) continue;
      const before = d.id < a.id && (d.deprel === 'aux' || d.deprel === 'advmod' || d.deprel === 'obl');
      if (CLAUSE_LEVEL.has(d.deprel) || before) d.head = a.id;
    }
    v.head = a.id;
    v.deprel = 'xcomp';
  }
}
