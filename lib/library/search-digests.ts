// Search-as-you-type and facet filters of the library page, as a pure function over list
// entries. Each entry carries its search text already folded (search-text.ts): title, the rest of
// the card, the article's words. A query's words must each appear (as a substring, so a prefix
// being typed matches); results rank by where each word was found first (title 3, card 2,
// article 1), newest first between equals. With no words, the entries keep their order.
//
// Why by hand and not a search library: on the 10,000 digests of bench part 4 (in Node, on a
// busy machine) MiniSearch took 17 s to index them and 154 MiB, FlexSearch (forward tokenizer,
// for prefixes) 68 s and 150 MiB, where these strings are written with each entry and take
// about 25 MiB; FlexSearch answered in 14 ms (p95), MiniSearch in 1.3 s, this scan with the
// narrowing below in a few ms.
import type { LibraryEntry } from '../storage/library-entry';
import { obsidianTag, tagKey } from '../obsidian/obsidian-tag';
import { searchFold, searchWords, SEARCH_PART_BREAK } from './search-text';

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
  // Per query: where its matches are (what a narrower query searches) and the ranked result.
  const cache = new Map<string, { at: number[]; result: LibraryEntry[] }>();
  let last: { query: DigestQuery; words: string[]; at: number[] } | undefined;
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

  // Where each entry's card and article parts start, found once per list of entries.
  let breaks = new Int32Array(0);

  return (entries, query) => {
    if (cacheFor !== entries) {
      cacheFor = entries;
      cache.clear();
      last = undefined;
      breaks = new Int32Array(entries.length * 2).fill(-1);
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
      const matches = match(entries, breaks, narrows && last ? last.at : null, words, keep);
      found = { at: matches.at, result: ranked(entries, matches, words.length > 0) };
      if (cache.size >= CACHED_QUERIES) cache.clear();
      cache.set(key, found);
    }
    last = { query, words, at: found.at };
    const result = found.result;
    return result;
  };
}

/** The query's words, split and folded as the search text was. */
function queryWords(query: DigestQuery): string[] {
  return searchWords(searchFold(query.text ?? ''));
}

function sameFilters(a: DigestQuery, b: DigestQuery): boolean {
  return a.topic === b.topic && a.audience === b.audience && a.site === b.site;
}

/** Scores the entries (or those at `within`) that pass the filters and hold every word; 0 words scores 0. */
function match(entries: readonly LibraryEntry[], breaks: Int32Array, within: readonly number[] | null, words: readonly string[], keep: (entry: LibraryEntry) => boolean): Matches {
  const at: number[] = [];
  const scores: number[] = [];
  const count = within ? within.length : entries.length;
  for (let n = 0; n < count; n++) {
    const i = within ? within[n]! : n;
    const entry = entries[i]!;
    if (!keep(entry)) continue;
    const score = scoreOf(entry.searchText, words, breaks, i);
    if (score < 0) continue;
    at.push(i);
    scores.push(score);
  }
  return { at, scores };
}

/** The sum of each word's weight where it first appears, or -1 when a word is missing. */
function scoreOf(text: string, words: readonly string[], breaks: Int32Array, i: number): number {
  let score = 0;
  for (const word of words) {
    const found = text.indexOf(word);
    if (found < 0) return -1;
    if (breaks[2 * i]! < 0) {
      // Forward from the start: the title and the card are short, the article's words long.
      const card = text.indexOf(SEARCH_PART_BREAK);
      breaks[2 * i] = card < 0 ? text.length : card;
      const article = card < 0 ? -1 : text.indexOf(SEARCH_PART_BREAK, card + 1);
      breaks[2 * i + 1] = article < 0 ? text.length : article;
    }
    score += found < breaks[2 * i]! ? WEIGHTS[0] : found < breaks[2 * i + 1]! ? WEIGHTS[1] : WEIGHTS[2];
  }
  return score;
}

/** The matched entries, best score first, then in the entries' order (newest first): a stable counting sort, scores being small. */
function ranked(entries: readonly LibraryEntry[], matches: Matches, byScore: boolean): LibraryEntry[] {
  const { at, scores } = matches;
  if (!byScore) return at.map((i) => entries[i]!);
  let top = 0;
  for (const score of scores) if (score > top) top = score;
  // Where each score's block starts in the result, the best first.
  const starts = new Array<number>(top + 2).fill(0);
  for (const score of scores) starts[top - score + 1]!++;
  for (let s = 1; s < starts.length; s++) starts[s]! += starts[s - 1]!;
  const result = new Array<LibraryEntry>(at.length);
  for (let n = 0; n < at.length; n++) result[starts[top - scores[n]!]!++] = entries[at[n]!]!;
  return result;
}
