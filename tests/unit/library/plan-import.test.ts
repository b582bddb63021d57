import { describe, expect, it } from 'vitest';
import { markdownFiles } from '../../../lib/library/markdown-files';
import { obsidianFileName } from '../../../lib/obsidian/obsidian-file-name';
import { planImport } from '../../../lib/library/plan-import';
import { zipFiles } from '../../../lib/library/zip-files';
import { unzipSync, strFromU8 } from 'fflate';
import { backupText, sampleRecord } from './sample-records';

const a = sampleRecord('https://example.org/a', '2026-11-20T00:00:00.000Z');
const b = sampleRecord('https://example.org/b', '2026-11-21T00:00:00.000Z', { article: { title: 'Second' } });
const now = new Date('2026-11-22T00:00:00.000Z');

describe('buildBackup + planImport', () => {
  it('round-trips every record exactly', () => {
    const plan = planImport(backupText([b, a], now), []);
    expect(plan).toEqual({ ok: true, toWrite: [a, b], skipped: [], skippedCount: 0 });
  });

  it('imports nothing when one digest is invalid, and names it', () => {
    const backup = JSON.parse(backupText([a, b], now));
    backup.digests[1].digest.audience = ['Astronaut'];
    const plan = planImport(JSON.stringify(backup), []);
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.problems).toHaveLength(1);
    expect(plan.problems[0]!.where).toBe('digest 2 (https://example.org/b)');
    expect(plan.problems[0]!.reason).toMatch(/audience/);
  });

  it.each([
    ['not json', /Not valid JSON/],
    ['{"format":"something-else"}', /Not an Article Digest backup/],
    ['[]', /Not an Article Digest backup/],
  ])('rejects the file %j', (text, reason) => {
    const plan = planImport(text, []);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.problems[0]!.reason).toMatch(reason);
  });

  it('skips what the library already has unchanged or newer, and duplicates in the file', () => {
    const newerA = { ...a, updatedAt: '2026-12-01T00:00:00.000Z' };
    const text = JSON.stringify({ ...JSON.parse(backupText([a, b], now)), digests: [a, b, b] });
    const plan = planImport(text, [newerA, b]);
    expect(plan.ok && plan.toWrite).toEqual([]);
    expect(plan.ok && plan.skipped.map((s) => s.reason)).toEqual([
      'The library has a newer copy.',
      'Already in the library, unchanged.',
      'The backup holds this page twice; the first copy was used.',
    ]);
  });
});

describe('markdownFiles + zipFiles', () => {
  it('names files as Obsidian names notes, unique whatever the case, and zips them', () => {
    const files = markdownFiles([a, { ...a, url: 'https://example.org/c' }, b, { ...b, article: { ...b.article, title: 'SECOND' } }], (r) => `# ${r.article.title}\n`);
    expect(files.map((f) => f.name)).toEqual([`${obsidianFileName(a.article.title)}.md`, `${obsidianFileName(a.article.title)} 2.md`, 'Second.md', 'SECOND 2.md']);
    const unzipped = unzipSync(zipFiles(files, now));
    expect(strFromU8(unzipped['Second.md']!)).toBe('# Second\n');
  });
});
