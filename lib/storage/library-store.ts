// The saved-digest library over IndexedDB. Every read is parsed by zod: a record that does not
// match (an older bug, a hand-edited database) is skipped and reported, never a crash.
import { z } from 'zod/mini';
import type { Article } from '../article';
import type { Digest } from '../digest/digest-schema';
import { describeStorageError } from './describe-storage-error';
import { DIGESTS_STORE, UPDATED_AT_INDEX, type LibraryDb } from './library-db';
import { libraryKey } from './library-key';
import { SavedDigestSchema, type SavedDigest, type SkippedRecord } from './saved-digest-schema';

export interface LibraryListing {
  /** Newest first (by updatedAt). */
  records: SavedDigest[];
  skipped: SkippedRecord[];
}

export interface LibraryStore {
  list(): Promise<LibraryListing>;
  get(url: string): Promise<SavedDigest | undefined>;
  /** Saves a digest; the same URL again updates the entry (keeping its first savedAt). */
  save(article: Article, digest: Digest, now: Date): Promise<SavedDigest>;
  /** Deletes an entry and returns it, so the caller can offer undo. */
  remove(url: string): Promise<SavedDigest | undefined>;
  /** Writes records exactly as given, all in one transaction: every one lands or none does. */
  putAll(records: readonly SavedDigest[]): Promise<void>;
}

export function createLibraryStore(db: LibraryDb): LibraryStore {
  return {
    async list() {
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
    },
    async get(url) {
      const parsed = SavedDigestSchema.safeParse(await db.get(DIGESTS_STORE, libraryKey(url)));
      return parsed.success ? parsed.data : undefined;
    },
    async save(article, digest, now) {
      const url = libraryKey(article.url);
      const tx = db.transaction(DIGESTS_STORE, 'readwrite');
      const previous = SavedDigestSchema.safeParse(await tx.store.get(url));
      const at = now.toISOString();
      const record: SavedDigest = { url, article, digest, savedAt: previous.success ? previous.data.savedAt : at, updatedAt: at };
      await commit(tx, (track) => track(tx.store.put(SavedDigestSchema.parse(record))));
      return record;
    },
    async remove(url) {
      const key = libraryKey(url);
      const tx = db.transaction(DIGESTS_STORE, 'readwrite');
      const previous = SavedDigestSchema.safeParse(await tx.store.get(key));
      await Promise.all([tx.store.delete(key), tx.done]);
      return previous.success ? previous.data : undefined;
    },
    async putAll(records) {
      const tx = db.transaction(DIGESTS_STORE, 'readwrite');
      await commit(tx, (track) => {
        for (const record of records) track(tx.store.put(record));
      });
    },
  };
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
