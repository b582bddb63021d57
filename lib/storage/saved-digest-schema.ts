// One saved library entry: the article and its digest as shown on the card, keyed by page URL.
import { z } from 'zod/mini';
import { ArticleSchema } from '../article';
import { DigestSchema } from '../digest/digest-schema';

export const SavedDigestSchema = z.object({
  /** The library key: the article's URL without its #fragment, so saving again updates. */
  url: z.string().check(z.minLength(1)),
  article: ArticleSchema,
  digest: DigestSchema,
  /** When the page was first saved (ISO 8601). */
  savedAt: z.string(),
  /** When it was last saved again (ISO 8601); the library lists newest first by this. */
  updatedAt: z.string(),
});
export type SavedDigest = z.infer<typeof SavedDigestSchema>;

/** A stored record that could not be read back, and why; shown to the user, never thrown. */
export interface SkippedRecord {
  key: string;
  reason: string;
}
