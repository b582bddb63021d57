// Stems per language with the maintained @orama/stemmers (Porter for English, Snowball for the
// others): about 7 KB gzip for all four, so they are imported statically and the digest stays sync.
import { stemmer as en } from '@orama/stemmers/english';
import { stemmer as de } from '@orama/stemmers/german';
import { stemmer as fr } from '@orama/stemmers/french';
import { stemmer as es } from '@orama/stemmers/spanish';
import type { DigestLanguage } from './digest-language';
import { memoizeWords } from './word-memo';

const STEMMERS: Record<DigestLanguage, (word: string) => string> = { en, de, fr, es };

// Words repeat (Zipf), and the stemmers cost microseconds a call: memoised, a 100k-word page is
// about ten times cheaper to stem.
const memoStem = memoizeWords((word, lang) => (lang ? STEMMERS[lang](word) : word));

/** The stem of a lowercased word; languages without a stemmer keep the word as it is. */
export function stemWord(word: string, lang: DigestLanguage | null): string {
  return lang ? memoStem(word, lang) : word;
}
