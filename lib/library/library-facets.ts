// The values the library's filters offer: every topic (as its Obsidian tag form, so "Supply
// chain" and "supply-chain" are one filter, as they are one tag in a vault), audience and site
// in the entries, with counts.
import type { LibraryEntry } from '../storage/library-entry';
import { obsidianTag, tagKey } from '../obsidian/obsidian-tag';

export interface FacetValue {
  value: string;
  count: number;
}

export interface LibraryFacets {
  topics: FacetValue[];
  audiences: FacetValue[];
  sites: FacetValue[];
}

/** Most frequent first, then alphabetical, so the list is stable between renders. */
export function libraryFacets(entries: readonly LibraryEntry[]): LibraryFacets {
  // Topics repeat across digests: each is turned into a tag once (10,000 digests hold 100,000 topics).
  const tags = new Map<string, string | null>();
  const tagOf = (topic: string) => {
    let tag = tags.get(topic);
    if (tag === undefined) tags.set(topic, (tag = obsidianTag(topic)));
    return tag;
  };
  const same = (value: string) => value;
  return {
    // A topic with no valid tag form ("2024") is no filter.
    topics: countValues(
      entries.map((e) => e.topics.flatMap((topic) => tagOf(topic) ?? [])),
      tagKey,
    ),
    audiences: countValues(
      entries.map((e) => e.audience),
      same,
    ),
    sites: countValues(
      entries.map((e) => [e.site]),
      same,
    ),
  };
}

/** Counts each value once per entry; values with the same key are one (the first spelling met names it). */
function countValues(perEntry: readonly (readonly string[])[], keyOf: (value: string) => string): FacetValue[] {
  const counts = new Map<string, FacetValue>();
  for (const values of perEntry) {
    const seen = new Set<string>();
    for (const value of values) {
      const key = keyOf(value);
      if (seen.has(key)) continue;
      seen.add(key);
      const facet = counts.get(key);
      if (facet) facet.count++;
      else counts.set(key, { value, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
