import type { StoredEvent } from '../../store/store.js';
import type { FieldValue } from './csv.js';
import { resolvedParties, type ResolvedParty } from './event-parties.js';
import { QUAD_CLASS } from './quad-class.js';

/**
 * The columns of the GDELT-style export: GDELT 2.0 event-table names, in GDELT's order, for the columns Kroniek can
 * fill (docs/exports.md says which stay empty and how ours differ), then Kroniek's own.
 */
export const GDELT_COLUMNS = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1Type1Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2Type1Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'ActionGeo_FullName', 'ActionGeo_CountryCode', 'DATEADDED', 'SOURCEURL',
  'PloverType', 'PloverMode', 'Status', 'AttributedTo', 'Confidence', 'ArticleID', 'EventID',
] as const;

export function gdeltFields(stored: StoredEvent): FieldValue[] {
  const { event, article } = stored;
  const day = stored.day;
  const cameo = event.cameo ?? '';
  return [
    stored.key,
    day?.replaceAll('-', ''),
    day?.slice(0, 7).replace('-', ''),
    day?.slice(0, 4),
    day === null ? '' : fractionDate(day),
    ...actorFields(resolvedParties(stored, 'source')[0]),
    ...actorFields(resolvedParties(stored, 'target')[0]),
    '',
    cameo,
    cameo.slice(0, 3),
    cameo.slice(0, 2),
    QUAD_CLASS[event.type],
    event.goldstein,
    1 + (event.mentions?.length ?? 0),
    1,
    1,
    '',
    event.location?.text,
    event.location?.country,
    stored.ingestedAt.replace(/\D/g, '').slice(0, 14),
    article.url ?? article.id,
    event.type,
    event.mode,
    event.status,
    event.attributedTo === undefined ? '' : (stored.actors.find((a) => a.id === event.attributedTo)?.name ?? ''),
    event.confidence,
    article.id,
    event.id,
  ];
}

/** Code (country followed by sector, as CAMEO actor codes are built), name, country, sector; empty without a party. */
function actorFields(party: ResolvedParty | undefined): FieldValue[] {
  if (!party) return ['', '', '', ''];
  return [party.ref.country + party.ref.sector, party.name, party.ref.country, party.ref.sector];
}

/** GDELT's FractionDate: the year plus the part of it gone by, ((month - 1) * 30 + day) / 365, to 4 decimals. */
function fractionDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return (year + ((month - 1) * 30 + date) / 365).toFixed(4);
}
