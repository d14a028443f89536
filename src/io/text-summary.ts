import type { ActorRef, Article, ArticleError, CharSpan, EventRecord } from '../doc/article.js';

/** Longest stretch of a sentence shown on one line of the summary. */
const SNIPPET_CHARS = 110;

/** A readable, plain-text summary of one analysed article, for a person at a terminal. */
export function formatArticleSummary(article: Article): string {
  const lines: string[] = [];
  const date = article.published ? `published ${article.published}` : 'publication date unknown';
  lines.push(`== ${article.id} (${article.language}, ${date})`);
  if (article.title) lines.push(`   ${article.title}`);
  const tokenCount = article.tokens ? `, ${article.tokens.length} tokens` : '';
  lines.push(
    `   ${plural(article.sentences.length, 'sentence')}${tokenCount}; ${plural(article.entities.length, 'entity', 'entities')}, ` +
      `${plural(article.actors.length, 'actor')}, ${plural(article.timexes.length, 'time expression')}, ` +
      `${plural(article.quotes.length, 'quote')}, ${plural(article.events.length, 'event')}`,
  );
  if (article.tokens) {
    lines.push('', '   Tokens (text, tag, lemma, head, relation):');
    article.tokens.forEach((t, i) => {
      lines.push(`   ${String(i).padStart(5)}  ${t.text}\t${t.tag || '-'}\t${t.lemma || '-'}\t${t.head}\t${t.dep || '-'}`);
    });
  }
  if (article.timexes.length > 0) {
    lines.push('', '   Time expressions:');
    for (const timex of article.timexes) lines.push(`   ${timex.text.padEnd(24)} ${timex.value || '(unresolved)'}`);
  }
  if (article.events.length > 0) {
    lines.push('', '   Events (who did what to whom, when, where, status, per whom):');
    article.events.forEach((event, i) => lines.push(...eventLines(article, event, i)));
  }
  if (article.quotes.length > 0) {
    lines.push('', '   Quotes:');
    for (const quote of article.quotes) {
      const speaker = quote.speaker === undefined ? 'unknown speaker' : actorName(article, quote.speaker);
      lines.push(`   ${speaker} (${quote.kind}${quote.cue ? `, ${quote.cue}` : ''}): ${snippet(article.text, quote)}`);
    }
  }
  lines.push('', '   Sentences:');
  article.sentences.forEach((span, i) => lines.push(`   ${String(i + 1).padStart(3)}. ${snippet(article.text, span)}`));
  for (const error of article.errors) lines.push(`   ! ${error.source}: ${error.message}`);
  return lines.join('\n') + '\n';
}

/** One event as "1. TYPE (mode) date, place: source → target — status, per whom", its evidence below. */
function eventLines(article: Article, event: EventRecord, index: number): string[] {
  const kind = event.mode ? `${event.type} (${event.mode})` : event.type;
  const when = event.date ?? 'date unknown';
  const where = event.location ? `, in ${event.location.text} (${event.location.country || '?'})` : '';
  const parties = `${partyList(article, event.source)}${event.target.length > 0 ? ` → ${partyList(article, event.target)}` : ''}`;
  let status: string = event.status;
  if (event.attributedTo !== undefined) status += `, per ${actorName(article, event.attributedTo)}`;
  const deniers = article.claims.filter((c) => c.event === event.id && c.stance === 'denies').map((c) => actorName(article, c.claimant));
  if (deniers.length > 0) status += `; denied by ${deniers.join(', ')}`;
  const more = event.mentions && event.mentions.length > 0 ? ` (+${plural(event.mentions.length, 'further mention')})` : '';
  return [
    `   ${String(index + 1).padStart(3)}. ${kind}, ${when}${where}: ${parties} — ${status}`,
    `        "${snippet(article.text, event.evidence)}"${more}`,
  ];
}

function partyList(article: Article, parties: readonly ActorRef[]): string {
  if (parties.length === 0) return '?';
  return parties
    .map((p) => {
      const name = p.actor !== undefined ? actorName(article, p.actor) : p.text;
      const code = [p.country, p.sector].filter((c) => c !== '').join(' ');
      return code === '' ? name : `${name} [${code}]`;
    })
    .join(' + ');
}

function actorName(article: Article, id: string): string {
  return article.actors.find((a) => a.id === id)?.name ?? id;
}

/** The summary line for an article that could not be analysed. */
export function formatErrorSummary(error: ArticleError): string {
  return `== ${error.id}\n   ! ${error.error}\n`;
}

function snippet(text: string, span: CharSpan): string {
  const flat = text.slice(span.start, span.end).replace(/\s+/g, ' ');
  return flat.length > SNIPPET_CHARS ? `${flat.slice(0, SNIPPET_CHARS - 1)}…` : flat;
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
