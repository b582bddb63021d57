// Export (JSON backup, Markdown files in a zip) and import of a backup, all or nothing. Both
// read the library themselves: the page holds list entries only, not the full records.
import { useState } from 'preact/hooks';
import { buildBackup } from '../lib/library/build-backup';
import { markdownFiles } from '../lib/library/markdown-files';
import { MAX_BACKUP_CHARS, parseBackup, skipKnown, type KnownDigest } from '../lib/library/plan-import';
import { zipFiles } from '../lib/library/zip-files';
import type { SavedDigest } from '../lib/storage/saved-digest-schema';
import { formatNumber, plural, t } from './i18n/t';
import type { LibraryServices } from './library-services';

export interface TransferReport {
  ok: boolean;
  title: string;
  details: string[];
}

interface LibraryTransferProps {
  services: LibraryServices;
  /** Nothing to export. */
  empty: boolean;
  onImported: () => Promise<void>;
  onReport: (report: TransferReport) => void;
}

export function LibraryTransfer({ services, empty, onImported, onReport }: LibraryTransferProps) {
  // Export and import take seconds at thousands of digests: say so, and take no second click meanwhile.
  const [busy, setBusy] = useState<string | null>(null);
  const day = () => services.now().toISOString().slice(0, 10);
  const exporting = (label: string, build: (records: readonly SavedDigest[]) => [string, Blob] | TransferReport) => () => {
    setBusy(label);
    services
      .list()
      .then(({ records }) => {
        const built = build(records);
        if (Array.isArray(built)) services.download(...built);
        else onReport(built);
      })
      .catch((error: unknown) => {
        console.error('Article Digest: the export failed', error);
        onReport({ ok: false, title: t('transferUnreadable'), details: [error instanceof Error ? error.message : String(error)] });
      })
      .finally(() => setBusy(null));
  };
  const exportJson = exporting(t('transferExportingJson'), (records) => {
    const backup = buildBackup(records, services.now());
    if (!backup.ok) return { ok: false, title: t('transferTooLargeToExport'), details: [backup.reason] };
    return [`article-digest-backup-${day()}.json`, new Blob([backup.text], { type: 'application/json' })];
  });
  const exportMarkdown = exporting(t('transferExportingMarkdown'), (records) => {
    const zip = zipFiles(markdownFiles(records, services.toMarkdown), services.now());
    return [`article-digest-markdown-${day()}.zip`, new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' })];
  });
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBusy(t('transferImporting', file.name));
    try {
      onReport(await importBackup(services, file));
      await onImported();
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="actions transfer" aria-busy={busy !== null}>
      <button type="button" class="button" onClick={exportJson} disabled={empty || busy !== null}>
        {t('transferExportJson')}
      </button>
      <button type="button" class="button" onClick={exportMarkdown} disabled={empty || busy !== null}>
        {t('transferExportMarkdown')}
      </button>
      <label class="button file-button" aria-disabled={busy !== null}>
        {t('transferImport')}
        <input type="file" accept=".json,application/json" class="visually-hidden" disabled={busy !== null} onChange={(event) => void importFile(event.currentTarget)} />
      </label>
      <p class="transfer-status" role="status">
        {busy}
      </p>
    </div>
  );
}

/** The library's copies of the backup's pages: dates from the list entries, and the full record only where the dates are equal. */
async function knownDigests(services: LibraryServices, incoming: readonly SavedDigest[]): Promise<Map<string, KnownDigest>> {
  const known = new Map<string, KnownDigest>((await services.listEntries()).entries.map((entry) => [entry.url, { updatedAt: entry.updatedAt }]));
  const sameDate = incoming.filter((record) => known.get(record.url)?.updatedAt === record.updatedAt);
  for (const record of await Promise.all(sameDate.map((r) => services.get(r.url)))) {
    if (record) known.set(record.url, { updatedAt: record.updatedAt, record });
  }
  return known;
}

async function importBackup(services: LibraryServices, file: File): Promise<TransferReport> {
  // Refused unread: reading a gigabyte into the page would freeze or crash it.
  if (file.size > MAX_BACKUP_CHARS) {
    const megabytes = (bytes: number) => formatNumber(Math.round(bytes / (1024 * 1024)));
    return { ok: false, title: t('transferFileTooLarge'), details: [t('transferFileSize', file.name, megabytes(file.size), megabytes(MAX_BACKUP_CHARS))] };
  }
  const backup = parseBackup(await file.text());
  if (!backup.ok) {
    return { ok: false, title: t('transferBadBackup'), details: backup.problems.map((p) => `${p.where}: ${p.reason}`) };
  }
  const plan = skipKnown(backup.records, await knownDigests(services, backup.records));
  try {
    await services.putAll(plan.toWrite);
  } catch (error) {
    // putAll is one transaction: when it fails (a full quota, a closed tab) nothing was written.
    console.error('Article Digest: the import could not be written', error);
    return { ok: false, title: t('transferWriteFailed'), details: [error instanceof Error ? error.message : String(error)] };
  }
  const title = plan.skippedCount
    ? plural('transferImportedSkipped', plan.toWrite.length, formatNumber(plan.skippedCount))
    : plural('transferImported', plan.toWrite.length);
  return { ok: true, title, details: plan.skipped.map((s) => t('transferSkippedLine', s.where, s.reason)) };
}
