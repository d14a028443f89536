import type { Segmentation } from '../doc/doc.js';
import type { SegmenterData } from './language-data.js';
import { SentenceSplitter } from './sentence-splitter.js';
import { Tokenizer } from './tokenizer.js';

/**
 * A rule-based tokenizer and sentence splitter, language-neutral, configured by one language's data: the
 * tokenizer makes one pass over the char codes, the sentence splitter one pass over the tokens.
 */
export class Segmenter {
  private readonly tokenizer: Tokenizer;
  private readonly splitter: SentenceSplitter;

  constructor(data: SegmenterData) {
    this.tokenizer = new Tokenizer(data);
    this.splitter = new SentenceSplitter(data);
  }

  segment(text: string): Segmentation {
    const tokens = this.tokenizer.tokenize(text);
    return {
      starts: tokens.starts.slice(0, tokens.count),
      ends: tokens.ends.slice(0, tokens.count),
      sentenceStarts: this.splitter.split(tokens),
    };
  }
}
