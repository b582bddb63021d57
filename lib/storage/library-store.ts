// The saved-digest library over IndexedDB. Every read is parsed by zod: a record that does not
// match (an older bug, a hand-edited database) is skipped and reported, never a crash.
import { z } from 'zod/mini';
import type { Article } from '../article';
import type { Digest } from '../digest/digest-schema';
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
      await Promise.all([tx.store.put(SavedDigestSchema.parse(record)), tx.done]);
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
      await Promise.all([...records.map((record) => tx.store.put(record)), tx.done]);
    },
  };
}
