import type { Segmentation } from '../doc/doc.js';
import type { SegmenterData } from './language-data.js';
import { SentenceSplitter } from './sentence-splitter.js';
import { Tokenizer } from './tokenizer.js';
import { WordExpander } from './word-expansion.js';

/**
 * A rule-based tokenizer and sentence splitter, language-neutral, configured by one language's data: the
 * tokenizer makes one pass over the char codes, the sentence splitter one pass over the tokens.
 */
export class Segmenter {
  private readonly tokenizer: Tokenizer;
  private readonly splitter: SentenceSplitter;
  private readonly expander: WordExpander;

  constructor(data: SegmenterData) {
    this.tokenizer = new Tokenizer(data);
    this.splitter = new SentenceSplitter(data);
    this.expander = new WordExpander(data);
  }

  /** Tokens are syntactic words: surface tokens, with clitics and fused words split (marked in `fused`). */
  segment(text: string): Segmentation {
    const tokens = this.tokenizer.tokenize(text);
    const sentenceStarts = this.splitter.split(tokens);
    if (!this.expander.active) {
      return {
        starts: tokens.starts.slice(0, tokens.count),
        ends: tokens.ends.slice(0, tokens.count),
        sentenceStarts,
        fused: new Uint8Array(tokens.count),
      };
    }
    const words = this.expander.expand(text, tokens.starts, tokens.ends, tokens.count);
    return {
      starts: words.starts,
      ends: words.ends,
      sentenceStarts: sentenceStarts.map((token) => words.firstWord[token]),
      fused: words.fused,
    };
  }
}
