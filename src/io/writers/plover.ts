import type { StoredEvent } from '../../store/store.js';
import { PACKAGE_VERSION } from '../../version.js';
import { attributedName, resolvedParties, type ResolvedParty } from './event-parties.js';
import { QUAD_CLASS } from './quad-class.js';

/** PLOVER's entity object (manual, "Information object for entities"). */
export interface PloverEntity {
  code: string;
  sector: string;
  entity_text: string;
  identifier_id?: string;
  identifier_text?: string;
}

/**
 * An event as a PLOVER JSON record (manual, chapter "Data Fields"), with Kroniek's own fields after PLOVER's:
 * status, attributed_to, evidence, confidence, cameo, event_date, article_id, event_key.
 */
export function ploverRecord(stored: StoredEvent): Record<string, unknown> {
  const { event, article } = stored;
  const record: Record<string, unknown> = {
    id: `${article.id}-${event.id}`,
    date: stored.day,
    actor: resolvedParties(stored, 'source').map(ploverEntity),
    recipient: resolvedParties(stored, 'target').map(ploverEntity),
    event: [event.type],
    ...(event.location && { event_loc: { extracted_place: event.location.text, country_code: event.location.country } }),
    event_text: [stored.evidenceText],
    quad_code: QUAD_CLASS[event.type],
    ...(event.goldstein !== undefined && { event_scale: event.goldstein }),
    ...(event.mode !== undefined && { mode: [event.mode] }),
    text_info: { sequence: event.sentence, start: event.evidence.start, end: event.evidence.end },
    cite_info: {
      ...(article.url !== undefined && { url: article.url }),
      ...(article.title !== undefined && { title: article.title }),
      language: article.language,
      ...(article.source !== undefined && { publication: article.source }),
      coder: `kroniek ${PACKAGE_VERSION}`,
    },
    coder: `kroniek ${PACKAGE_VERSION}`,
    coded_date: stored.ingestedAt.slice(0, 10),
    status: event.status,
  };
  const attributed = attributedName(stored);
  if (attributed !== undefined) record.attributed_to = attributed;
  record.evidence = { start: event.evidence.start, end: event.evidence.end, text: stored.evidenceText };
  if (event.mentions?.length) record.mentions = event.mentions;
  record.confidence = event.confidence;
  if (event.cameo !== undefined) record.cameo = event.cameo;
  if (event.date !== undefined) record.event_date = event.date;
  record.article_id = article.id;
  record.event_key = stored.key;
  return record;
}

function ploverEntity(party: ResolvedParty): PloverEntity {
  return {
    code: party.ref.country,
    sector: party.ref.sector,
    entity_text: party.ref.text,
    ...(party.actor?.wikidata !== undefined && { identifier_id: party.actor.wikidata }),
    ...(party.actor !== undefined && { identifier_text: party.actor.name }),
  };
}
