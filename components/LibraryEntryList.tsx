// The library's list of saved digests, rendered a page at a time: with 10,000 digests, building
// every entry made opening the library and each keystroke of a search take seconds (see
// bench/results.md); a reader scans the first results anyway, and "Show more" reaches the rest.
import { useState } from 'preact/hooks';
import type { SavedDigest } from '../lib/storage/saved-digest-schema';
import { LibraryEntry } from './LibraryEntry';

/** Entries shown at first, and added by each press of "Show more". */
export const ENTRIES_PER_PAGE = 20;

interface LibraryEntryListProps {
  records: readonly SavedDigest[];
  onOpen: (record: SavedDigest) => void;
  onDelete: (record: SavedDigest) => void;
  /** Default {@link ENTRIES_PER_PAGE}. */
  pageSize?: number;
}

export function LibraryEntryList({ records, onOpen, onDelete, pageSize = ENTRIES_PER_PAGE }: LibraryEntryListProps) {
  // The limit belongs to one list of results: a new search or filter starts again at the top.
  const [page, setPage] = useState({ records, limit: pageSize });
  const limit = page.records === records ? page.limit : pageSize;
  const hidden = records.length - limit;
  return (
    <>
      <ul class="entries" aria-label="Saved digests">
        {records.slice(0, limit).map((record) => (
          <LibraryEntry key={record.url} record={record} onOpen={() => onOpen(record)} onDelete={() => onDelete(record)} />
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" class="button show-more" onClick={() => setPage({ records, limit: limit + pageSize })}>
          Show {Math.min(hidden, pageSize)} more ({hidden} not shown)
        </button>
      )}
    </>
  );
}
