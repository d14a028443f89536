/**
 * Builds eval/petrarch/unit-tests.jsonl from PETRARCH2's unit-test records (PETR.UnitTest.records.xml, MIT, Open
 * Event Data Alliance): each record's sentence with its expected codings, the CAMEO event code mapped to a PLOVER
 * type (and mode) through src/events/ontology.ts, source and target codes split into country and sector. What is
 * left out, and why, is counted on stderr and written up in README.md here.
 *
 *   npx tsx eval/petrarch/build.ts [DATA_DIR]     (DATA_DIR defaults to ../shared/data relative to the repository root)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoldActor, GoldEvent, GoldEventText } from '../../src/events/evaluate.js';
import { cameoCode } from '../../src/events/ontology.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const dataDir = process.argv[2] ?? join(here, '../../../shared/data');
const xml = readFileSync(join(dataDir, 'petrarch2/PETR.UnitTest.records.xml'), 'utf8');

/**
 * Records whose expected codings (or, for records without events, whose lack of events) are what CAMEO and PLOVER
 * mean for the sentence, judged by hand (README.md): most of the file codes with the toy verb dictionary, whose codes
 * often mean something else ("welcomed a resumption of ties" = 041, a phone call). They also go to
 * unit-tests-checked.jsonl.
 */
const CHECKED = new Set([
  'DEMO-11', 'DEMO-18', 'DEMO-19', 'DEMO-29', 'DEMO-30',
  'ACTOR-10', 'ACTOR-11', 'ACTOR-12', 'ACTOR-13', 'ACTOR-14', 'ACTOR-15',
  'SYNSET-07a', 'SYNSET-11a', 'SYNSET-11b', 'PASSIVE-01', 'PASSIVE-02', 'PASSIVE-03', 'PASSIVE-04',
  'PATTERN-23', 'PATTERN-24', 'PATTERN-25', 'PATTERN-27',
  'COMPOUND-38', 'COMPOUND-39', 'COMPOUND-40', 'COMPOUND-41', 'COMPOUND-42',
  'DEMO-24', 'AFP080801M008-2', 'AFP0808011903-3', 'AFP0808010343-2', 'AFP0808010092-5', 'AFP0808010625-6',
]);
/** The file's last record is a sentinel ("ALL OF THE UNIT TESTS WERE CODED CORRECTLY."), not a test. */
const SENTINEL = 'FINAL-RECORD';

const skipped = {
  errorRecords: 0,
  synsetLiterals: 0,
  noPloverType: 0,
  nullActor: 0,
  recordsWithoutScorableCoding: 0,
  mirroredJoined: 0,
};
const unmappedCodes = new Map<string, number>();

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag)?.slice(1).find((v) => v !== undefined);
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/**
 * A CAMEO actor code as country and sector: `ARN` → ARN/"", `GONGOV` → GON/GOV, `---GOV` → ""/GOV; longer codes keep
 * their first sector (`USAGOVELI` → USA/GOV). Null (`---`, empty) and discard (`###`) codes give undefined.
 */
function actor(code: string): GoldActor | undefined {
  const match = /^([A-Z]{3}|---)([A-Z]{3})?/.exec(code);
  if (!match || (match[1] === '---' && match[2] === undefined)) return undefined;
  return { text: '', country: match[1] === '---' ? '' : match[1], sector: match[2] ?? '' };
}

function codings(body: string): GoldEvent[] {
  const events: GoldEvent[] = [];
  for (const [tag] of body.matchAll(/<EventCoding\b[^>]*>/g)) {
    const eventCode = attribute(tag, 'eventcode');
    if (eventCode === undefined) continue;
    const cameo = cameoCode(eventCode);
    if (!cameo) {
      skipped.noPloverType++;
      unmappedCodes.set(eventCode, (unmappedCodes.get(eventCode) ?? 0) + 1);
      continue;
    }
    const source = actor(attribute(tag, 'sourcecode') ?? '');
    const target = actor(attribute(tag, 'targetcode') ?? '');
    if (!source || !target) {
      skipped.nullActor++;
      continue;
    }
    events.push({ type: cameo.type, ...(cameo.mode !== '' && { mode: cameo.mode }), source, target, cameo: eventCode });
  }
  return joinMirrored(events);
}

const codeOf = (a: GoldActor | GoldActor[] | undefined) => (a && !Array.isArray(a) ? `${a.country}/${a.sector}` : '');

/** PETRARCH codes a joint action ("X and Y agree") as two mirrored codings, A→B and B→A: they become one joint event. */
function joinMirrored(events: GoldEvent[]): GoldEvent[] {
  const out: GoldEvent[] = [];
  for (const event of events) {
    const mirror = out.find(
      (e) => !e.joint && e.cameo === event.cameo && codeOf(e.source) === codeOf(event.target) && codeOf(e.target) === codeOf(event.source),
    );
    if (mirror) {
      mirror.joint = true;
      skipped.mirroredJoined++;
    } else out.push(event);
  }
  return out;
}

const records: GoldEventText[] = [];
const seen = new Map<string, number>();
let traps = 0;
for (const [, tag, body] of xml.matchAll(/<Sentence\s([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
  // A few ids occur twice in the file; the second becomes ID#2.
  const rawId = attribute(tag, 'id')!;
  const occurrence = (seen.get(rawId) ?? 0) + 1;
  seen.set(rawId, occurrence);
  const id = occurrence === 1 ? rawId : `${rawId}#${occurrence}`;
  const date = attribute(tag, 'date')!;
  const text = unescapeXml(/<Text>([\s\S]*?)<\/Text>/.exec(body)![1]).replace(/\s+/g, ' ').trim();
  if (id === SENTINEL) continue;
  if (/<EventCoding\s+error\s*=/.test(body)) {
    skipped.errorRecords++;
    continue;
  }
  if (/&[A-Z]/.test(text)) {
    skipped.synsetLiterals++;
    continue;
  }
  const published = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
  if (/<EventCoding\s+noevents\s*=/.test(body)) {
    records.push({ id, language: 'en', published, text, trap: true, events: [] });
    traps++;
    continue;
  }
  const events = codings(body);
  if (events.length === 0) {
    skipped.recordsWithoutScorableCoding++;
    continue;
  }
  records.push({ id, language: 'en', published, text, events });
}

const jsonl = (list: GoldEventText[]) => list.map((r) => JSON.stringify(r)).join('\n') + '\n';
writeFileSync(join(here, 'unit-tests.jsonl'), jsonl(records));
const checked = records.filter((r) => CHECKED.has(r.id));
if (checked.length !== CHECKED.size) throw new Error(`checked ids not found: ${[...CHECKED].filter((id) => !checked.some((r) => r.id === id))}`);
writeFileSync(join(here, 'unit-tests-checked.jsonl'), jsonl(checked));
const codingCount = records.reduce((n, r) => n + r.events.length, 0);
process.stderr.write(
  `${records.length} records (${traps} without events), ${codingCount} codings; skipped: ${JSON.stringify(skipped)}\n` +
    `checked subset: ${checked.length} records, ${checked.reduce((n, r) => n + r.events.length, 0)} codings\n` +
    `CAMEO codes without a PLOVER type: ${[...unmappedCodes].sort().map(([c, n]) => `${c}×${n}`).join(' ')}\n`,
);
