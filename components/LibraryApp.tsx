// The library page: saved digests newest first, search and filters, one card opened at a time,
// delete with undo, export (JSON backup, Markdown zip) and import of a backup.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { libraryFacets } from '../lib/library/library-facets';
import { searchDigests, type DigestQuery } from '../lib/library/search-digests';
import type { SavedDigest, SkippedRecord } from '../lib/storage/saved-digest-schema';
import { DigestCard } from './DigestCard';
import { LibraryEntryList } from './LibraryEntryList';
import { LibraryFilters } from './LibraryFilters';
import { LibraryTransfer, type TransferReport } from './LibraryTransfer';
import type { LibraryServices } from './library-services';

const UNDO_MS = 10_000;

interface LibraryAppProps {
  services: LibraryServices;
  /** A card to open at once (from the page address). */
  initialOpenUrl?: string | null;
}

export function LibraryApp({ services, initialOpenUrl = null }: LibraryAppProps) {
  const [records, setRecords] = useState<SavedDigest[] | null>(null);
  const [skipped, setSkipped] = useState<SkippedRecord[]>([]);
  const [query, setQuery] = useState<DigestQuery>({});
  const [openUrl, setOpenUrl] = useState<string | null>(initialOpenUrl);
  const [deleted, setDeleted] = useState<SavedDigest | null>(null);
  const [report, setReport] = useState<TransferReport | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const reload = useCallback(async () => {
    const listing = await services.list();
    setRecords(listing.records);
    setSkipped(listing.skipped);
  }, [services]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => services.showCardInAddress(openUrl), [services, openUrl]);

  const facets = useMemo(() => libraryFacets(records ?? []), [records]);
  const shown = useMemo(() => searchDigests(records ?? [], query), [records, query]);
  const opened = openUrl ? records?.find((record) => record.url === openUrl) : undefined;

  const remove = async (record: SavedDigest) => {
    const removed = await services.remove(record.url);
    setOpenUrl(null);
    setDeleted(removed ?? null);
    clearTimeout(undoTimer.current);
    undoTimer.current = setTimeout(() => setDeleted(null), UNDO_MS);
    await reload();
  };
  const undo = async () => {
    if (!deleted) return;
    await services.putAll([deleted]);
    clearTimeout(undoTimer.current);
    setDeleted(null);
    await reload();
  };

  if (records === null) return <p class="library-loading" role="status">Loading your library…</p>;

  return (
    <div class="library">
      <header class="library-head">
        <h1>Article Digest library</h1>
        <p class="library-count" role="status">
          {shown.length === records.length ? countLabel(records.length) : `Showing ${shown.length} of ${countLabel(records.length)}`}
        </p>
        <LibraryTransfer services={services} records={records} onImported={reload} onReport={setReport} />
        {services.openSettings && (
          <button type="button" class="button library-settings" onClick={() => void services.openSettings?.()}>
            Settings
          </button>
        )}
      </header>

      {report && <TransferNotice report={report} onClose={() => setReport(null)} />}
      {skipped.length > 0 && (
        <div class="banner banner-warn" role="alert">
          <p>
            {skipped.length === 1 ? '1 saved entry could not be read and is hidden.' : `${skipped.length} saved entries could not be read and are hidden.`}
          </p>
          <details>
            <summary>Details</summary>
            <ul>
              {skipped.map((entry) => (
                <li key={entry.key}>
                  {entry.key}: {entry.reason}
                </li>
              ))}
            </ul>
          </details>
        </div>
      )}
      {deleted && (
        <div class="banner undo-bar" role="status">
          <p>Deleted “{deleted.article.title || deleted.url}”.</p>
          <button type="button" class="button primary" onClick={() => void undo()}>
            Undo
          </button>
        </div>
      )}

      {opened ? (
        <OpenedCard record={opened} onBack={() => setOpenUrl(null)} onDelete={() => void remove(opened)} />
      ) : (
        <main>
          <LibraryFilters query={query} facets={facets} onChange={(patch) => setQuery((current) => ({ ...current, ...patch }))} />
          {records.length === 0 ? (
            <p class="empty">Nothing saved yet. Open an article, click Article Digest in the toolbar, then Save.</p>
          ) : shown.length === 0 ? (
            <p class="empty">No saved digest matches.</p>
          ) : (
            <LibraryEntryList records={shown} onOpen={(record) => setOpenUrl(record.url)} onDelete={(record) => void remove(record)} />
          )}
        </main>
      )}
    </div>
  );
}

function OpenedCard({ record, onBack, onDelete }: { record: SavedDigest; onBack: () => void; onDelete: () => void }) {
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), [record.url]);
  return (
    <main class="opened">
      <div class="actions">
        <button type="button" class="button" ref={back} onClick={onBack}>
          ← All digests
        </button>
        <button type="button" class="button danger" onClick={onDelete}>
          Delete
        </button>
      </div>
      <DigestCard article={record.article} digest={record.digest} titleLevel={2} />
    </main>
  );
}

function TransferNotice({ report, onClose }: { report: TransferReport; onClose: () => void }) {
  return (
    <div class={`banner ${report.ok ? 'banner-ok' : 'banner-warn'}`} role={report.ok ? 'status' : 'alert'}>
      <p>{report.title}</p>
      {report.details.length > 0 && (
        <ul class="report-details">
          {report.details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      <button type="button" class="button" onClick={onClose}>
        Dismiss
      </button>
    </div>
  );
}

function countLabel(count: number): string {
  return count === 1 ? '1 saved digest' : `${count} saved digests`;
}
