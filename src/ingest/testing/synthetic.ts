import type { ArticleInput } from '../../io/input.js';

const SUBJECTS = ['China', 'Taiwan', 'The United States', 'Russia', 'The European Union', 'Protesters in Hong Kong'];
const VERBS = ['threatened', 'met', 'criticised', 'agreed with', 'called on', 'sanctioned'];
const OBJECTS = ['Japan', 'Ukraine', 'the United Nations', 'Taipei', 'the government', 'its neighbours'];
const DAYS = ['on Monday', 'on Tuesday', 'yesterday', 'last week', 'on 4 March', 'this morning'];

/**
 * `count` distinct English news-like articles (JSONL records) of about `sentences` sentences each, made from
 * templates, for ingest tests that must not read corpora.
 */
export function syntheticArticles(count: number, sentences = 12): ArticleInput[] {
  const articles: ArticleInput[] = [];
  for (let i = 0; i < count; i++) {
    const lines: string[] = [];
    for (let j = 0; j < sentences; j++) {
      const k = i * 7 + j * 3;
      lines.push(
        `${SUBJECTS[k % SUBJECTS.length]} ${VERBS[(k >> 1) % VERBS.length]} ${OBJECTS[(k >> 2) % OBJECTS.length]} ` +
          `${DAYS[(i + j) % DAYS.length]}, officials said in report ${i}-${j}.`,
      );
    }
    const day = String(1 + (i % 28)).padStart(2, '0');
    articles.push({ id: `synthetic-${i}`, text: lines.join(' '), published: `2024-03-${day}`, language: 'en', url: `https://synthetic.example/${i}` });
  }
  return articles;
}
