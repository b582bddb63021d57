// @vitest-environment happy-dom
// What the user sees when an import cannot be done: a file too large to read, a backup with
// problems, a library that cannot be written (full quota). Always a report, never silence.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { LibraryTransfer, type TransferReport } from '../../../components/LibraryTransfer';
import type { LibraryServices } from '../../../components/library-services';
import { MAX_BACKUP_CHARS } from '../../../lib/library/plan-import';
import { describeStorageError } from '../../../lib/storage/describe-storage-error';
import type { SavedDigest } from '../../../lib/storage/saved-digest-schema';
import { backupText, sampleRecord } from '../library/sample-records';
import { root, useRenderRoot } from '../../helpers/render-root';
import { defaultObsidianSettings } from '../../../lib/obsidian/obsidian-settings';

function fakeServices(putAll: (records: readonly SavedDigest[]) => Promise<void>): LibraryServices {
  const services = {
    newestEntries: async () => ({ entries: [], total: 0 }),
    listEntries: async () => ({ entries: [], skipped: [] }),
    get: async () => undefined,
    list: async () => ({ records: [], skipped: [] }),
    remove: async () => undefined,
    putAll,
    toMarkdown: () => '',
    download: () => undefined,
    copyText: async () => undefined,
    obsidianSettings: async () => defaultObsidianSettings(),
    openUrl: () => undefined,
    now: () => new Date('2026-11-22T00:00:00Z'),
    showCardInAddress: () => undefined,
  };
  return services as LibraryServices;
}

useRenderRoot();

async function importFile(services: LibraryServices, file: File): Promise<TransferReport[]> {
  const reports: TransferReport[] = [];
  await act(async () => render(<LibraryTransfer services={services} empty onImported={async () => undefined} onReport={(r) => reports.push(r)} />, root));
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  for (let i = 0; i < 5 && reports.length === 0; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
  return reports;
}

const backup = backupText([sampleRecord('https://e.org/a', '2026-11-20T00:00:00Z')], new Date('2026-11-22T00:00:00Z'));

describe('import reports', () => {
  it('a full quota: "nothing was imported" with the reason, not an unhandled error', async () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const services = fakeServices(async () => {
      throw describeStorageError(quota);
    });
    const [report] = await importFile(services, new File([backup], 'backup.json', { type: 'application/json' }));
    expect(report?.ok).toBe(false);
    expect(report?.title).toMatch(/Nothing was imported/);
    expect(report?.details.join(' ')).toMatch(/no storage space left/);
  });

  it('a file past the size limit is refused without being read', async () => {
    let written = false;
    const services = fakeServices(async () => {
      written = true;
    });
    const huge = new File(['{}'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: MAX_BACKUP_CHARS + 1 });
    Object.defineProperty(huge, 'text', { value: () => Promise.reject(new Error('must not be read')) });
    const [report] = await importFile(services, huge);
    expect(report).toMatchObject({ ok: false, title: expect.stringMatching(/too large/) });
    expect(report?.details.join(' ')).toMatch(/at most 256 MB/);
    expect(written).toBe(false);
  });

  it('a malformed file is reported and nothing is written', async () => {
    let written = false;
    const services = fakeServices(async () => {
      written = true;
    });
    const [report] = await importFile(services, new File(['{"format": "article-digest-backup", "digests": [tru'], 'bad.json'));
    expect(report).toMatchObject({ ok: false, title: expect.stringMatching(/Nothing was imported/) });
    expect(written).toBe(false);
  });

  it('a backup of 100,000 bad entries: the first few in full, then counts, not 100,000 lines', async () => {
    const digests = Array.from({ length: 100_000 }, (_, i) => ({ url: `https://e.org/${i}` }));
    const text = JSON.stringify({ format: 'article-digest-backup', version: 1, exportedAt: '2026-11-22T00:00:00Z', digests });
    const [report] = await importFile(fakeServices(async () => undefined), new File([text], 'many.json'));
    expect(report).toMatchObject({ ok: false, title: expect.stringMatching(/Nothing was imported/) });
    expect(report?.details).toHaveLength(11);
    expect(report?.details.at(-1)).toBe('99,990 more digests: not a valid digest: 99,990');
  }, 30_000);
});
