/**
 * The actor knowledge base: countries, capitals and seats used as metonyms, institutions, international bodies,
 * media, armed groups, people with dated roles, and agent nouns (docs/kb.md). `lookup` and `agentNoun` use the
 * built-in data, loaded on first use; `loadKnowledgeBase` adds user data directories.
 */
import { fileURLToPath } from 'node:url';
import { KnowledgeBase, type LookupOptions, type ActorCandidate } from './knowledge-base.js';
import { readKnowledgeBase, type KbData } from './read.js';
import type { AgentNoun, KbIssue } from './types.js';

export { KnowledgeBase } from './knowledge-base.js';
export type { AgentEntry, KbData } from './read.js';
export type { ActorCandidate, DateMatch, LookupOptions, MatchKind } from './knowledge-base.js';
export type { Actor, ActorKind, ActorName, AgentNoun, KbIssue, PersonRole, RoleDefinition, Sector } from './types.js';
export { nameKey, spellingKey } from './normalize.js';

/**
 * The built-in data directory. Resolves to the repository's src/kb/data both from src/kb (tsx) and from dist/kb
 * (compiled), since tsc does not copy data files.
 */
export const BUILTIN_DATA_DIR = fileURLToPath(new URL('../../src/kb/data/', import.meta.url));

/** The data files were invalid; `issues` names each file and line. */
export class KnowledgeBaseError extends Error {
  readonly issues: readonly KbIssue[];
  constructor(issues: readonly KbIssue[]) {
    super(`invalid knowledge-base data:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'KnowledgeBaseError';
    this.issues = issues;
  }
}

export function formatIssue(issue: KbIssue): string {
  return `${issue.file}:${issue.line}: ${issue.message}`;
}

/** Reads and validates data directories (the built-in one first unless `builtin` is false) without throwing. */
export function validateKnowledgeBase(extraDirs: readonly string[] = [], builtin = true): KbData {
  return readKnowledgeBase(builtin ? [BUILTIN_DATA_DIR, ...extraDirs] : extraDirs);
}

/** Loads the built-in data plus any extra directories; throws KnowledgeBaseError when the data is invalid. */
export function loadKnowledgeBase(extraDirs: readonly string[] = []): KnowledgeBase {
  const data = validateKnowledgeBase(extraDirs);
  if (data.issues.length > 0) throw new KnowledgeBaseError(data.issues);
  return new KnowledgeBase(data);
}

let builtinKb: KnowledgeBase | undefined;

/** The knowledge base of the built-in data, loaded once on first use. */
export function knowledgeBase(): KnowledgeBase {
  builtinKb ??= loadKnowledgeBase();
  return builtinKb;
}

/** Candidate actors for a name as written in a text, best first (built-in data). */
export function lookup(name: string, options?: LookupOptions): ActorCandidate[] {
  return knowledgeBase().lookup(name, options);
}

/** The sector (and role, person, official, state-owned) an agent noun implies (built-in data). */
export function agentNoun(word: string, language?: string): AgentNoun | undefined {
  return knowledgeBase().agentNoun(word, language);
}
