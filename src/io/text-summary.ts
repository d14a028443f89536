import type { Article, ArticleError, CharSpan } from '../doc/article.js';

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
  lines.push('', '   Sentences:');
  article.sentences.forEach((span, i) => lines.push(`   ${String(i + 1).padStart(3)}. ${snippet(article.text, span)}`));
  for (const error of article.errors) lines.push(`   ! ${error.source}: ${error.message}`);
  return lines.join('\n') + '\n';
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
