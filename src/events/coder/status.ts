/**
 * Status and attribution of an event. Its own clause gives negation ("niet", "geen", "not"), possibility and
 * condition ("zou", "kan", "mogelijke", "als", "would", "if") and the future ("zal", "gaat … bezoeken", "will",
 * "plans to"). The clauses above it give who says so: a speech verb it is the complement of ("X zegt/stelt dat …",
 * "X liet weten dat …", "X said"), one attached beside it ("…, zei X"), a "volgens X" / "according to X" / "aldus X"
 * phrase, or a direct quote with a known speaker. The speech verb's stance makes the event reported, alleged or
 * denied.
 */
import type { EventStatus, QuoteRecord } from '../../doc/article.js';
import type { SpeechCue, SpeechLexicon, SpeechStance } from '../speech.js';
import type { ArgumentFinder, EventArguments } from './arguments.js';
import type { CoderLanguage } from './language.js';
import { Rel, type ParseView } from './parse-view.js';
import { verbFormsFor, type VerbForms } from './verb-forms.js';
import type { Party, PartyResolver } from './parties.js';

export interface Attribution {
  status: EventStatus;
  /** The speakers the text attributes the event to (coordinated ones all), first one's actor in attributedTo. */
  speakers: Party[];
  stance: SpeechStance | '';
  /** The token of the speech cue, -1 when none. */
  cue: number;
}

/** How many clauses up a speech verb is looked for. */
const ATTRIBUTION_DEPTH = 5;

type Modality = '' | 'negated' | 'hypothetical' | 'future';

export class StatusFinder {
  constructor(
    private readonly view: ParseView,
    private readonly data: CoderLanguage,
    private readonly speech: SpeechLexicon,
    private readonly parties: PartyResolver,
    private readonly argumentFinder: ArgumentFinder,
    private readonly quotes: readonly QuoteRecord[],
  ) {
    this.forms = verbFormsFor(data.language);
  }

  private readonly forms: VerbForms;

  find(trigger: number, args: EventArguments): Attribution {
    const { view } = this;
    let modality = this.ownModality(trigger);
    if (modality === '' && args.clauseVerb >= 0 && args.clauseVerb !== trigger) modality = this.ownModality(args.clauseVerb);
    // "willen een topontmoeting": a nominal wanted by a modal verb used as a main verb is only possible.
    if (modality === '' && args.clauseVerb >= 0 && args.clauseVerb !== trigger && this.data.hypotheticalAux.has(view.form(args.clauseVerb))) modality = 'hypothetical';
    // "bereid om de sancties op te heffen", "beloofde om nooit geweld te gebruiken om het volk te onderdrukken": a
    // purpose is intended, not done; it shares what its governing verb has (negation, possibility).
    const clause = view.isVerb(trigger) ? trigger : args.clauseEvent ? args.clauseVerb : -1;
    if (modality === '' && clause >= 0) modality = this.purposeModality(clause);
    // "De ontmoeting kan worden uitgesteld": a nominal event that is being scheduled is announced, not held.
    const governed = !view.isVerb(trigger) && view.head[trigger] === args.clauseVerb;
    if (governed && this.verbIn(args.clauseVerb, this.data.schedulingVerbs)) modality = 'future';
    // "heeft een grootscheepse aanval afgewend": a prevented event did not happen.
    if (governed && this.verbIn(args.clauseVerb, this.data.preventionVerbs)) modality = 'negated';
    const attribution: Attribution = { status: 'asserted', speakers: [], stance: '', cue: -1 };
    let k = args.clauseVerb >= 0 ? args.clauseVerb : trigger;
    // A nominal event that a speech verb takes as its argument ("benadrukte drie bijeenkomsten") is that speaker's.
    // Not a meeting that only sets the time of saying ("zei X na een ontmoeting met Y").
    // Nor the light verb of the nominal ("stelde zijn veto tegen …": the veto is Greece's act, not its words).
    const argument =
      k !== trigger && view.head[trigger] === k && !this.data.participationPrepositions.has(view.caseOf(trigger)) && !this.data.supportVerbs.has(view.separableKey(k));
    const cueOfNominal = argument && view.child(k, Rel.PRT) < 0 ? this.speechCue(k) : undefined;
    if (cueOfNominal !== undefined) this.attribute(attribution, k, cueOfNominal.stance, this.argumentFinder.subjectOf(k));
    let reportedClause = false;
    let from = -1;
    for (let depth = 0; depth < ATTRIBUTION_DEPTH && attribution.cue < 0; depth++) {
      this.besideSpeech(k, attribution, from);
      if (attribution.cue >= 0) break;
      const rel = view.rel[k];
      const head = view.head[k];
      if (head < 0) break;
      if (rel === Rel.CCOMP || rel === Rel.XCOMP || rel === Rel.PARATAXIS || this.isThatClause(k)) {
        // A that-clause is said or thought by someone ("een verklaring uitbracht dat hij … zou steunen").
        const mark = view.child(k, Rel.MARK);
        if (mark >= 0 && this.data.complementizers.has(view.key(mark))) reportedClause = true;
        // The clause may hang on the second word of a cue ("liet weten dat …" with "weten" under "liet").
        const verb = this.speechCue(head) === undefined && this.companionCue(head) !== undefined ? view.head[head] : head;
        const cue = this.speechCue(verb);
        if (cue !== undefined) {
          this.attribute(attribution, verb, cue.stance, this.argumentFinder.subjectOf(verb));
          reportedClause = true;
          break;
        }
        // "een verklaring uitbracht dat …" with the that-clause hung on the verb: the statement's maker reports it.
        const noun = reportedClause ? this.reportNounObject(verb) : -1;
        if (noun >= 0) {
          this.attribute(attribution, noun, 'reports', this.argumentFinder.subjectOf(verb));
          break;
        }
        // "gaat bezoeken" is to come; "gingen samen ontbijten" happened.
        if (rel === Rel.XCOMP && modality === '' && this.data.futureHeads.has(view.key(head)) && !this.data.pastMotionForms.has(view.form(head))) modality = 'future';
      } else if (rel === Rel.ACL && this.isContentClause(k)) {
        // "ontkende de beschuldigingen dat hij …": the clause tells the content of a noun that a speech verb takes.
        // A content clause is said or thought by someone, so "zou" there is a future in the past as well.
        reportedClause = true;
        const verb = this.verbOfNoun(head);
        const cue = verb >= 0 ? this.speechCue(verb) : undefined;
        if (cue !== undefined) this.attribute(attribution, verb, cue.stance, this.argumentFinder.subjectOf(verb));
        // "een verklaring uitbracht dat hij … zou steunen": a statement's content is reported by whoever made it.
        else if (verb >= 0 && this.data.reportNouns.has(view.key(head))) this.attribute(attribution, head, 'reports', this.argumentFinder.subjectOf(verb));
        break;
      } else if (rel !== Rel.CONJ && rel !== Rel.ADVCL) {
        // An adverbial clause ("nadat de politie …") shares the "volgens X" of the clause it hangs on.
        break;
      }
      from = k;
      k = head;
    }
    if (attribution.cue < 0) this.quoteSpeaker(trigger, attribution);
    // What someone is suspected of is alleged ("op verdenking van mishandeling").
    if (args.suspected && attribution.stance === '') attribution.stance = 'alleges';
    // "zei dat hij X zou steunen": the past of the future auxiliary in reported speech is a future, not a condition.
    if (modality === 'hypothetical' && reportedClause && this.pastFuture(args.clauseVerb >= 0 ? args.clauseVerb : trigger)) modality = 'future';
    // A denial outranks the event's own modality ("ontkende dat hij … zou hebben misbruikt").
    attribution.status = attribution.stance === 'denies' ? 'denied' : modality !== '' ? modality : statusOfStance(attribution.stance);
    return attribution;
  }

  /**
   * For a clause of purpose ("om … te"), the modality of the verb it depends on (up a chain of such clauses), else
   * 'future'; '' for any other clause.
   */
  private purposeModality(verb: number): Modality {
    const { view, data } = this;
    let v = verb;
    // "om de sancties op te heffen en noodhulp te verstrekken": a conjunct shares the clause's purpose.
    while (view.rel[v] === Rel.CONJ && view.head[v] >= 0 && view.isVerb(view.head[v])) v = view.head[v];
    let purpose = false;
    for (let depth = 0; depth < ATTRIBUTION_DEPTH && view.isVerb(v); depth++) {
      if (!this.isPurposeClause(v)) break;
      const head = view.head[v];
      // "kozen ervoor om de kandidatuur goed te keuren": what was decided is told as done, not intended.
      if (this.verbIn(head, data.decisionVerbs)) break;
      purpose = true;
      if (head < 0) break;
      const own = this.ownModality(head);
      if (own !== '') return own;
      v = head;
    }
    return purpose && data.purposeMarkers.size > 0 ? 'future' : '';
  }

  /** A clause marked by a purpose marker and the infinitive marker ("om … te"). */
  isPurposeClause(v: number): boolean {
    const { view, data } = this;
    let purpose = false;
    let infinitive = false;
    for (let k = view.childStart[v]; k < view.childStart[v + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] !== Rel.MARK) continue;
      if (data.purposeMarkers.has(view.key(c))) purpose = true;
      else if (view.key(c) === data.infinitiveMarker) infinitive = true;
    }
    return purpose && infinitive;
  }

  /** Whether the event's own clause carries an auxiliary of obligation ("moet zich terugtrekken"). */
  obliged(trigger: number, args: EventArguments): boolean {
    const { view, data } = this;
    if (data.obligationAux.size === 0 || !view.isVerb(trigger)) return false;
    const verb = args.clauseVerb >= 0 ? args.clauseVerb : trigger;
    for (let k = view.childStart[verb]; k < view.childStart[verb + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] === Rel.AUX && data.obligationAux.has(view.form(c))) return true;
    }
    return false;
  }

  /** Whether verb v (with its separable particle, or by a form the lemmatizer missed) is one of `verbs`. */
  private verbIn(v: number, verbs: ReadonlySet<string>): boolean {
    const { view } = this;
    if (v < 0 || verbs.size === 0 || !view.isVerb(v)) return false;
    return verbs.has(view.separableKey(v)) || this.forms.lemmas(view.form(v)).some((lemma) => verbs.has(lemma));
  }

  /** The verb's only auxiliary is the past of the future ("zou steunen", not "zou hebben gesteund" or "zou kunnen"). */
  private pastFuture(v: number): boolean {
    const { view, data } = this;
    let auxiliaries = 0;
    let pastFuture = false;
    for (let k = view.childStart[v]; k < view.childStart[v + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] !== Rel.AUX) continue;
      auxiliaries++;
      if (data.pastFutureAux.has(view.form(c))) pastFuture = true;
    }
    return pastFuture && auxiliaries === 1;
  }

  /** The speech cue a verb is ("zegt", "liet weten", "denied"), or undefined. */
  speechCue(v: number): SpeechCue | undefined {
    const { view } = this;
    if (!view.isVerb(v)) return undefined;
    const cue = this.cueOfLemma(v, view.key(v));
    if (cue !== undefined) return cue;
    // A past form the lemmatizer did not resolve ("merkten … op"): the lemmas its form may have.
    for (const lemma of this.forms.lemmas(view.form(v))) {
      const found = this.cueOfLemma(v, lemma);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  private cueOfLemma(v: number, lemma: string): SpeechCue | undefined {
    const { view } = this;
    const particle = view.child(v, Rel.PRT);
    const keys = particle >= 0 ? [view.key(particle) + lemma, lemma] : [lemma];
    for (const key of keys) {
      for (const cue of this.speech.byKey.get(key) ?? []) {
        if (cue.kind !== 'verb') continue;
        if (cue.particle !== '' && key === cue.stem && (particle < 0 || view.key(particle) !== cue.particle)) continue;
        if (cue.prep !== '' && !this.hasChildKey(v, cue.prep)) continue;
        return cue;
      }
    }
    return undefined;
  }

  /** The cue of the verb above `v` when `v` is its second word ("weten" of "liet weten"), else undefined. */
  private companionCue(v: number): SpeechCue | undefined {
    const head = this.view.head[v];
    if (head < 0) return undefined;
    const cue = this.speechCue(head);
    return cue !== undefined && cue.prep === this.view.key(v) ? cue : undefined;
  }

  /** A clause with a complementizer that modifies a noun ("de beschuldiging dat …"). */
  private isContentClause(k: number): boolean {
    const { view } = this;
    const mark = view.child(k, Rel.MARK);
    const head = view.head[k];
    return mark >= 0 && this.data.complementizers.has(view.key(mark)) && head >= 0 && view.upos(head) === 'NOUN';
  }

  /** The object of verb v that is a noun of saying ("verklaring"), or -1. */
  private reportNounObject(v: number): number {
    const object = this.view.child(v, Rel.OBJ);
    return object >= 0 && this.data.reportNouns.has(this.view.key(object)) ? object : -1;
  }

  /** The verb a noun is an argument of, through a misparsed infinitive or participle above it; -1 for none. */
  private verbOfNoun(noun: number): number {
    const { view } = this;
    let v = view.head[noun];
    if (v < 0 || !view.isVerb(v)) return -1;
    if (this.speechCue(v) === undefined && view.rel[v] === Rel.XCOMP && view.head[v] >= 0) v = view.head[v];
    return v;
  }

  /**
   * An adverbial clause marked as a that-clause ("waarschuwde dat …" misparsed as advcl) is a complement; so is an
   * unmarked one before its verb (a quote put first: "'Ze moeten zich terugtrekken', vertelde hij").
   */
  private isThatClause(k: number): boolean {
    const { view } = this;
    if (view.rel[k] !== Rel.ADVCL) return false;
    const mark = view.child(k, Rel.MARK);
    // "wordt ervan verdacht … te hebben bedreigd": a te-infinitive without "om" complements the verb like a that-clause.
    if (mark >= 0 && view.key(mark) === this.data.infinitiveMarker) return true;
    return mark >= 0 ? this.data.complementizers.has(view.key(mark)) : k < view.head[k];
  }

  /** The subject heads of a speech verb whose stance is given, for claims ("Zowel China als Rusland ontkent dat"). */
  speakersOf(v: number): Party[] {
    const subject = this.argumentFinder.subjectOf(v);
    return subject < 0 ? [] : this.view.conjuncts(subject).map((t) => this.parties.resolve(t));
  }

  /** A speech phrase attached to the clause itself: "volgens X", "aldus X", "according to X", "…, zei X". */
  private besideSpeech(k: number, attribution: Attribution, from: number): void {
    const { view } = this;
    for (let c = view.childStart[k]; c < view.childStart[k + 1]; c++) {
      const t = view.childList[c];
      // Not the clause the climb came from: a speech verb cannot report its own setting.
      if (t === from) continue;
      const rel = view.rel[t];
      if (rel === Rel.OBL || rel === Rel.NMOD || rel === Rel.ADVMOD) {
        const marker = view.child(t, Rel.CASE);
        if (marker < 0) continue;
        const cue = this.adpositionCue(marker);
        if (cue !== undefined) return this.attribute(attribution, marker, cue.stance, t);
      } else if (rel === Rel.PARATAXIS) {
        const cue = this.speechCue(t);
        const subject = cue === undefined ? -1 : view.child(t, Rel.NSUBJ);
        if (cue !== undefined && subject >= 0) return this.attribute(attribution, t, cue.stance, subject);
      }
    }
  }

  private adpositionCue(marker: number): SpeechCue | undefined {
    const { view } = this;
    for (const key of [view.key(marker), view.form(marker)]) {
      for (const cue of this.speech.byKey.get(key) ?? []) if (cue.kind !== 'verb') return cue;
    }
    return undefined;
  }

  private attribute(attribution: Attribution, cue: number, stance: SpeechStance, speaker: number): void {
    attribution.cue = cue;
    attribution.stance = stance;
    attribution.speakers = speaker < 0 ? [] : this.view.conjuncts(speaker).map((t) => this.parties.resolve(t));
  }

  /** An event inside a direct quote whose speaker is known is reported by that speaker. */
  private quoteSpeaker(trigger: number, attribution: Attribution): void {
    const at = this.view.doc.starts[trigger];
    for (const quote of this.quotes) {
      if (quote.kind !== 'direct' || quote.speaker === undefined || at < quote.start || at >= quote.end) continue;
      const actor = this.view.doc.actors.find((a) => a.id === quote.speaker);
      attribution.stance = 'reports';
      attribution.speakers = [
        { ref: { actor: quote.speaker, text: actor?.name ?? quote.speaker, country: actor?.country ?? '', sector: actor?.sector ?? '' }, token: -1, key: quote.speaker, political: true, known: true },
      ];
      return;
    }
  }

  /** Negation, possibility and future marked on token t itself (and on its object, for "geen"). */
  private ownModality(t: number): Modality {
    const { view, data } = this;
    let result: Modality = '';
    for (let k = view.childStart[t]; k < view.childStart[t + 1]; k++) {
      const c = view.childList[k];
      const rel = view.rel[c];
      const key = view.key(c);
      if ((rel === Rel.ADVMOD || rel === Rel.DET || rel === Rel.OTHER) && data.negation.has(key)) return 'negated';
      // "geen sancties opleggen", "in geen geval opgeven": a core object or an adjunct with a negative determiner.
      if ((rel === Rel.OBJ || rel === Rel.OBL) && view.isVerb(t) && this.negatedDeterminer(c)) return 'negated';
      if (result !== '') continue;
      if (rel === Rel.AUX) {
        const form = view.form(c);
        if (data.hypotheticalAux.has(form)) result = 'hypothetical';
        else if (data.futureAux.has(form)) result = 'future';
      } else if ((rel === Rel.ADVMOD || rel === Rel.AMOD) && data.hypotheticalAdverbs.has(key)) {
        result = 'hypothetical';
      } else if (rel === Rel.MARK && data.conditionalMarkers.has(key) && view.isVerb(t)) {
        result = 'hypothetical';
      } else if (rel === Rel.ADVCL && view.isVerb(t) && view.isVerb(c) && this.conditionalClause(c)) {
        // "zal aanvallen als de NAVO uitbreidt": an event on a condition is hypothetical.
        result = 'hypothetical';
      }
    }
    return result;
  }

  /** A clause marked by a conditional conjunction ("als", "indien", "if"). */
  private conditionalClause(c: number): boolean {
    const mark = this.view.child(c, Rel.MARK);
    return mark >= 0 && this.data.conditionalMarkers.has(this.view.key(mark));
  }

  private negatedDeterminer(t: number): boolean {
    const det = this.view.child(t, Rel.DET);
    return det >= 0 && this.data.negation.has(this.view.key(det));
  }

  private hasChildKey(v: number, key: string): boolean {
    const { view } = this;
    for (let k = view.childStart[v]; k < view.childStart[v + 1]; k++) if (view.key(view.childList[k]) === key) return true;
    const head = view.head[v];
    return head >= 0 && view.key(head) === key;
  }
}

export function statusOfStance(stance: SpeechStance | ''): EventStatus {
  switch (stance) {
    case 'denies':
      return 'denied';
    case 'alleges':
      return 'alleged';
    case 'reports':
    case 'confirms':
      return 'reported';
    default:
      return 'asserted';
  }
}
