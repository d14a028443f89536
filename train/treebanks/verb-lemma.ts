/**
 * Alpino 1.2 verb stems ("verheel", "laat", "ga") to UD Dutch infinitive lemmas ("verhelen", "laten", "gaan"),
 * with separable particles joined the way UD Dutch writes them ("aan_sporen").
 */
import type { ClosedClass } from './lexicon.js';

const VOWELS = 'aeiouyëïéèáóöü';
const isVowel = (c: string): boolean => VOWELS.includes(c);
const VOICED: Record<string, string> = { f: 'v', s: 'z' };

/** Spelling candidates for the infinitive of a stem, most likely first. */
export function infinitiveCandidates(stem: string): string[] {
  const out: string[] = [];
  const last = stem[stem.length - 1] ?? '';
  if (isVowel(last)) {
    // ga -> gaan, zie -> zien, doe -> doen
    out.push(last === 'a' || last === 'o' || last === 'u' ? stem + last + 'n' : stem + 'n', stem + 'en');
    return out;
  }
  const longVowel = /^(.*?)([aeou])\2([^aeiouy])$/.exec(stem);
  if (longVowel) {
    const [, pre, v, c] = longVowel;
    const voiced = VOICED[c];
    if (voiced) out.push(pre + v + voiced + 'en');
    out.push(pre + v + c + 'en');
  }
  const shortVowel = /[^aeiou]([aeiou])([bdfgklmnprst])$/.exec(stem);
  const unstressedSuffix = /(e[lrnm]|ig|erd)$/.test(stem) && stem.length > 3;
  if (shortVowel && !longVowel && !unstressedSuffix) out.push(stem + shortVowel[2] + 'en');
  // blijf -> blijven, reis -> reizen, durf -> durven
  if (!longVowel && VOICED[last] && /((ij|ei|ie|ui|eu|ou|au|oe)[fs]|[rl]f)$/.test(stem)) out.push(stem.slice(0, -1) + VOICED[last] + 'en');
  out.push(stem + 'en');
  if (shortVowel && !longVowel && unstressedSuffix) out.push(stem + shortVowel[2] + 'en');
  return [...new Set(out)];
}

export interface VerbEvidence {
  /** Lower-cased surface forms seen for each Alpino verb stem. */
  formsByStem: Map<string, Set<string>>;
  /** Infinitive lemmas attested elsewhere (e.g. a UD training file). */
  knownInfinitives: Set<string>;
  /** Every Alpino verb stem in the corpus (to recognise "ophef" as op + hef). */
  stems: Set<string>;
  /** Lower-cased verb form -> infinitive lemma in the UD training file (for stems that are really forms). */
  lemmaByForm: Map<string, string>;
}

export class VerbLemmatizer {
  private readonly cache = new Map<string, string>();
  private readonly particlesLongestFirst: string[];

  constructor(private readonly lex: ClosedClass, private readonly evidence: VerbEvidence) {
    this.particlesLongestFirst = [...lex.separableParticles, ...lex.ambiguousParticles].sort((a, b) => b.length - a.length);
  }

  /** True when the corpus has this stem as a verb. */
  isStem(stem: string): boolean {
    return this.evidence.stems.has(stem.toLowerCase());
  }

  /** A stem whose infinitive is `infinitive` (the spelling rules inverted, checked by regenerating), or ''. */
  private stemOf(infinitive: string): string {
    const base = infinitive.replace(/e?n$/, '');
    const doubledVowel = base.replace(/([aeou])([^aeiou])$/, '$1$1$2');
    const devoice = (x: string): string => x.replace(/v$/, 'f').replace(/z$/, 's');
    const candidates = [base, base.slice(0, -1), doubledVowel, devoice(base), devoice(doubledVowel)];
    return candidates.find((c) => c.length > 1 && this.infinitive(c) === infinitive) ?? '';
  }

  /** Infinitive of a bare stem: irregular table, then a spelling candidate attested for the stem, then the rule. */
  infinitive(stem: string): string {
    const hit = this.cache.get(stem);
    if (hit) return hit;
    const lower = stem.toLowerCase();
    let result = this.lex.irregularVerbs.get(lower);
    if (!result) {
      const candidates = infinitiveCandidates(lower);
      const forms = this.evidence.formsByStem.get(stem);
      result =
        candidates.find((c) => forms?.has(c)) ??
        candidates.find((c) => this.evidence.knownInfinitives.has(c)) ??
        (lower.endsWith('en') && this.evidence.knownInfinitives.has(lower) ? lower : candidates[0]);
    }
    this.cache.set(stem, result);
    return result;
  }

  /**
   * UD lemma of a verb token: `particle_infinitive` for separable verbs. `separatedParticle` is the root of an
   * `svp` sibling when the particle stands apart from the verb.
   */
  lemma(word: string, stem: string, separatedParticle = ''): string {
    if (separatedParticle) return `${separatedParticle.toLowerCase()}_${this.infinitive(stem)}`;
    const w = word.toLowerCase();
    let s = stem.toLowerCase();
    // Alpino sometimes leaves a participle as the root ("verreden"): take the UD training file's lemma of that form
    const known = this.evidence.lemmaByForm.get(s);
    if (known && known !== this.infinitive(s) && sameOnset(s, known)) {
      const knownStem = this.stemOf(known);
      if (!knownStem) return known;
      s = knownStem;
    }
    for (const p of this.particlesLongestFirst) {
      if (w.startsWith(p) && !s.startsWith(p) && sameOnset(w.slice(p.length), s)) {
        // Alpino stripped the particle from the stem ("aangekondigd" / "kondig"): separable by construction.
        return `${p}_${this.infinitive(s)}`;
      }
      if (s.startsWith(p) && s.length >= p.length + 2 && this.evidence.stems.has(s.slice(p.length))) {
        const separable = this.lex.separableParticles.has(p) || hasSeparatedInfix(w, p, s.slice(p.length));
        if (separable) return `${p}_${this.infinitive(s.slice(p.length))}`;
      }
    }
    return this.infinitiveOfRoot(s);
  }

  /** `infinitive`, but a root already shaped like one stays as it is (Alpino's "geboren", "bevredigen"), not "-enen". */
  private infinitiveOfRoot(root: string): string {
    const infinitive = this.infinitive(root);
    return root.endsWith('en') && infinitive === `${root}en` && !this.evidence.knownInfinitives.has(infinitive) ? root : infinitive;
  }
}

/**
 * "voorgegeven" / "voor te geven": ge- or te- between particle and verb shows the particle is separable (but
 * "voorgeven" itself starts with "voorge" only because the verb does).
 */
export function hasSeparatedInfix(form: string, particle: string, verb: string): boolean {
  if (!form.startsWith(particle + 'ge') && !form.startsWith(particle + 'te')) return false;
  return form.slice(particle.length + 2).startsWith(verb.slice(0, 2));
}

const ONSET = /^[^aeiouyëïéèáóöü]*/;

/**
 * The word after a particle starts like the verb stem (after ge-/te-), allowing vowel change: "gekondigd" ~ "kondig",
 * "zongen" ~ "zing", but "men" (from "namen") is not "neem".
 */
function sameOnset(rest: string, stem: string): boolean {
  let r = rest;
  if ((r.startsWith('ge') || r.startsWith('te')) && !stem.startsWith(r.slice(0, 2))) r = r.slice(2);
  if (r.length < 2) return false;
  return ONSET.exec(r)![0] === ONSET.exec(stem)![0];
}
