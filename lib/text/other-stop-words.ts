// Stop-word lists for the languages the digest has no rules for (the maintained @orama/stopwords
// lists), so that their topics are phrases bounded by function words, never the function words
// themselves. About 20 KB gzip for all of them, in the background bundle only.
import { stopwords as ar } from '@orama/stopwords/arabic';
import { stopwords as hy } from '@orama/stopwords/armenian';
import { stopwords as bg } from '@orama/stopwords/bulgarian';
import { stopwords as da } from '@orama/stopwords/danish';
import { stopwords as nl } from '@orama/stopwords/dutch';
import { stopwords as fi } from '@orama/stopwords/finnish';
import { stopwords as el } from '@orama/stopwords/greek';
import { stopwords as hu } from '@orama/stopwords/hungarian';
import { stopwords as hi } from '@orama/stopwords/indian';
import { stopwords as id } from '@orama/stopwords/indonesian';
import { stopwords as ga } from '@orama/stopwords/irish';
import { stopwords as it } from '@orama/stopwords/italian';
import { stopwords as ja } from '@orama/stopwords/japanese';
import { stopwords as lt } from '@orama/stopwords/lithuanian';
import { stopwords as zh } from '@orama/stopwords/mandarin';
import { stopwords as ne } from '@orama/stopwords/nepali';
import { stopwords as no } from '@orama/stopwords/norwegian';
import { stopwords as pt } from '@orama/stopwords/portuguese';
import { stopwords as ro } from '@orama/stopwords/romanian';
import { stopwords as ru } from '@orama/stopwords/russian';
import { stopwords as sr } from '@orama/stopwords/serbian';
import { stopwords as sv } from '@orama/stopwords/swedish';
import { stopwords as ta } from '@orama/stopwords/tamil';
import { stopwords as tr } from '@orama/stopwords/turkish';
import { stopwords as uk } from '@orama/stopwords/ukrainian';

// Keyed by BCP 47 primary subtag. (The package's "slovenian" entry points at the Russian list, so
// Slovenian is left out rather than read with the wrong words.)
const LISTS: Record<string, readonly string[]> = {
  ar, hy, bg, da, nl, fi, el, hu, hi, id, ga, it, ja, lt, zh, ne, no, nb: no, nn: no, pt, ro, ru, sr, sv, ta, tr, uk,
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
