// The values the library's filters offer: every topic, audience and site in the records, with counts.
import type { SavedDigest } from '../storage/saved-digest-schema';
import { siteOf } from './site-of';

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
export function libraryFacets(records: readonly SavedDigest[]): LibraryFacets {
  return {
    topics: countValues(records.flatMap((r) => r.digest.topics)),
    audiences: countValues(records.flatMap((r) => r.digest.audience)),
    sites: countValues(records.map(siteOf)),
  };
}

function countValues(values: readonly string[]): FacetValue[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
