/**
 * Builds `src/events/data/plover.json` from the PLOVER manual, the CAMEO→PLOVER table and the CAMEO codebook table.
 *
 *   npx tsx src/events/build/plover.ts [DATA_DIR]     (DATA_DIR defaults to ../shared/data)
 *
 * Run from the repository root. The output is committed; this script only reruns when the sources change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLOVER_TYPES } from '../../doc/article.js';
import { parseCsv } from '../../io/csv.js';

const dataDir = process.argv[2] ?? '../shared/data';
const OUTPUT = 'src/events/data/plover.json';

/**
 * Modes in CAMEO2PLOVER-2021.txt that the manual's mode tables do not list, mapped to the manual's mode (or to none).
 * The table predates the manual's final mode lists; the manual is the current definition.
 */
const MODE_FIXES: Record<string, string> = {
  'RETREAT/return': 'release',
  'RETREAT/ease': '',
  'THREATEN/ban': 'restrict',
  'THREATEN/political': 'restrict',
  'COERCE/ban': 'restrict',
  'ASSAULT/assassinate': 'targeted',
  'ASSAULT/massacre': 'targeted',
  'ASSAULT/cleansing': '',
  'ASSAULT/pro_autocracy': '',
  'PROTEST/boycott': 'boycott',
};

/** Rows of the table that the manual itself contradicts (see the README). */
const ROW_FIXES: Record<string, { type: string; mode: string }> = {
  // The manual, SANCTION modes: "International (political or economic) sanctions are coded as 'discontinue'".
  '163': { type: 'SANCTION', mode: 'discontinue' },
  // The manual, ASSAULT 'destroy': intentional destruction of property.
  '1712': { type: 'ASSAULT', mode: 'destroy' },
};

/**
 * Types whose most general code in the table is not their most typical one: CAMEO 090 (investigate) would stand for
 * all of ACCUSE and 175 (repression) for all of ASSAULT; criticism and conventional force are the usual cases.
 */
const TYPE_REPRESENTATIVES: Record<string, string> = { ACCUSE: '111', ASSAULT: '190' };

/** The manual's score table gives ACCUSE +3, surely a lost minus: every ACCUSE mode scores -2 to -3.5. */
const SCORE_FIXES: Record<string, number> = { ACCUSE: -3 };

interface ModeData {
  name: string;
  definition: string;
}
interface TypeData {
  name: string;
  quad: string;
  requiresRecipient: boolean;
  definition: string;
  modes: ModeData[];
}
interface CameoData {
  name: string;
  goldstein: number;
  type: string;
  mode: string;
  contexts: string[];
}

function latexToText(latex: string): string {
  return latex
    .replace(/``|''/g, '"')
    .replace(/`|'/g, "'")
    .replace(/---/g, '—')
    .replace(/\\ldots/g, '…')
    .replace(/\$\+\$/g, '+')
    .replace(/\$[^$]*\$/g, '')
    .replace(/\\(?:plcat|plcon|plmod|txt|ti|textit|emph|textbf)\{([^}]*)\}/g, '$1')
    .replace(/\\[a-zA-Z]+\{[^}]*\}/g, '')
    .replace(/\\([&%_])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

function parseManual(tex: string): TypeData[] {
  const lines = tex.split('\n').filter((line) => !line.trimStart().startsWith('%'));
  const sectionAt = (name: string): number => lines.findIndex((line) => line.trim() === `\\section{${name}}`);
  return PLOVER_TYPES.map((name) => {
    const start = sectionAt(name);
    if (start < 0) throw new Error(`manual: no section for ${name}`);
    let end = lines.findIndex((line, i) => i > start && line.startsWith('\\section{'));
    if (end < 0) end = lines.length;
    const body = lines.slice(start + 1, end);
    const firstText = body.find((line) => {
      const t = line.trim();
      return t !== '' && (!t.startsWith('\\') || t.startsWith('\\item') || t.startsWith('\\plcat'));
    });
    if (!firstText) throw new Error(`manual: no definition for ${name}`);
    const definition = firstSentence(latexToText(firstText.replace(/^\s*\\item\s*/, '')));
    const quadLine = body.find((line) => line.includes('Quad category:'));
    const quad = latexToText(quadLine!.replace(/.*Quad category:\s*/, '').replace(/\}.*$/, ''))
      .toLowerCase()
      .replace(/\s+/g, '-');
    const recipientLine = body.find((line) => line.includes('Requires recipient:'));
    const requiresRecipient = /Requires recipient:\s*Yes/.test(recipientLine ?? '');
    return { name, quad, requiresRecipient, definition: definition.replace(/,?\s+including$/, '.'), modes: parseModes(body) };
  });
}

/** The rows of the mode tables of a section: `name & content \\`; a row with an empty name continues the one before. */
function parseModes(body: string[]): ModeData[] {
  const modes: ModeData[] = [];
  const tables = body.join('\n').match(/\\begin\{tabular\}[\s\S]*?\\end\{tabular\}/g) ?? [];
  for (const table of tables) {
    for (const rawRow of table.replace(/\\(begin|end)\{tabular\}(\{[^}]*\})*/g, '').split('\\\\')) {
      const row = rawRow.replace(/\\hline/g, '').trim();
      const amp = row.indexOf('&');
      if (amp < 0) continue;
      const name = row.slice(0, amp).trim();
      const content = latexToText(row.slice(amp + 1));
      const last = modes[modes.length - 1];
      if (name === '' && last) last.definition = `${last.definition} ${content}`;
      else if (/^[a-z][a-z-]*$/.test(name)) modes.push({ name, definition: content });
    }
  }
  return modes;
}

/**
 * The manual's PLOVER conflict-cooperation scores per type and type/mode (table `tab:ploverscores`, the one not
 * commented out): rows of `TYPE[: Mode] & score` cells.
 */
function parseScores(tex: string, types: TypeData[]): Record<string, number> {
  const lines = tex.split('\n').filter((line) => !line.trimStart().startsWith('%'));
  const end = lines.findIndex((line) => line.includes('\\label{tab:ploverscores}'));
  const start = lines.slice(0, end).map((line) => line.includes('\\begin{tabular}')).lastIndexOf(true);
  if (start < 0 || end < 0) throw new Error('manual: no PLOVER score table');
  const scores: Record<string, number> = {};
  for (const row of lines.slice(start + 1, end)) {
    const cells = row.replace(/\\cellcolor\{[^}]*\}/g, '').replace(/\\\\.*$/, '').split('&').map((c) => c.trim());
    for (let i = 0; i + 1 < cells.length; i += 2) {
      const name = /^([A-Z]+)(?::\s*([A-Za-z-]+))?$/.exec(cells[i]!);
      if (!name) continue;
      const type = types.find((t) => t.name === name[1]);
      const mode = name[2]?.toLowerCase() ?? '';
      if (!type || (mode !== '' && !type.modes.some((m) => m.name === mode))) throw new Error(`manual scores: unknown ${cells[i]}`);
      scores[mode === '' ? type.name : `${type.name}/${mode}`] = Number(cells[i + 1]);
    }
  }
  return scores;
}


function parseCodebook(csv: string): Map<string, { name: string; goldstein: number }> {
  const [header, ...rows] = parseCsv(csv);
  if (header?.[1] !== 'code' || header[2] !== 'goldstein') throw new Error('eventtypes.csv: unexpected header');
  const codes = new Map<string, { name: string; goldstein: number }>();
  for (const row of rows) {
    if (row[2] === 'NA') continue; // 155 (cyber-forces) was added to CAMEO without a score
    const goldstein = Number(row[2]);
    if (!/^\d{2,4}$/.test(row[1] ?? '') || !Number.isFinite(goldstein)) throw new Error(`eventtypes.csv: bad row ${row}`);
    codes.set(row[1]!, { name: row[0]!, goldstein });
  }
  return codes;
}

function parseTable(text: string, types: TypeData[], codebook: Map<string, { name: string; goldstein: number }>) {
  const cameo: Record<string, CameoData> = {};
  const modesOf = new Map(types.map((t) => [t.name, new Set(t.modes.map((m) => m.name))]));
  for (const line of text.split('\n')) {
    const row = /^(\d{3,4}):\s*([A-Z]+)\s*,([^,]*),([^#]*)(#.*)?$/.exec(line.trim());
    if (!row) continue;
    const code = row[1]!;
    let type = row[2]!;
    let mode = row[3]!.trim();
    const contexts = row[4]!
      .split(';')
      .map((c) => c.trim())
      .filter((c) => c !== '');
    const fix = MODE_FIXES[`${type}/${mode}`];
    if (fix !== undefined) mode = fix;
    if (ROW_FIXES[code]) ({ type, mode } = ROW_FIXES[code]);
    if (mode !== '' && !modesOf.get(type)?.has(mode)) throw new Error(`CAMEO2PLOVER ${code}: mode ${type}/${mode} not in the manual`);
    // A few codes of the table are not in CAMEO (1214); they take the name and score of their parent code.
    const entry = codebook.get(code) ?? codebook.get(code.slice(0, 3));
    if (!entry) throw new Error(`CAMEO2PLOVER ${code}: neither it nor its parent is in the codebook`);
    if (!codebook.has(code)) console.warn(`CAMEO2PLOVER ${code}: not in the codebook, scored as ${code.slice(0, 3)}`);
    if (cameo[code]) continue; // the table lists 175 twice, identically
    cameo[code] = { name: entry.name, goldstein: entry.goldstein, type, mode, contexts };
  }
  return cameo;
}

/** For each type and each type/mode, the most general CAMEO code: the shortest, then the lowest. */
function representatives(cameo: Record<string, CameoData>): Record<string, string> {
  const best: Record<string, string> = {};
  const better = (a: string, b: string | undefined) => b === undefined || a.length < b.length || (a.length === b.length && a < b);
  for (const [code, { type, mode }] of Object.entries(cameo)) {
    const key = mode === '' ? type : `${type}/${mode}`;
    if (better(code, best[key])) best[key] = code;
  }
  Object.assign(best, TYPE_REPRESENTATIVES);
  for (const type of PLOVER_TYPES) {
    if (best[type]) continue;
    const codes = Object.entries(cameo).filter(([, c]) => c.type === type).map(([code]) => code);
    for (const code of codes) if (better(code, best[type])) best[type] = code;
  }
  return Object.fromEntries(Object.entries(best).sort(([a], [b]) => a.localeCompare(b)));
}

const manual = readFileSync(join(dataDir, 'plover/PLOVER_MANUAL.tex'), 'utf8');
const types = parseManual(manual);
const scores = { ...parseScores(manual, types), ...SCORE_FIXES };
const codebook = parseCodebook(readFileSync(join(dataDir, 'cameo/eventtypes.csv'), 'utf8'));
const cameo = parseTable(readFileSync(join(dataDir, 'plover/CAMEO2PLOVER-2021.txt'), 'utf8'), types, codebook);
const sortedCameo = Object.entries(cameo).sort(([a], [b]) => a.localeCompare(b));

// One entry per line keeps diffs readable.
const out = [
  '{',
  `  "sources": ${JSON.stringify({
    manual: 'openeventdata/PLOVER PLOVER_MANUAL.tex (CC BY-SA 4.0)',
    table: 'openeventdata/PLOVER CAMEO2PLOVER-2021.txt (CC BY-SA 4.0)',
    codebook: 'andybega/cameo data/eventtypes.csv (CAMEO codebook, Schrodt et al. 2012)',
  })},`,
  '  "types": [',
  types.map((t) => `    ${JSON.stringify(t)}`).join(',\n'),
  '  ],',
  '  "cameo": {',
  sortedCameo.map(([code, c]) => `    ${JSON.stringify(code)}: ${JSON.stringify(c)}`).join(',\n'),
  '  },',
  '  "representative": {',
  Object.entries(representatives(cameo)).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n'),
  '  },',
  '  "scores": {',
  Object.entries(scores).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n'),
  '  }',
  '}',
  '',
].join('\n');
writeFileSync(OUTPUT, out);
console.log(`${OUTPUT}: ${types.length} types, ${Object.keys(cameo).length} CAMEO codes`);
