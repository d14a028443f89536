/**
 * Language identification of article text, with the eld library (n-gram detector, 60 languages).
 * The detector's database is loaded on first use, since it costs about half a second.
 */

export interface LanguageGuess {
  /** ISO 639-1 code, or '' when no language could be told. */
  language: string;
  /** False for texts too short or too mixed to be sure about. */
  reliable: boolean;
}

interface Detector {
  detect(text: string): { language: string; isReliable(): boolean };
}

/** Enough text to be sure, little enough to stay fast on long articles. */
const SAMPLE_CHARS = 4000;

let detector: Detector | undefined;

async function loadDetector(): Promise<Detector> {
  if (!detector) {
    const { eld } = await import('eld/medium');
    detector = eld;
  }
  return detector;
}

/** Guesses the language of `text` from (at most) its first few thousand characters. */
export async function detectLanguage(text: string): Promise<LanguageGuess> {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const result = (await loadDetector()).detect(sample);
  return { language: result.language, reliable: result.language !== '' && result.isReliable() };
}
