/**
 * Per-language data, read from the JSON files under `src/lang/<code>/` (imported as JSON modules so that they travel
 * with the compiled code into dist/), validated on first use and kept.
 */
export interface PerLanguage<T> {
  /** The languages that have this data. */
  readonly languages: readonly string[];
  /** The validated data of `language`; throws for a language without it, naming the ones that have it. */
  get(language: string): T;
}

/**
 * `what` names the data in errors ("trigger data"); `data` maps a language code to its raw JSON; `build` validates
 * it (throwing with the problem) and turns it into what the code uses.
 */
export function perLanguage<T>(what: string, data: Readonly<Record<string, unknown>>, build: (raw: unknown, language: string) => T): PerLanguage<T> {
  const languages = Object.freeze(Object.keys(data));
  const built = new Map<string, T>();
  return {
    languages,
    get(language) {
      let value = built.get(language);
      if (value === undefined) {
        const raw = data[language];
        if (raw === undefined) throw new Error(`no ${what} for language '${language}' (supported: ${languages.join(', ')})`);
        value = build(raw, language);
        built.set(language, value);
      }
      return value;
    },
  };
}
