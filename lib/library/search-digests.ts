// Search-as-you-type and facet filters of the library page, as a pure function over list
// entries. Each entry carries its search text already folded (search-text.ts): title, the rest of
// the card, the article's words. A query's words must each appear (as a substring, so a prefix
// being typed matches); results rank by where each word was found first (title 3, card 2,
// article 1), newest first between equals. With no words, the entries keep their order.
//
// Why by hand and not a search library: on 10,000 digests of the bench (part 4) MiniSearch took
// 17 s to index and 154 MiB, FlexSearch (forward tokenizer, for prefixes) 68 s and 150 MiB,
// where these strings take 37 MiB and no time to build; they answered in 14 ms (p95, FlexSearch)
// and 1.3 s (MiniSearch), this scan with the narrowing below in a few ms.
import type { LibraryEntry } from '../storage/library-entry';
import { obsidianTag, tagKey } from '../obsidian/obsidian-tag';
import { searchFold, SEARCH_PART_BREAK, WORD } from './search-text';

export interface DigestQuery {
  /** Words that must each appear somewhere in the card or the article (any order). */
  text?: string;
  /** A topic's tag form (obsidian-tag.ts), matched as Obsidian matches tags: case aside. */
  topic?: string;
  audience?: string;
  site?: string;
}

/** Weight of a word found first in the title, the rest of the card, the article's words. */
const WEIGHTS = [3, 2, 1] as const;

/** The entries that match every given part of the query, best first (see the top of the file). */
export function searchDigests(entries: readonly LibraryEntry[], query: DigestQuery): LibraryEntry[] {
  return createDigestSearch()(entries, query);
}

/** Results kept per query for one list of entries: enough for the prefixes of what was typed. */
const CACHED_QUERIES = 64;

interface Matches {
  /** Positions in the entries, in the order they were found (the entries' order). */
  at: number[];
  /** Each match's score, by the same index. */
  scores: number[];
}

/**
 * searchDigests for search-as-you-type. A query that only narrows the previous one (one more
 * letter) searches the previous matches, not every entry, and a query seen before with the same
 * entries (the prefixes met again on backspace) is answered from a small cache.
 */
export function createDigestSearch(): (entries: readonly LibraryEntry[], query: DigestQuery) => LibraryEntry[] {
  let cacheFor: readonly LibraryEntry[] | undefined;
  const cache = new Map<string, { matches: Matches; result: LibraryEntry[] }>();
  let last: { query: DigestQuery; words: string[]; matches: Matches } | undefined;
  // Topic tag keys of each topic string met (topics repeat across digests).
  const topicKeys = new Map<string, string | null>();
  const keyOf = (topic: string) => {
    let key = topicKeys.get(topic);
    if (key === undefined) {
      const tag = obsidianTag(topic);
      key = tag === null ? null : tagKey(tag);
      topicKeys.set(topic, key);
    }
    return key;
  };

  return (entries, query) => {
    if (cacheFor !== entries) {
      cacheFor = entries;
      cache.clear();
      last = undefined;
    }
    const words = queryWords(query);
    const key = JSON.stringify([words, query.topic, query.audience, query.site]);
    let found = cache.get(key);
    if (!found) {
      // Every entry that has all the new words has each old word too, when each old word lies inside a new one.
      const narrows = last && sameFilters(last.query, query) && last.words.every((old) => words.some((word) => word.includes(old)));
      const topic = query.topic ? tagKey(query.topic) : undefined;
      const keep = (entry: LibraryEntry) =>
        (!topic || entry.topics.some((t) => keyOf(t) === topic)) &&
        (!query.audience || (entry.audience as readonly string[]).includes(query.audience)) &&
        (!query.site || entry.site === query.site);
      const matches = match(entries, narrows && last ? last.matches.at : null, words, keep);
      found = { matches, result: ranked(entries, matches, words.length > 0) };
      if (cache.size >= CACHED_QUERIES) cache.clear();
      cache.set(key, found);
    }
    last = { query, words, matches: found.matches };
    const result = found.result;
    return result;
  };
}

/** The query's words, split and folded as the search text was. */
function queryWords(query: DigestQuery): string[] {
  return searchFold(query.text ?? '').match(WORD) ?? [];
}

function sameFilters(a: DigestQuery, b: DigestQuery): boolean {
  return a.topic === b.topic && a.audience === b.audience && a.site === b.site;
}

/** Scores the entries (or those at `within`) that pass the filters and hold every word; 0 words scores 0. */
function match(entries: readonly LibraryEntry[], within: readonly number[] | null, words: readonly string[], keep: (entry: LibraryEntry) => boolean): Matches {
  const at: number[] = [];
  const scores: number[] = [];
  const count = within ? within.length : entries.length;
  for (let n = 0; n < count; n++) {
    const i = within ? within[n]! : n;
    const entry = entries[i]!;
    if (!keep(entry)) continue;
    const score = scoreOf(entry.searchText, words);
    if (score < 0) continue;
    at.push(i);
    scores.push(score);
  }
  return { at, scores };
}

/** The sum of each word's weight where it first appears, or -1 when a word is missing. */
function scoreOf(text: string, words: readonly string[]): number {
  let score = 0;
  let breaks: [number, number] | undefined;
  for (const word of words) {
    const found = text.indexOf(word);
    if (found < 0) return -1;
    breaks ??= [text.indexOf(SEARCH_PART_BREAK), text.lastIndexOf(SEARCH_PART_BREAK)];
    score += found < breaks[0] ? WEIGHTS[0] : found < breaks[1] ? WEIGHTS[1] : WEIGHTS[2];
  }
  return score;
}

/** The matched entries, best score first, then in the entries' order (newest first). */
function ranked(entries: readonly LibraryEntry[], matches: Matches, byScore: boolean): LibraryEntry[] {
  const order = matches.at.map((_, n) => n);
  if (byScore) order.sort((a, b) => matches.scores[b]! - matches.scores[a]! || matches.at[a]! - matches.at[b]!);
  return order.map((n) => entries[matches.at[n]!]!);
}
