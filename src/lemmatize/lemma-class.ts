import { applyEditTree, buildEditTree, type EditTree } from './edit-tree.js';

/**
 * What the classifier predicts: an edit tree plus whether it works on the lower-cased form (most lemmas)
 * or on the form as written (names, abbreviations). Encoded as a label: "L" or "C" followed by the tree's JSON.
 */
export class LemmaClass {
  constructor(
    readonly tree: EditTree,
    readonly keepCase: boolean,
  ) {}

  /** The class that turns `form` into `lemma`. */
  static between(form: string, lemma: string): LemmaClass {
    const keepCase = lemma !== lemma.toLowerCase();
    return new LemmaClass(buildEditTree(keepCase ? form : form.toLowerCase(), lemma), keepCase);
  }

  static fromLabel(label: string): LemmaClass {
    const mode = label[0];
    if (mode !== 'L' && mode !== 'C') throw new Error(`bad lemma class label '${label}'`);
    return new LemmaClass(JSON.parse(label.slice(1)) as EditTree, mode === 'C');
  }

  get label(): string {
    return (this.keepCase ? 'C' : 'L') + JSON.stringify(this.tree);
  }

  /** The lemma of `form` (with `lower` its lower-cased form), or null when the class does not fit. */
  apply(form: string, lower: string): string | null {
    return applyEditTree(this.tree, this.keepCase ? form : lower);
  }
}
