// Stems per language with the maintained @orama/stemmers (Porter for English, Snowball for the
// others): about 7 KB gzip for all four, so they are imported statically and the digest stays sync.
import { stemmer as en } from '@orama/stemmers/english';
import { stemmer as de } from '@orama/stemmers/german';
import { stemmer as fr } from '@orama/stemmers/french';
import { stemmer as es } from '@orama/stemmers/spanish';
import type { DigestLanguage } from './digest-language';

const STEMMERS: Record<DigestLanguage, (word: string) => string> = { en, de, fr, es };

// Words repeat (Zipf), and the stemmers cost microseconds a call: a bounded memo per language
// makes a 100k-word page about ten times cheaper to stem.
const MEMO_LIMIT = 50_000;
const memos = new Map<DigestLanguage, Map<string, string>>();

/** The stem of a lowercased word; languages without a stemmer keep the word as it is. */
export function stemWord(word: string, lang: DigestLanguage | null): string {
  if (!lang) return word;
  let memo = memos.get(lang);
  if (!memo) {
    memo = new Map();
    memos.set(lang, memo);
  }
  let stem = memo.get(word);
  if (stem === undefined) {
    stem = STEMMERS[lang](word);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, stem);
  }
  return stem;
}
