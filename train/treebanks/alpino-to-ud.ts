/**
 * Alpino dependency structures (XML 1.2) to UD v2 basic trees, following the conventions of UD Dutch-Alpino /
 * LassySmall (Bouma & van Noord 2017): content words head, copula "zijn" and auxiliaries depend on the predicate,
 * adpositions are `case` of their object, relative/wh phrases take the function of their trace.
 */
import { markTruncatedWords } from './truncated.js';
import { hyphenLemma } from './hyphen-lemma.js';
import { isDeterminerSlot } from './determiners.js';
import { isOvert, wordLeaves, type AlpinoNode, type AlpinoSentence } from './alpino-xml.js';
import { AlpinoWords, type ConversionTools } from './alpino-words.js';
import { attachPunctuation } from './punctuation.js';

export interface UdToken {
  form: string;
  lemma: string;
  upos: string;
  /** 0-based index of the head token, -1 for the root. */
  head: number;
  deprel: string;
}


type VerbRole = 'aux' | 'aux:pass' | 'cop' | '';

const CLAUSAL = new Set(['cp', 'sv1', 'smain', 'ssub', 'ppres', 'ppart', 'ti', 'oti', 'du', 'whq', 'whsub', 'inf', 'svan', 'ahi']);
const RELATIVE = new Set(['rel', 'whrel']);
const VERBAL_PARENT = new Set(['sv1', 'smain', 'ssub', 'inf', 'ppres', 'ppart', 'oti', 'ti', 'ap', 'advp', 'ahi', 'svan']);
const NOMINAL_UPOS = new Set(['NOUN', 'PRON', 'PROPN', 'X', 'SYM', 'PUNCT']);
const VERBAL_COMPLEMENT = new Set(['inf', 'ppart']);

/** Converts one sentence; throws when the structure cannot be made into a tree. */
export function convertAlpino(sentence: AlpinoSentence, tools: ConversionTools): UdToken[] {
  return new Converter(sentence, tools).run();
}

class Converter {
  private readonly leaves: AlpinoNode[];
  private readonly tokens: UdToken[];
  private readonly tokenOf = new Map<AlpinoNode, number>();
  /** rhd/whd antecedents that are placed at their trace. */
  private readonly displaced = new Set<AlpinoNode>();
  private readonly traceAntecedent = new Map<AlpinoNode, AlpinoNode>();
  private readonly roles = new Map<AlpinoNode, VerbRole>();
  private readonly heads = new Map<AlpinoNode, number>();
  private readonly headChildren = new Map<AlpinoNode, AlpinoNode>();
  private readonly words: AlpinoWords;

  constructor(private readonly sentence: AlpinoSentence, private readonly tools: ConversionTools) {
    this.words = new AlpinoWords(tools);
    this.leaves = wordLeaves(sentence.top);
    this.tokens = this.leaves.map((leaf, i) => {
      this.tokenOf.set(leaf, i);
      return { form: leaf.word, lemma: '', upos: '', head: -2, deprel: '' };
    });
  }

  run(): UdToken[] {
    this.findTraces(this.sentence.top);
    this.leaves.forEach((leaf, i) => {
      const role = leaf.pos === 'verb' && leaf.rel === 'hd' && leaf.parent ? this.verbRole(leaf, leaf.parent) : '';
      this.tokens[i].upos = role ? 'AUX' : this.words.upos(leaf);
    });
    this.markNames(this.sentence.top);
    const root = this.headOf(this.sentence.top);
    if (root < 0) throw new Error('no overt head');
    this.build(this.sentence.top);
    this.tokens[root].head = -1;
    this.tokens[root].deprel = 'root';
    this.leaves.forEach((leaf, i) => {
      const t = this.tokens[i];
      if (t.head === -2) {
        // Left over by the structure (e.g. material under an elided head): keep the tree connected.
        t.head = root;
        t.deprel = t.upos === 'PUNCT' ? 'punct' : 'parataxis';
      }
      if (t.deprel === 'expl' && this.tools.lex.rPronouns.has(t.form.toLowerCase())) t.upos = 'PRON';
      if (isDeterminerSlot(t.deprel, t.upos, t.form, this.tools.lex)) t.upos = 'DET';
      t.lemma = hyphenLemma(t.form, t.upos, this.tools.words.forTag(t.form, t.upos, this.words.lemma(leaf, t.upos)), this.tools.lex);
    });
    markTruncatedWords(this.tokens);
    attachPunctuation(this.tokens);
    return this.tokens;
  }

  // ---- structure ----

  private findTraces(n: AlpinoNode): void {
    for (const c of n.children) {
      if ((c.rel === 'rhd' || c.rel === 'whd') && c.index && isOvert(c)) {
        const body = n.children.find((b) => b.rel === 'body');
        const trace = body ? firstEmptyWithIndex(body, c.index) : null;
        if (trace) {
          this.displaced.add(c);
          this.traceAntecedent.set(trace, c);
        }
      }
      this.findTraces(c);
    }
  }

  /** Head token of `n` (-1 when `n` has no overt material); memoised, no side effects. */
  private headOf(n: AlpinoNode): number {
    const known = this.heads.get(n);
    if (known !== undefined) return known;
    let head = -1;
    const antecedent = this.traceAntecedent.get(n);
    if (antecedent) head = this.headOf(antecedent);
    else if (n.children.length === 0) head = n.word !== '' ? this.tokenOf.get(n)! : -1;
    else {
      for (const c of this.headCandidates(n)) {
        if (this.displaced.has(c)) continue;
        head = this.headOf(c);
        if (head >= 0) {
          this.headChildren.set(n, c);
          break;
        }
      }
    }
    this.heads.set(n, head);
    return head;
  }

  /** Attaches every dependent inside `n`'s subtree. */
  private build(n: AlpinoNode): void {
    const antecedent = this.traceAntecedent.get(n);
    if (antecedent) return this.build(antecedent);
    const head = this.headOf(n);
    const headChild = this.headChildren.get(n);
    if (!headChild) return;
    for (const c of n.children) {
      if (this.displaced.has(c)) continue;
      this.build(c);
      if (c === headChild) continue;
      const dep = this.headOf(c);
      if (dep < 0 || dep === head) continue;
      const content = this.traceAntecedent.get(c) ?? c;
      if (c.rel === 'crd' && n.cat === 'conj') {
        this.attachCoordinator(c, dep, n, head);
        continue;
      }
      this.attach(dep, head, this.label(c, content, n, headChild));
    }
  }

  /** UD v2: a coordinator depends on the conjunct that follows it; before all conjuncts it is cc:preconj. */
  private attachCoordinator(crd: AlpinoNode, dep: number, n: AlpinoNode, head: number): void {
    const conjuncts = leftmostFirst(n.children.filter((c) => c.rel === 'cnj' && this.headOf(c) >= 0));
    const next = conjuncts.find((c) => firstWordBegin(c) > crd.begin);
    const target = next ? this.headOf(next) : head;
    const preconj = next !== undefined && next === conjuncts[0];
    this.attach(dep, target === dep ? head : target, preconj ? 'cc:preconj' : 'cc');
  }

  private attach(dep: number, head: number, deprel: string): void {
    const t = this.tokens[dep];
    if (t.head !== -2) return;
    t.head = head;
    t.deprel = deprel;
  }

  /** Children of `n` in the order they are tried as its head (first one with overt material wins). */
  private headCandidates(n: AlpinoNode): AlpinoNode[] {
    const by = (rel: string): AlpinoNode[] => n.children.filter((c) => c.rel === rel);
    const hd = by('hd')[0];
    const first: AlpinoNode[] = [];
    if (n.cat === 'pp' || (hd && hd.pos === 'prep' && n.cat !== 'mwu')) {
      if (hd && (hd.pos === 'noun' || hd.pos === 'adv')) first.push(hd);
      // "er (niet) in slagen [te ...]": the clause heads, "er" is expl, the preposition case
      first.push(...by('vc').filter(isOvert));
      first.push(...by('obj1'), ...by('pobj1'), ...by('se'));
      if (hd) first.push(hd);
    } else if (hd && hd.pos === 'verb' && this.verbRole(hd, n)) {
      const role = this.verbRole(hd, n);
      first.push(...(role === 'cop' ? by('predc') : by('vc')), hd);
    } else if (n.cat === 'mwu') {
      first.push(...leftmostFirst(by('mwp')));
    } else if (n.cat === 'conj') {
      first.push(...leftmostFirst(by('cnj')));
    } else if (hd) {
      first.push(hd);
    } else if (by('body').length) {
      first.push(...by('body'));
    } else if (by('dp').length) {
      first.push(...leftmostFirst(by('dp')));
    } else if (by('nucl').length) {
      first.push(...by('nucl'));
    } else if (n.cat === 'top') {
      const main = n.children.filter((c) => c.rel === '--' && c.pos !== 'punct');
      first.push(...main.filter((c) => c.cat !== ''), ...main);
    }
    // Fallback for elided heads (gapping): promote by obliqueness.
    const order = ['vc', 'predc', 'su', 'obj1', 'obj2', 'pc', 'ld', 'me', 'svp', 'mod', 'det', 'app', 'cnj', 'dp', '--'];
    const rest = n.children
      .filter((c) => !first.includes(c))
      .sort((a, b) => rank(order, a.rel) - rank(order, b.rel) || a.begin - b.begin);
    return [...first, ...rest];
  }

  /** aux / aux:pass / cop role of a verbal head, '' for main verbs (memoised). */
  private verbRole(hd: AlpinoNode, n: AlpinoNode): VerbRole {
    const known = this.roles.get(hd);
    if (known !== undefined) return known;
    const role = this.computeVerbRole(hd, n);
    this.roles.set(hd, role);
    return role;
  }

  private computeVerbRole(hd: AlpinoNode, n: AlpinoNode): VerbRole {
    const { lex, verbs } = this.tools;
    const lemma = verbs.infinitive(hd.root);
    const child = (rel: string): AlpinoNode | undefined => n.children.find((c) => c.rel === rel);
    const vc = child('vc');
    const predc = child('predc');
    if (lex.copulas.has(lemma) && predc && isOvert(predc) && !child('obj1') && !child('se') && !vc) return 'cop';
    if (!vc || !isOvert(vc)) return '';
    const vcCat = vc.cat === 'conj' ? (vc.children.find((c) => c.rel === 'cnj' && c.cat)?.cat ?? '') : vc.cat;
    if (vcCat === 'ti' && lex.teInfinitiveAuxiliaries.has(lemma)) return 'aux';
    if (!VERBAL_COMPLEMENT.has(vcCat)) return '';
    const suIndex = child('su')?.index ?? '';
    const vcArg = (rel: string): AlpinoNode[] =>
      (vc.cat === 'conj' ? vc.children.flatMap((c) => c.children) : vc.children).filter((c) => c.rel === rel);
    if (vcCat === 'ppart') {
      const passive =
        (lex.passiveAuxiliaries.has(lemma) &&
          // worden + participle is always passive; zijn only when its subject is the participle's object
          (lemma === 'worden' || !child('su') || vcArg('obj1').some((o) => o.index !== '' && o.index === suIndex))) ||
        (lex.recipientPassiveAuxiliaries.has(lemma) && vcArg('obj2').some((o) => o.index !== '' && o.index === suIndex));
      if (passive) return 'aux:pass';
    }
    if (lex.auxiliaries.has(lemma) && lemma !== 'worden') return 'aux';
    return '';
  }

  /** True when the clause headed (through auxiliaries) by `n` is passive. */
  private isPassiveClause(n: AlpinoNode): boolean {
    const hd = n.children.find((c) => c.rel === 'hd');
    if (!hd || hd.pos !== 'verb') return false;
    const role = this.verbRole(hd, n);
    if (role === 'aux:pass') return true;
    if (role !== 'aux') return false;
    const vc = n.children.find((c) => c.rel === 'vc');
    const su = n.children.find((c) => c.rel === 'su');
    if (!vc || !su || su.index === '') return false;
    const inner = vc.cat === 'conj' ? vc.children.find((c) => c.rel === 'cnj') : vc;
    return !!inner && inner.children.some((c) => c.rel === 'su' && c.index === su.index) && this.isPassiveClause(inner);
  }

  // ---- labels ----

  private headUpos(n: AlpinoNode): string {
    const t = this.headOf(n);
    return t >= 0 ? this.tokens[t].upos : '';
  }

  /**
   * Relation of child `c` (whose material is `content`: the antecedent when `c` is a trace) to the head of its
   * parent `n`, whose head child is `headChild`.
   */
  private label(c: AlpinoNode, content: AlpinoNode, n: AlpinoNode, headChild: AlpinoNode): string {
    const rel = c.rel;
    const cat = content.cat;
    const upos = this.headUpos(content);
    if (headChild.rel !== 'hd' && rel === 'hd') return this.demotedHeadLabel(c, n, headChild);
    switch (rel) {
      case 'su': {
        const clausal = CLAUSAL.has(cat) || (cat === 'conj' && content.children.some((k) => CLAUSAL.has(k.cat)));
        const pass = this.isPassiveClause(n) ? ':pass' : '';
        return (clausal ? 'csubj' : 'nsubj') + pass;
      }
      case 'obj1':
        if (headChild.rel === 'vc' && (n.cat === 'pp' || n.children.some((k) => k.rel === 'hd' && k.pos === 'prep'))) return 'expl';
        if (n.cat === 'pp' || headChild.pos === 'prep') return this.modifierLabel(content, upos, n);
        return CLAUSAL.has(cat) ? 'ccomp' : 'obj';
      case 'obj2':
        return cat === 'pp' ? 'obl' : 'iobj';
      case 'se':
        return 'expl:pv';
      case 'sup':
      case 'pobj1':
        return 'expl';
      case 'svp':
        return 'compound:prt';
      case 'predc':
        return 'xcomp';
      case 'vc':
        if (n.cat === 'np') return 'acl';
        if (!content.children.length && (upos === 'ADV' || upos === 'ADJ')) return 'advmod';
        return hasControlledSubject(content) ? 'xcomp' : 'ccomp';
      case 'det':
        if (upos === 'PRON' && this.tools.lex.possessives.has(firstWord(content).toLowerCase())) return 'nmod:poss';
        if (upos === 'PROPN' || (upos === 'NOUN' && cat === '')) return 'nmod:poss';
        if (upos === 'NUM' || upos === 'SYM') return 'nummod';
        return 'det';
      case 'app':
        return 'appos';
      case 'cmp':
        return 'mark';
      case 'crd':
        return 'cc';
      case 'cnj':
        return 'conj';
      case 'dp':
      case 'sat':
      case 'tag':
        return 'parataxis';
      case 'dlink':
        return 'mark';
      case 'mwp':
        return this.mwpLabel(n);
      case 'hdf':
        return 'case';
      case 'obcomp':
        return 'advcl';
      case 'predm':
        return content.children.length ? 'advcl' : 'advmod';
      case 'rhd':
      case 'whd':
        return 'advmod';
      case 'nucl':
        return 'parataxis';
      case '--':
        if (upos === 'PUNCT') return 'punct';
        if (upos === 'CCONJ') return 'cc';
        return 'parataxis';
      case 'pc':
      case 'ld':
      case 'me':
      case 'mod':
        return this.modifierLabel(content, upos, n, rel);
      default:
        return 'dep';
    }
  }

  /** Label for a phrase's `hd` child when another child heads the UD subtree. */
  private demotedHeadLabel(hd: AlpinoNode, n: AlpinoNode, headChild: AlpinoNode): string {
    if (hd.pos === 'verb') {
      const role = this.verbRole(hd, n);
      if (role) return role;
    }
    const upos = this.headUpos(hd);
    if (headChild.rel === 'obj1' || headChild.rel === 'pobj1' || headChild.rel === 'se' || (headChild.rel === 'vc' && n.cat === 'pp')) {
      return upos === 'SCONJ' ? 'mark' : 'case';
    }
    return 'orphan';
  }

  private mwpLabel(n: AlpinoNode): string {
    const anyProper = n.children.some((c) => c.word && this.tokens[this.tokenOf.get(c)!].upos === 'PROPN');
    return anyProper ? 'flat' : 'fixed';
  }

  /** mod / pc / ld / me (and obj1 of a pp promoted through it) by the kind of head they modify. */
  private modifierLabel(content: AlpinoNode, upos: string, n: AlpinoNode, rel = 'mod'): string {
    const cat = content.cat;
    const conjKind = cat === 'conj' ? content.children.find((k) => k.rel === 'cnj' && isOvert(k)) : undefined;
    const kindCat = conjKind ? conjKind.cat : cat;
    const ppWithClause = cat === 'pp' && content.children.some((k) => k.rel === 'vc' && isOvert(k));
    const nominal = kindCat === 'pp' || kindCat === 'np' || NOMINAL_UPOS.has(upos);
    // an Alpino 1.2 "ap" headed by a participle after its head ("composities, gebaseerd op ...") is a participle
    // clause (ppart) in Lassy; before the noun it stays an attributive amod
    const participleClause = kindCat === 'ap' && upos === 'VERB' && firstWordBegin(content) > this.headOf(n);
    const clausal = CLAUSAL.has(kindCat) || participleClause;
    const relative = RELATIVE.has(kindCat);
    const adjectival = upos === 'ADJ' || (kindCat === 'ap' && !participleClause);
    const parentCat = n.cat;
    if (parentCat === 'np') {
      if (ppWithClause) return 'acl';
      if (adjectival) return 'amod';
      if (upos === 'NUM' && !content.children.length) return 'nummod';
      if (cat === 'detp') return 'det';
      if (relative) return 'acl:relcl';
      if (cat === 'cp' && content.children.some((k) => k.rel === 'body' && (k.cat === 'np' || k.pos === 'noun'))) return 'nmod';
      if (nominal) return 'nmod';
      if (clausal) return 'acl';
      return 'amod';
    }
    if (VERBAL_PARENT.has(parentCat)) {
      if (ppWithClause) return 'advcl';
      if (nominal) {
        if (rel === 'pc') return 'obl:arg';
        if (this.isAgent(content, n)) return 'obl:agent';
        return 'obl';
      }
      if (clausal || relative) return 'advcl';
      if (upos === 'NUM') return 'nummod';
      return 'advmod';
    }
    if (['pp', 'detp', 'advp'].includes(parentCat)) return nominal ? 'nmod' : 'amod';
    if (['cp', 'whrel', 'whq', 'whsub', 'rel'].includes(parentCat)) return this.headUpos(n) === 'VERB' ? 'advmod' : 'amod';
    if (nominal) return 'nmod';
    if (clausal) return 'advcl';
    return 'advmod';
  }

  /** A door-PP modifying the participle of a passive clause. */
  private isAgent(content: AlpinoNode, parent: AlpinoNode): boolean {
    if (content.cat !== 'pp' || parent.cat !== 'ppart') return false;
    const prep = content.children.find((k) => k.rel === 'hd');
    if (!prep || !this.tools.lex.agentPrepositions.has(prep.root)) return false;
    const clause = parent.rel === 'cnj' ? parent.parent?.parent : parent.parent;
    const hd = clause?.children.find((k) => k.rel === 'hd');
    return !!clause && !!hd && hd.pos === 'verb' && this.verbRole(hd, clause) === 'aux:pass';
  }

  // ---- names ----

  /** Every word of a multi-word name (an mwu with a capitalised noun part) is PROPN, as Lassy's "deeleigen". */
  private markNames(n: AlpinoNode): void {
    if (n.cat === 'mwu') {
      const parts = n.children.filter((c) => c.word !== '');
      // a title opening with an article and holding lower-case words ("De wolkammer", "Het leven van ...") keeps
      // its words' own tags; names ("De Morgan", "De Gemeente") are PROPN throughout
      if (parts.length > 1 && this.tools.lex.articles.has(parts[0].word.toLowerCase()) && parts.slice(1).some((c) => /^\p{Ll}/u.test(c.word))) {
        this.tokens[this.tokenOf.get(parts[0])!].upos = 'DET';
        for (const c of n.children) this.markNames(c);
        return;
      }
      if (parts.some((c) => (c.pos === 'noun' || c.pos === 'name') && /^\p{Lu}/u.test(c.word) && this.tokens[this.tokenOf.get(c)!].upos === 'PROPN')) {
        for (const c of parts) {
          const t = this.tokens[this.tokenOf.get(c)!];
          if (t.upos !== 'PUNCT' && t.upos !== 'SYM' && !/^\d/.test(c.word)) t.upos = 'PROPN';
        }
      }
    }
    for (const c of n.children) this.markNames(c);
  }
}

function rank(order: string[], rel: string): number {
  const i = order.indexOf(rel);
  return i < 0 ? order.length : i;
}

function firstWordBegin(n: AlpinoNode): number {
  if (n.word) return n.begin;
  let best = Number.POSITIVE_INFINITY;
  for (const c of n.children) best = Math.min(best, firstWordBegin(c));
  return best;
}

function leftmostFirst(nodes: AlpinoNode[]): AlpinoNode[] {
  return [...nodes].sort((a, b) => firstWordBegin(a) - firstWordBegin(b));
}

function firstWord(n: AlpinoNode): string {
  if (n.word) return n.word;
  const words = wordLeaves(n);
  return words.length ? words[0].word : '';
}

function firstEmptyWithIndex(n: AlpinoNode, index: string): AlpinoNode | null {
  for (const c of n.children) {
    if (c.index === index && !isOvert(c)) return c;
    const inner = firstEmptyWithIndex(c, index);
    if (inner) return inner;
  }
  return null;
}

/** A te-/om-te-/bare infinitive whose subject is an empty co-indexed node (control): xcomp. */
function hasControlledSubject(n: AlpinoNode): boolean {
  if (!['inf', 'ti', 'oti', 'ppart', 'conj'].includes(n.cat)) return false;
  for (const c of n.children) {
    if (c.rel === 'su' && c.index !== '' && !isOvert(c)) return true;
    if ((c.rel === 'body' || c.rel === 'cnj') && hasControlledSubject(c)) return true;
  }
  return false;
}
