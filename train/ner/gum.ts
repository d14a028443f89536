/**
 * GUM (CoNLL-U with nested `Entity=` brackets in MISC) → PER/LOC/ORG IOB2 columns as Universal NER annotates them:
 * GUM marks every mention (pronouns, "the city", ...) of eleven types; UNER tags names only. A person, place or
 * organization mention becomes an entity when its head word is a proper noun, trimmed to the run of proper nouns
 * around that head (so "the University of Portsmouth, United Kingdom" yields "University of Portsmouth" ORG; the
 * nested "United Kingdom" place then becomes LOC). Outer names win over the names nested in them.
 */

const TYPE_OF: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };
/** Lower-case words that may join proper nouns inside one name ("University of Portsmouth", "Bailey - Ross"). */
const JOINERS = new Set(['of', 'and', '&', '-', 'de', 'du', 'la', 'von', 'van', 'der', 'for', 'the']);

interface Row {
  form: string;
  /** Proper noun by its UPOS or its PTB tag ("United" in "United Kingdom" is VERB/NNP). */
  proper: boolean;
  head: number;
}

interface Mention {
  type: string;
  start: number;
  end: number;
}

/** IOB2 columns (`word<TAB>tag`, blank line between sentences, `-DOCSTART-` between documents) of a GUM CoNLL-U text. */
export function gumToIob(conllu: string): string {
  const out: string[] = [];
  let rows: Row[] = [];
  let mentions: Mention[] = [];
  const open = new Map<string, { type: string; start: number }[]>();
  const flush = () => {
    if (rows.length > 0) out.push(sentenceLines(rows, mentions), '');
    rows = [];
    mentions = [];
  };
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# newdoc')) {
      flush();
      out.push('-DOCSTART-\tO', '');
      continue;
    }
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const fields = line.split('\t');
    if (!/^\d+$/.test(fields[0])) continue; // multiword ranges and empty nodes
    const token = rows.length;
    rows.push({ form: fields[1], proper: fields[3] === 'PROPN' || fields[4].startsWith('NNP'), head: Number(fields[6]) - 1 });
    const entity = /(?:^|\|)Entity=([^|]*)/.exec(fields[9] ?? '');
    if (!entity) continue;
    // Brackets in order: "(id-type-...", "(id-type-...)" (one token), "id)".
    for (const match of entity[1].matchAll(/\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)/g)) {
      if (match[1] !== undefined) {
        if (match[3] !== undefined) mentions.push({ type: match[2], start: token, end: token + 1 });
        else {
          const stack = open.get(match[1]) ?? [];
          stack.push({ type: match[2], start: token });
          open.set(match[1], stack);
        }
      } else {
        const started = open.get(match[4])?.pop();
        if (started) mentions.push({ type: started.type, start: started.start, end: token + 1 });
      }
    }
  }
  flush();
  return out.join('\n');
}

function sentenceLines(rows: readonly Row[], mentions: Mention[]): string {
  const tags = rows.map(() => 'O');
  // Outer mentions first: a name nested in an accepted name is part of it.
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const mention of mentions) {
    const type = TYPE_OF[mention.type];
    if (type === undefined) continue;
    const span = nameSpan(rows, mention);
    if (span === null) continue;
    if (tags.slice(span.start, span.end).some((tag) => tag !== 'O')) continue;
    for (let i = span.start; i < span.end; i++) tags[i] = `${i === span.start ? 'B' : 'I'}-${type}`;
  }
  return rows.map((row, i) => `${row.form}\t${tags[i]}`).join('\n');
}

/** The run of proper nouns around the mention's head, or null when the head is not a proper noun. */
function nameSpan(rows: readonly Row[], mention: Mention): { start: number; end: number } | null {
  let head = -1;
  for (let i = mention.start; i < mention.end; i++) {
    if (rows[i].head < mention.start || rows[i].head >= mention.end) {
      head = i;
      break;
    }
  }
  if (head < 0 || !rows[head].proper) return null;
  const proper = (i: number) => rows[i].proper;
  const joins = (i: number) => JOINERS.has(rows[i].form.toLowerCase()) && rows[i].form !== 'The';
  let start = head;
  while (start > mention.start && (proper(start - 1) || (joins(start - 1) && start - 2 >= mention.start && proper(start - 2)))) start--;
  let end = head + 1;
  while (end < mention.end && (proper(end) || (joins(end) && end + 1 < mention.end && proper(end + 1)))) end++;
  return { start, end };
}
