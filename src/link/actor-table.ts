/**
 * The actors of one article and the names that already refer to them: the same KB id, generic id or unknown name
 * is one actor, and a surname seen in a full name ("Sullivan" after "Jake Sullivan") points back to that person.
 */
import type { DocActor } from '../doc/doc.js';
import { nameKey } from '../kb/index.js';

export class ActorTable {
  private readonly byId = new Map<string, number>();
  private readonly bySurname = new Map<string, number>();
  private readonly countryCounts = new Map<string, number>();

  constructor(private readonly actors: DocActor[]) {}

  /** The index of the actor with this id, adding it when new. */
  add(actor: DocActor): number {
    let index = this.byId.get(actor.id);
    if (index === undefined) {
      index = this.actors.length;
      this.actors.push(actor);
      this.byId.set(actor.id, index);
    }
    if (actor.country !== '') this.countryCounts.set(actor.country, (this.countryCounts.get(actor.country) ?? 0) + 1);
    return index;
  }

  /**
   * Remembers the last capitalised word of a person's multi-word name (the surname: "Sullivan"), and the first
   * (the family name that comes first in Korean and Chinese names: "Kim", "Ri"), so that it alone refers to them
   * later. A later full name that shares a word takes the word over.
   */
  rememberPerson(index: number, name: string): void {
    const words = name.split(/\s+/).filter((word) => word !== word.toLowerCase());
    if (words.length < 2) return;
    this.bySurname.set(nameKey(words[words.length - 1]), index);
    const first = nameKey(words[0]);
    if (!this.bySurname.has(first)) this.bySurname.set(first, index);
  }

  /** The person an earlier full name in the article made this one-word name (or its possessive) refer to. */
  personBySurname(word: string): number | undefined {
    const key = nameKey(word);
    return (
      this.bySurname.get(key) ??
      (key.endsWith("'s") ? this.bySurname.get(key.slice(0, -2)) : undefined) ??
      (key.length > 3 && key.endsWith('s') ? this.bySurname.get(key.slice(0, -1)) : undefined)
    );
  }

  /**
   * Whether an actor of `country` referred to earlier shares a name word with `name` (European Union before "de
   * Commissie" = European Commission): the context a name that is ambiguous on its own needs.
   */
  hasKin(name: string, country: string): boolean {
    const words = new Set(significantWords(name));
    return this.actors.some((actor) => actor.country === country && significantWords(actor.name).some((word) => words.has(word)));
  }

  /** How often the article has referred to actors of this country so far (to settle ambiguous names). */
  countryWeight(country: string): number {
    return this.countryCounts.get(country) ?? 0;
  }
}

/** The words of a name that can tie two bodies together (not "of", "the", "van"). */
function significantWords(name: string): string[] {
  return nameKey(name)
    .split(' ')
    .filter((word) => word.length >= 4);
}

/** A stable id for an actor the KB does not know: its name in lower case with hyphens ("yang-jiechi"). */
export function slug(name: string): string {
  return nameKey(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
