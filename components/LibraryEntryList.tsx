// The library's list of saved digests, rendered a page at a time: with 10,000 digests, building
// every entry made opening the library and each keystroke of a search take seconds (see
// bench/results.md); a reader scans the first results anyway, and "Show more" reaches the rest.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { LibraryEntry as Entry } from '../lib/storage/library-entry';
import { formatNumber, t } from './i18n/t';
import { LibraryEntry, type EntryActions } from './LibraryEntry';

/** Entries shown at first, and added by each press of "Show more". */
export const ENTRIES_PER_PAGE = 20;

interface LibraryEntryListProps {
  entries: readonly Entry[];
  onOpen: (entry: Entry) => void;
  onDelete: (entry: Entry) => void;
  onTopic: (tag: string) => void;
  /** Default {@link ENTRIES_PER_PAGE}. */
  pageSize?: number;
}

export function LibraryEntryList({ entries, onOpen, onDelete, onTopic, pageSize = ENTRIES_PER_PAGE }: LibraryEntryListProps) {
  // One object for every render, so an entry that stays on screen is not rendered again.
  const handlers = useRef({ onOpen, onDelete, onTopic });
  handlers.current = { onOpen, onDelete, onTopic };
  const actions = useMemo<EntryActions>(
    () => ({ onOpen: (entry) => handlers.current.onOpen(entry), onDelete: (entry) => handlers.current.onDelete(entry), onTopic: (tag) => handlers.current.onTopic(tag) }),
    [],
  );
  // The limit belongs to one list of results: a new search or filter starts again at the top.
  const [page, setPage] = useState({ entries, limit: pageSize });
  const limit = page.entries === entries ? page.limit : pageSize;
  const hidden = entries.length - limit;
  return (
    <>
      <ul class="entries" aria-label={t('libraryEntries')}>
        {entries.slice(0, limit).map((entry) => (
          <LibraryEntry key={entry.url} entry={entry} actions={actions} />
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" class="button show-more" onClick={() => setPage({ entries, limit: limit + pageSize })}>
          {t('libraryShowMore', formatNumber(Math.min(hidden, pageSize)), formatNumber(hidden))}
        </button>
      )}
    </>
  );
}
