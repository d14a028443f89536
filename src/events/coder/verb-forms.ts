/**
 * Lemmas a verb's surface form may have when the lemmatizer's lemma is no trigger: a past form the lemmatizer left
 * as it was ("veroordeelden", "bespotte"), a present form ("roep ik op") or a strong verb's past ("beklonken"). Read from
 * `src/lang/<code>/verb-forms.json`: the weak past suffixes with the spelling rules that rebuild the infinitive, and a
 * list of strong and irregular past forms. The trigger lexicon decides which candidate, if any, is a trigger, so
 * candidates that are no Dutch word do no harm.
 */
import english from '../../lang/en/verb-forms.json' with { type: 'json' };
import dutch from '../../lang/nl/verb-forms.json' with { type: 'json' };

export interface VerbForms {
  /** Candidate lemmas (lower case, no particle marks) of a lower-cased verb form; empty when there are none. */
  lemmas(form: string): readonly string[];
  /** Whether a lower-cased form is a listed strong or irregular past form (finite or participle). */
  isListedPast(form: string): boolean;
}

interface VerbFormData {
  pastSuffixes: readonly string[];
  presentSuffixes: readonly string[];
  infinitiveEnding: string;
  /** The stem is an infinitive too (English "tax-ing" → tax, beside "blam-ed" → blame). */
  stemIsInfinitive?: boolean;
  voiced: Readonly<Record<string, string>>;
  irregular: Readonly<Record<string, string>>;
}

const VOWELS = 'aeiou';
const NONE: readonly string[] = [];

class PastForms implements VerbForms {
  private readonly cache = new Map<string, readonly string[]>();

  constructor(private readonly data: VerbFormData) {}

  lemmas(form: string): readonly string[] {
    let result = this.cache.get(form);
    if (result === undefined) {
      result = this.derive(form);
      this.cache.set(form, result);
    }
    return result;
  }

  isListedPast(form: string): boolean {
    return Object.hasOwn(this.data.irregular, form);
  }

  private derive(form: string): readonly string[] {
    const { irregular, pastSuffixes, presentSuffixes } = this.data;
    const listed = irregular[form];
    if (listed !== undefined) return [listed.replaceAll('|', '')];
    const out = new Set<string>();
    const suffix = pastSuffixes.find((s) => form.endsWith(s) && form.length > s.length + 2);
    if (suffix !== undefined) this.infinitives(form.slice(0, -suffix.length), out);
    // A present form is the stem ("roep ik op"), or the stem with its ending ("eist").
    else if (form.length >= 3) {
      this.infinitives(form, out);
      const ending = presentSuffixes.find((s) => form.endsWith(s) && form.length > s.length + 2);
      if (ending !== undefined) this.infinitives(form.slice(0, -ending.length), out);
    }
    return out.size === 0 ? NONE : [...out];
  }

  /** The infinitives a verb stem may have under the spelling rules. */
  private infinitives(stem: string, out: Set<string>): void {
    const { infinitiveEnding: en, voiced } = this.data;
    const n = stem.length;
    const last = stem[n - 1];
    if (this.data.stemIsInfinitive) out.add(stem);
    if (VOWELS.includes(last)) return;
    out.add(stem + en);
    // "veroordeel-de" → veroordelen, "leef-de" → leven: a long vowel is written single before -en.
    if (n >= 3 && stem[n - 2] === stem[n - 3] && VOWELS.includes(stem[n - 2])) {
      out.add(stem.slice(0, n - 2) + (voiced[last] ?? last) + en);
      return;
    }
    // "bespot-te" → bespotten: a short vowel keeps its consonant doubled.
    if (n >= 2 && VOWELS.includes(stem[n - 2]) && (n < 3 || !VOWELS.includes(stem[n - 3]))) out.add(stem + last + en);
    const soft = voiced[last];
    if (soft !== undefined) out.add(stem.slice(0, -1) + soft + en);
  }
}

const DATA: Readonly<Record<string, VerbFormData>> = { nl: dutch, en: english };
const loaded = new Map<string, VerbForms>();

/** The past-form rules of a language; a language without any gives no candidates. */
export function verbFormsFor(language: string): VerbForms {
  let forms = loaded.get(language);
  if (forms === undefined) {
    const data = DATA[language];
    forms = data === undefined ? { lemmas: () => NONE, isListedPast: () => false } : new PastForms(validate(data, language));
    loaded.set(language, forms);
  }
  return forms;
}

function validate(data: VerbFormData, language: string): VerbFormData {
  const fail = (message: string): never => {
    throw new Error(`${language} verb forms: ${message}`);
  };
  if (!Array.isArray(data.pastSuffixes) || data.pastSuffixes.length === 0) fail('pastSuffixes must be a non-empty list');
  if (!Array.isArray(data.presentSuffixes)) fail('presentSuffixes must be a list');
  if (typeof data.infinitiveEnding !== 'string' || data.infinitiveEnding === '') fail('infinitiveEnding must be a word');
  for (const [form, lemma] of Object.entries(data.irregular)) {
    if (form !== form.toLowerCase() || typeof lemma !== 'string' || lemma === '' || lemma !== lemma.toLowerCase()) fail(`irregular ${form}: lower-case form and lemma expected`);
  }
  return data;
}
