/**
 * Feature templates as data: each template is a template id and the value slots (one to three) whose values it
 * combines. An extractor fills one Int32Array of slot values per prediction, and `FeatureKeys.addTemplates` hashes
 * every template in one loop. A hundred `add` calls per prediction are more than the JIT inlines, and the calls it
 * leaves cost more than the hashing; the loop has none.
 */
export class FeatureTemplates {
  /** Per template, TEMPLATE_STRIDE int32s: the template id, the slot count, the slots (unused ones 0). */
  readonly table: Int32Array;

  /** `templates`: one `[templateId, slot, slot?, slot?]` per feature, in the order the keys come out. */
  constructor(templates: readonly (readonly number[])[]) {
    this.table = new Int32Array(templates.length * TEMPLATE_STRIDE);
    templates.forEach((template, t) => {
      const slots = template.length - 1;
      if (slots < 1 || slots > 3) throw new RangeError(`FeatureTemplates: template ${template[0]} needs one to three slots`);
      const at = t * TEMPLATE_STRIDE;
      this.table[at] = template[0];
      this.table[at + 1] = slots;
      for (let s = 0; s < slots; s++) this.table[at + 2 + s] = template[1 + s];
    });
  }

  get length(): number {
    return this.table.length / TEMPLATE_STRIDE;
  }
}

/** `count` one-slot templates: template ids firstTemplate.., over slots firstSlot.. (a feature per affix length). */
export function templateSeries(count: number, firstTemplate: number, firstSlot: number): number[][] {
  return Array.from({ length: count }, (_, k) => [firstTemplate + k, firstSlot + k]);
}

export const TEMPLATE_STRIDE = 5;
