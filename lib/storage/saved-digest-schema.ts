// One saved library entry: the article and its digest as shown on the card, keyed by page URL.
// Stored, and backed up, with the article's text once: the text is its blocks joined by blank
// lines, so it is left out and rebuilt on reading (a 4.9 MB page made a 9.4 MB record when both
// were kept, more than an import accepts). Records saved before that carry the text and still
// read; the schema 4 migration (library-db.ts) and import drop it.
import { z } from 'zod/mini';
import { ArticleSchema, type Article } from '../article';
import { DigestSchema } from '../digest/digest-schema';
import { InstantSchema } from './instant';

/** The article as stored: `text` only when it is not its blocks joined (never so for the extension's own). */
export const StoredArticleSchema = z.extend(z.omit(ArticleSchema, { text: true }), { text: z.optional(z.string()) });

/** A record as the library stores it and a backup carries it. */
export const StoredDigestSchema = z.object({
  /** The library key: libraryKey() of the article's URL, so saving again updates. */
  url: z.string().check(z.minLength(1)),
  article: StoredArticleSchema,
  digest: DigestSchema,
  /** When the page was first saved (an ISO 8601 instant). */
  savedAt: InstantSchema,
  /** When it was last saved again (an ISO 8601 instant); the library lists newest first by this. */
  updatedAt: InstantSchema,
});
export type StoredDigest = z.infer<typeof StoredDigestSchema>;

/** A record as the library hands it out: the article whole, text included. */
export interface SavedDigest extends Omit<StoredDigest, 'article'> {
  article: Article;
}

/** The text an article's blocks make: what extractArticle writes as `text`. */
export function blocksText(blocks: Article['blocks']): string {
  return blocks.map((block) => block.text).join('\n\n');
}

export function toStored(record: SavedDigest): StoredDigest {
  const { text, ...article } = record.article;
  return { ...record, article: text === blocksText(article.blocks) ? article : { ...article, text } };
}

export function fromStored(stored: StoredDigest): SavedDigest {
  const { text, ...article } = stored.article;
  return { ...stored, article: { ...article, text: text ?? blocksText(article.blocks) } };
}

/** Reads a stored record: checked by zod, the article's text rebuilt from its blocks. */
export const SavedDigestSchema = z.pipe(StoredDigestSchema, z.transform(fromStored));

/** A stored record that could not be read back, and why; shown to the user, never thrown. */
export interface SkippedRecord {
  key: string;
  reason: string;
}
