// The library's list of saved digests, rendered a page at a time: with 10,000 digests, building
// every entry made opening the library and each keystroke of a search take seconds (see
// bench/results.md); a reader scans the first results anyway, and "Show more" reaches the rest.
import { useState } from 'preact/hooks';
import type { Audience } from '../lib/digest/digest-schema';
import type { LibraryEntry as Entry } from '../lib/storage/library-entry';
import { LibraryEntry } from './LibraryEntry';

/** Entries shown at first, and added by each press of "Show more". */
export const ENTRIES_PER_PAGE = 20;

interface LibraryEntryListProps {
  entries: readonly Entry[];
  onOpen: (entry: Entry) => void;
  onDelete: (entry: Entry) => void;
  onTopic: (tag: string) => void;
  onAudience: (audience: Audience) => void;
  /** Default {@link ENTRIES_PER_PAGE}. */
  pageSize?: number;
}

export function LibraryEntryList({ entries, onOpen, onDelete, onTopic, onAudience, pageSize = ENTRIES_PER_PAGE }: LibraryEntryListProps) {
  // The limit belongs to one list of results: a new search or filter starts again at the top.
  const [page, setPage] = useState({ entries, limit: pageSize });
  const limit = page.entries === entries ? page.limit : pageSize;
  const hidden = entries.length - limit;
  return (
    <>
      <ul class="entries" aria-label="Saved digests">
        {entries.slice(0, limit).map((entry) => (
          <LibraryEntry key={entry.url} entry={entry} onOpen={() => onOpen(entry)} onDelete={() => onDelete(entry)} onTopic={onTopic} onAudience={onAudience} />
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" class="button show-more" onClick={() => setPage({ entries, limit: limit + pageSize })}>
          Show {Math.min(hidden, pageSize)} more ({hidden} not shown)
        </button>
      )}
    </>
  );
}
