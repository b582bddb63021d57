// The library page: saved digests newest first, search and filters, one card opened at a time
// (with Copy, Download and Send to Obsidian), delete with undo, export (JSON backup, Markdown zip)
// and import of a backup. The list works on small entries (lib/storage/library-entry.ts); a full
// record is read only to open its card. Topic and audience chips, in the list and on an opened
// card, filter the list.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Audience } from '../lib/digest/digest-schema';
import { libraryFacets } from '../lib/library/library-facets';
import { createDigestSearch, type DigestQuery } from '../lib/library/search-digests';
import type { LibraryEntry } from '../lib/storage/library-entry';
import type { SavedDigest, SkippedRecord } from '../lib/storage/saved-digest-schema';
import { DigestCard } from './DigestCard';
import { ExportActions, NoticeText, type ActionNotice, type ExportServices } from './ExportActions';
import type { LibraryTarget } from './format/library-address';
import { ENTRIES_PER_PAGE, LibraryEntryList } from './LibraryEntryList';
import { LibraryFilters } from './LibraryFilters';
import { formatNumber, plural, t } from './i18n/t';
import { LibraryTransfer, type TransferReport } from './LibraryTransfer';
import type { LibraryServices } from './library-services';

const UNDO_MS = 10_000;

interface LibraryAppProps {
  services: LibraryServices;
  /** A card to open, or a filter to start with (from the page address). */
  initialTarget?: LibraryTarget | null;
}

export function LibraryApp({ services, initialTarget = null }: LibraryAppProps) {
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  /** False while only the newest page is loaded: facets and search wait for the rest. */
  const [complete, setComplete] = useState(false);
  /** How many there are, known before they are all loaded. */
  const [total, setTotal] = useState(0);
  const [opened, setOpened] = useState<SavedDigest | null>(null);
  const [skipped, setSkipped] = useState<SkippedRecord[]>([]);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [query, setQuery] = useState<DigestQuery>(() => (initialTarget && !('url' in initialTarget) ? initialTarget : {}));
  const [openUrl, setOpenUrl] = useState<string | null>(initialTarget && 'url' in initialTarget ? initialTarget.url : null);
  const [deleted, setDeleted] = useState<SavedDigest | null>(null);
  const [report, setReport] = useState<TransferReport | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const reload = useCallback(async () => {
    const listing = await services.listEntries();
    setEntries(listing.entries);
    setSkipped(listing.skipped);
    setProblem(listing.problem);
    setComplete(true);
  }, [services]);

  useEffect(() => {
    void (async () => {
      // The newest page first, painted before the whole list is read: at 10,000 digests the full
      // read is what kept the page blank (bench part 4). A reader starts at the top anyway.
      const newest = await services.newestEntries(ENTRIES_PER_PAGE);
      // None yet may be an upgraded library whose entries are still to be built: keep "Loading".
      if (newest.entries.length > 0) {
        setEntries((current) => current ?? newest.entries);
        setTotal(newest.total);
      }
      await afterPaint();
      await reload();
    })();
  }, [services, reload]);

  useEffect(() => services.showCardInAddress(openUrl), [services, openUrl]);

  useEffect(() => {
    if (!openUrl) return setOpened(null);
    let current = true;
    void services.get(openUrl).then((record) => current && setOpened(record ?? null));
    return () => {
      current = false;
    };
  }, [services, openUrl]);

  const facets = useMemo(() => libraryFacets(entries ?? []), [entries]);
  const search = useMemo(createDigestSearch, []);
  const shown = useMemo(() => search(entries ?? [], query), [search, entries, query]);

  /** A chip picked, in the list or on an opened card: the list, filtered by it alone. */
  const filterBy = (filter: { topic: string } | { audience: Audience }) => {
    setOpenUrl(null);
    setQuery((current) => ({ text: current.text, ...filter }));
  };

  const remove = async (url: string) => {
    const removed = await services.remove(url);
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

  if (entries === null) return <p class="library-loading" role="status">{t('libraryLoading')}</p>;

  return (
    <div class="library" data-loaded={complete ? 'all' : 'newest'}>
      <header class="library-head">
        <h1>{t('libraryHeading')}</h1>
        <p class="library-count" role="status">
          {countText(complete ? entries.length : total, shown.length, complete || isEmptyQuery(query))}
        </p>
        <LibraryTransfer services={services} empty={entries.length === 0} onImported={reload} onReport={setReport} />
        {services.openSettings && (
          <button type="button" class="button library-settings" onClick={() => void services.openSettings?.()}>
            {t('actionSettings')}
          </button>
        )}
      </header>

      {report && <TransferNotice report={report} onClose={() => setReport(null)} />}
      {problem && (
        <div class="banner banner-warn" role="alert">
          <p>{t('libraryListProblem', problem)}</p>
        </div>
      )}
      {skipped.length > 0 && (
        <div class="banner banner-warn" role="alert">
          <p>{plural('librarySkipped', skipped.length)}</p>
          <details>
            <summary>{t('details')}</summary>
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
          <p>{t('libraryDeleted', deleted.article.title || deleted.url)}</p>
          <button type="button" class="button primary" onClick={() => void undo()}>
            {t('libraryUndo')}
          </button>
        </div>
      )}

      {opened && opened.url === openUrl ? (
        <OpenedCard
          record={opened}
          services={services}
          onBack={() => setOpenUrl(null)}
          onDelete={() => void remove(opened.url)}
          onTopic={(topic) => filterBy({ topic })}
          onAudience={(audience) => filterBy({ audience })}
        />
      ) : (
        <main>
          <LibraryFilters query={query} facets={facets} onChange={(patch) => setQuery((current) => ({ ...current, ...patch }))} />
          {entries.length === 0 ? (
            <p class="empty">{t('libraryEmpty')}</p>
          ) : shown.length === 0 ? (
            <p class="empty">{t('libraryNoMatch')}</p>
          ) : (
            <LibraryEntryList
              entries={shown}
              onOpen={(entry) => setOpenUrl(entry.url)}
              onDelete={(entry) => void remove(entry.url)}
              onTopic={(topic) => filterBy({ topic })}
            />
          )}
        </main>
      )}
    </div>
  );
}

interface OpenedCardProps {
  record: SavedDigest;
  services: LibraryServices;
  onBack: () => void;
  onDelete: () => void;
  onTopic: (tag: string) => void;
  onAudience: (audience: Audience) => void;
}

function OpenedCard({ record, services, onBack, onDelete, onTopic, onAudience }: OpenedCardProps) {
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), [record.url]);
  const [notice, setNotice] = useState<ActionNotice | null>(null);
  const exports = useMemo<ExportServices>(
    () => ({
      toMarkdown: () => services.toMarkdown(record),
      copyText: services.copyText,
      download: (fileName, text) => services.download(fileName, new Blob([text], { type: 'text/markdown;charset=utf-8' })),
      obsidianSettings: services.obsidianSettings,
      openUrl: services.openUrl,
    }),
    [services, record],
  );
  return (
    <main class="opened">
      <div class="actions">
        <button type="button" class="button" ref={back} onClick={onBack}>
          {t('libraryBack')}
        </button>
        <ExportActions services={exports} article={record.article} digest={record.digest} onNotice={setNotice} />
        <button type="button" class="button danger" onClick={onDelete}>
          {t('libraryDelete')}
        </button>
      </div>
      <p class="notice" role="status" aria-live="polite">
        <NoticeText notice={notice} />
      </p>
      <DigestCard article={record.article} digest={record.digest} titleLevel={2} onTopic={onTopic} onAudience={onAudience} />
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
        {t('libraryDismiss')}
      </button>
    </div>
  );
}

/** After the next frame is painted (a task after the animation frame). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** "N saved digests", or how many of them match; while the list is still loading, a search waits. */
function countText(total: number, shown: number, searchable: boolean): string {
  if (!searchable) return plural('librarySearching', total);
  return shown === total ? plural('libraryCount', total) : plural('libraryShowing', total, formatNumber(shown));
}

function isEmptyQuery(query: DigestQuery): boolean {
  return !query.text?.trim() && !query.topic && !query.audience && !query.site;
}
