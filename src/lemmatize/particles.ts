import { finish, hashLower, hashString, mix } from '../learn/index.js';

/**
 * Separable verbs whose particle stands apart ("De politie sloot de weg af" → sloot: "af_sluiten", as the UD
 * Dutch treebanks lemmatize them). Learned from training pairs (particle, verb lemma) linked by
 * `compound:prt`; at run time a verb takes a known particle that follows it in its sentence and closes a
 * clause (followed by punctuation, a conjunction or the sentence end).
 */
export class SeparableVerbs {
  constructor(private readonly pairs: Set<number>) {}

  get size(): number {
    return this.pairs.size;
  }

  static key(particleHash: number, verbLemma: string): number {
    return finish(mix(particleHash, hashString(verbLemma)));
  }

  has(text: string, particleStart: number, particleEnd: number, verbLemma: string): boolean {
    return this.pairs.has(SeparableVerbs.key(hashLower(text, particleStart, particleEnd), verbLemma));
  }

  static build(pairs: Iterable<[particle: string, verbLemma: string]>, minCount: number): SeparableVerbs {
    const counts = new Map<number, number>();
    for (const [particle, verb] of pairs) {
      const key = SeparableVerbs.key(hashLower(particle, 0, particle.length), verb);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const kept = [...counts].filter(([, count]) => count >= minCount).map(([key]) => key);
    return new SeparableVerbs(new Set(kept.sort((a, b) => a - b)));
  }

  toArray(): Uint32Array {
    return Uint32Array.from(this.pairs);
  }

  static fromArray(keys: Uint32Array): SeparableVerbs {
    return new SeparableVerbs(new Set(keys));
  }
}
