// Export (JSON backup, Markdown files in a zip) and import of a backup, all or nothing.
import { buildBackup } from '../lib/library/build-backup';
import { markdownFiles } from '../lib/library/markdown-files';
import { MAX_BACKUP_CHARS, planImport } from '../lib/library/plan-import';
import { zipFiles } from '../lib/library/zip-files';
import type { SavedDigest } from '../lib/storage/saved-digest-schema';
import type { LibraryServices } from './library-services';

export interface TransferReport {
  ok: boolean;
  title: string;
  details: string[];
}

interface LibraryTransferProps {
  services: LibraryServices;
  records: readonly SavedDigest[];
  onImported: () => Promise<void>;
  onReport: (report: TransferReport) => void;
}

export function LibraryTransfer({ services, records, onImported, onReport }: LibraryTransferProps) {
  const day = () => services.now().toISOString().slice(0, 10);

  const exportJson = () => {
    services.download(`article-digest-backup-${day()}.json`, new Blob([buildBackup(records, services.now())], { type: 'application/json' }));
  };
  const exportMarkdown = () => {
    const zip = zipFiles(markdownFiles(records, services.toMarkdown), services.now());
    services.download(`article-digest-markdown-${day()}.zip`, new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    onReport(await importBackup(services, file));
    await onImported();
  };

  return (
    <div class="actions transfer">
      <button type="button" class="button" onClick={exportJson} disabled={records.length === 0}>
        Export backup (.json)
      </button>
      <button type="button" class="button" onClick={exportMarkdown} disabled={records.length === 0}>
        Export Markdown (.zip)
      </button>
      <label class="button file-button">
        Import backup…
        <input type="file" accept=".json,application/json" class="visually-hidden" onChange={(event) => void importFile(event.currentTarget)} />
      </label>
    </div>
  );
}

async function importBackup(services: LibraryServices, file: File): Promise<TransferReport> {
  // Refused unread: reading a gigabyte into the page would freeze or crash it.
  if (file.size > MAX_BACKUP_CHARS) {
    const size = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
    return { ok: false, title: 'Nothing was imported: the file is too large.', details: [`${file.name} is ${size(file.size)}; a backup may be at most ${size(MAX_BACKUP_CHARS)}.`] };
  }
  const plan = planImport(await file.text(), (await services.list()).records);
  if (!plan.ok) {
    return { ok: false, title: 'Nothing was imported: the backup has problems.', details: plan.problems.map((p) => `${p.where}: ${p.reason}`) };
  }
  try {
    await services.putAll(plan.toWrite);
  } catch (error) {
    // putAll is one transaction: when it fails (a full quota, a closed tab) nothing was written.
    console.error('Article Digest: the import could not be written', error);
    return { ok: false, title: 'Nothing was imported: the library could not be written.', details: [error instanceof Error ? error.message : String(error)] };
  }
  const imported = plan.toWrite.length === 1 ? '1 digest' : `${plan.toWrite.length} digests`;
  const skipped = plan.skipped.length ? `, skipped ${plan.skipped.length}` : '';
  return { ok: true, title: `Imported ${imported}${skipped}.`, details: plan.skipped.map((s) => `Skipped ${s.where}: ${s.reason}`) };
}
