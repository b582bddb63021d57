// The library bench writes generated records straight into IndexedDB; they must be records the
// extension's own store reads back as valid (otherwise the bench would time skipped entries).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseRecords, FILL_LIBRARY } from '../../../scripts/bench/library-records';
import { DIGESTS_STORE, openLibraryDb } from '../../../lib/storage/library-db';
import { createLibraryStore } from '../../../lib/storage/library-store';
import { FIXTURES_DIR } from '../../e2e/harness/fixture-server';

describe('generated saved digests', () => {
  it('are valid, distinct and newest first', async () => {
    const html = readFileSync(`${FIXTURES_DIR}/stratechery--amazon-durability.html`, 'utf8');
    const bases = baseRecords([{ html, url: 'https://stratechery.com/2025/amazon-durability/' }]);
    const db = await openLibraryDb({ name: 'bench-fill' });
    db.close();
    const fill = (0, eval)(FILL_LIBRARY) as (args: object) => Promise<number>;
    expect(await fill({ bases, count: 7, db: 'bench-fill', store: DIGESTS_STORE })).toBe(7);
    const listing = await createLibraryStore(await openLibraryDb({ name: 'bench-fill' })).list();
    expect(listing.skipped).toEqual([]);
    expect(listing.records).toHaveLength(7);
    expect(new Set(listing.records.map((r) => r.url)).size).toBe(7);
    expect(listing.records[0]!.url).toBe('https://news6.example/story/6');
  });
});
