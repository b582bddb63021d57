// Opens the library's IndexedDB database and brings its schema up to date. Pure of browser.*:
// IndexedDB is a web API (tests run it on fake-indexeddb).
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { upgradeRecords } from './upgrade-record';

export const LIBRARY_DB_NAME = 'article-digest';
export const DIGESTS_STORE = 'digests';
export const UPDATED_AT_INDEX = 'by-updatedAt';
/** Small list entries beside the full records (see library-entry.ts), same keys, same index. */
export const ENTRIES_STORE = 'entries';

export type LibraryDb = IDBPDatabase<unknown>;
type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;
type Migration = (db: LibraryDb, tx: UpgradeTransaction) => void;

/**
 * Migration i takes the database from version i to version i + 1; the order is written once,
 * here, and a released step is never edited (a new one is appended instead).
 */
const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: one store keyed by the page's URL, so saving the same page again updates it.
  (db) => {
    db.createObjectStore(DIGESTS_STORE, { keyPath: 'url' });
  },
  // 1 → 2: an index on updatedAt, so the library reads newest first without sorting in memory.
  (_db, tx) => {
    tx.objectStore(DIGESTS_STORE).createIndex(UPDATED_AT_INDEX, 'updatedAt');
  },
  // 2 → 3: a store of list entries, so opening the library reads no full record. It starts empty:
  // the store builds the missing entries from the records on its next listing (library-store.ts),
  // the same path that repairs records written without one, so an upgrade loses nothing.
  (db) => {
    db.createObjectStore(ENTRIES_STORE, { keyPath: 'url' }).createIndex(UPDATED_AT_INDEX, 'updatedAt');
  },
  // 3 → 4: each record with its article's text once, keyed by its article's URL, its dates
  // canonical instants (upgrade-record.ts). Old records read without it; it frees the space and
  // mends what older imports let in (keys the popup never looks up, dates that are no dates).
  (_db, tx) => upgradeRecords(tx, DIGESTS_STORE, ENTRIES_STORE, new Date()),
];

export const LIBRARY_DB_VERSION = MIGRATIONS.length;

export interface OpenLibraryOptions {
  /** Default: {@link LIBRARY_DB_NAME}; tests use their own names. */
  name?: string;
  /** Default: {@link LIBRARY_DB_VERSION}; tests open older versions to check migrations. */
  version?: number;
}

export function openLibraryDb(options: OpenLibraryOptions = {}): Promise<LibraryDb> {
  const version = options.version ?? LIBRARY_DB_VERSION;
  if (version < 1 || version > LIBRARY_DB_VERSION) throw new Error(`Library schema version must be 1-${LIBRARY_DB_VERSION}, not ${version}`);
  return openDB(options.name ?? LIBRARY_DB_NAME, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (const migrate of MIGRATIONS.slice(oldVersion, newVersion ?? version)) migrate(db, tx);
    },
  });
}
