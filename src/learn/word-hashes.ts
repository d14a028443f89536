import { hashSlice } from './hash.js';
import { hashLower, hashShape, startsUpper, wordKind } from './word-features.js';

/**
 * The basic text hashes of the tokens of a padded sentence window, which the feature extractors of several
 * components (tagger, entity recognizer) share: lower-case form, exact form, shape, capitalisation, kind.
 * A component's window class extends it with its own arrays.
 */
export class WordHashes {
  lower = new Uint32Array(0);
  form = new Uint32Array(0);
  shape = new Uint32Array(0);
  upper = new Uint8Array(0);
  kind = new Uint8Array(0);

  /** Makes the arrays `size` long (their contents are overwritten by the next fill). */
  protected allocateWords(size: number): void {
    this.lower = new Uint32Array(size);
    this.form = new Uint32Array(size);
    this.shape = new Uint32Array(size);
    this.upper = new Uint8Array(size);
    this.kind = new Uint8Array(size);
  }

  /** Position p holds the token [start, end) of `text`. */
  protected setWord(p: number, text: string, start: number, end: number): void {
    this.lower[p] = hashLower(text, start, end);
    this.form[p] = hashSlice(text, start, end);
    this.shape[p] = hashShape(text, start, end);
    this.upper[p] = startsUpper(text, start, end) ? 1 : 0;
    this.kind[p] = wordKind(text, start, end);
  }

  /** Position p is padding: `pad` for the hashes, 0 for the flags. */
  protected setPad(p: number, pad: number): void {
    this.lower[p] = pad;
    this.form[p] = pad;
    this.shape[p] = pad;
    this.upper[p] = 0;
    this.kind[p] = 0;
  }
}
