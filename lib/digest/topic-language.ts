// The language topics are cut in. A page without a language tag is read as English (see
// digestLanguage), and topics are bounded by stop-words: a German page read with English ones
// gets "Ich Kann Mich Nicht" as a topic. So for an untagged page the topic step counts its
// first words' stop-words in each language the digest knows and takes the clear winner.
import type { DigestContext } from './digest-types';
import type { DigestLanguage } from '../text/digest-language';
import { isStopWord } from '../text/stop-words';

const LANGUAGES: readonly DigestLanguage[] = ['en', 'de', 'fr', 'es'];
/** Words read to tell the language: a few sentences' worth. */
const SAMPLE_WORDS = 400;
/** How many more stop-word hits than English another language needs. */
const MARGIN = 1.5;

export function topicLanguage(context: DigestContext): DigestLanguage | null {
  if (context.lang !== 'en' || context.article.lang?.trim()) return context.lang;
  const hits = new Map<DigestLanguage, number>(LANGUAGES.map((lang) => [lang, 0]));
  let read = 0;
  for (const sentence of context.sentences) {
    for (const token of sentence.tokens) {
      for (const lang of LANGUAGES) if (isStopWord(token.lower, lang)) hits.set(lang, (hits.get(lang) ?? 0) + 1);
      read++;
    }
    if (read >= SAMPLE_WORDS) break;
  }
  let best: DigestLanguage = 'en';
  for (const lang of LANGUAGES) if ((hits.get(lang) ?? 0) > (hits.get(best) ?? 0)) best = lang;
  return (hits.get(best) ?? 0) > MARGIN * (hits.get('en') ?? 0) ? best : 'en';
}
