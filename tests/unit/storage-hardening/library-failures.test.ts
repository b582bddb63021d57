// The library under failure: corrupted records, records from an older schema, a full quota, two
// tabs saving at once, a crash midway through an import. No digest is lost or half-written, and
// what went wrong comes back as a value or an error with a message a person can act on.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DIGESTS_STORE, openLibraryDb, type LibraryDb } from '../../../lib/storage/library-db';
import { createLibraryStore } from '../../../lib/storage/library-store';
import { toStored } from '../../../lib/storage/saved-digest-schema';
import { refuseAllPuts, refusePutNumber } from '../../helpers/idb-faults';
import { sampleArticle, sampleDigest, sampleRecord } from '../library/sample-records';

let dbCount = 0;
const freshName = () => `hardening-${++dbCount}`;
const at = (day: number) => new Date(Date.UTC(2026, 10, day));

/** Everything in the store, raw, as IndexedDB holds it (what survives, whatever the schema says). */
async function rawRecords(db: LibraryDb): Promise<unknown[]> {
  return db.getAll(DIGESTS_STORE);
}

afterEach(() => vi.restoreAllMocks());

describe('corrupted and older records', () => {
  const corrupted: [string, Record<string, unknown>][] = [
    ['digest is a string', { url: 'https://e.org/1', updatedAt: '2026-11-01', savedAt: '2026-11-01', digest: 'oops', article: sampleArticle() }],
    ['article missing', { url: 'https://e.org/2', updatedAt: '2026-11-02', savedAt: '2026-11-02', digest: sampleDigest() }],
    ['older digest schema (version 0)', { ...sampleRecord('https://e.org/3', '2026-11-03T00:00:00Z'), digest: { ...sampleDigest(), schemaVersion: 0 } }],
    ['audience outside the vocabulary', { ...sampleRecord('https://e.org/4', '2026-11-04T00:00:00Z'), digest: { ...sampleDigest(), audience: ['Hacker'] } }],
    ['wrong types everywhere', { url: 'https://e.org/5', updatedAt: 5, savedAt: null, digest: [], article: 42 }],
    ['a Date where a string belongs', { ...sampleRecord('https://e.org/6', '2026-11-06T00:00:00Z'), savedAt: new Date() }],
    ['prototype keys', { ...sampleRecord('https://e.org/7', '2026-11-07T00:00:00Z'), ['__proto__']: { polluted: true }, constructor: { prototype: { polluted: true } } }],
    ['no updatedAt (missing from the index)', { url: 'https://e.org/8', article: sampleArticle() }],
  ];

  it('lists the good records, reports each bad one with a reason, and deletes nothing', async () => {
    const db = await openLibraryDb({ name: freshName() });
    const store = createLibraryStore(db);
    await store.save(sampleArticle({ url: 'https://e.org/good' }), sampleDigest(), at(10));
    for (const [, record] of corrupted) await db.put(DIGESTS_STORE, record);
    const { records, skipped } = await store.list();
    // The record with prototype keys is otherwise valid: zod keeps only the schema's keys.
    expect(records.map((r) => r.url).sort()).toEqual(['https://e.org/7', 'https://e.org/good']);
    expect(Object.hasOwn(records.find((r) => r.url === 'https://e.org/7') ?? {}, '__proto__')).toBe(false);
    expect(skipped.map((s) => s.key).sort()).toEqual(corrupted.map(([, r]) => r.url).filter((url) => url !== 'https://e.org/7').sort());
    for (const entry of skipped) expect(entry.reason.length).toBeGreaterThan(5);
    expect(await rawRecords(db)).toHaveLength(corrupted.length + 1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a corrupted record as absent, and saving the page again replaces it with a valid one', async () => {
    const db = await openLibraryDb({ name: freshName() });
    const store = createLibraryStore(db);
    await db.put(DIGESTS_STORE, { url: 'https://e.org/p', digest: 'oops', updatedAt: '2026-11-01' });
    expect(await store.get('https://e.org/p')).toBeUndefined();
    const saved = await store.save(sampleArticle({ url: 'https://e.org/p' }), sampleDigest(), at(12));
    expect(saved.savedAt).toBe(at(12).toISOString());
    expect((await store.list()).skipped).toEqual([]);
  });

  it('a version 1 database with records of every shape opens at the current version, all records kept', async () => {
    const name = freshName();
    const v1 = await openLibraryDb({ name, version: 1 });
    await v1.put(DIGESTS_STORE, sampleRecord('https://e.org/old', '2026-01-01T00:00:00Z'));
    for (const [, record] of corrupted) await v1.put(DIGESTS_STORE, record);
    v1.close();
    const db = await openLibraryDb({ name });
    const { records, skipped } = await createLibraryStore(db).list();
    expect(records.length + skipped.length).toBe(corrupted.length + 1);
    expect(await rawRecords(db)).toHaveLength(corrupted.length + 1);
  });
});

describe('a full quota', () => {
  it('save fails with a message that says the storage is full, and the earlier copy stays as it was', async () => {
    const db = await openLibraryDb({ name: freshName() });
    const store = createLibraryStore(db);
    const first = await store.save(sampleArticle({ url: 'https://e.org/q' }), sampleDigest(), at(1));
    refuseAllPuts();
    await expect(store.save(sampleArticle({ url: 'https://e.org/q', title: 'New' }), sampleDigest(), at(2))).rejects.toThrow(/storage|space|full/i);
    vi.restoreAllMocks();
    expect(await store.get('https://e.org/q')).toEqual(first);
  });

  it('an import that hits the quota midway writes none of its records', async () => {
    const db = await openLibraryDb({ name: freshName() });
    const store = createLibraryStore(db);
    const batch = Array.from({ length: 5 }, (_, i) => sampleRecord(`https://e.org/batch-${i}`, `2026-11-0${i + 1}T00:00:00Z`));
    refusePutNumber(3);
    await expect(store.putAll(batch)).rejects.toThrow(/storage|space|full/i);
    vi.restoreAllMocks();
    expect(await rawRecords(db)).toEqual([]);
  });
});

describe('a crash midway through an import', () => {
  it('a transaction aborted after some records were written leaves the library as it was', async () => {
    const db = await openLibraryDb({ name: freshName() });
    const store = createLibraryStore(db);
    const kept = await store.save(sampleArticle({ url: 'https://e.org/kept' }), sampleDigest(), at(1));
    const batch = Array.from({ length: 50 }, (_, i) => sampleRecord(`https://e.org/import-${i}`, '2026-11-05T00:00:00Z'));
    const realPut = IDBObjectStore.prototype.put;
    let calls = 0;
    // The tab dies after 20 records reached the store: the transaction never commits.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const request = realPut.call(this, value, key);
      if (++calls === 20) this.transaction.abort();
      return request;
    });
    await expect(store.putAll(batch)).rejects.toThrow();
    vi.restoreAllMocks();
    expect(await rawRecords(db)).toEqual([toStored(kept)]);
  });
});

describe('two tabs saving at once', () => {
  it('every save lands once; the same page saved from both keeps one record with its first savedAt', async () => {
    const name = freshName();
    const [tabA, tabB] = [createLibraryStore(await openLibraryDb({ name })), createLibraryStore(await openLibraryDb({ name }))];
    await tabA.save(sampleArticle({ url: 'https://e.org/shared' }), sampleDigest(), at(1));
    const saves = Array.from({ length: 40 }, (_, i) => {
      const tab = i % 2 ? tabA : tabB;
      const url = i % 4 === 0 ? 'https://e.org/shared#:~:text=x' : `https://e.org/page-${i}`;
      return tab.save(sampleArticle({ url, title: `Save ${i}` }), sampleDigest(), at(2 + (i % 20)));
    });
    await Promise.all(saves);
    const { records, skipped } = await tabA.list();
    expect(skipped).toEqual([]);
    expect(records).toHaveLength(1 + 30);
    const shared = records.find((r) => r.url === 'https://e.org/shared');
    expect(shared?.savedAt).toBe(at(1).toISOString());
  });
});
