// What a record saved (or imported) by an older version becomes in the schema 4 library: the
// article's text once, the key derived from the article's URL as the popup derives it, and its
// dates canonical instants, none far in the future. Older imports let in any string as a date
// ("zzz" sorted itself first for good) and any key; a save kept the text twice.
import { unwrap, type IDBPTransaction } from 'idb';
import { boundedInstant, canonicalInstant } from './instant';
import { libraryKey } from './library-key';
import { fromStored, StoredDigestSchema, toStored, type StoredDigest } from './saved-digest-schema';

export interface UpgradedRecord {
  record: StoredDigest;
  /** Its key or dates changed: its list entry must be rebuilt. */
  entryStale: boolean;
}

/** The upgraded record, or null when `value` is no record at all (it stays as it is, and the library reports it). */
export function upgradeRecord(value: unknown, key: string, now: Date): UpgradedRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  const createdAt = typeof raw.digest === 'object' && raw.digest !== null ? (raw.digest as Record<string, unknown>).createdAt : undefined;
  const date = (candidate: unknown) => (typeof candidate === 'string' ? boundedInstant(candidate, now) : null);
  // A date that is none takes the record's other dates, then the digest's, then the migration's.
  const updatedAt = date(raw.updatedAt) ?? date(raw.savedAt) ?? date(createdAt) ?? now.toISOString();
  const savedAt = date(raw.savedAt) ?? updatedAt;
  const parsed = StoredDigestSchema.safeParse({ ...raw, savedAt, updatedAt });
  if (!parsed.success) return null;
  const record = { ...toStored(fromStored(parsed.data)), url: libraryKey(parsed.data.article.url || parsed.data.url) };
  const entryStale = record.url !== key || updatedAt !== raw.updatedAt || savedAt !== raw.savedAt;
  return { record, entryStale };
}

type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/**
 * Rewrites every record of the digests store in the upgrade transaction: one cursor over the
 * records, a put for each. A record whose key changes moves; where its new key is taken, the copy
 * updated last stays. The list entries of moved or re-dated records are dropped, and the library
 * builds them anew on its next listing (list-entries.ts), as for a record written without one.
 */
export function upgradeRecords(tx: UpgradeTransaction, digestsStore: string, entriesStore: string, now: Date): void {
  const records = unwrap(tx.objectStore(digestsStore));
  const entries = unwrap(tx.objectStore(entriesStore));
  const walk = records.openCursor();
  walk.onsuccess = () => {
    const cursor = walk.result;
    if (!cursor) return;
    const key = String(cursor.key);
    const upgraded = upgradeRecord(cursor.value, key, now);
    if (upgraded) {
      const { record, entryStale } = upgraded;
      if (entryStale) entries.delete(key);
      if (record.url === key) cursor.update(record);
      else {
        cursor.delete();
        entries.delete(record.url);
        const taken = records.get(record.url);
        taken.onsuccess = () => {
          const other = StoredDigestSchema.safeParse(taken.result);
          if (!other.success || (canonicalInstant(other.data.updatedAt) ?? '') <= record.updatedAt) records.put(record);
        };
      }
    }
    cursor.continue();
  };
}
