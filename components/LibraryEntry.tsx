// One saved digest in the library list: title (opens the card), source, a preview badge when a
// paywall cut the article short, summary, topic and audience chips (each filters the list), delete.
import type { Audience } from '../lib/digest/digest-schema';
import { obsidianTag } from '../lib/obsidian/obsidian-tag';
import type { LibraryEntry as Entry } from '../lib/storage/library-entry';
import { ChipList } from './ChipList';
import { formatPublished, readingMinutes } from './format/source-facts';
import { PreviewBadge } from './PreviewBadge';

const LISTED_TOPICS = 5;

const TEXT = {
  saved: (date: string) => `saved ${date}`,
  minutes: (minutes: number) => `${minutes} min read`,
  topicsOf: (title: string) => `Topics of ${title}`,
  audienceOf: (title: string) => `Best for, ${title}`,
  delete: 'Delete',
  deleteLabel: (title: string) => `Delete ${title}`,
};

interface LibraryEntryProps {
  entry: Entry;
  onOpen: () => void;
  onDelete: () => void;
  /** A topic chip was picked: its tag form. */
  onTopic: (tag: string) => void;
  onAudience: (audience: Audience) => void;
}

export function LibraryEntry({ entry, onOpen, onDelete, onTopic, onAudience }: LibraryEntryProps) {
  const title = entry.title || entry.url;
  const facts = [entry.site, TEXT.saved(formatPublished(entry.updatedAt) ?? entry.updatedAt), TEXT.minutes(readingMinutes(entry.wordCount))];
  return (
    <li class="entry">
      <h2 class="entry-title">
        <button type="button" class="link-button" onClick={onOpen}>
          {title}
        </button>
      </h2>
      <p class="source-line">
        {facts.join(' · ')} <PreviewBadge coverage={entry.coverage} wordCount={entry.wordCount} />
      </p>
      <p class="entry-summary">{entry.summary}</p>
      <div class="entry-foot">
        <div class="entry-chips">
          <ChipList
            values={entry.topics.slice(0, LISTED_TOPICS)}
            label={TEXT.topicsOf(title)}
            onPick={(topic) => onTopic(obsidianTag(topic) ?? topic)}
            pickable={(topic) => obsidianTag(topic) !== null}
          />
          <ChipList values={entry.audience} label={TEXT.audienceOf(title)} tone="audience" onPick={onAudience} />
        </div>
        <button type="button" class="button danger" onClick={onDelete} aria-label={TEXT.deleteLabel(title)}>
          {TEXT.delete}
        </button>
      </div>
    </li>
  );
}
