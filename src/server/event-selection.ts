import type { Store, StoredEvent } from '../store/index.js';
import { resolvedParties, type ResolvedParty } from '../io/writers/event-parties.js';
import type { EventFilters } from './params.js';

/**
 * The events that match `filters`, in the store's order. The store filters on everything but the role of an actor
 * (`source`, `target`); those narrow the store's answer here, after asking the store for events of that actor.
 */
export async function* matchingEvents(store: Store, filters: EventFilters): AsyncIterable<StoredEvent> {
  const { source, target, ...query } = filters;
  if (source === undefined && target === undefined) {
    yield* store.eachEvent(query);
    return;
  }
  const { limit, offset = 0, ...unpaged } = query;
  let skipped = 0;
  let yielded = 0;
  for await (const stored of store.eachEvent({ ...unpaged, actor: unpaged.actor ?? source ?? target })) {
    if (source !== undefined && !hasParty(stored, 'source', source)) continue;
    if (target !== undefined && !hasParty(stored, 'target', target)) continue;
    if (skipped++ < offset) continue;
    if (limit !== undefined && yielded >= limit) return;
    yielded++;
    yield stored;
  }
}

/** One page of matching events and how many match in all. */
export async function eventPage(store: Store, filters: EventFilters): Promise<{ total: number; events: StoredEvent[] }> {
  if (filters.source === undefined && filters.target === undefined) {
    const [total, events] = await Promise.all([store.countEvents(filters), store.events(filters)]);
    return { total, events };
  }
  const { limit, offset = 0, ...unpaged } = filters;
  const events: StoredEvent[] = [];
  let total = 0;
  for await (const stored of matchingEvents(store, unpaged)) {
    if (total >= offset && (limit === undefined || events.length < limit)) events.push(stored);
    total++;
  }
  return { total, events };
}

/** The key an actor goes by in the network and in the `actor`, `source` and `target` filters. */
export function partyKey(party: ResolvedParty): string {
  return party.actor?.wikidata ?? party.name;
}

/** Whether the event has a party in `role` that `actor` names (key, Wikidata id, name or text, any case). */
function hasParty(stored: StoredEvent, role: 'source' | 'target', actor: string): boolean {
  const wanted = actor.toLowerCase();
  return resolvedParties(stored, role).some(
    (party) =>
      party.actor?.wikidata?.toLowerCase() === wanted || party.name.toLowerCase() === wanted || party.ref.text.toLowerCase() === wanted,
  );
}
