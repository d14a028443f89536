/**
 * Which tag classes each word kind (letters, digits, punctuation, symbols, mixed: see `wordKind`) was seen
 * with in training. The tagger only chooses among those, so that unseen punctuation stays punctuation.
 */
export class KindTags {
  /** allowed[kind] is a mask over tag classes, or null when the kind is unrestricted. */
  constructor(private readonly allowed: (Uint8Array | null)[]) {}

  /** The mask for `kind`, undefined when unrestricted. */
  maskFor(kind: number): Uint8Array | undefined {
    return this.allowed[kind] ?? undefined;
  }

  /**
   * From (kind, class) observations: for the `restricted` kinds, classes seen at least `minCount` times and at
   * least `minShare` of the kind's tokens are allowed; other kinds, and kinds seen fewer than `minTokens`
   * times, stay unrestricted.
   */
  static build(
    observations: Iterable<[number, number]>,
    kinds: number,
    classCount: number,
    options: { restricted: readonly number[]; minCount: number; minShare: number; minTokens: number },
  ): KindTags {
    const counts = Array.from({ length: kinds }, () => new Uint32Array(classCount));
    for (const [kind, tag] of observations) counts[kind][tag]++;
    const allowed = counts.map((byClass, kind) => {
      const total = byClass.reduce((sum, c) => sum + c, 0);
      if (!options.restricted.includes(kind) || total < options.minTokens) return null;
      const mask = byClass.map((c) => (c >= options.minCount && c >= options.minShare * total ? 1 : 0));
      return mask.every((m) => m === 1) ? null : Uint8Array.from(mask);
    });
    return new KindTags(allowed);
  }

  /** One byte per (kind, class): 1 allowed, 0 not, 2 for every class of an unrestricted kind. */
  toBytes(classCount: number): Uint8Array {
    const out = new Uint8Array(this.allowed.length * classCount);
    this.allowed.forEach((mask, kind) => {
      if (mask) out.set(mask, kind * classCount);
      else out.fill(2, kind * classCount, (kind + 1) * classCount);
    });
    return out;
  }

  static fromBytes(bytes: Uint8Array, classCount: number): KindTags {
    if (classCount === 0 || bytes.length % classCount !== 0) throw new Error('KindTags: bad table size');
    const allowed: (Uint8Array | null)[] = [];
    for (let start = 0; start < bytes.length; start += classCount) {
      const mask = bytes.slice(start, start + classCount);
      allowed.push(mask[0] === 2 ? null : mask);
    }
    return new KindTags(allowed);
  }
}
