/**
 * The PLOVER event ontology: the 16 event types with their modes, the CAMEO→PLOVER map and Goldstein scores, read
 * from `data/plover.json` (built by `build/plover.ts` from the PLOVER manual and the CAMEO tables) and validated.
 */
import raw from './data/plover.json' with { type: 'json' };
import { PLOVER_TYPES, type PloverType } from '../doc/article.js';
import { isRecord } from '../lang/validate.js';

export type Quad = 'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict';
const QUADS: readonly string[] = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'];

export interface PloverMode {
  readonly name: string;
  readonly definition: string;
}

export interface PloverTypeInfo {
  readonly name: PloverType;
  readonly quad: Quad;
  readonly requiresRecipient: boolean;
  /** The first sentence of the manual's definition. */
  readonly definition: string;
  readonly modes: readonly PloverMode[];
}

export interface CameoCode {
  readonly code: string;
  readonly name: string;
  /** Goldstein conflict-cooperation score, -10..+10. */
  readonly goldstein: number;
  readonly type: PloverType;
  /** '' when the code has no PLOVER mode. */
  readonly mode: string;
  /** PLOVER context codes the table attaches to the code. */
  readonly contexts: readonly string[];
}

export interface Ontology {
  readonly types: ReadonlyMap<PloverType, PloverTypeInfo>;
  readonly cameo: ReadonlyMap<string, CameoCode>;
  /** Keys `TYPE` and `TYPE/mode` → the most general CAMEO code for them. */
  readonly representative: ReadonlyMap<string, string>;
  /** Keys `TYPE` and `TYPE/mode` → the manual's PLOVER conflict-cooperation score, -10..+10. */
  readonly scores: ReadonlyMap<string, number>;
}

const CAMEO_CODE = /^\d{3,4}$/;

function fail(message: string): never {
  throw new Error(`PLOVER ontology data: ${message}`);
}

function asString(value: unknown, where: string): string {
  if (typeof value !== 'string') fail(`${where} is not a string`);
  return value;
}

function asPloverType(value: unknown, where: string): PloverType {
  if (!(PLOVER_TYPES as readonly unknown[]).includes(value)) fail(`${where}: unknown PLOVER type ${JSON.stringify(value)}`);
  return value as PloverType;
}

function validateTypes(value: unknown): Map<PloverType, PloverTypeInfo> {
  if (!Array.isArray(value)) fail('types is not an array');
  const types = new Map<PloverType, PloverTypeInfo>();
  for (const [i, entry] of value.entries()) {
    if (!isRecord(entry)) fail(`types[${i}] is not an object`);
    const name = asPloverType(entry.name, `types[${i}].name`);
    if (types.has(name)) fail(`type ${name} listed twice`);
    const quad = asString(entry.quad, `${name}.quad`);
    if (!QUADS.includes(quad)) fail(`${name}: unknown quad category '${quad}'`);
    if (typeof entry.requiresRecipient !== 'boolean') fail(`${name}.requiresRecipient is not a boolean`);
    const definition = asString(entry.definition, `${name}.definition`);
    if (definition.trim() === '') fail(`${name} has no definition`);
    if (!Array.isArray(entry.modes)) fail(`${name}.modes is not an array`);
    const modes = entry.modes.map((mode, j): PloverMode => {
      if (!isRecord(mode)) fail(`${name}.modes[${j}] is not an object`);
      return { name: asString(mode.name, `${name}.modes[${j}].name`), definition: asString(mode.definition, `${name}.modes[${j}].definition`) };
    });
    if (new Set(modes.map((m) => m.name)).size !== modes.length) fail(`${name} lists a mode twice`);
    types.set(name, { name, quad: quad as Quad, requiresRecipient: entry.requiresRecipient, definition, modes });
  }
  for (const type of PLOVER_TYPES) if (!types.has(type)) fail(`type ${type} is missing`);
  return types;
}

/** Whether `mode` is '' or one of the modes of `type`. */
function modeKnown(types: ReadonlyMap<PloverType, PloverTypeInfo>, type: PloverType, mode: string): boolean {
  return mode === '' || types.get(type)!.modes.some((m) => m.name === mode);
}

function validateCameo(value: unknown, types: ReadonlyMap<PloverType, PloverTypeInfo>): Map<string, CameoCode> {
  if (!isRecord(value)) fail('cameo is not an object');
  const cameo = new Map<string, CameoCode>();
  for (const [code, entry] of Object.entries(value)) {
    if (!CAMEO_CODE.test(code)) fail(`'${code}' is not a CAMEO event code`);
    if (!isRecord(entry)) fail(`cameo ${code} is not an object`);
    const goldstein = entry.goldstein;
    if (typeof goldstein !== 'number' || !(goldstein >= -10 && goldstein <= 10)) fail(`cameo ${code} has no Goldstein score in -10..10`);
    const type = asPloverType(entry.type, `cameo ${code}`);
    const mode = asString(entry.mode, `cameo ${code}.mode`);
    if (!modeKnown(types, type, mode)) fail(`cameo ${code}: ${type} has no mode '${mode}'`);
    if (!Array.isArray(entry.contexts)) fail(`cameo ${code}.contexts is not an array`);
    const contexts = entry.contexts.map((c, i) => asString(c, `cameo ${code}.contexts[${i}]`));
    cameo.set(code, { code, name: asString(entry.name, `cameo ${code}.name`), goldstein, type, mode, contexts });
  }
  return cameo;
}

/** Splits a `TYPE` or `TYPE/mode` key and checks both parts. */
function typeModeKey(key: string, types: ReadonlyMap<PloverType, PloverTypeInfo>, where: string): [PloverType, string] {
  const [typeName, mode = ''] = key.split('/');
  const type = asPloverType(typeName, where);
  if (!modeKnown(types, type, mode)) fail(`${where}: ${type} has no mode '${mode}'`);
  return [type, mode];
}

function validateScores(value: unknown, types: ReadonlyMap<PloverType, PloverTypeInfo>): Map<string, number> {
  if (!isRecord(value)) fail('scores is not an object');
  const scores = new Map<string, number>();
  for (const [key, score] of Object.entries(value)) {
    typeModeKey(key, types, `scores ${key}`);
    if (typeof score !== 'number' || !(score >= -10 && score <= 10)) fail(`scores ${key} is not in -10..10`);
    scores.set(key, score);
  }
  for (const type of PLOVER_TYPES) if (!scores.has(type)) fail(`no score for ${type}`);
  return scores;
}

function validateRepresentative(value: unknown, ontology: Pick<Ontology, 'types' | 'cameo'>): Map<string, string> {
  if (!isRecord(value)) fail('representative is not an object');
  const representative = new Map<string, string>();
  for (const [key, code] of Object.entries(value)) {
    const [type, mode] = typeModeKey(key, ontology.types, `representative ${key}`);
    const entry = ontology.cameo.get(asString(code, `representative ${key}`));
    if (!entry) fail(`representative ${key}: unknown CAMEO code ${code}`);
    if (entry.type !== type || (mode !== '' && entry.mode !== mode)) fail(`representative ${key}: ${code} is ${entry.type}/${entry.mode}`);
    representative.set(key, entry.code);
  }
  for (const type of PLOVER_TYPES) if (!representative.has(type)) fail(`no representative CAMEO code for ${type}`);
  return representative;
}

/** Validates ontology data of the shape of `data/plover.json`; throws with the first problem found. */
export function validateOntology(data: unknown): Ontology {
  if (!isRecord(data)) fail('not an object');
  const types = validateTypes(data.types);
  const cameo = validateCameo(data.cameo, types);
  const representative = validateRepresentative(data.representative, { types, cameo });
  return { types, cameo, representative, scores: validateScores(data.scores, types) };
}

let loaded: Ontology | undefined;

/** The PLOVER ontology, validated on first use. */
export function ontology(): Ontology {
  loaded ??= validateOntology(raw);
  return loaded;
}

/** Whether `value` names a PLOVER event type. */
export function isPloverType(value: string): value is PloverType {
  return (PLOVER_TYPES as readonly string[]).includes(value);
}

/** Whether `mode` is a mode of `type` in the manual. */
export function isPloverMode(type: PloverType, mode: string): boolean {
  return mode !== '' && modeKnown(ontology().types, type, mode);
}

/** The PLOVER type, mode and Goldstein score of a CAMEO code; undefined for codes PLOVER drops (01, 02) or unknown. */
export function cameoCode(code: string): CameoCode | undefined {
  return ontology().cameo.get(code);
}

/**
 * The CAMEO code that stands for a PLOVER type and mode: the code for that mode when the CAMEO table has one, else
 * the type's general code (several manual modes, e.g. RETREAT 'resign', have no CAMEO counterpart).
 */
export function cameoFor(type: PloverType, mode = ''): CameoCode {
  const { representative, cameo } = ontology();
  const code = (mode !== '' && representative.get(`${type}/${mode}`)) || representative.get(type)!;
  return cameo.get(code)!;
}

/** The manual's PLOVER score of a type and mode; the type's score when the mode has none of its own. */
export function ploverScore(type: PloverType, mode = ''): number {
  const { scores } = ontology();
  return (mode !== '' ? scores.get(`${type}/${mode}`) : undefined) ?? scores.get(type)!;
}
