// Small valid records for library and storage tests.
import type { Article } from '../../../lib/article';
import type { Digest } from '../../../lib/digest/digest-schema';
import { buildBackup } from '../../../lib/library/build-backup';
import type { SavedDigest } from '../../../lib/storage/saved-digest-schema';

export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://example.org/post',
    title: 'Amazon’s Durability',
    byline: 'Ben Thompson',
    siteName: 'Stratechery',
    publishedTime: '2026-11-17T10:00:00+00:00',
    lang: 'en',
    text: 'Amazon builds primitives.',
    wordCount: 3,
    coverage: { status: 'full' },
    blocks: [{ type: 'paragraph', text: 'Amazon builds primitives.' }],
    ...overrides,
  };
}

export function sampleDigest(overrides: Partial<Digest> = {}): Digest {
  return {
    schemaVersion: 1,
    summary: 'Amazon builds infrastructure primitives for itself, then sells them.',
    keyTakeaway: { text: 'Primitives compound.', quote: 'Amazon builds primitives.' },
    keyInsights: [],
    principles: [],
    method: null,
    inPractice: [],
    topics: ['AWS', 'logistics'],
    audience: ['CTO'],
    engine: { name: 'local' },
    createdAt: '2026-11-20T08:00:00.000Z',
    ...overrides,
  };
}

export function sampleRecord(url: string, updatedAt: string, overrides: { article?: Partial<Article>; digest?: Partial<Digest> } = {}): SavedDigest {
  return {
    url,
    article: sampleArticle({ url, ...overrides.article }),
    digest: sampleDigest(overrides.digest),
    savedAt: updatedAt,
    updatedAt,
  };
}

/** The text of a backup of `records`; throws when the export refuses it. */
export function backupText(records: readonly SavedDigest[], exportedAt: Date): string {
  const backup = buildBackup(records, exportedAt);
  if (!backup.ok) throw new Error(`The export refused the backup: ${backup.reason}`);
  return backup.text;
}
