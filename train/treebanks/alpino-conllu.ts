/** One Alpino sentence as a CoNLL-U sentence (UD v2), with `# sent_id`, `# text` and SpaceAfter=No. */
import type { ConlluSentence } from '../../src/io/conllu.js';
import type { AlpinoSentence } from './alpino-xml.js';
import { convertAlpino } from './alpino-to-ud.js';
import type { ConversionTools } from './alpino-words.js';
import { joinTokens, noSpaceAfter } from './spacing.js';

export function alpinoToConllu(sentence: AlpinoSentence, tools: ConversionTools): ConlluSentence {
  const tokens = convertAlpino(sentence, tools);
  const forms = tokens.map((t) => t.form);
  const noSpace = noSpaceAfter(forms);
  return {
    comments: new Map([
      ['sent_id', `cdb-${sentence.id}`],
      ['text', joinTokens(forms, noSpace)],
    ]),
    words: tokens.map((t, i) => ({
      id: i + 1,
      form: t.form,
      lemma: t.lemma,
      upos: t.upos,
      xpos: '_',
      feats: '_',
      head: t.head + 1,
      deprel: t.deprel,
      deps: '_',
      misc: noSpace[i] ? 'SpaceAfter=No' : '_',
    })),
    multiwords: [],
    line: 0,
  };
}
