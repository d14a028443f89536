import type { StoredEvent } from '../../store/store.js';
import type { FieldValue } from './csv.js';
import { attributedName, resolvedParties } from './event-parties.js';
import { QUAD_CLASS } from './quad-class.js';

/** The columns of the CSV export, one row per event (docs/exports.md); several parties are joined with `;`. */
export const EVENT_COLUMNS = [
  'event_key', 'article_id', 'event_id', 'day', 'date', 'type', 'mode', 'cameo', 'goldstein', 'quad_class', 'status',
  'attributed_to', 'source_names', 'source_texts', 'source_countries', 'source_sectors', 'source_wikidata',
  'target_names', 'target_texts', 'target_countries', 'target_sectors', 'target_wikidata', 'location',
  'location_country', 'confidence', 'sentence', 'evidence_start', 'evidence_end', 'evidence_text', 'mentions',
  'published', 'url', 'title', 'publication', 'language',
] as const;

export function eventFields(stored: StoredEvent): FieldValue[] {
  const { event, article } = stored;
  const sides = (role: 'source' | 'target') => {
    const parties = resolvedParties(stored, role);
    return [
      parties.map((p) => p.name).join(';'),
      parties.map((p) => p.ref.text).join(';'),
      parties.map((p) => p.ref.country).join(';'),
      parties.map((p) => p.ref.sector).join(';'),
      parties.map((p) => p.actor?.wikidata ?? '').join(';'),
    ];
  };
  return [
    stored.key, article.id, event.id, stored.day, event.date, event.type, event.mode, event.cameo, event.goldstein,
    QUAD_CLASS[event.type], event.status, attributedName(stored), ...sides('source'), ...sides('target'),
    event.location?.text, event.location?.country, event.confidence, event.sentence, event.evidence.start,
    event.evidence.end, stored.evidenceText, 1 + (event.mentions?.length ?? 0), article.published, article.url,
    article.title, article.source, article.language,
  ];
}
