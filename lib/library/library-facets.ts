// The values the library's filters offer: every topic, audience and site in the entries, with counts.
import type { LibraryEntry } from '../storage/library-entry';

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
  return {
    topics: countValues(entries.flatMap((e) => e.topics)),
    audiences: countValues(entries.flatMap((e) => e.audience)),
    sites: countValues(entries.map((e) => e.site)),
  };
}

function countValues(values: readonly string[]): FacetValue[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
