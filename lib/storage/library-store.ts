// The saved-digest library over IndexedDB. Every read is parsed by zod: a record that does not
// match (an older bug, a hand-edited database) is skipped and reported, never a crash.
import { unwrap } from 'idb';
import { z } from 'zod/mini';
import type { Article } from '../article';
import type { Digest } from '../digest/digest-schema';
import { describeStorageError } from './describe-storage-error';
import { DIGESTS_STORE, ENTRIES_STORE, UPDATED_AT_INDEX, type LibraryDb } from './library-db';
import { entryOf } from './library-entry';
import { libraryKey } from './library-key';
import { listEntries, newestEntries, type EntryListing, type NewestEntries } from './list-entries';
import { recordTooLarge } from './record-size';
import { SavedDigestSchema, StoredDigestSchema, toStored, type SavedDigest, type SkippedRecord } from './saved-digest-schema';

export interface LibraryListing {
  /** Newest first (by updatedAt). */
  records: SavedDigest[];
  skipped: SkippedRecord[];
}

export interface LibraryStore {
  /** Every full record: for export. The list on screen reads {@link listEntries} instead. */
  list(): Promise<LibraryListing>;
  /** Every list entry, newest first, and the records that could not be read. */
  listEntries(): Promise<EntryListing>;
  /** The newest `limit` list entries, read without touching the others: the first screen. */
  newestEntries(limit: number): Promise<NewestEntries>;
  get(url: string): Promise<SavedDigest | undefined>;
  /**
   * Saves a digest; the same URL again updates the entry (keeping its first savedAt). Refuses, with
   * a message for the user, a record larger than an import accepts (record-size.ts).
   */
  save(article: Article, digest: Digest, now: Date): Promise<SavedDigest>;
  /** Deletes an entry and returns it, so the caller can offer undo. */
  remove(url: string): Promise<SavedDigest | undefined>;
  /** Writes records as given (and their entries), in one transaction: every one lands or none does. */
  putAll(records: readonly SavedDigest[]): Promise<void>;
}

export function createLibraryStore(db: LibraryDb): LibraryStore {
  return {
    list: () => listRecords(db),
    async listEntries() {
      try {
        return await listEntries(db);
      } catch (error) {
        // Building the missing entries is a write, and a full disk refuses it: the records are
        // all there, so the list is built from them in memory (slower) rather than not shown.
        const { records, skipped } = await listRecords(db);
        const reason = describeStorageError(error);
        return { entries: records.map(entryOf), skipped, problem: reason instanceof Error ? reason.message : String(reason) };
      }
    },
    newestEntries: (limit) => newestEntries(db, limit),
    async get(url) {
      const parsed = SavedDigestSchema.safeParse(await db.get(DIGESTS_STORE, libraryKey(url)));
      return parsed.success ? parsed.data : undefined;
    },
    async save(article, digest, now) {
      const url = libraryKey(article.url);
      const at = now.toISOString();
      // Checked before the transaction opens: a refusal leaves nothing half-begun.
      const tooLarge = recordTooLarge(toStored({ url, article, digest, savedAt: at, updatedAt: at }));
      if (tooLarge) throw new Error(`This article is too long to keep in the library. ${tooLarge}`);
      const tx = db.transaction([DIGESTS_STORE, ENTRIES_STORE], 'readwrite');
      const records = tx.objectStore(DIGESTS_STORE);
      const previous = SavedDigestSchema.safeParse(await records.get(url));
      const record: SavedDigest = { url, article, digest, savedAt: previous.success ? previous.data.savedAt : at, updatedAt: at };
      const stored = StoredDigestSchema.parse(toStored(record));
      await commit(tx, (track) => {
        track(records.put(stored));
        track(tx.objectStore(ENTRIES_STORE).put(entryOf(record)));
      });
      return record;
    },
    async remove(url) {
      const key = libraryKey(url);
      const tx = db.transaction([DIGESTS_STORE, ENTRIES_STORE], 'readwrite');
      const previous = SavedDigestSchema.safeParse(await tx.objectStore(DIGESTS_STORE).get(key));
      await Promise.all([tx.objectStore(DIGESTS_STORE).delete(key), tx.objectStore(ENTRIES_STORE).delete(key), tx.done]);
      return previous.success ? previous.data : undefined;
    },
    async putAll(records) {
      const entries = records.map(entryOf);
      const tx = db.transaction([DIGESTS_STORE, ENTRIES_STORE], 'readwrite');
      // The plain IndexedDB stores, not idb's wrappers: a promise per put cost more than a second
      // of a 10,000-digest import (bench part 4). A request that fails aborts the transaction by
      // itself, so waiting for the commit (tx.done) is enough to learn of it.
      const [recordStore, entryStore] = [unwrap(tx.objectStore(DIGESTS_STORE)), unwrap(tx.objectStore(ENTRIES_STORE))];
      await commit(tx, () => {
        records.forEach((record, i) => {
          recordStore.put(toStored(record));
          entryStore.put(entries[i]);
        });
      });
    },
  };
}

async function listRecords(db: LibraryDb): Promise<LibraryListing> {
  const tx = db.transaction(DIGESTS_STORE);
  const listing: LibraryListing = { records: [], skipped: [] };
  const listed = new Set<string>();
  // One getAll (values and keys) instead of a cursor step per record: at 10,000 records the
  // cursor's round trips took seconds (bench part 4). Index order reversed = newest first.
  const index = tx.store.index(UPDATED_AT_INDEX);
  const [values, keys] = await Promise.all([index.getAll(), index.getAllKeys()]);
  for (let i = values.length - 1; i >= 0; i--) {
    const key = String(keys[i]);
    listed.add(key);
    const parsed = SavedDigestSchema.safeParse(values[i]);
    if (parsed.success) listing.records.push(parsed.data);
    else listing.skipped.push({ key, reason: z.prettifyError(parsed.error) });
  }
  // A record without updatedAt is missing from the index; find it so it is reported, not lost.
  if ((await tx.store.count()) > listed.size) {
    for (const key of await tx.store.getAllKeys()) {
      if (!listed.has(String(key))) listing.skipped.push({ key: String(key), reason: 'The record has no updatedAt date.' });
    }
  }
  await tx.done;
  return listing;
}

interface WriteTransaction {
  done: Promise<void>;
  abort(): void;
}

/**
 * Queues the writes and waits for the commit. A write refused as it is queued (a full quota, a
 * value the store cannot clone) aborts the transaction, or the writes queued before it would
 * commit alone: half an import. Failures come back with a message for the user.
 */
async function commit(tx: WriteTransaction, queue: (track: (write: Promise<unknown>) => void) => void): Promise<void> {
  const pending: Promise<unknown>[] = [tx.done];
  try {
    queue((write) => pending.push(write));
  } catch (error) {
    abortUnlessFinished(tx);
    // Every pending request now fails with AbortError; settle them so none goes unhandled.
    await Promise.allSettled(pending);
    throw describeStorageError(error);
  }
  try {
    await Promise.all(pending);
  } catch (error) {
    await Promise.allSettled(pending);
    throw describeStorageError(error);
  }
}

// A transaction the browser already aborted (the write that failed did it) cannot be aborted twice.
function abortUnlessFinished(tx: WriteTransaction): void {
  try {
    tx.abort();
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'InvalidStateError')) throw error;
  }
}
