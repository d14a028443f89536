import type { Doc } from '../doc/doc.js';
import { hashSlice, startsUpper } from '../learn/index.js';
import { OUTSIDE, endsEntity, startsEntity, typeOf } from './labels.js';

/**
 * The votes of a document's first decoding pass for each capitalised form: how many of its occurrences got each
 * entity type (slot 0 for O, slot t + 1 for type t), and the types of the multi-word entities it was part of. The
 * second pass reads them, so that every mention of a name sees what all the others were taken for, not only the
 * first one.
 */
export class MentionVotes {
  /** Slots per form: O plus one per entity type. */
  readonly slots: number;
  /** form hash → row of `counts`. */
  private readonly rows = new Map<number, number>();
  private counts = new Int32Array(0);
  /** form hash → bit mask of the types (bit t) of the multi-word entities an occurrence belonged to. */
  private readonly inEntity = new Map<number, number>();
  /** Slot of each token's first-pass class (-1 for lower-case tokens). */
  private slotOf = new Int32Array(0);

  constructor(typeCount: number) {
    this.slots = typeCount + 1;
  }

  /** Counts the first-pass classes `classes` of the capitalised tokens of `doc`. */
  collect(doc: Doc, classes: Int32Array): void {
    const { text, starts, ends } = doc;
    const slots = this.slots;
    this.rows.clear();
    this.inEntity.clear();
    if (this.slotOf.length < doc.length) this.slotOf = new Int32Array(doc.length * 2);
    if (this.counts.length < doc.length * slots) this.counts = new Int32Array(doc.length * 2 * slots);
    this.counts.fill(0, 0, doc.length * slots);
    for (let i = 0; i < doc.length; i++) {
      const label = classes[i];
      if (!startsUpper(text, starts[i], ends[i])) {
        this.slotOf[i] = -1;
        continue;
      }
      const form = hashSlice(text, starts[i], ends[i]);
      let row = this.rows.get(form);
      if (row === undefined) {
        row = this.rows.size;
        this.rows.set(form, row);
      }
      const slot = label === OUTSIDE ? 0 : typeOf(label) + 1;
      this.slotOf[i] = slot;
      this.counts[row * slots + slot]++;
      if (label !== OUTSIDE && !isSingle(label)) this.inEntity.set(form, (this.inEntity.get(form) ?? 0) | (1 << typeOf(label)));
    }
  }

  /**
   * Writes into `out` (length `slots`) the votes of the other occurrences of the form `form` than token i, and
   * returns their number.
   */
  othersOf(form: number, i: number, out: Int32Array): number {
    const row = this.rows.get(form);
    if (row === undefined) {
      out.fill(0);
      return 0;
    }
    let total = 0;
    for (let s = 0; s < this.slots; s++) {
      out[s] = this.counts[row * this.slots + s] - (this.slotOf[i] === s ? 1 : 0);
      total += out[s];
    }
    return total;
  }

  /** Bit mask of the types of the multi-word first-pass entities the form was part of. */
  entityTypesOf(form: number): number {
    return this.inEntity.get(form) ?? 0;
  }
}

/** True for a one-word entity's class (U). */
function isSingle(label: number): boolean {
  return startsEntity(label) && endsEntity(label);
}
