/** Reading Alpino XML (alpino_ds 1.x) into plain node trees. */

/** One `<node>` of an Alpino dependency structure. Leaves carry word/root/pos; phrases carry cat. */
export interface AlpinoNode {
  id: string;
  rel: string;
  cat: string;
  pos: string;
  word: string;
  root: string;
  begin: number;
  end: number;
  /** Co-index shared by an overt node and its empty copies; '' when absent. */
  index: string;
  children: AlpinoNode[];
  parent: AlpinoNode | null;
}

export interface AlpinoSentence {
  id: string;
  /** The `<sentence>` text (tokens joined by single spaces). */
  sentence: string;
  top: AlpinoNode;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

function parseAttributes(s: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of s.matchAll(/([\w:-]+)="([^"]*)"/g)) out.set(m[1], decodeEntities(m[2]));
  return out;
}

function makeNode(attrs: Map<string, string>, parent: AlpinoNode | null): AlpinoNode {
  return {
    id: attrs.get('id') ?? '',
    rel: attrs.get('rel') ?? '',
    cat: attrs.get('cat') ?? '',
    pos: attrs.get('pos') ?? '',
    word: attrs.get('word') ?? '',
    root: attrs.get('root') ?? '',
    begin: Number(attrs.get('begin') ?? -1),
    end: Number(attrs.get('end') ?? -1),
    index: attrs.get('index') ?? '',
    children: [],
    parent,
  };
}

/** Parses every `<alpino_ds>` in `xml` (already decoded to a JS string). */
export function parseAlpinoXml(xml: string): AlpinoSentence[] {
  const out: AlpinoSentence[] = [];
  const tag = /<(\/?)(alpino_ds|node|sentence)\b([^>]*?)(\/?)>/g;
  let id = '';
  let top: AlpinoNode | null = null;
  let stack: AlpinoNode[] = [];
  let sentence = '';
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [, closing, name, attrText, selfClosing] = m;
    if (name === 'alpino_ds') {
      if (!closing) {
        id = parseAttributes(attrText).get('id') ?? String(out.length + 1);
        top = null;
        stack = [];
        sentence = '';
      } else if (top) {
        out.push({ id, sentence, top });
      }
    } else if (name === 'sentence') {
      if (!closing) {
        const close = xml.indexOf('</sentence>', tag.lastIndex);
        sentence = decodeEntities(xml.slice(tag.lastIndex, close)).trim();
        tag.lastIndex = close;
      }
    } else if (closing) {
      stack.pop();
    } else {
      const parent = stack.length ? stack[stack.length - 1] : null;
      const node = makeNode(parseAttributes(attrText), parent);
      if (parent) parent.children.push(node);
      else top = node;
      if (!selfClosing) stack.push(node);
    }
  }
  return out;
}

/** Leaves that carry a word, in sentence order. */
export function wordLeaves(top: AlpinoNode): AlpinoNode[] {
  const leaves: AlpinoNode[] = [];
  const visit = (n: AlpinoNode): void => {
    if (n.word !== '' && n.children.length === 0) leaves.push(n);
    for (const c of n.children) visit(c);
  };
  visit(top);
  return leaves.sort((a, b) => a.begin - b.begin);
}

/** True for nodes with content: a word or a phrase (empty co-indexed nodes are false). */
export function isOvert(n: AlpinoNode): boolean {
  return n.word !== '' || n.cat !== '';
}
