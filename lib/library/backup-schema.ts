// The library backup file: a versioned envelope around saved digests, checked by zod on import.
import { z } from 'zod/mini';

export const BACKUP_FORMAT = 'article-digest-backup';
export const BACKUP_VERSION = 1;

/** The envelope only: each digest is checked on its own so the report can name the bad ones. */
export const BackupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  digests: z.array(z.unknown()),
});
export type BackupEnvelope = z.infer<typeof BackupEnvelopeSchema>;
