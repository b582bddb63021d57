// One casing rule for topics, the seed card's: a topic is written as a heading of its language.
// Names stay as the page writes them ("Exxon Valdez", "iPhone", "AI"); a common phrase is
// title-cased in English ("Custom AI Chips", "Oil Spill") and starts with a capital elsewhere
// ("Erneuerbare Energien", "Énergie solaire"), whatever case the sentence happened to put it in.
import type { DigestLanguage } from '../text/digest-language';

// Module constants: V8 recompiles a literal inside a function after major garbage collections.
const HAS_CAPITAL = /\p{Lu}/u;
const ALL_CAPITALS = /^[\p{Lu}\p{N}.&'-]+$/u;
/** Short English words a title leaves small. */
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'vs']);

function capitalize(word: string): string {
  return word.charAt(0).toLocaleUpperCase() + word.slice(1);
}

/**
 * The heading form of a common (not name) phrase as written in the page. `caseKnown` says the
 * written form's capitals mean something (it was seen away from sentence starts and headings);
 * when they don't, only all-capital words (acronyms) keep theirs.
 */
export function headingCase(written: string, caseKnown: boolean, lang: DigestLanguage | null): string {
  // German capitalizes its nouns wherever they stand: its spelling is kept.
  if (lang === 'de') return capitalize(written);
  const words = written.split(' ').map((word) => {
    const keep = caseKnown ? HAS_CAPITAL.test(word) : word.length > 1 && ALL_CAPITALS.test(word);
    return keep ? word : word.toLocaleLowerCase();
  });
  if (lang === 'en') return words.map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : capitalize(word))).join(' ');
  return capitalize(words.join(' '));
}
