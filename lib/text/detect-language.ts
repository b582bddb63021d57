// Which supported language a text is written in, from its commonest words. Pages often declare
// the wrong language (an English article on a site whose template says lang="de"), and the
// digest's cue phrases, stop-words and stemmer only work in the right one.
import { digestLanguage, type DigestLanguage } from './digest-language';
const NOT_WORD = /[^\p{L}\p{N}'’]+/u;

/** Words frequent in one language and rare in the others (no "la", "de" or "en", which are shared). */
const MARKERS: Record<DigestLanguage, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'is', 'that', 'it', 'for', 'with', 'was', 'this', 'are', 'be', 'have', 'from', 'by', 'they', 'which', 'but', 'not', 'you', 'at', 'as', 'or']),
  de: new Set(['der', 'die', 'und', 'ist', 'nicht', 'ein', 'eine', 'zu', 'mit', 'den', 'von', 'sich', 'auf', 'für', 'dem', 'das', 'auch', 'sie', 'wird', 'sind', 'im', 'bei', 'oder', 'nach']),
  fr: new Set(['le', 'les', 'et', 'des', 'est', 'une', 'du', 'pour', 'dans', 'pas', 'qui', 'sur', 'au', 'avec', 'ce', 'il', 'sont', 'aux', 'mais', 'ou', 'cette', 'nous', 'vous', 'leur']),
  es: new Set(['el', 'los', 'las', 'y', 'del', 'por', 'con', 'para', 'es', 'una', 'se', 'su', 'lo', 'al', 'como', 'pero', 'sus', 'fue', 'este', 'está', 'también', 'muy', 'sobre', 'entre']),
};
const LANGUAGES = Object.keys(MARKERS) as DigestLanguage[];
/** Each marker and the language it marks, in one map: one lookup per word. */
const MARKER_LANGUAGE = new Map<string, number>();
LANGUAGES.forEach((lang, i) => {
  for (const word of MARKERS[lang]) MARKER_LANGUAGE.set(word, i);
});
/** Words read: enough for a verdict, few enough to cost nothing on a long page. */
const SAMPLE_CHARS = 2_500;
/** A verdict needs this share of the sample's words to be one language's markers. */
const MIN_SHARE = 0.08;

/** The digest language of `text`: the declared one unless the words clearly say otherwise. An
 *  undeclared or unsupported language becomes English only when the text plainly is. */
export function detectLanguage(text: string, declared: string | null | undefined): DigestLanguage | null {
  const fromTag = digestLanguage(declared);
  // A plain split is enough to count function words, and costs a fraction of tokenizing.
  const words = text.slice(0, SAMPLE_CHARS).toLowerCase().split(NOT_WORD);
  let total = 0;
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (!word) continue;
    total++;
    const lang = MARKER_LANGUAGE.get(word);
    if (lang !== undefined) counts[lang] = (counts[lang] as number) + 1;
  }
  if (total < 30) return fromTag;
  const hits = { en: counts[0] as number, de: counts[1] as number, fr: counts[2] as number, es: counts[3] as number };
  let best: DigestLanguage = 'en';
  for (const lang of LANGUAGES) if (hits[lang] > hits[best]) best = lang;
  const share = hits[best] / total;
  if (share < MIN_SHARE || best === fromTag) return fromTag;
  // The declared language keeps the page unless the text is far more another supported language.
  if (fromTag && hits[fromTag] * 3 > hits[best]) return fromTag;
  if (!fromTag && best !== 'en') return fromTag;
  return best;
}
