import type { ActorRef } from '../../doc/article.js';
import type { EventActor, StoredEvent } from '../../store/store.js';

/** A party of an event with the actor it resolves to, when the article has it. */
export interface ResolvedParty {
  ref: ActorRef;
  actor?: EventActor;
  /** The actor's name, else the text as written. */
  name: string;
}

export function resolvedParties(stored: StoredEvent, role: 'source' | 'target'): ResolvedParty[] {
  return stored.event[role].map((ref) => {
    const actor = ref.actor === undefined ? undefined : stored.actors.find((a) => a.id === ref.actor);
    return actor ? { ref, actor, name: actor.name } : { ref, name: ref.text };
  });
}

/** The name of whoever the event is attributed to, or undefined. */
export function attributedName(stored: StoredEvent): string | undefined {
  const id = stored.event.attributedTo;
  if (id === undefined) return undefined;
  return stored.actors.find((a) => a.id === id)?.name ?? id;
}
