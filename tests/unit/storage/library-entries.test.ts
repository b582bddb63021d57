// The list entries stored beside the records: kept in step by every write, built for records that
// have none (a library upgraded from schema 2, a record written raw), never at a record's expense.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DIGESTS_STORE, ENTRIES_STORE, LIBRARY_DB_VERSION, openLibraryDb } from '../../../lib/storage/library-db';
import { searchDigests } from '../../../lib/library/search-digests';
import { entryOf } from '../../../lib/storage/library-entry';
import { createLibraryStore } from '../../../lib/storage/library-store';
import { refuseAllPuts, refusePutNumber } from '../../helpers/idb-faults';
import { sampleArticle, sampleDigest, sampleRecord } from '../library/sample-records';

let dbCount = 0;
const freshName = () => `entries-${++dbCount}`;
const at = (day: number) => new Date(Date.UTC(2026, 10, day));

afterEach(() => vi.restoreAllMocks());

describe('library entries', () => {
  it('save, putAll and remove keep one entry per record, newest first', async () => {
    const db = await openLibraryDb({ name: freshName() });
    const store = createLibraryStore(db);
    const a = await store.save(sampleArticle({ url: 'https://e.org/a', title: 'Café' }), sampleDigest(), at(1));
    await store.putAll([sampleRecord('https://e.org/b', at(3).toISOString()), sampleRecord('https://e.org/c', at(2).toISOString())]);
    await store.save(sampleArticle({ url: 'https://e.org/a', title: 'Café again' }), sampleDigest(), at(4));
    await store.remove('https://e.org/c');
    const { entries, skipped } = await store.listEntries();
    expect(skipped).toEqual([]);
    expect(entries.map((e) => [e.url, e.title])).toEqual([
      ['https://e.org/a', 'Café again'],
      ['https://e.org/b', 'Amazon’s Durability'],
    ]);
    expect(entries[0]).toMatchObject({ site: 'Stratechery', savedAt: a.savedAt, searchText: expect.stringContaining('cafe again') });
    expect(await store.newestEntries(1)).toEqual({ entries: [entries[0]], total: 2 });
    expect(await db.count(ENTRIES_STORE)).toBe(2);
  });

  it('lists the same records, in the same order, as the full list', async () => {
    const store = createLibraryStore(await openLibraryDb({ name: freshName() }));
    const records = Array.from({ length: 12 }, (_, i) => sampleRecord(`https://e.org/${i}`, at(1 + (i % 4)).toISOString()));
    await store.putAll(records);
    expect((await store.listEntries()).entries).toEqual((await store.list()).records.map(entryOf));
  });

  it('a schema 2 library upgrades: every record kept, entries built on the first listing, bad records reported', async () => {
    const name = freshName();
    const v2 = await openLibraryDb({ name, version: 2 });
    const old = [sampleRecord('https://e.org/old-1', '2026-01-01T00:00:00Z'), sampleRecord('https://e.org/old-2', '2026-01-02T00:00:00Z')];
    for (const record of old) await v2.put(DIGESTS_STORE, record);
    await v2.put(DIGESTS_STORE, { url: 'https://e.org/broken', updatedAt: '2026-01-03', digest: 'oops' });
    v2.close();
    const db = await openLibraryDb({ name });
    expect(db.version).toBe(LIBRARY_DB_VERSION);
    const store = createLibraryStore(db);
    expect(await store.newestEntries(5)).toEqual({ entries: [], total: 0 });
    const first = await store.listEntries();
    expect(first.entries.map((e) => e.url)).toEqual(['https://e.org/old-2', 'https://e.org/old-1']);
    expect(first.skipped.map((s) => s.key)).toEqual(['https://e.org/broken']);
    expect(await store.listEntries()).toEqual(first);
    expect(await db.count(DIGESTS_STORE)).toBe(3);
    expect((await store.newestEntries(5)).entries.map((e) => e.url)).toEqual(['https://e.org/old-2', 'https://e.org/old-1']);
  });

  it('a schema 3 library with entries of the older shape upgrades: entries rebuilt with the article\'s words and coverage', async () => {
    const name = freshName();
    const v3 = await openLibraryDb({ name, version: 3 });
    const text = 'Amazon builds primitives. Warehouses hum with conveyors.';
    const old = sampleRecord('https://e.org/old', '2026-01-01T00:00:00.000Z', { article: { text, blocks: [{ type: 'paragraph', text }], coverage: { status: 'partial', reason: 'paywall' } } });
    await v3.put(DIGESTS_STORE, old);
    // The entry as schema 3 wrote it: title, summary and topics folded into `search`, no coverage.
    const { coverage: _coverage, searchText: _searchText, ...rest } = entryOf(old);
    await v3.put(ENTRIES_STORE, { ...rest, search: 'amazon’s durability' });
    v3.close();
    const store = createLibraryStore(await openLibraryDb({ name }));
    const { entries, skipped } = await store.listEntries();
    expect(skipped).toEqual([]);
    expect(entries).toEqual([entryOf(old)]);
    expect(entries[0]).toMatchObject({ coverage: { status: 'partial' } });
    expect(searchDigests(entries, { text: 'conveyors' }).map((e) => e.url)).toEqual(['https://e.org/old']);
  });

  it('rebuilds an entry that is invalid and drops one whose record is gone', async () => {
    const db = await openLibraryDb({ name: freshName() });
    const store = createLibraryStore(db);
    await store.putAll([sampleRecord('https://e.org/a', '2026-11-01T00:00:00Z')]);
    await db.put(ENTRIES_STORE, { url: 'https://e.org/a', title: 42 });
    await db.put(ENTRIES_STORE, { ...entryOf(sampleRecord('https://e.org/ghost', '2026-11-02T00:00:00Z')) });
    const { entries, skipped } = await store.listEntries();
    expect(entries.map((e) => e.url)).toEqual(['https://e.org/a']);
    expect(entries[0]?.title).toBe('Amazon’s Durability');
    expect(skipped).toEqual([]);
    expect(await db.getAllKeys(ENTRIES_STORE)).toEqual(['https://e.org/a']);
  });

  it('an import that fails midway writes no entry either', async () => {
    const db = await openLibraryDb({ name: freshName() });
    const store = createLibraryStore(db);
    const batch = Array.from({ length: 6 }, (_, i) => sampleRecord(`https://e.org/batch-${i}`, `2026-11-0${i + 1}T00:00:00Z`));
    refusePutNumber(7);
    await expect(store.putAll(batch)).rejects.toThrow(/storage|space|full/i);
    vi.restoreAllMocks();
    expect(await db.count(DIGESTS_STORE)).toBe(0);
    expect(await db.count(ENTRIES_STORE)).toBe(0);
    expect(await store.listEntries()).toEqual({ entries: [], skipped: [] });
  });
});

describe('library entries on a full disk', () => {
  it('when the missing entries cannot be written, the list is built from the records and says why', async () => {
    const name = freshName();
    const v2 = await openLibraryDb({ name, version: 2 });
    await v2.put(DIGESTS_STORE, sampleRecord('https://e.org/old', '2026-01-01T00:00:00Z'));
    v2.close();
    const store = createLibraryStore(await openLibraryDb({ name }));
    refuseAllPuts();
    const listing = await store.listEntries();
    vi.restoreAllMocks();
    expect(listing.entries.map((e) => e.url)).toEqual(['https://e.org/old']);
    expect(listing.problem).toMatch(/no storage space left/);
    expect((await store.listEntries()).problem).toBeUndefined();
  });
});
