import type { PloverType } from '../doc/article.js';

/*
 * The shapes of the API's own answers (network, timeline), beside the contract and store types it also returns.
 * Types only, importing nothing with a run-time side, so that the web UI can share them.
 */

export type TimelineInterval = 'day' | 'week' | 'month';
export type TimelineGroup = 'type' | 'quad' | 'status' | 'none';

export interface NetworkNode {
  /** The actor's key (its Wikidata id, else its name): what the `actor`, `source` and `target` filters take. */
  id: string;
  name: string;
  country: string;
  sector: string;
  wikidata?: string;
  /** Events it is a party to, and how often as source and as target. */
  events: number;
  asSource: number;
  asTarget: number;
}

/** What sources did to targets: one edge per ordered pair of actors. */
export interface NetworkEdge {
  source: string;
  target: string;
  events: number;
  /** Mean Goldstein score of the events that have one (-10 conflict to 10 cooperation); null when none has. */
  meanGoldstein: number | null;
  /** Events per PLOVER type. */
  types: Partial<Record<PloverType, number>>;
}

export interface Network {
  /** Events read. */
  events: number;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Actors left out because only the `maxNodes` most active are kept. */
  omittedNodes: number;
}

export interface TimelineBucket {
  /** The day (YYYY-MM-DD), ISO week (YYYY-Www) or month (YYYY-MM). */
  period: string;
  /** Events per series; series without events are left out. */
  counts: Record<string, number>;
  total: number;
}

export interface Timeline {
  interval: TimelineInterval;
  by: TimelineGroup;
  /** Every series name in a fixed order (PLOVER types, quad classes, statuses, or `events`). */
  series: readonly string[];
  /** Every period from the first to the last event, in order, empty ones included. */
  buckets: TimelineBucket[];
  /** Events without a day (neither a date of their own nor a published article). */
  undated: number;
}
