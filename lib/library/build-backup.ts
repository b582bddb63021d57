// Builds the JSON backup of the whole library (what "Export all" downloads). Every backup it
// writes must import again, so it refuses one larger than an import reads.
import { instantOf } from '../storage/instant';
import { megabytes } from '../storage/record-size';
import { toStored, type SavedDigest } from '../storage/saved-digest-schema';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-schema';
import { MAX_BACKUP_CHARS } from './plan-import';

export type BuiltBackup = { ok: true; text: string } | { ok: false; reason: string };

/** Oldest first, so a backup of the same library always reads the same, whatever the list order. */
export function buildBackup(records: readonly SavedDigest[], exportedAt: Date, maxBytes = MAX_BACKUP_CHARS): BuiltBackup {
  const digests = [...records].sort((a, b) => (instantOf(a.savedAt) ?? 0) - (instantOf(b.savedAt) ?? 0) || a.url.localeCompare(b.url)).map(toStored);
  const tooLarge = (size: string) => ({
    ok: false as const,
    reason: `The backup would be ${size}, and an import reads at most ${megabytes(maxBytes)}: it could not be brought back. Delete digests you no longer need, then export again.`,
  });
  let text: string;
  try {
    text = `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: exportedAt.toISOString(), digests }, null, 2)}\n`;
  } catch (error) {
    // Longer than the engine's longest string (about 512 M characters).
    if (error instanceof RangeError) return tooLarge('larger than a string can hold');
    throw error;
  }
  const bytes = utf8Bytes(text, maxBytes);
  return bytes > maxBytes ? tooLarge(megabytes(bytes)) : { ok: true, text };
}

/** The UTF-8 size of `text` (what the downloaded file weighs), counted only when it could pass `limit`. */
function utf8Bytes(text: string, limit: number): number {
  if (text.length > limit || text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A surrogate pair (two units) is 4 bytes: 2 each.
    bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdfff ? 2 : 3;
  }
  return bytes;
}
