// What the library list, its search and its filters need of a saved digest, stored beside the
// full record (same key, same transaction). At 10,000 digests, reading and zod-parsing every
// ~11 KB record to show a list of titles took seconds and most of the page's memory (bench part
// 4); an entry is a few hundred bytes, and its search text is folded once, when it is written.
import { z } from 'zod/mini';
import { CoverageSchema } from '../article';
import { AudienceSchema } from '../digest/digest-schema';
import { foldText } from '../library/fold-text';
import { siteOf } from '../library/site-of';
import type { SavedDigest } from './saved-digest-schema';

export const LibraryEntrySchema = z.object({
  url: z.string().check(z.minLength(1)),
  title: z.string(),
  site: z.string(),
  wordCount: z.number(),
  /** Kept only when a gate cut the article short, for the list's "Preview only" badge. */
  coverage: z.optional(CoverageSchema),
  summary: z.string(),
  topics: z.array(z.string()),
  audience: z.array(AudienceSchema),
  savedAt: z.string(),
  updatedAt: z.string(),
  /** Title, summary and topics folded by {@link foldText}: what search-as-you-type matches. */
  search: z.string(),
});
export type LibraryEntry = z.infer<typeof LibraryEntrySchema>;

export function entryOf(record: SavedDigest): LibraryEntry {
  const { article, digest } = record;
  return {
    url: record.url,
    title: article.title,
    site: siteOf(record),
    wordCount: article.wordCount,
    ...(article.coverage.status === 'partial' ? { coverage: article.coverage } : {}),
    summary: digest.summary,
    topics: digest.topics,
    audience: digest.audience,
    savedAt: record.savedAt,
    updatedAt: record.updatedAt,
    search: foldText([article.title, digest.summary, ...digest.topics].join('\n')),
  };
}
