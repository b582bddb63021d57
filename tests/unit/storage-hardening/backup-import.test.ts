// Backup files that are malformed, huge or crafted: each is refused with a message that says why,
// before anything is written, and the library is exactly as it was.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../../lib/library/backup-schema';
import { MAX_BACKUP_CHARS, MAX_RECORD_CHARS, planImport } from '../../../lib/library/plan-import';
import { DIGESTS_STORE, openLibraryDb } from '../../../lib/storage/library-db';
import { createLibraryStore } from '../../../lib/storage/library-store';
import { backupText, sampleRecord } from '../library/sample-records';

const envelope = (digests: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2026-11-22T00:00:00Z', digests, ...extra });
const good = sampleRecord('https://e.org/good', '2026-11-20T00:00:00Z');

const REFUSED: [string, () => string, RegExp][] = [
  ['empty file', () => '', /Not valid JSON/],
  ['truncated JSON', () => backupText([good], new Date()).slice(0, 200), /Not valid JSON/],
  ['binary bytes', () => '\u0000\u0001\u00ff\ufffd PK\u0003\u0004', /Not valid JSON/],
  ['a JSON array, not a backup', () => '[1,2,3]', /Not an Article Digest backup/],
  ['another format', () => JSON.stringify({ format: 'pocket-export', version: 1, exportedAt: 'x', digests: [] }), /Not an Article Digest backup/],
  ['a future version', () => JSON.stringify({ format: BACKUP_FORMAT, version: 99, exportedAt: 'x', digests: [] }), /Not an Article Digest backup/],
  ['digests is an object', () => envelope({ 0: good }), /Not an Article Digest backup/],
  ['wrong types in a digest', () => envelope([good, { ...good, url: 'https://e.org/bad', digest: { ...good.digest, topics: 'not a list' } }]), /digest 2/],
  ['a digest of nulls', () => envelope([null]), /digest 1/],
  ['__proto__ in a digest', () => envelope([JSON.parse(`{"__proto__": {"polluted": true}, "url": "https://e.org/p"}`)]), /digest 1/],
  ['constructor.prototype in the envelope', () => envelope([], { constructor: { prototype: { polluted: true } } }).replace('"digests":[]', '"digests":[{"constructor":{"prototype":{"polluted":true}}}]'), /digest 1/],
  ['a 100 MB string', () => envelope([{ ...good, article: { ...good.article, text: 'x'.repeat(100 * 1024 * 1024) } }]), /MB/],
  ['JSON nested a million deep', () => envelope([]).replace('"digests":[]', `"digests":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`), /nested far too deep|digest 1/],
  ['deeply nested JSON', () => envelope([]).replace('"digests":[]', `"digests":${'['.repeat(5000)}${']'.repeat(5000)}`), /digest 1/],
];

describe('importing a bad backup', () => {
  it.each(REFUSED)('%s is refused with a clear reason and writes nothing', async (_name, build, reason) => {
    const db = await openLibraryDb({ name: `backup-${Math.random()}` });
    const store = createLibraryStore(db);
    await store.putAll([good]);
    const before = await db.getAll(DIGESTS_STORE);
    const plan = planImport(build(), (await store.list()).records);
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.problems.map((p) => `${p.where}: ${p.reason}`).join('\n')).toMatch(reason);
    expect(await db.getAll(DIGESTS_STORE)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  }, 30_000);

  it('a file past the size limit is refused before it is parsed', () => {
    const huge = `${envelope([]).slice(0, -2)}${`${JSON.stringify(good)},`.repeat(2000)}${JSON.stringify(good)}]}`;
    const plan = planImport(huge, [], { maxChars: 100_000 });
    expect(plan).toEqual({ ok: false, problems: [{ where: 'file', reason: expect.stringMatching(/MB.*at most/) }] });
    expect(MAX_BACKUP_CHARS).toBeGreaterThan(MAX_RECORD_CHARS);
  });

  it('a valid backup whose digests carry extra prototype keys imports only the schema fields', () => {
    const crafted = envelope([JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(good).slice(1)}`)]);
    const plan = planImport(crafted, []);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.toWrite).toEqual([{ ...good, savedAt: '2026-11-20T00:00:00.000Z', updatedAt: '2026-11-20T00:00:00.000Z' }]);
    expect(Object.hasOwn(plan.toWrite[0] ?? {}, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
