/**
 * Derives `src/lang/en/triggers.json` from the PETRARCH2 verb-pattern dictionary CAMEO.2.0.txt (MIT, Open Event Data
 * Alliance), mapping each CAMEO code to PLOVER through the ontology. What is kept (see README.md here):
 *   - each verb of a block with a code PLOVER keeps → one plain entry (subject = source, object = target);
 *   - post-verb phrasal words ("+MEET_WITH") → the entry's `prep`;
 *   - patterns `- * WORD`, `- * {ADJ NOUN}`, `- * &SYNSET`, `- * (PREP ...)` and their combinations → entries with
 *     `with` (the head nouns, any of them) and/or `prep`; a '+' inside the phrase makes its object the target. A pattern goes only to the verbs its comment
 *     names (the verb it was found with), not to every synonym of the block;
 * Patterns with words before the verb, codes PLOVER drops (01, 02), null codes and passive-only codes are skipped.
 * Where two patterns of a verb give the same conditions, the first one in the file wins. CAMEO 02 (appeals) is read
 * as the parallel 10 (demands), and a few frequent verbs are set by hand (HAND_CHECKED).
 *
 *   npx tsx src/events/build/english-triggers.ts [DATA_DIR]     (run from the repository root)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cameoCode } from '../ontology.js';

const dataDir = process.argv[2] ?? '../shared/data';
const OUTPUT = 'src/lang/en/triggers.json';
const text = readFileSync(join(dataDir, 'petrarch2/CAMEO.2.0.txt'), 'utf8');

interface Entry {
  lemma: string;
  pos: 'verb';
  prep?: string;
  with?: string[];
  type: string;
  mode?: string;
  cameo: string;
  roles: Record<string, string>;
  note: string;
}

/** A naive singular, as a lemmatiser gives for regular plurals ("sanctions" → "sanction", "talks" → "talk"). */
function lemmaOf(word: string): string {
  const w = word.toLowerCase();
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !/(ss|us|is|ics)$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

const WORD = /^[a-z][a-z'-]*$/;
/** Prepositions that patterns also write without parentheses ("* BY ULTIMATUM"). */
const PREPOSITIONS = new Set(['about', 'against', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'over', 'to', 'upon', 'with']);

function parseSynsets(lines: string[]): Map<string, string[]> {
  const synsets = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of lines) {
    const head = /^&([A-Z_]+)\s*$/.exec(line.trim());
    if (head) synsets.set(`&${head[1]}`, (current = []));
    else if (line.startsWith('+') && current) {
      const words = line.slice(1).trim().split(/\s+/)[0]!.split('_');
      current.push(lemmaOf(words[words.length - 1]!));
    } else if (line.trim() === '') current = undefined;
  }
  return synsets;
}

/**
 * The first code of `[CODE]` or `[CODE:CODE]`, when PLOVER maps it. PLOVER drops CAMEO 02 (appeals), yet its REQUEST
 * covers "all requests": appeals become the parallel demand code (02x → 10x: 023 appeal for aid → 103 demand aid).
 */
function ploverCode(bracket: string): string | undefined {
  let code = bracket.replace(/[[\]]/g, '').split(':')[0]!.trim();
  if (code.startsWith('02')) code = `10${code.slice(2)}`;
  return code !== '' && code !== '---' && cameoCode(code) ? code : undefined;
}

/**
 * Frequent news verbs checked by hand: PETRARCH leaves some uncoded in isolation (REFUSE, SIGN blocks with a null
 * code, relying on patterns and verb-verb combinations) or codes them against the PLOVER manual (resignations and
 * physical withdrawals are RETREAT; invasions are force).
 */
const HAND_CHECKED: Record<string, { cameo: string; mode?: string }> = {
  agree: { cameo: '030' },
  bomb: { cameo: '195', mode: 'aerial' },
  decline: { cameo: '120' },
  invade: { cameo: '190' },
  refuse: { cameo: '120' },
  reject: { cameo: '120' },
  resign: { cameo: '084', mode: 'resign' },
  shell: { cameo: '194' },
  sign: { cameo: '057' },
  talk: { cameo: '040' },
  urge: { cameo: '100' },
  withdraw: { cameo: '087', mode: 'withdraw' },
};

function applyHandChecks(entries: Entry[]): void {
  for (const [lemma, { cameo, mode }] of Object.entries(HAND_CHECKED)) {
    const mapped = cameoCode(cameo)!;
    const fixed: Entry = {
      lemma,
      pos: 'verb',
      type: mapped.type,
      cameo,
      roles: { subject: 'source', object: 'target' },
      note: `CAMEO ${cameo}: ${mapped.name} (checked by hand)`,
    };
    if ((mode ?? mapped.mode) !== '') fixed.mode = mode ?? mapped.mode;
    const plain = entries.findIndex((e) => e.lemma === lemma && e.prep === undefined && e.with === undefined);
    if (plain >= 0) entries[plain] = fixed;
    else entries.push(fixed);
  }
}

/** The words of a pattern after `*`: head nouns (any of), a preposition, and whether its object is the target. */
function parsePattern(after: string, synsets: Map<string, string[]>): { with: string[]; prep: string; prepTarget: boolean } | undefined {
  if (after.includes('^')) return undefined; // '^' skips a phrase: the remaining words are not one phrase
  let rest = after.replace(/[$%]/g, ' ');
  const heads: string[] = [];
  let prep = '';
  let prepTarget = false;
  const paren = /\(([^)]*)\)/.exec(rest);
  if (paren) {
    const words = paren[1]!.replace(/[{}]/g, ' ').trim().split(/\s+/);
    const first = words[0]!.split('/')[0]!.toLowerCase();
    if (!WORD.test(first)) return undefined;
    prep = first;
    prepTarget = paren[1]!.includes('+');
    rest = rest.slice(0, paren.index) + rest.slice(paren.index + paren[0].length);
  }
  if (rest.includes('(')) return undefined; // more than one prepositional phrase
  const braced = /\{([^}]*)\}/.exec(rest);
  if (braced) {
    const words = braced[1]!.trim().split(/\s+/);
    heads.push(lemmaOf(words[words.length - 1]!.replace(/^[+&]/, '')));
    rest = rest.replace(braced[0], ' ');
  }
  for (const token of rest.trim().split(/\s+/).filter((t) => t !== '' && t !== '+')) {
    if (token.startsWith('&')) {
      const words = synsets.get(token.replace(/^&/, '&').replace(/_?$/, '_')) ?? synsets.get(token);
      if (!words) return undefined;
      heads.push(...words);
    } else if (PREPOSITIONS.has(token.toLowerCase())) {
      if (prep !== '') return undefined;
      prep = token.toLowerCase();
    } else heads.push(lemmaOf(token.replace(/^\+/, '')));
  }
  const unique = [...new Set(heads)];
  if (unique.some((w) => !WORD.test(w))) return undefined;
  if (unique.length === 0 && prep === '') return undefined;
  return { with: unique, prep, prepTarget };
}

function build(): Entry[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.includes('VERB PATTERNS'));
  const synsets = parseSynsets(lines.slice(0, start));
  const entries: Entry[] = [];
  const seen = new Set<string>();
  const add = (verb: { lemma: string; prep: string }, code: string, pattern?: { with: string[]; prep: string; prepTarget: boolean }) => {
    const prep = pattern?.prep || verb.prep;
    if (pattern?.prep && verb.prep) return; // "meet with (for talks)": two prepositions
    const withWords = pattern?.with ?? [];
    const key = [verb.lemma, prep, [...withWords].sort().join(',')].join('\t');
    if (seen.has(key)) return;
    seen.add(key);
    const mapped = cameoCode(code)!;
    // PLOVER codes the visitor as the actor and the host as the recipient (manual, CONSULT): CAMEO 043 is the reverse.
    const roles: Record<string, string> = code === '043' ? { subject: 'target', object: 'source' } : { subject: 'source', object: 'target' };
    if (prep !== '' && (pattern?.prepTarget || (!pattern && verb.prep !== ''))) roles[`prep:${prep}`] = 'target';
    const entry: Entry = { lemma: verb.lemma, pos: 'verb', type: mapped.type, cameo: code, roles, note: `CAMEO ${code}: ${mapped.name}` };
    if (prep !== '') entry.prep = prep;
    if (withWords.length > 0) entry.with = withWords;
    if (mapped.mode !== '') entry.mode = mapped.mode;
    entries.push(entry);
  };
  let blockCode: string | undefined;
  let verbs: { lemma: string; prep: string }[] = [];
  for (const raw of lines.slice(start)) {
    const line = raw.replace(/#.*$/, '').trimEnd();
    const comment = /#(.*)$/.exec(raw)?.[1] ?? '';
    const header = /^---\s+\S+\s+(\[[^\]]*\])\s+---/.exec(line);
    if (header) {
      blockCode = ploverCode(header[1]!);
      verbs = [];
      continue;
    }
    if (line.startsWith('-')) {
      const match = /^-\s*(.*?)\s*(\[[^\]]*\])\s*$/.exec(line);
      const code = match && ploverCode(match[2]!);
      const star = match?.[1]!.indexOf('*') ?? -1;
      if (!match || !code || star !== 0) continue; // words before the verb, or a code PLOVER drops
      const pattern = parsePattern(match[1]!.slice(star + 1), synsets);
      // The comment names the verb(s) the pattern was found with; synonyms of the block do not inherit it.
      const foundWith = new Set(comment.toLowerCase().split(/[\s,;/]+/));
      if (pattern) for (const verb of verbs) if (foundWith.has(verb.lemma)) add(verb, code, pattern);
      continue;
    }
    const verbLine = /^(\+?[A-Z][A-Z_+'-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?/.exec(line.trim());
    if (!verbLine || line.trim() === '') continue;
    const parts = verbLine[1]!.split('_');
    const verbAt = parts.findIndex((p) => p.startsWith('+'));
    if (parts.length > 2 || verbAt > 0) continue; // pre-verb compounds and longer phrases
    const lemma = parts[0]!.replace(/^\+/, '').toLowerCase();
    const verb = { lemma, prep: parts.length === 2 ? parts[1]!.toLowerCase() : '' };
    if (!WORD.test(verb.lemma) || (verb.prep !== '' && !WORD.test(verb.prep))) continue;
    verbs.push(verb);
    const code = verbLine[3] ? ploverCode(verbLine[3]) : blockCode;
    if (code) add(verb, code);
  }
  return entries;
}

const entries = build();
applyHandChecks(entries);
const out = [
  '{',
  '  "language": "en",',
  '  "source": "Derived by src/events/build/english-triggers.ts from PETRARCH2 CAMEO.2.0.txt (MIT, Open Event Data Alliance)",',
  '  "entries": [',
  entries.map((e) => `    ${JSON.stringify(e)}`).join(',\n'),
  '  ]',
  '}',
  '',
].join('\n');
writeFileSync(OUTPUT, out);
console.log(`${OUTPUT}: ${entries.length} entries`);
