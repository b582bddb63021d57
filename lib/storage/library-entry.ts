// What the library list, its search and its filters need of a saved digest, stored beside the
// full record (same key, same transaction). At 10,000 digests, reading and zod-parsing every
// ~11 KB record to show a list of titles took seconds and most of the page's memory (bench part
// 4); an entry is a few hundred bytes plus its search text (the card and the article's distinct
// words, a few KB), folded once, when it is written.
import { z } from 'zod/mini';
import { CoverageSchema } from '../article';
import { AudienceSchema } from '../digest/digest-schema';
import { searchTextOf } from '../library/search-text';
import { siteOf } from '../library/site-of';
import type { SavedDigest } from './saved-digest-schema';

export const LibraryEntrySchema = z.object({
  url: z.string().check(z.minLength(1)),
  title: z.string(),
  site: z.string(),
  wordCount: z.number(),
  summary: z.string(),
  topics: z.array(z.string()),
  audience: z.array(AudienceSchema),
  savedAt: z.string(),
  updatedAt: z.string(),
  /** The page's coverage, for the list's preview badge. */
  coverage: CoverageSchema,
  /**
   * Every field of the card and the article's words, folded (search-text.ts): what search-as-you-type
   * matches. Named anew when it grew to hold the article's words (it was `search`, the title,
   * summary and topics): an entry written before lacks it, so it is rebuilt from its record.
   */
  searchText: z.string(),
});
export type LibraryEntry = z.infer<typeof LibraryEntrySchema>;

export function entryOf(record: SavedDigest): LibraryEntry {
  const { article, digest } = record;
  return {
    url: record.url,
    title: article.title,
    site: siteOf(record),
    wordCount: article.wordCount,
    summary: digest.summary,
    topics: digest.topics,
    audience: digest.audience,
    savedAt: record.savedAt,
    updatedAt: record.updatedAt,
    coverage: article.coverage,
    searchText: searchTextOf(record),
  };
}
