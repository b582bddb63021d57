// Words repeat (Zipf): a judgement about a word (its stem, whether it can be a topic) is made once
// per language and spelling, then looked up. Each memo is bounded, so a book-length page or a
// long-lived popup can't grow it without limit.
import type { DigestLanguage } from './digest-language';

const MEMO_LIMIT = 50_000;

/** `judge` (which never answers undefined) memoised per language and word: one Map lookup per
 *  call once the word was seen. */
export function memoizeWords<T>(judge: (word: string, lang: DigestLanguage | null) => T): (word: string, lang: DigestLanguage | null) => T {
  const memos = new Map<DigestLanguage | null, Map<string, T>>();
  // Calls come in long runs of one language; remembering its map saves the outer lookup.
  let lastLang: DigestLanguage | null | undefined;
  let last = new Map<string, T>();
  return (word, lang) => {
    if (lang !== lastLang) {
      let memo = memos.get(lang);
      if (!memo) {
        memo = new Map();
        memos.set(lang, memo);
      }
      lastLang = lang;
      last = memo;
    }
    let verdict = last.get(word);
    if (verdict === undefined) {
      verdict = judge(word, lang);
      if (last.size >= MEMO_LIMIT) last.clear();
      last.set(word, verdict);
    }
    return verdict as T;
  };
}
