import { resolvedParties } from '../io/writers/event-parties.js';
import type { StoredEvent } from '../store/index.js';
import type { Network, NetworkEdge, NetworkNode } from './api-types.js';
import { partyKey } from './event-selection.js';

interface EdgeTally {
  edge: NetworkEdge;
  goldsteinSum: number;
  goldsteinCount: number;
}

/** The actor network of `events`: its `maxNodes` most active actors and the edges between them. */
export async function buildNetwork(events: AsyncIterable<StoredEvent>, maxNodes: number): Promise<Network> {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, EdgeTally>();
  let count = 0;
  for await (const stored of events) {
    count++;
    const sides = { source: new Set<string>(), target: new Set<string>() };
    for (const role of ['source', 'target'] as const) {
      for (const party of resolvedParties(stored, role)) {
        const id = partyKey(party);
        let node = nodes.get(id);
        if (!node) {
          const wikidata = party.actor?.wikidata;
          node = { id, name: party.name, country: party.ref.country, sector: party.ref.sector, ...(wikidata && { wikidata }), events: 0, asSource: 0, asTarget: 0 };
          nodes.set(id, node);
        }
        if (!sides[role].has(id)) {
          sides[role].add(id);
          if (role === 'source') node.asSource++;
          else node.asTarget++;
          if (!(role === 'target' && sides.source.has(id))) node.events++;
        }
      }
    }
    for (const source of sides.source) {
      for (const target of sides.target) {
        if (source === target) continue;
        const key = JSON.stringify([source, target]);
        let tally = edges.get(key);
        if (!tally) {
          tally = { edge: { source, target, events: 0, meanGoldstein: null, types: {} }, goldsteinSum: 0, goldsteinCount: 0 };
          edges.set(key, tally);
        }
        const { edge } = tally;
        edge.events++;
        edge.types[stored.event.type] = (edge.types[stored.event.type] ?? 0) + 1;
        if (stored.event.goldstein !== undefined) {
          tally.goldsteinSum += stored.event.goldstein;
          tally.goldsteinCount++;
        }
      }
    }
  }
  const ranked = [...nodes.values()].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
  const kept = ranked.slice(0, maxNodes);
  const keptIds = new Set(kept.map((node) => node.id));
  const keptEdges = [...edges.values()]
    .filter(({ edge }) => keptIds.has(edge.source) && keptIds.has(edge.target))
    .map(({ edge, goldsteinSum, goldsteinCount }) => ({
      ...edge,
      meanGoldstein: goldsteinCount === 0 ? null : Math.round((goldsteinSum / goldsteinCount) * 100) / 100,
    }))
    .sort((a, b) => b.events - a.events);
  return { events: count, nodes: kept, edges: keptEdges, omittedNodes: ranked.length - kept.length };
}
