// The library backup file: a versioned envelope around saved digests, checked by zod on import.
import { z } from 'zod/mini';

export const BACKUP_FORMAT = 'article-digest-backup';
/**
 * 2: each digest as the library stores it, the article's text once (saved-digest-schema.ts).
 * 1: the text also beside its blocks. Both import.
 */
export const BACKUP_VERSION = 2;

/** The envelope only: each digest is checked on its own so the report can name the bad ones. */
export const BackupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.union([z.literal(1), z.literal(BACKUP_VERSION)]),
  exportedAt: z.string(),
  digests: z.array(z.unknown()),
});
export type BackupEnvelope = z.infer<typeof BackupEnvelopeSchema>;
