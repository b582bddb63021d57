// Stop-word lists for the languages the digest has no rules for (the maintained @orama/stopwords
// lists), so that their topics are phrases bounded by function words, never the function words
// themselves. About 18 KB gzip, in the background bundle only. The package's Armenian, Irish,
// Nepali, Tamil, Lithuanian, Serbian and Hindi lists (5 KB) are left out: each of those languages
// writes a fraction of a percent of the web's pages, and a page in one of them, like one in a
// language with no list at all, gets the function words its own sentences show (pick-topics.ts).
import { stopwords as ar } from '@orama/stopwords/arabic';
import { stopwords as bg } from '@orama/stopwords/bulgarian';
import { stopwords as da } from '@orama/stopwords/danish';
import { stopwords as nl } from '@orama/stopwords/dutch';
import { stopwords as fi } from '@orama/stopwords/finnish';
import { stopwords as el } from '@orama/stopwords/greek';
import { stopwords as hu } from '@orama/stopwords/hungarian';
import { stopwords as id } from '@orama/stopwords/indonesian';
import { stopwords as it } from '@orama/stopwords/italian';
import { stopwords as ja } from '@orama/stopwords/japanese';
import { stopwords as zh } from '@orama/stopwords/mandarin';
import { stopwords as no } from '@orama/stopwords/norwegian';
import { stopwords as pt } from '@orama/stopwords/portuguese';
import { stopwords as ro } from '@orama/stopwords/romanian';
import { stopwords as ru } from '@orama/stopwords/russian';
import { stopwords as sv } from '@orama/stopwords/swedish';
import { stopwords as tr } from '@orama/stopwords/turkish';
import { stopwords as uk } from '@orama/stopwords/ukrainian';

// Keyed by BCP 47 primary subtag. (The package's "slovenian" entry points at the Russian list, so
// Slovenian is left out rather than read with the wrong words.)
const LISTS: Record<string, readonly string[]> = {
  ar, bg, da, nl, fi, el, hu, id, it, ja, zh, no, nb: no, nn: no, pt, ro, ru, sv, tr, uk,
};
const SUBTAG_SEPARATOR = /[-_]/;
const sets = new Map<string, ReadonlySet<string>>();

/** The stop-words of the page's language when it is one the digest has no rules for but a list
 *  exists (lowercased); null otherwise. Built once per language. */
export function otherStopWords(lang: string | null | undefined): ReadonlySet<string> | null {
  const base = lang?.trim().toLowerCase().split(SUBTAG_SEPARATOR)[0] ?? '';
  const list = LISTS[base];
  if (!list) return null;
  let set = sets.get(base);
  if (!set) {
    set = new Set(list.map((word) => word.toLowerCase()));
    sets.set(base, set);
  }
  return set;
}
