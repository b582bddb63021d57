// Builds the JSON backup of the whole library (what "Export all" downloads).
import type { SavedDigest } from '../storage/saved-digest-schema';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-schema';

/** Oldest first, so a backup of the same library always reads the same, whatever the list order. */
export function buildBackup(records: readonly SavedDigest[], exportedAt: Date): string {
  const digests = [...records].sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.url.localeCompare(b.url));
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: exportedAt.toISOString(), digests }, null, 2)}\n`;
}
