import { QUAD_CLASS } from '../../src/io/writers/quad-class.ts';
import type { PloverType } from '../../src/doc/article.ts';
import type { StoredEvent } from './api.ts';

/** Cooperation, conflict or neither, from a Goldstein score (-10 to 10). */
export function tone(goldstein: number | null | undefined): 'coop' | 'conflict' | 'neutral' {
  if (goldstein === null || goldstein === undefined || Math.abs(goldstein) < 0.5) return 'neutral';
  return goldstein > 0 ? 'coop' : 'conflict';
}

/** A colour between conflict red, neutral grey and cooperation green for a mean Goldstein score. */
export function goldsteinColour(goldstein: number | null): string {
  if (goldstein === null) return '#8a94a0';
  const t = Math.max(-1, Math.min(1, goldstein / 10));
  const mix = (a: number[], b: number[], f: number) => a.map((v, i) => Math.round(v + (b[i] - v) * f));
  const grey = [150, 158, 168];
  const [r, g, b] = t < 0 ? mix(grey, [198, 40, 40], Math.min(1, -t * 2)) : mix(grey, [46, 125, 50], Math.min(1, t * 2));
  return `rgb(${r}, ${g}, ${b})`;
}

export function typeTone(type: PloverType): 'coop' | 'conflict' {
  return QUAD_CLASS[type] <= 2 ? 'coop' : 'conflict';
}

/** The parties in one role, by actor name when resolved, else as written. */
export function partyNames(stored: StoredEvent, role: 'source' | 'target'): string[] {
  return stored.event[role].map((ref) => stored.actors.find((actor) => actor.id === ref.actor)?.name ?? ref.text);
}

export function articleDate(published: string | null | undefined): string {
  return published ? published.slice(0, 10) : 'no date';
}
