// One saved digest in the library list: title (opens the card), source, summary, topics, delete.
import { siteOf } from '../lib/library/site-of';
import type { SavedDigest } from '../lib/storage/saved-digest-schema';
import { ChipList } from './ChipList';
import { formatPublished, readingMinutes } from './format/source-facts';

const LISTED_TOPICS = 5;

interface LibraryEntryProps {
  record: SavedDigest;
  onOpen: () => void;
  onDelete: () => void;
}

export function LibraryEntry({ record, onOpen, onDelete }: LibraryEntryProps) {
  const title = record.article.title || record.url;
  const facts = [siteOf(record), `saved ${formatPublished(record.updatedAt) ?? record.updatedAt}`, `${readingMinutes(record.article.wordCount)} min read`];
  return (
    <li class="entry">
      <h2 class="entry-title">
        <button type="button" class="link-button" onClick={onOpen}>
          {title}
        </button>
      </h2>
      <p class="source-line">{facts.join(' · ')}</p>
      <p class="entry-summary">{record.digest.summary}</p>
      <div class="entry-foot">
        <ChipList values={record.digest.topics.slice(0, LISTED_TOPICS)} label={`Topics of ${title}`} />
        <button type="button" class="button danger" onClick={onDelete} aria-label={`Delete ${title}`}>
          Delete
        </button>
      </div>
    </li>
  );
}
