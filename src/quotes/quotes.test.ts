import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { QuoteRecord } from '../doc/article.js';
import type { Doc } from '../doc/doc.js';
import { pipelineFor } from '../pipeline/index.js';
import { QuoteFinder } from './index.js';

interface Found {
  doc: Doc;
  quotes: QuoteRecord[];
  /** The quote whose text is exactly this. */
  quote(text: string): QuoteRecord;
  /** The name of the speaker's actor, or '' when there is none. */
  speakerName(quote: QuoteRecord): string;
}

function find(text: string, language: string): Found {
  const { doc } = pipelineFor(language).run(text, { published: '2022-03-19' });
  const finder = QuoteFinder.forLanguage(language);
  finder.apply(doc, { published: '2022-03-19' });
  const quotes = doc.quotes;
  return {
    doc,
    quotes,
    quote(t) {
      const found = quotes.find((q) => q.text === t);
      assert.ok(found, `no quote "${t}" among ${JSON.stringify(quotes.map((q) => q.text))}`);
      return found;
    },
    speakerName: (q) => doc.actors.find((a) => a.id === q.speaker)?.name ?? '',
  };
}

const direct = (f: Found) => f.quotes.filter((q) => q.kind === 'direct');

describe('direct quotes', () => {
  const styles: [string, string][] = [
    ['“', '”'],
    ['"', '"'],
    ['‘', '’'],
    ["'", "'"],
    ['„', '”'],
    ['«', '»'],
    ['»', '«'],
    ['‚', '‘'],
    [',,', "''"],
  ];
  for (const [open, close] of styles) {
    it(`reads ${open}…${close} with the speaker before the quote`, () => {
      const f = find(`Premier Mark Rutte zei woensdag: ${open}Dit kabinet gaat door met de steun aan Oekraïne.${close} Daarna vertrok hij.`, 'nl');
      const q = f.quote('Dit kabinet gaat door met de steun aan Oekraïne.');
      assert.equal(q.kind, 'direct');
      assert.equal(q.cue, 'zei');
      assert.match(f.speakerName(q), /Rutte/);
      assert.equal(q.end - q.start, q.text.length);
      assert.equal(f.doc.text.slice(q.start, q.end), q.text);
    });
  }

  it('takes the speaker after the quote, also as a pronoun for the last person named', () => {
    const f = find('Angela Merkel sprak in Berlijn. ‘We laten ons niet intimideren door Rusland’, zei ze. "Het is een zwarte dag," zei Merkel.', 'nl');
    const first = f.quote('We laten ons niet intimideren door Rusland');
    assert.equal(first.cue, 'zei');
    assert.match(f.speakerName(first), /Merkel/);
    assert.match(f.speakerName(f.quote('Het is een zwarte dag')), /Merkel/);
  });

  it('gives a quote without a cue the speaker whose words the sentence before reports ("Hij zegt dat … . ‘…’")', () => {
    const f = find('Paul Cliteur wil geen fractieleider worden. Dat zegt hij in een interview. "Ik zie mezelf als de ideale tweede man."', 'nl');
    assert.match(f.speakerName(f.quote('Ik zie mezelf als de ideale tweede man.')), /Cliteur/);
    const en = find('Boris Johnson said the talks had failed. "We will not give up."', 'en');
    assert.match(en.speakerName(en.quote('We will not give up.')), /Johnson/);
  });

  it('gives a quote without a cue the person the sentence before is about ("Toch was Nuis kritisch. “…”")', () => {
    const f = find('Kjeld Nuis reed een wereldrecord. Toch was Nuis ook kritisch na zijn race. "Het was niet perfect, want in de bocht maakte ik een fout."', 'nl');
    assert.match(f.speakerName(f.quote('Het was niet perfect, want in de bocht maakte ik een fout.')), /Nuis/);
  });

  it('gives a quote after "Name:" that name ("Otter: “…”")', () => {
    const f = find('Bondscoach Jeroen Otter was teleurgesteld over de race. Otter: "In onze sport is een wereldtitel een heel groot iets."', 'nl');
    assert.match(f.speakerName(f.quote('In onze sport is een wereldtitel een heel groot iets.')), /Otter/);
  });

  it('gives a quote a colon introduces the subject of the clause before the colon', () => {
    const f = find('The Pentagon defended the strike as defensive: "The U.S. military has taken decisive action to protect its personnel abroad."', 'en');
    assert.match(f.speakerName(f.quote('The U.S. military has taken decisive action to protect its personnel abroad.')), /Pentagon|Defense/);
  });

  it('reads English speakers after and before the quote', () => {
    const f = find('"We will not back down," Joe Biden said on Friday. Boris Johnson told reporters: "This is a sad day for Europe." "It is a mistake," he said.', 'en');
    assert.match(f.speakerName(f.quote('We will not back down')), /Biden/);
    const johnson = f.quote('This is a sad day for Europe.');
    assert.equal(johnson.cue, 'told');
    assert.match(f.speakerName(johnson), /Johnson/);
    assert.match(f.speakerName(f.quote('It is a mistake')), /Johnson/, 'he: the last person named');
  });

  it('takes the speaker after "aldus"', () => {
    const f = find('‘Dit is een historische dag voor Nederland’, aldus premier Mark Rutte.', 'nl');
    const q = f.quote('Dit is een historische dag voor Nederland');
    assert.equal(q.cue, 'aldus');
    assert.match(f.speakerName(q), /Rutte/);
  });

  it('attaches a quoted phrase to "volgens" and "according to"', () => {
    const nl = find('Volgens Mark Rutte is de situatie in Oekraïne „zeer ernstig”.', 'nl');
    const q = nl.quote('zeer ernstig');
    assert.equal(q.cue, 'Volgens');
    assert.match(nl.speakerName(q), /Rutte/);
    const en = find('According to Boris Johnson, the invasion was "a catastrophic mistake".', 'en');
    const e = en.quote('a catastrophic mistake');
    assert.equal(e.cue, 'According to');
    assert.match(en.speakerName(e), /Johnson/);
  });

  it('leaves out scare quotes and names that nobody says', () => {
    const f = find('Het voorstel om de naam ‘Welsh Assembly’ te wijzigen kwam er niet. De kiezers stemden over de ‘nieuwe naam’ van het land.', 'nl');
    assert.deepEqual(direct(f), []);
  });

  it('takes no apostrophe for a quote', () => {
    const nl = find("Bidens’ plan kwam ’s middags, zei hij tegen z’n collega's. Hij vertrok ‘s avonds naar Kyiv.", 'nl');
    assert.deepEqual(direct(nl), []);
    const en = find("The parents' house was empty, and the '90s were over. Rock 'n' roll never died.", 'en');
    assert.deepEqual(direct(en), []);
  });

  it('follows a quote over several sentences and into the next paragraph that opens with a quote mark', () => {
    const text = [
      'Minister Wopke Hoekstra was duidelijk. "We gaan door met de sancties. Rusland moet stoppen met deze oorlog.',
      '"Er is geen andere weg," zei Hoekstra.',
      'Daarna ging het over iets anders.',
    ].join('\n\n');
    const f = find(text, 'nl');
    const quotes = direct(f);
    assert.equal(quotes.length, 1, JSON.stringify(quotes));
    const q = quotes[0];
    assert.ok(q.text.startsWith('We gaan door met de sancties.'));
    assert.ok(q.text.endsWith('Er is geen andere weg'));
    assert.match(f.speakerName(q), /Hoekstra/);
  });

  it('gives a statement that follows a quote of the same speaker that speaker', () => {
    const f = find('‘We zien geen reactie van de VS’, zei Kamala Harris. ‘Zonder vertrouwen zullen wij ons nooit eenzijdig ontwapenen.’', 'nl');
    assert.match(f.speakerName(f.quote('Zonder vertrouwen zullen wij ons nooit eenzijdig ontwapenen.')), /Harris/);
  });

  it('keeps an unclosed quote from running past its sentence or paragraph', () => {
    const f = find('Hij noemde het plan "onzin en verder ging hij naar huis. Dat was het einde van de dag. Niemand zei iets.\n\nEen nieuwe alinea.', 'nl');
    for (const q of f.quotes) assert.ok(!q.text.includes('einde van de dag'), JSON.stringify(q));
    const marks = find('" \' “ ” ‘ ’ „ « » "\'"\'' + ' Rutte zei: "Dit', 'nl');
    for (const q of marks.quotes) assert.ok(q.end - q.start < 20, JSON.stringify(q));
  });
});

describe('indirect speech', () => {
  it('reads "X zegt/liet weten dat …" with the complement clause as span', () => {
    const f = find('Het Witte Huis liet weten dat de president met zijn Chinese collega heeft gebeld. Minister Wopke Hoekstra zegt dat de sancties blijven.', 'nl');
    const house = f.quote('de president met zijn Chinese collega heeft gebeld');
    assert.equal(house.kind, 'indirect');
    assert.equal(house.cue, 'liet weten');
    assert.equal(f.speakerName(house), 'White House');
    const hoekstra = f.quote('de sancties blijven');
    assert.equal(hoekstra.cue, 'zegt');
    assert.match(f.speakerName(hoekstra), /Hoekstra/);
  });

  it('reads "volgens X" and "according to X" as indirect speech of the clause they attach to', () => {
    const nl = find('Volgens Mark Rutte moet het kabinet snel handelen.', 'nl');
    const q = nl.quote('moet het kabinet snel handelen');
    assert.equal(q.kind, 'indirect');
    assert.match(nl.speakerName(q), /Rutte/);
    const en = find('The talks will continue next week, according to the White House.', 'en');
    const e = en.quote('The talks will continue next week');
    assert.equal(e.cue, 'according to');
    assert.equal(en.speakerName(e), 'White House');
  });

  it('takes an object pronoun after "volgens" and "according to" for the person named last ("volgens hem")', () => {
    const nl = find('Mark Rutte sprak met de SGP en het CIDI. Volgens hem moet het kabinet snel handelen.', 'nl');
    assert.match(nl.speakerName(nl.quote('moet het kabinet snel handelen')), /Rutte/);
    const en = find('Joe Biden met the Labour Party in London. According to him, the talks will continue.', 'en');
    assert.match(en.speakerName(en.quote('the talks will continue')), /Biden/);
  });

  it('reads "X said (that) …" in English', () => {
    const f = find('Boris Johnson said that the talks had failed. Joe Biden said Russia would pay a high price.', 'en');
    const johnson = f.quote('the talks had failed');
    assert.equal(johnson.kind, 'indirect');
    assert.equal(johnson.cue, 'said');
    assert.match(f.speakerName(johnson), /Johnson/);
    assert.match(f.speakerName(f.quote('Russia would pay a high price')), /Biden/);
  });
});

describe('the example article', () => {
  const text = readFileSync(fileURLToPath(new URL('../../examples/biden-xi.nl.txt', import.meta.url)), 'utf8');
  const f = find(text, 'nl');

  it('reads "Het Witte Huis liet weten dat …" as indirect speech of the White House', () => {
    const q = f.quotes.find((x) => x.kind === 'indirect' && x.cue === 'liet weten');
    assert.ok(q, JSON.stringify(f.quotes));
    assert.equal(f.speakerName(q), 'White House');
    assert.ok(q.text.startsWith('Biden Xi heeft gewezen op'));
  });

  it('finds the quoted phrase of the Chinese-ambassador sentence, spoken by the ambassador', () => {
    const q = f.quote('de kracht en eenheid');
    assert.equal(q.kind, 'direct');
    const speaker = f.doc.actors.find((a) => a.id === q.speaker);
    assert.equal(speaker?.country, 'CHN');
  });

  it('attributes the warning of "ernstige gevolgen" to Sullivan, and leaves the other scare quote alone', () => {
    assert.match(f.speakerName(f.quote('ernstige gevolgen')), /Sullivan/);
    assert.ok(!f.quotes.some((q) => q.text === 'Russische zorgen over veiligheid'));
  });

  it('gives ids in text order', () => {
    assert.deepEqual(
      f.quotes.map((q) => q.id),
      f.quotes.map((_, k) => `q${k + 1}`),
    );
    for (let k = 1; k < f.quotes.length; k++) assert.ok(f.quotes[k - 1].start <= f.quotes[k].start);
  });
});
