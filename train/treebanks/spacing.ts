/** Detokenisation for `# text`: which tokens are followed by no space (SpaceAfter=No). */

const NO_SPACE_BEFORE = new Set(['.', ',', ';', ':', '?', '!', ')', ']', '}', '»', "''", '’', '”', '...', '%']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '«', ',,', '„', '‘', '“']);
const SYMMETRIC_QUOTES = new Set(['"', "'"]);

/** For each token, true when no space follows it in running text. */
export function noSpaceAfter(forms: string[]): boolean[] {
  const out = forms.map(() => false);
  const open = new Map<string, boolean>();
  forms.forEach((f, i) => {
    if (NO_SPACE_AFTER.has(f)) out[i] = true;
    if (i > 0 && NO_SPACE_BEFORE.has(f)) out[i - 1] = true;
    if (SYMMETRIC_QUOTES.has(f)) {
      const isOpen = !(open.get(f) ?? false);
      open.set(f, isOpen);
      if (isOpen) out[i] = true;
      else if (i > 0) out[i - 1] = true;
    }
  });
  out[forms.length - 1] = false;
  return out;
}

/** The running text of the tokens given the SpaceAfter flags. */
export function joinTokens(forms: string[], noSpace: boolean[]): string {
  return forms.map((f, i) => f + (noSpace[i] || i === forms.length - 1 ? '' : ' ')).join('');
}
