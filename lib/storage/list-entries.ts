// Reads the library's list entries (library-entry.ts) instead of its full records. A record that
// has no valid entry (a library upgraded from schema 2, a record written by something other than
// the store) gets one built from it on the next listing; a record that cannot be read is
// reported, as list() does, and never deleted.
import { z } from 'zod/mini';
import { DIGESTS_STORE, ENTRIES_STORE, UPDATED_AT_INDEX, type LibraryDb } from './library-db';
import { entryOf, LibraryEntrySchema, type LibraryEntry } from './library-entry';
import { SavedDigestSchema, type SkippedRecord } from './saved-digest-schema';

/** The reads of the records' store that the repair makes. */
interface RecordStore {
  get(key: string): Promise<unknown>;
  getAll(): Promise<unknown[]>;
}
const FEW_RECORDS = 100;

export interface EntryListing {
  /** Newest first (by updatedAt), as list() orders records. */
  entries: LibraryEntry[];
  skipped: SkippedRecord[];
  /** Set when the missing entries could not be stored (a full disk): the list was built in memory. */
  problem?: string;
}

export interface NewestEntries {
  entries: LibraryEntry[];
  /** How many entries there are in all, so the first screen can give the count. */
  total: number;
}

/** The newest `limit` entries, for the first screen; nothing is repaired or reported here. */
export async function newestEntries(db: LibraryDb, limit: number): Promise<NewestEntries> {
  const tx = db.transaction(ENTRIES_STORE);
  const entries: LibraryEntry[] = [];
  const total = tx.store.count();
  let cursor = await tx.store.index(UPDATED_AT_INDEX).openCursor(null, 'prev');
  while (cursor && entries.length < limit) {
    const parsed = LibraryEntrySchema.safeParse(cursor.value);
    if (parsed.success) entries.push(parsed.data);
    cursor = await cursor.continue();
  }
  const result = { entries, total: await total };
  await tx.done;
  return result;
}

export async function listEntries(db: LibraryDb): Promise<EntryListing> {
  const tx = db.transaction([DIGESTS_STORE, ENTRIES_STORE]);
  // Keys only of the records: cheap, and what tells an entry missing from one that is extra.
  const [values, recordKeys] = await Promise.all([tx.objectStore(ENTRIES_STORE).index(UPDATED_AT_INDEX).getAll(), tx.objectStore(DIGESTS_STORE).getAllKeys()]);
  await tx.done;
  const entries = parseNewestFirst(values);
  const keys = new Set(recordKeys.map(String));
  // One valid entry per record: the common case, no full record read.
  if (entries.length === values.length && entries.length === keys.size && entries.every((entry) => keys.has(entry.url))) return { entries, skipped: [] };
  return repairEntries(db);
}

/** Many records are read in one getAll (after an upgrade, all are missing): a get each took a minute at 10,000. */
async function readRecords(records: RecordStore, keys: readonly string[], allKeys: readonly IDBValidKey[]): Promise<unknown[]> {
  if (keys.length <= FEW_RECORDS) return Promise.all(keys.map((key) => records.get(key)));
  const all = await records.getAll();
  const byKey = new Map(allKeys.map((key, i) => [String(key), all[i]]));
  return keys.map((key) => byKey.get(key));
}

function parseNewestFirst(values: readonly unknown[]): LibraryEntry[] {
  const entries: LibraryEntry[] = [];
  for (let i = values.length - 1; i >= 0; i--) {
    const parsed = LibraryEntrySchema.safeParse(values[i]);
    if (parsed.success) entries.push(parsed.data);
  }
  return entries;
}

/**
 * Builds the entries that are missing or invalid from their records, drops entries whose record
 * is gone, and reports the records that cannot be read. One read-write transaction, so a save
 * from another tab cannot slip between reading a record and writing its entry.
 */
async function repairEntries(db: LibraryDb): Promise<EntryListing> {
  const tx = db.transaction([DIGESTS_STORE, ENTRIES_STORE], 'readwrite');
  const records = tx.objectStore(DIGESTS_STORE);
  const entries = tx.objectStore(ENTRIES_STORE);
  const [recordKeys, entryValues, entryKeys] = await Promise.all([records.getAllKeys(), entries.getAll(), entries.getAllKeys()]);
  const recordKeySet = new Set(recordKeys.map(String));
  const entryKeySet = new Set<string>();
  const writes: Promise<unknown>[] = [];
  entryKeys.forEach((key, i) => {
    // An entry is only a copy: one that is invalid or whose record is gone is dropped, not reported.
    if (recordKeySet.has(String(key)) && LibraryEntrySchema.safeParse(entryValues[i]).success) entryKeySet.add(String(key));
    else writes.push(entries.delete(key));
  });
  const missing = [...recordKeySet].filter((key) => !entryKeySet.has(key));
  const skipped: SkippedRecord[] = [];
  const raw = await readRecords(records, missing, recordKeys);
  raw.forEach((value, i) => {
    const parsed = SavedDigestSchema.safeParse(value);
    if (parsed.success) writes.push(entries.put(entryOf(parsed.data)));
    else skipped.push({ key: missing[i]!, reason: z.prettifyError(parsed.error) });
  });
  await Promise.all(writes);
  const listed = parseNewestFirst(await entries.index(UPDATED_AT_INDEX).getAll());
  await tx.done;
  return { entries: listed, skipped };
}
