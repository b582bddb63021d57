// One saved digest in the library list: title (opens the card), source, summary, topics, delete.
import type { LibraryEntry as Entry } from '../lib/storage/library-entry';
import { ChipList } from './ChipList';
import { coverageLabel } from './format/coverage-label';
import { formatPublished, readingMinutes } from './format/source-facts';

const LISTED_TOPICS = 5;

interface LibraryEntryProps {
  entry: Entry;
  onOpen: () => void;
  onDelete: () => void;
}

export function LibraryEntry({ entry, onOpen, onDelete }: LibraryEntryProps) {
  const title = entry.title || entry.url;
  const facts = [entry.site, `saved ${formatPublished(entry.updatedAt) ?? entry.updatedAt}`, `${readingMinutes(entry.wordCount)} min read`];
  const coverage = entry.coverage && coverageLabel(entry.coverage, entry.wordCount);
  return (
    <li class="entry">
      <h2 class="entry-title">
        <button type="button" class="link-button" onClick={onOpen}>
          {title}
        </button>
      </h2>
      <p class="source-line">
        {facts.join(' · ')}
        {coverage && (
          <>
            {' '}
            <strong class="badge badge-warn" title={coverage.reason ?? undefined}>
              {coverage.label}
            </strong>
          </>
        )}
      </p>
      <p class="entry-summary">{entry.summary}</p>
      <div class="entry-foot">
        <ChipList values={entry.topics.slice(0, LISTED_TOPICS)} label={`Topics of ${title}`} />
        <button type="button" class="button danger" onClick={onDelete} aria-label={`Delete ${title}`}>
          Delete
        </button>
      </div>
    </li>
  );
}
