/**
 * Derives `src/lang/en/triggers.json` from the PETRARCH2 verb-pattern dictionary CAMEO.2.0.txt (MIT, Open Event Data
 * Alliance), mapping each CAMEO code to PLOVER through the ontology. What is kept (see README.md here):
 *   - each verb of a block with a code PLOVER keeps → one plain entry (subject = source, object = target);
 *   - post-verb phrasal words ("+MEET_WITH") → the entry's `prep`;
 *   - patterns `- * WORD`, `- * {ADJ NOUN}`, `- * &SYNSET`, `- * (PREP ...)` and their combinations → entries with
 *     `with` (the head nouns, any of them) and/or `prep`; a '+' inside the phrase makes its object the target. A pattern goes only to the verbs its comment
 *     names (the verb it was found with), not to every synonym of the block;
 *   - recipient-side codes ("[:033]": RECEIVE + GRANT) → the `from` party as source, the subject as target;
 * Patterns with words before the verb, codes PLOVER drops (01, 02) and null codes are skipped. Where two patterns of a
 * verb give the same conditions, the first one in the file wins. CAMEO 02 (appeals) is read as the parallel 10
 * (demands), types that need a recipient get "no-target", and frequent verbs are set by hand (HAND_CHECKED).
 * CAMEO has no nouns: the nominalisations news reports events with ("talks with", "sanctions on") are NOMINALS.
 *
 *   npx tsx src/events/build/english-triggers.ts [DATA_DIR]     (run from the repository root)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PloverType } from '../../doc/article.js';
import { cameoCode, ontology } from '../ontology.js';

const dataDir = process.argv[2] ?? '../shared/data';
const OUTPUT = 'src/lang/en/triggers.json';
const text = readFileSync(join(dataDir, 'petrarch2/CAMEO.2.0.txt'), 'utf8');

interface Entry {
  lemma: string;
  pos: 'verb' | 'noun';
  prep?: string;
  with?: string[];
  type: string;
  mode?: string;
  cameo: string;
  roles: Record<string, string>;
  unless?: string[];
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
/** Prepositions and phrasal particles that patterns also write without parentheses ("* BY ULTIMATUM", "* UP POST"). */
/** Articles in a pattern ("* A DEVIL") are no condition: every phrase has one. */
const ARTICLES = new Set(['a', 'an', 'the']);
const PREPOSITIONS = new Set(['about', 'against', 'at', 'by', 'down', 'for', 'from', 'in', 'into', 'of', 'off', 'on', 'out', 'over', 'to', 'up', 'upon', 'with']);

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
  return mapped(bracket.replace(/[[\]]/g, '').split(':')[0]!.trim());
}

function mapped(cameo: string): string | undefined {
  const code = cameo.startsWith('02') ? `10${cameo.slice(2)}` : cameo;
  return code !== '' && code !== '---' && cameoCode(code) ? code : undefined;
}

/**
 * The code of a pattern that only has a recipient's code (`[:033]` with RECEIVE + GRANT): the subject received what
 * the `from` party did ("received a grant from X" is X's aid to the subject).
 */
function receivedCode(bracket: string): string | undefined {
  const parts = bracket.replace(/[[\]]/g, '').split(':');
  return parts.length === 2 && parts[0]!.trim() === '' ? mapped(parts[1]!.trim()) : undefined;
}

/**
 * Frequent news verbs checked by hand: PETRARCH leaves some uncoded in isolation (REFUSE, SIGN blocks with a null
 * code, relying on patterns and verb-verb combinations) or codes them against the PLOVER manual (resignations and
 * physical withdrawals are RETREAT; invasions are force). An entry replaces the derived one with the same
 * conditions (lemma, `prep`, `with`), or is added.
 */
interface HandEntry {
  lemma: string;
  /** Default verb; nominalisations ("talks", "sanctions") have noun slots (`possessor`, `prep:by` …). */
  pos?: 'noun';
  cameo: string;
  mode?: string;
  prep?: string;
  with?: string[];
  roles?: Record<string, string>;
  unless?: string[];
  /** Leave the derived entry out: the plain verb is no event in news without one of its patterns. */
  drop?: true;
  why?: string;
}

/** Words for money and material help, as objects of receiving. */
const MATERIAL_HELP = ['aid', 'assistance', 'money', 'fund', 'loan', 'grant', 'donation', 'weapon', 'arm', 'ammunition', 'equipment', 'supply'];

const HAND_CHECKED: HandEntry[] = [
  { lemma: 'agree', cameo: '030', unless: ['te-infinitive'], why: "'agreed to support' is the support, announced (AGREE)" },
  { lemma: 'bomb', cameo: '195', mode: 'aerial' },
  { lemma: 'decline', cameo: '120' },
  { lemma: 'invade', cameo: '190' },
  { lemma: 'refuse', cameo: '120' },
  { lemma: 'reject', cameo: '120' },
  { lemma: 'resign', cameo: '084', mode: 'resign' },
  { lemma: 'shell', cameo: '194' },
  { lemma: 'talk', cameo: '040', unless: ['no-target'], why: "'he talked at the conference' (a lecture) meets no one" },
  { lemma: 'urge', cameo: '100' },
  { lemma: 'withdraw', cameo: '087', mode: 'withdraw' },
  // Received help is the giver's AID, the receiver its recipient (CAMEO writes the receiving side as `[:07x]`).
  { lemma: 'receive', cameo: '070', prep: 'from', with: MATERIAL_HELP, roles: { subject: 'target', 'prep:from': 'source' }, why: 'help received from the giver' },
  // Celebrating a feast together is a meeting (PLOVER CONSULT); celebrating something alone is no event towards anyone.
  { lemma: 'celebrate', cameo: '040', prep: 'with', roles: { subject: 'source', 'prep:with': 'target' }, why: 'a celebration together is a meeting' },
  { lemma: 'celebrate', cameo: '051', unless: ['inanimate-object', 'no-target'], why: 'praise needs someone praised' },
  // Plain verbs that CAMEO codes only because PETRARCH needs both actors named; in news they are mostly neutral.
  { lemma: 'consider', cameo: '040', unless: ['inanimate-object', 'no-target', 'clausal-complement'], why: "'considered it inappropriate' is an opinion" },
  { lemma: 'face', cameo: '040', drop: true, why: "'faced lawsuits', 'faces trial' is no meeting" },
  { lemma: 'take', cameo: '171', drop: true, why: "'took action', 'take steps': seizing is in its patterns (take over, take control)" },
  { lemma: 'reconsider', cameo: '040', drop: true, why: 'reconsidering is no meeting' },
  { lemma: 'need', cameo: '100', drop: true, why: "'we needed the government open' is no demand" },
  { lemma: 'admit', cameo: '050', drop: true, why: "'admits that …' is speech, 'admitted to shooting' a confession, 'admitted to hospital' care: no cooperation" },
  { lemma: 'remove', cameo: '174', mode: 'deport', unless: ['inanimate-object'], why: "'remove any doubts' expels no one" },
  { lemma: 'propose', cameo: '100', unless: ['inanimate-object'], why: "'proposed legislation' is no demand of anyone" },
  { lemma: 'call', cameo: '041', mode: 'phone', unless: ['no-target', 'inanimate-object'], why: "'called it unlikely', 'calling the allegations a smear': a call needs someone called" },
  {
    lemma: 'call',
    cameo: '111',
    mode: 'disapprove',
    with: ['unacceptable', 'outrageous', 'scandalous', 'shameful', 'disgraceful', 'absurd', 'ridiculous', 'hysterical', 'irresponsible', 'reckless', 'provocative', 'provocation', 'unlawful', 'illegal'],
    why: "'called the nominee hysterical', 'called the move unacceptable': naming someone or their act so denounces it (as Dutch 'noemen')",
  },
  { lemma: 'express', cameo: '110', mode: 'disapprove', unless: ['inanimate-object'], why: "'expressed its support' is not disapproval" },
  { lemma: 'add', cameo: '060', unless: ['inanimate-object', 'no-target', 'clausal-complement'], why: "'he added' is speech" },
  { lemma: 'found', cameo: '060', drop: true, why: "'the party was founded by' is no cooperation" },
  // Signing an agreement is SUPPORT (manual), whatever CAMEO's subject-specific intents say ("signed a treaty" 0312).
  { lemma: 'sign', cameo: '057', with: ['agreement', 'treaty', 'pact', 'accord', 'deal', 'memorandum', 'protocol', 'declaration', 'convention'], why: 'a signed agreement is SUPPORT' },
  { lemma: 'vote', cameo: '030', drop: true, why: "'voted on a resolution', 'voted into the position' is no promise of cooperation" },
  { lemma: 'vote', cameo: '051', prep: 'for', roles: { subject: 'source', 'prep:for': 'target' }, unless: ['no-target'], why: 'a vote for someone endorses them' },
  // A promise or plan to act is that act, in the future (status.ts; AGREE when cooperative): not a second event.
  { lemma: 'plan', cameo: '030', unless: ['te-infinitive', 'no-target'], why: "'plan to address the shutdown': the infinitive is the event" },
  { lemma: 'promise', cameo: '030', unless: ['te-infinitive'], why: 'the promised act is the event' },
  { lemma: 'pledge', cameo: '030', unless: ['te-infinitive'], why: 'the pledged act is the event' },
  { lemma: 'respect', cameo: '051', unless: ['inanimate-object', 'no-target'], why: "'respect international law' praises no one" },
  { lemma: 'encourage', cameo: '100', unless: ['no-target'], why: "'encouraged allies to restrict …' is an appeal (CAMEO 02 → REQUEST)" },
  { lemma: 'prefer', cameo: '051', drop: true, why: 'a preference is no endorsement' },
  { lemma: 'disappoint', cameo: '110', mode: 'disapprove', roles: { subject: 'target', object: 'source' }, why: "'X was disappointed by Y' is X's disapproval of Y" },
  { lemma: 'declare', cameo: '1044', with: ['state'], drop: true, why: "'declared a state of emergency' demands nothing" },
  { lemma: 'declare', cameo: '1724', with: ['emergency', 'martial'], roles: { subject: 'source' }, why: 'a state of emergency or martial law restricts; the state declared is no target' },
  { lemma: 'reach', cameo: '030', with: ['deal'], drop: true, why: "'reached a deal' is the deal's SUPPORT (the nominal with its light verb), not a second event" },
  { lemma: 'reach', cameo: '032', with: ['treaty', 'pact', 'accord', 'agreement'], drop: true, why: "'reached an agreement' is the agreement's SUPPORT, not a second event" },
  { lemma: 'fly', cameo: '036', prep: 'to', drop: true, why: "'flies fighters and cargo to Syria' is no intent to meet" },
  { lemma: 'approve', cameo: '080', unless: ['inanimate-object', 'no-target'], why: "'approved a budget', 'was approved by the Senate' is no concession" },
  { lemma: 'pass', cameo: '080', drop: true, why: "'passed a budget', 'passed away', 'the storm passed by Bermuda' yield to no one" },
  { lemma: 'negotiate', cameo: '046', unless: ['no-target'], why: "negotiating is talks with someone (CAMEO's block files it under yielding)" },
  { lemma: 'negotiate', cameo: '046', prep: 'with', roles: { subject: 'source', 'prep:with': 'target' }, unless: ['no-target'], why: "'negotiated with the Taliban' is talks" },
  { lemma: 'speak', cameo: '040', prep: 'with', roles: { subject: 'source', 'prep:with': 'target' }, unless: ['no-target'], why: "'spoke with Pompeo' is a consultation" },
  { lemma: 'match', cameo: '190', drop: true, why: "'pledged to match the US shot-for-shot', a match in sport: no force" },
  { lemma: 'retaliate', cameo: '190', unless: ['no-target'], why: "'Beijing has retaliated' (with tariffs) names no one attacked" },
  { lemma: 'fire', cameo: '190', unless: ['inanimate-object'], why: "'fired the first warning' is no force; weapons fired are its patterns" },
  { lemma: 'tax', cameo: '163', unless: ['no-target'], why: "'taxing Chinese exports' is a sanction on China, not an administrative one" },
  { lemma: 'prepare', cameo: '030', drop: true, why: "'to prepare for a summit' promises nothing to anyone" },
  { lemma: 'weigh', cameo: '040', drop: true, why: "'weighed penalizing' is no meeting" },
  { lemma: 'join', cameo: '040', unless: ['inanimate-object', 'no-target'], why: "'joined the protest' is the protest's (a light verb), not a meeting" },
  { lemma: 'take', cameo: '150', with: ['measure'], drop: true, why: "'if the US took corresponding measures' shows no force" },
  { lemma: 'call', cameo: '161', mode: 'withdraw', prep: 'back', roles: { subject: 'source', 'prep:from': 'target' }, unless: ['no-target'], why: "'call back the chiefs of mission from El Salvador' recalls envoys (SANCTION withdraw)" },
  { lemma: 'tell', cameo: '100', prep: 'to', why: "'tells US forces to withdraw' is a demand; 'told reporters' is speech (speech.json)" },
  { lemma: 'join', cameo: '141', with: ['protest', 'demonstration', 'march', 'rally', 'sit-in'], roles: { subject: 'source', 'prep:against': 'target' }, why: 'joining a protest is taking part in it (PLOVER PROTEST needs the physical act), not a verbal complaint; the protest joined is no target' },
  { lemma: 'regret', cameo: '080', why: 'the manual: expressions of regret or remorse are CONCEDE' },
  { lemma: 'allow', cameo: '080', unless: ['inanimate-object', 'no-target'], why: "'a law that would allow the government to …', 'allowed army deployments' yields to no one" },
  {
    lemma: 'withdraw',
    cameo: '161',
    mode: 'withdraw',
    prep: 'from',
    with: ['treaty', 'pact', 'accord', 'agreement', 'deal'],
    roles: { subject: 'source', 'prep:from': 'target' },
    unless: ['no-target'],
    why: "'withdrew the US from a treaty with Iran' is against the treaty's other party, not against the US",
  },
  { lemma: 'give', cameo: '060', drop: true, why: "'gave a talk', 'gave an interview' is no cooperation; what is given is in its patterns (aid, weapons)" },
  { lemma: 'serve', cameo: '060', drop: true, why: "'to serve on the Supreme Court', 'served in the army' is no cooperation with anyone" },
  { lemma: 'lament', cameo: '110', mode: 'disapprove', unless: ['no-target'], why: "'lamented his side's loss' disapproves of no one" },
  { lemma: 'slap', cameo: '180', unless: ['inanimate-object'], why: "'slapping tariffs on' is the tariffs' light verb (coder.json supportVerbs), no violence" },
  { lemma: 'resign', cameo: '084', mode: 'resign', prep: 'in', with: ['protest'], why: 'a resignation in protest is still a resignation (README: resignations are RETREAT resign)' },
  { lemma: 'disarm', cameo: '087', mode: 'disarm', with: ['weapon', 'arsenal', 'missile', 'warhead'], why: "'disarm its nuclear weapons' gives them up (RETREAT disarm)" },
  { lemma: 'give', cameo: '087', mode: 'disarm', prep: 'up', with: ['weapon', 'arsenal', 'arm', 'missile', 'warhead'], why: "'give up its nuclear weapons' is disarming" },
  { lemma: 'repatriate', cameo: '174', mode: 'deport', unless: ['inanimate-object'], why: "'forcibly repatriates them' sends people back (refugees and prisoners let go home are its patterns)" },
  { lemma: 'grope', cameo: '1821', why: 'sexual assault' },
  { lemma: 'leave', cameo: '040', drop: true, why: "'left Pyongyang in July', 'leave the EU' meets no one" },
  { lemma: 'approach', cameo: '040', unless: ['inanimate-object', 'no-target'], why: "'as the country approaches the anniversary' meets no one" },
  { lemma: 'apply', cameo: '100', drop: true, why: "'applied to sponsor minors', 'apply the rules' demands nothing of anyone" },
  { lemma: 'promote', cameo: '050', unless: ['inanimate-object'], why: "'to promote trade' is no cooperation with anyone" },
  { lemma: 'suggest', cameo: '100', unless: ['clausal-complement'], why: "'suggested that the Democrats were …' is speech" },
  { lemma: 'undermine', cameo: '160', unless: ['no-target', 'inanimate-object'], why: "'would undermine the ethnic identity' reduces no relations" },
  { lemma: 'boost', cameo: '060', unless: ['no-target', 'inanimate-object'], why: "'boosted sanctions', 'boost trade': the object is the event (a light verb)" },
  { lemma: 'fire', cameo: '170', with: ['gas', 'teargas', 'cannon', 'rubber', 'pepper'], why: "'fired tear gas at protesters': crowd control coerces, it is not military force" },
  { lemma: 'question', cameo: '090', mode: 'investigate', unless: ['inanimate-object', 'clausal-complement', 'no-target'], why: "'after questioning Simpson' is an investigation; 'questioned the decision' or 'whether …' is doubt" },
  { lemma: 'issue', cameo: '114', with: ['statement'], drop: true, why: "'issued a statement that he would vote for …' is speech, no complaint" },
  { lemma: 'organize', cameo: '050', unless: ['no-target'], why: "'organized a rally', 'a campaign organized by liberals' cooperates with no one" },
  { lemma: 'decide', cameo: '030', unless: ['te-infinitive', 'clausal-complement', 'no-target'], why: "'decided to call back the envoys': what was decided is the event (coder.json decisionVerbs)" },
  { lemma: 'want', cameo: '030', unless: ['te-infinitive', 'no-target'], why: "'wants to visit': the wanted act is the event; wanting a summit or talks is in its patterns" },
  { lemma: 'warn', cameo: '130', unless: ['clausal-complement', 'no-target'], why: "a warning to someone; 'warned that added costs would reduce …' (a clause, no one warned) is no threat" },
  {
    lemma: 'warn',
    cameo: '130',
    with: ['unless', 'until', 'consequence', 'repercussion', 'retaliation', 'countermeasure'],
    roles: { subject: 'source', object: 'target', 'prep:of': 'target', 'clause-subject': 'target' },
    unless: ['no-target'],
    why: "a conditional warning ('no aid for Syria until …') or one of consequences: a threat to whom it would hit",
  },
  {
    lemma: 'use',
    cameo: '190',
    with: ['force', 'violence', 'military', 'army', 'troops', 'weapon', 'tank'],
    roles: { subject: 'source', 'prep:against': 'target', 'prep:on': 'target' },
    why: "'use military force against civilians', 'use the military to repress the people': the force is no target, whom it is used on is",
  },
  { lemma: 'study', cameo: '090', drop: true, why: "'while studying at MIT', 'will study the proposal' investigates no one" },
  { lemma: 'boost', cameo: '030', with: ['bid'], drop: true, why: "'boosted sanctions … in a bid to choke off funding': a bid is an attempt, no promise" },
  { lemma: 'resist', cameo: '120', with: ['call', 'demand', 'pressure', 'request', 'appeal', 'plea'], why: "'resisted calls to relax sanctions' rejects a request" },
  { lemma: 'molest', cameo: '1821', why: 'sexual assault' },
  { lemma: 'attack', cameo: '111', with: ['decision', 'policy', 'proclamation', 'plan', 'proposal', 'move', 'remark', 'statement', 'comment', 'law', 'bill', 'ruling', 'recognition', 'handling', 'response', 'record'], why: 'attacking a decision or policy is criticism of whoever made it' },
];

/** Who does a nominal event: its possessor ("Russia's invasion"), a by-phrase, or both parties of a between-phrase. */
const NOUN_ACTOR = { possessor: 'source', 'prep:by': 'source', 'prep:between': 'source' };
/** Nominal events aimed at someone: "sanctions on Iran", "an attack against the police". */
const NOUN_AIMED = { ...NOUN_ACTOR, 'prep:on': 'target', 'prep:against': 'target' };
/** Meetings: "talks with X", "a meeting between X and Y". */
const NOUN_MEETING = { ...NOUN_ACTOR, 'prep:with': 'target' };

/**
 * Nominalisations, which CAMEO's verb dictionary does not have: an English news text reports many events as nouns
 * ("after talks with", "tariffs on", "Erdogan's visit to Germany"). A nominal without a source of its own only
 * joins an earlier event or takes the subject of its light verb (coder.json `supportVerbs`).
 */
const NOMINALS: HandEntry[] = [
  { lemma: 'meeting', cameo: '040', roles: NOUN_MEETING, unless: ['sport'] },
  { lemma: 'summit', cameo: '040', roles: NOUN_MEETING, unless: ['sport'] },
  // Talks with someone or between parties, or of a kind only negotiations have; "gave a talk at the university" is a lecture.
  { lemma: 'talk', cameo: '046', prep: 'with', roles: NOUN_MEETING, unless: ['sport'] },
  { lemma: 'talk', cameo: '046', prep: 'between', roles: NOUN_MEETING, unless: ['sport'] },
  { lemma: 'talk', cameo: '046', with: ['peace', 'bilateral', 'trade', 'direct', 'round', 'ceasefire', 'diplomatic', 'nuclear', 'high-level'], roles: NOUN_MEETING, unless: ['sport'] },
  { lemma: 'negotiation', cameo: '046', roles: NOUN_MEETING, unless: ['sport', 'economy'] },
  { lemma: 'conversation', cameo: '040', roles: NOUN_MEETING, unless: ['no-target'], why: "'hold a conversation' alone is no meeting" },
  { lemma: 'visit', cameo: '042', roles: { ...NOUN_ACTOR, 'prep:to': 'target' }, unless: ['sport'] },
  { lemma: 'trip', cameo: '042', roles: { ...NOUN_ACTOR, 'prep:to': 'target' }, unless: ['sport', 'no-target'] },
  { lemma: 'agreement', cameo: '057', roles: NOUN_MEETING, unless: ['economy'], why: 'a concluded agreement is SUPPORT (manual)' },
  { lemma: 'deal', cameo: '057', roles: NOUN_MEETING, unless: ['economy', 'sport'] },
  { lemma: 'treaty', cameo: '057', roles: NOUN_MEETING },
  { lemma: 'accord', cameo: '057', roles: NOUN_MEETING },
  { lemma: 'pact', cameo: '057', roles: NOUN_MEETING },
  { lemma: 'praise', cameo: '051', roles: { ...NOUN_ACTOR, 'prep:for': 'target', 'prep:on': 'target' }, unless: ['sport'] },
  { lemma: 'support', cameo: '051', roles: { ...NOUN_ACTOR, 'prep:for': 'target' }, unless: ['sport', 'economy', 'no-target'], why: "'call for support' (a helpline) supports no one" },
  { lemma: 'apology', cameo: '055', roles: { ...NOUN_ACTOR, 'prep:to': 'target' } },
  { lemma: 'demand', cameo: '100', roles: { ...NOUN_ACTOR, 'prep:on': 'target' }, unless: ['economy'] },
  { lemma: 'request', cameo: '100', roles: { ...NOUN_ACTOR, 'prep:to': 'target' } },
  { lemma: 'appeal', cameo: '100', roles: { ...NOUN_ACTOR, 'prep:to': 'target' }, unless: ['sport'] },
  { lemma: 'criticism', cameo: '111', roles: { ...NOUN_ACTOR, 'prep:of': 'target', 'prep:from': 'source' }, unless: ['sport'] },
  { lemma: 'condemnation', cameo: '111', roles: { ...NOUN_ACTOR, 'prep:of': 'target', 'prep:from': 'source' } },
  { lemma: 'accusation', cameo: '112', mode: 'allege', roles: { ...NOUN_AIMED, 'prep:from': 'source' } },
  { lemma: 'allegation', cameo: '112', mode: 'allege', roles: { ...NOUN_AIMED, 'prep:from': 'source' } },
  { lemma: 'investigation', cameo: '090', roles: { ...NOUN_ACTOR, 'prep:into': 'target', 'prep:of': 'target' }, unless: ['medical'] },
  { lemma: 'probe', cameo: '090', roles: { ...NOUN_ACTOR, 'prep:into': 'target' }, unless: ['medical'] },
  { lemma: 'inquiry', cameo: '090', roles: { ...NOUN_ACTOR, 'prep:into': 'target' } },
  { lemma: 'threat', cameo: '130', roles: { ...NOUN_AIMED, 'prep:to': 'target' }, unless: ['nature', 'sport', 'medical'] },
  { lemma: 'ultimatum', cameo: '130', roles: { ...NOUN_ACTOR, 'prep:to': 'target' } },
  { lemma: 'protest', cameo: '141', roles: NOUN_AIMED, unless: ['sport'] },
  { lemma: 'demonstration', cameo: '141', roles: NOUN_AIMED },
  { lemma: 'boycott', cameo: '143', roles: { ...NOUN_ACTOR, 'prep:of': 'target' } },
  { lemma: 'sanction', cameo: '163', roles: NOUN_AIMED, unless: ['sport'] },
  { lemma: 'tariff', cameo: '163', roles: NOUN_AIMED },
  { lemma: 'embargo', cameo: '163', roles: NOUN_AIMED },
  { lemma: 'crackdown', cameo: '175', roles: NOUN_AIMED },
  { lemma: 'attack', cameo: '111', with: ['verbal', 'rhetorical', 'personal'], roles: { ...NOUN_AIMED, 'prep:of': 'target' }, why: 'a verbal attack is criticism' },
  { lemma: 'attack', cameo: '190', roles: NOUN_AIMED, unless: ['sport', 'medical', 'nature'] },
  { lemma: 'assault', cameo: '1821', with: ['sexual'], roles: NOUN_AIMED },
  { lemma: 'assault', cameo: '190', roles: NOUN_AIMED, unless: ['sport'] },
  { lemma: 'invasion', cameo: '190', roles: { ...NOUN_AIMED, 'prep:of': 'target' } },
  { lemma: 'strike', cameo: '195', with: ['air', 'drone', 'missile'], roles: NOUN_AIMED },
  { lemma: 'airstrike', cameo: '195', roles: NOUN_AIMED },
  { lemma: 'bombing', cameo: '195', roles: { ...NOUN_AIMED, 'prep:of': 'target' } },
  { lemma: 'shelling', cameo: '194', roles: { ...NOUN_AIMED, 'prep:of': 'target' } },
  { lemma: 'killing', cameo: '180', roles: { ...NOUN_ACTOR, 'prep:of': 'target' } },
  { lemma: 'aid', cameo: '070', roles: { ...NOUN_ACTOR, 'prep:from': 'source', 'prep:to': 'target', 'prep:for': 'target' }, unless: ['no-target'] },
  { lemma: 'assistance', cameo: '070', roles: { ...NOUN_ACTOR, 'prep:from': 'source', 'prep:to': 'target', 'prep:for': 'target' }, unless: ['no-target'] },
  { lemma: 'withdrawal', cameo: '087', mode: 'withdraw', roles: NOUN_ACTOR, unless: ['sport', 'medical'] },
  { lemma: 'resignation', cameo: '084', mode: 'resign', roles: NOUN_ACTOR },
].map((entry) => ({ ...entry, pos: 'noun' as const }));

/** Several verbs left out for one reason. */
function sameReason(lemmas: string[], cameo: string, why: string): { lemma: string; cameo: string; why: string }[] {
  return lemmas.map((lemma) => ({ lemma, cameo, why }));
}

/**
 * Verbs that CAMEO's dictionary codes because PETRARCH only codes a verb between two named actors, but that in
 * running news report no event between actors; found by counting the events of 165 Wikinews 2019 articles.
 */
const NOT_EVENTS: { lemma: string; prep?: string; cameo: string; why: string }[] = [
  { lemma: 'die', cameo: '190', why: "'three people died' is no one's use of force; killings are 'kill'" },
  { lemma: 'catch', cameo: '171', why: "'caught fire', 'caught up with him', 'caught on camera'; arrests are 'arrest', 'detain'" },
  { lemma: 'reveal', cameo: '050', why: "'revealed police have been unable to …' is speech" },
  { lemma: 'lead', cameo: '060', why: "'led the country', 'led to' cooperate with no one" },
  { lemma: 'award', cameo: '060', why: "'was awarded the Intelligence Star' is an honour, not cooperation" },
  { lemma: 'provide', cameo: '060', why: "'provided anonymously to journalists'; material help is in its patterns (aid, weapons)" },
  { lemma: 'rule', cameo: '060', why: "'a federal judge ruled' cooperates with no one" },
  { lemma: 'claim', cameo: '112', why: "'claimed responsibility', 'claims sovereignty over Taiwan' accuse no one; 'claimed that …' is speech (speech.json)" },
  { lemma: 'argue', cameo: '110', why: "'argued the government's lawyer', 'argue about Brexit' is speech or debate" },
  { lemma: 'mourn', cameo: '110', why: "'publicly mourned Cummings's death' disapproves of no one" },
  { lemma: 'swear', cameo: '110', why: "'I swear to you' is no disapproval" },
  { lemma: 'compete', cameo: '110', why: "'competed for the role against Jeremy Hunt' is a contest, not criticism" },
  { lemma: 'counter', cameo: '110', why: "'ways to counter military submarines', 'to counter the Islamic State' is no verbal disapproval" },
  ...sameReason(['explore', 'research', 'ascertain', 'monitor'], '090', "'exploring the kinetics', 'monitored the trial' investigates no one"),
  ...sameReason(['expect', 'determine', 'mean', 'seek'], '030', "'authorities expected winds', 'the court determined', 'I mean', 'sought the nomination': no promise to anyone; what is sought is in its patterns"),
  ...sameReason(['contain', 'bill'], '170', "'Aleppo contained 35,000 structures', 'billed itself as home to lions' coerces no one"),
  ...sameReason(['extract', 'pull'], '171', "'extract DNA', 'pull funding' seizes nothing of anyone"),
  { lemma: 'reside', cameo: '192', why: "'now resides in Iraq' occupies nothing" },
  ...sameReason(['contemplate', 'excogitate', 'meditate', 'mull', 'muse', 'ponder', 'reason', 'ruminate', 'speculate', 'think'], '040', 'thinking about someone is no consultation with them'),
  ...sameReason(['amass', 'cluster', 'conglomerate', 'constellate', 'conjoin', 'flock', 'huddle'], '040', 'crowds that gather meet no one named'),
  ...sameReason(['hear', 'learn', 'acquaint', 'innovate', 'insert', 'introduce', 'elicit', 'brave', 'promulgate', 'confront', 'encounter', 'egress', 'depart', 'go'], '040', "'heard the case', 'introduced a bill', 'went to court': no meeting with anyone"),
  ...[
    ['go', 'away'],
    ['go', 'forth'],
    ['go', 'to'],
    ['come', 'to'],
    ['leave', 'behind'],
    ['pull', 'out'],
    ['walk', 'out'],
    ['find', 'out'],
    ['run', 'into'],
  ].map(([lemma, prep]) => ({ lemma, prep, cameo: '040', why: `'${lemma} ${prep}' (of power, of a market, of court) meets no one` })),
];

/** Verbs whose event needs an actor as object, or no object at all, or no that-clause. */
const CONDITIONED: HandEntry[] = [
  { lemma: 'capture', cameo: '171', mode: 'seize', unless: ['inanimate-object'], why: "'CCTV captured their arrival' seizes nothing of anyone" },
  { lemma: 'release', cameo: '084', unless: ['inanimate-object'], why: "'released a statement', 'no cause was released': only people released are returned" },
  { lemma: 'demonstrate', cameo: '141', mode: 'demo', unless: ['direct-object'], why: "'demonstrated a shocking ignorance', 'demonstrating screens' is no rally" },
  { lemma: 'insist', cameo: '100', unless: ['clausal-complement'], why: "'the President insists (that) …' is speech" },
  { lemma: 'search', cameo: '090', mode: 'investigate', unless: ['inanimate-object', 'no-target'], why: "'searching the charred apartments', 'search for variations' investigates no one" },
];

function applyHandChecks(entries: Entry[]): void {
  const drops: HandEntry[] = NOT_EVENTS.map(({ lemma, prep, cameo, why }) => ({ lemma, cameo, drop: true, why, ...(prep && { prep }) }));
  for (const hand of [...HAND_CHECKED, ...CONDITIONED, ...drops, ...NOMINALS]) {
    const mapped = cameoCode(hand.cameo)!;
    const fixed: Entry = {
      lemma: hand.lemma,
      pos: hand.pos ?? 'verb',
      type: mapped.type,
      cameo: hand.cameo,
      roles: hand.roles ?? { subject: 'source', object: 'target', 'indirect-object': 'target' },
      note: `CAMEO ${hand.cameo}: ${mapped.name} (checked by hand${hand.why ? `: ${hand.why}` : ''})`,
    };
    if (hand.prep) fixed.prep = hand.prep;
    if (hand.with) fixed.with = hand.with;
    if ((hand.mode ?? mapped.mode) !== '') fixed.mode = hand.mode ?? mapped.mode;
    if (hand.unless) fixed.unless = hand.unless;
    const same = (e: Entry) => e.pos === fixed.pos && e.lemma === hand.lemma && e.prep === hand.prep && String(e.with) === String(hand.with);
    // Derived entries whose words overlap a hand entry's would be tried first for those words: the hand entry wins.
    const overlaps = (e: Entry) => !same(e) && e.pos === fixed.pos && e.lemma === hand.lemma && e.prep === hand.prep && (e.with ?? []).some((w) => hand.with?.includes(w));
    if (hand.with && !hand.drop) for (let k = entries.length - 1; k >= 0; k--) if (overlaps(entries[k]!)) entries.splice(k, 1);
    const at = entries.findIndex(same);
    if (hand.drop) {
      if (at < 0) throw new Error(`HAND_CHECKED: no derived entry '${hand.lemma}' to drop`);
      entries.splice(at, 1);
    } else if (at >= 0) entries[at] = fixed;
    else if (hand.with) {
      // Tried before the derived entries of the verb: "signed a trade agreement" is signing, not CAMEO's trade intent.
      const first = entries.findIndex((e) => e.pos === fixed.pos && e.lemma === hand.lemma);
      entries.splice(first < 0 ? entries.length : first, 0, fixed);
    } else entries.push(fixed);
  }
}

/**
 * PLOVER types that need a recipient (COOPERATE, AID, SANCTION): without a named target no event. A meeting verb
 * needs someone met too ("she met while studying", "he talked at the conference"); parties met together ("X and Y
 * met") are split into source and target before the check.
 */
function needsTarget(type: string): boolean {
  return type === 'CONSULT' || ontology().types.get(type as PloverType)?.requiresRecipient === true;
}

/** The words of a pattern after `*`: head nouns (any of), a preposition, and whether its object is the target. */
function parsePattern(after: string, synsets: Map<string, string[]>): { with: string[]; prep: string; prepTarget: boolean } | undefined {
  if (after.includes('^')) return undefined; // '^' skips a phrase: the remaining words are not one phrase
  let rest = after.replace(/[$%]/g, ' ');
  const heads: string[] = [];
  const objectHeads: string[] = [];
  let prep = '';
  let prepTarget = false;
  const paren = /\(([^)]*)\)/.exec(rest);
  if (paren) {
    const words = paren[1]!.replace(/[{}]/g, ' ').trim().split(/\s+/);
    const first = words[0]!.split('/')[0]!.toLowerCase();
    if (!WORD.test(first)) return undefined;
    prep = first;
    prepTarget = paren[1]!.includes('+');
    // The head noun of the prepositional object is a condition too: "(TO {POLICE &DETENTION})" is custody, not any "to".
    const object = words.slice(1).filter((w) => w !== '+' && !w.startsWith('+'));
    const head = object[object.length - 1];
    if (head !== undefined) {
      if (head.startsWith('&')) {
        const members = synsets.get(head) ?? synsets.get(`${head}_`);
        if (!members) return undefined;
        objectHeads.push(...members);
      } else objectHeads.push(lemmaOf(head));
    }
    rest = rest.slice(0, paren.index) + rest.slice(paren.index + paren[0].length);
  }
  if (rest.includes('(')) return undefined; // more than one prepositional phrase
  const braced = /\{([^}]*)\}/.exec(rest);
  if (braced) {
    // "{FOR &FIGHT}": a preposition in the braces is the phrase's preposition, not a modifier of the noun.
    const all = braced[1]!.trim().split(/\s+/);
    const inner = all.find((w) => PREPOSITIONS.has(w.toLowerCase()));
    if (inner !== undefined) {
      if (prep !== '') return undefined;
      prep = inner.toLowerCase();
    }
    const words = all.filter((w) => !PREPOSITIONS.has(w.toLowerCase()));
    if (words.length === 0) return undefined;
    const last = words[words.length - 1]!;
    // "{DIPLOMATIC TIES}" needs its head noun; "{LETTER &WEAPON}" (a letter bomb) its modifier, not any weapon.
    const modifiers = words.slice(0, -1).filter((w) => w !== '+');
    if (last.startsWith('&') && modifiers.length > 0) {
      for (const word of modifiers) {
        const members = word.startsWith('&') ? (synsets.get(word) ?? synsets.get(`${word}_`)) : [lemmaOf(word)];
        if (!members) return undefined;
        heads.push(...members);
      }
    } else heads.push(lemmaOf(last.replace(/^[+&]/, '')));
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
    } else if (!ARTICLES.has(token.toLowerCase())) heads.push(lemmaOf(token.replace(/^\+/, '')));
  }
  // Nouns of two phrases cannot be "any of" one list: the prepositional object ("&TREATY (ON &DEFENSE)") is the
  // distinctive one; the verb's object is then left free.
  const unique = [...new Set(objectHeads.length > 0 ? objectHeads : heads)];
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
  const add = (verb: { lemma: string; prep: string }, code: string, pattern?: { with: string[]; prep: string; prepTarget: boolean }, received = false) => {
    const prep = pattern?.prep || verb.prep || (received ? 'from' : '');
    if (pattern?.prep && verb.prep) return; // "meet with (for talks)": two prepositions
    if (received && verb.prep) return; // a phrasal verb already has its own preposition
    const withWords = pattern?.with ?? [];
    const key = [verb.lemma, prep, [...withWords].sort().join(',')].join('\t');
    if (seen.has(key)) return;
    seen.add(key);
    const mapped = cameoCode(code)!;
    // PLOVER codes the visitor as the actor and the host as the recipient (manual, CONSULT): CAMEO 043 is the reverse.
    // The indirect object is the recipient ("offered Ukraine help", "urged Iran to …").
    const roles: Record<string, string> =
      code === '043' ? { subject: 'target', object: 'source' } : received ? { subject: 'target', 'prep:from': 'source' } : { subject: 'source', object: 'target', 'indirect-object': 'target' };
    if (prep !== '' && !received && (pattern?.prepTarget || (!pattern && verb.prep !== ''))) roles[`prep:${prep}`] = 'target';
    const entry: Entry = { lemma: verb.lemma, pos: 'verb', type: mapped.type, cameo: code, roles, note: `CAMEO ${code}: ${mapped.name}${received ? ' (received)' : ''}` };
    if (prep !== '') entry.prep = prep;
    if (withWords.length > 0) entry.with = withWords;
    if (mapped.mode !== '') entry.mode = mapped.mode;
    if (needsTarget(mapped.type)) entry.unless = ['no-target'];
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
      const received = match && !code ? receivedCode(match[2]!) : undefined;
      const star = match?.[1]!.indexOf('*') ?? -1;
      if (!match || !(code || received) || star !== 0) continue; // words before the verb, or a code PLOVER drops
      const pattern = parsePattern(match[1]!.slice(star + 1), synsets);
      if (received && (!pattern || pattern.prep !== '' || pattern.with.length === 0)) continue; // "received X from Y" only
      // The comment names the verb(s) the pattern was found with; synonyms of the block do not inherit it.
      const foundWith = new Set(comment.toLowerCase().split(/[\s,;/]+/));
      if (pattern) for (const verb of verbs) if (foundWith.has(verb.lemma)) add(verb, (code || received)!, pattern, !code);
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
