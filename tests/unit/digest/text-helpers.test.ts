import { describe, expect, it } from 'vitest';
import { siteDomain } from '../../../lib/digest/prepare-sentences';
import { splitSentences } from '../../../lib/text/split-sentences';
import { tokenizeWords } from '../../../lib/text/tokenize-words';
import { digestLanguage } from '../../../lib/text/digest-language';
import { isStopWord } from '../../../lib/text/stop-words';
import { stemWord } from '../../../lib/text/stem-word';

describe('splitSentences', () => {
  it.each([
    ['Mr. Smith went to Washington. He paid $3.5 million.', 'en', ['Mr. Smith went to Washington.', 'He paid $3.5 million.']],
    ['It was J. R. R. Tolkien. Next one.', 'en', ['It was J. R. R. Tolkien.', 'Next one.']],
    ['"Really?" she asked. It was fine.', 'en', ['"Really?" she asked.', 'It was fine.']],
    ['Das ist z.B. gut. Nr. 5 ist da.', 'de', ['Das ist z.B. gut.', 'Nr. 5 ist da.']],
    ['First para.\n\nsecond para starts low.', 'en', ['First para.', 'second para starts low.']],
    ['Un texte. Deux phrases!', 'fr', ['Un texte.', 'Deux phrases!']],
    // Honorifics and titles: a cut after one leaves an item ending in "Rt." on the card.
    ['The Rt. Hon. Boris Johnson spoke. He left.', 'en', ['The Rt. Hon. Boris Johnson spoke.', 'He left.']],
    ['Gen. Milley and Sen. Warren met Lt. Gov. Kounalakis. Done.', 'en', ['Gen. Milley and Sen. Warren met Lt. Gov. Kounalakis.', 'Done.']],
    ['The U.S. Army agreed. He moved to the U.S. Then he left.', 'en', ['The U.S. Army agreed.', 'He moved to the U.S.', 'Then he left.']],
    ['He said no. No. 5 won.', 'en', ['He said no.', 'No. 5 won.']],
    // A sentence end run into the next with no space (a typo, two spans of markup); web addresses, code and abbreviations stay whole.
    ['He worked as a chief physician.Police arrested a man.', 'en', ['He worked as a chief physician.', 'Police arrested a man.']],
    ['Er ließ eine Anfrage unbeantwortet.Nicht nur im Ruhrgebiet.', 'de', ['Er ließ eine Anfrage unbeantwortet.', 'Nicht nur im Ruhrgebiet.']],
    ['Write to www.DearAbby.com or to the blog DoSchu.Com now.', 'en', ['Write to www.DearAbby.com or to the blog DoSchu.Com now.']],
    ['Call mod.Bar() here, bzw.Die Sache.', 'de', ['Call mod.Bar() here, bzw.Die Sache.']],
    ['Hr. Müller kam z. B. am 3. Oktober. Sie ging.', 'de', ['Hr. Müller kam z. B. am 3. Oktober.', 'Sie ging.']],
    // An ordinal after an article: "des 19. Jahrhunderts" is no sentence end; a count at the end is.
    ['Der Denker des 19. Jahrhunderts träumte davon. Vor Ende des 2. Weltkriegs kam es anders.', 'de', ['Der Denker des 19. Jahrhunderts träumte davon.', 'Vor Ende des 2. Weltkriegs kam es anders.']],
    ['Kurz nach seinem 70. Geburtstag kam ein Album. Gut.', 'de', ['Kurz nach seinem 70. Geburtstag kam ein Album.', 'Gut.']],
    ['Die Zahl der Toten stieg auf 12. Die Polizei ermittelt.', 'de', ['Die Zahl der Toten stieg auf 12.', 'Die Polizei ermittelt.']],
    ['M. Dupont et Mme Durand sont venus. Ils sont partis.', 'fr', ['M. Dupont et Mme Durand sont venus.', 'Ils sont partis.']],
    ['La Dra. Pérez y el Sr. Gómez llegaron a EE. UU. ayer. Fin.', 'es', ['La Dra. Pérez y el Sr. Gómez llegaron a EE. UU. ayer.', 'Fin.']],
    ['Fue al mar. Volvió.', 'es', ['Fue al mar.', 'Volvió.']],
    ['', 'en', []],
    ['x', 'not a tag!!', ['x']],
  ])('%j (%s)', (text, lang, expected) => {
    const spans = splitSentences(text, lang);
    expect(spans.map((s) => s.text)).toEqual(expected);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});

describe('tokenizeWords', () => {
  it.each([
    ["Grammy-winning singer's U.S. debut", ["Grammy-winning", "singer's", 'U.S', 'debut']],
    ['3.5 AI, 2026!', ['3.5', 'AI', '2026']],
    ['東京は晴れ', ['東京', 'は', '晴れ']],
    ["AT&T's U.S.-based e-mail, 'quoted' a--b end.", ["AT&T's", 'U.S', 'based', 'e-mail', 'quoted', 'a', 'b', 'end']],
    ['𝒜lpha ünd Straße—Ärger', ['𝒜lpha', 'ünd', 'Straße', 'Ärger']],
  ])('%j', (text, expected) => {
    expect(tokenizeWords(text).map((t) => t.text)).toEqual(expected);
  });

  it('gives offsets into the text and lowercase forms, also where lowercasing changes a length', () => {
    for (const text of ['İstanbul Ünal ÖZ', 'ΟΔΟΣ..Β Σ', 'Plain Words here']) {
      for (const token of tokenizeWords(text)) {
        expect(text.slice(token.start, token.end)).toBe(token.text);
        expect(token.lower).toBe(token.text.toLowerCase());
      }
    }
  });
});

describe('digestLanguage', () => {
  it.each([
    ['en-US', 'en'],
    ['de_DE', 'de'],
    ['FR', 'fr'],
    ['es-419', 'es'],
    ['ja', null],
    [null, 'en'],
    ['', 'en'],
  ])('%j → %j', (tag, expected) => expect(digestLanguage(tag)).toBe(expected));
});

describe('stop-words and stems', () => {
  it.each([
    ['the', 'en', true],
    ['said', 'en', true],
    ['infrastructure', 'en', false],
    ['und', 'de', true],
    ['Strategie'.toLowerCase(), 'de', false],
    // Possessives and quantifiers in every ending: "Unserem Wortschatz", "Vielen Fällen" are no topics.
    ['unserem', 'de', true],
    ['vielen', 'de', true],
    ['verschiedenen', 'de', true],
    ['avec', 'fr', true],
    ['según', 'es', true],
    ['x', null, true],
    ['word', null, false],
  ] as const)('isStopWord(%j, %j) = %j', (word, lang, expected) => expect(isStopWord(word, lang)).toBe(expected));

  it.each([
    ['running', 'en', 'run'],
    ['häuser', 'de', 'haus'],
    ['économiques', 'fr', 'économ'],
    ['infraestructuras', 'es', 'infraestructur'],
    ['言葉', null, '言葉'],
  ] as const)('stemWord(%j, %j) = %j', (word, lang, expected) => expect(stemWord(word, lang)).toBe(expected));
});

describe('siteDomain', () => {
  it.each([
    ['https://www.kath.net/news/76785', 'kath.net'],
    ['https://news.bbc.co.uk/2/hi/x.stm', 'bbc.co.uk'],
    ['https://edition.cnn.com/2019/x', 'cnn.com'],
    ['https://127.0.0.1/x', null],
    ['file:///tmp/page.html', null],
    ['not a url', null],
  ])('%s → %s', (url, domain) => expect(siteDomain({ url })).toBe(domain));
});
