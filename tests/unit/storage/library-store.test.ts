import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DIGESTS_STORE, LIBRARY_DB_VERSION, openLibraryDb } from '../../../lib/storage/library-db';
import { createLibraryStore } from '../../../lib/storage/library-store';
import { sampleArticle, sampleDigest, sampleRecord } from '../library/sample-records';

let dbCount = 0;
const freshName = () => `test-library-${++dbCount}`;

describe('library store', () => {
  it('saves, updates the same URL (ignoring #fragments) and lists newest first', async () => {
    const store = createLibraryStore(await openLibraryDb({ name: freshName() }));
    await store.save(sampleArticle({ url: 'https://example.org/a' }), sampleDigest(), new Date('2026-11-20T00:00:00Z'));
    await store.save(sampleArticle({ url: 'https://example.org/b' }), sampleDigest(), new Date('2026-11-21T00:00:00Z'));
    const again = await store.save(
      sampleArticle({ url: 'https://example.org/a#:~:text=Amazon', title: 'Updated' }),
      sampleDigest(),
      new Date('2026-11-22T00:00:00Z'),
    );
    expect(again).toMatchObject({ url: 'https://example.org/a', savedAt: '2026-11-20T00:00:00.000Z', updatedAt: '2026-11-22T00:00:00.000Z' });
    const { records, skipped } = await store.list();
    expect(records.map((r) => [r.url, r.article.title])).toEqual([
      ['https://example.org/a', 'Updated'],
      ['https://example.org/b', 'Amazon’s Durability'],
    ]);
    expect(skipped).toEqual([]);
  });

  it('removes and returns the record for undo', async () => {
    const store = createLibraryStore(await openLibraryDb({ name: freshName() }));
    const saved = await store.save(sampleArticle(), sampleDigest(), new Date('2026-11-20T00:00:00Z'));
    expect(await store.remove(saved.url)).toEqual(saved);
    expect((await store.list()).records).toEqual([]);
    await store.putAll([saved]);
    expect(await store.get(saved.url)).toEqual(saved);
  });

  it('skips and reports bad records instead of failing the list', async () => {
    const db = await openLibraryDb({ name: freshName() });
    const store = createLibraryStore(db);
    await store.putAll([sampleRecord('https://example.org/good', '2026-11-20T00:00:00Z')]);
    await db.put(DIGESTS_STORE, { url: 'https://example.org/broken', updatedAt: '2026-11-21T00:00:00Z', digest: 'oops' });
    await db.put(DIGESTS_STORE, { url: 'https://example.org/no-date' });
    const { records, skipped } = await store.list();
    expect(records.map((r) => r.url)).toEqual(['https://example.org/good']);
    expect(skipped.map((s) => s.key)).toEqual(['https://example.org/broken', 'https://example.org/no-date']);
    expect(skipped[0]!.reason).toMatch(/article/);
  });

  it('migrates a version 1 database to the current version, keeping its records', async () => {
    const name = freshName();
    const v1 = await openLibraryDb({ name, version: 1 });
    await v1.put(DIGESTS_STORE, sampleRecord('https://example.org/old', '2026-01-01T00:00:00Z'));
    v1.close();
    const db = await openLibraryDb({ name });
    expect(db.version).toBe(LIBRARY_DB_VERSION);
    const { records } = await createLibraryStore(db).list();
    expect(records.map((r) => r.url)).toEqual(['https://example.org/old']);
  });

  it('refuses a version it does not know', () => {
    expect(() => openLibraryDb({ name: freshName(), version: LIBRARY_DB_VERSION + 1 })).toThrow(/schema version/);
  });
});
