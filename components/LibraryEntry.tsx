// One saved digest in the library list: title (opens the card), source, a preview badge when a
// paywall cut the article short, summary, topic chips (each filters the list), delete. Re-rendered
// only when its entry changes: each keystroke of a search re-renders the list.
import { Component } from 'preact';
import { obsidianTag } from '../lib/obsidian/obsidian-tag';
import type { LibraryEntry as Entry } from '../lib/storage/library-entry';
import { ChipList } from './ChipList';
import { formatPublished, readingMinutes } from './format/source-facts';
import { t } from './i18n/t';
import { PreviewBadge } from './PreviewBadge';

const LISTED_TOPICS = 5;

export interface EntryActions {
  onOpen: (entry: Entry) => void;
  onDelete: (entry: Entry) => void;
  /** A topic chip was picked: its tag form. */
  onTopic: (tag: string) => void;
}

interface LibraryEntryProps {
  entry: Entry;
  /** The same object from one render to the next (the list keeps it). */
  actions: EntryActions;
}

export class LibraryEntry extends Component<LibraryEntryProps> {
  override shouldComponentUpdate(next: LibraryEntryProps): boolean {
    return next.entry !== this.props.entry || next.actions !== this.props.actions;
  }

  override render() {
    return <EntryItem {...this.props} />;
  }
}

function EntryItem({ entry, actions }: LibraryEntryProps) {
  const title = entry.title || entry.url;
  const facts = [entry.site, t('librarySavedOn', formatPublished(entry.updatedAt) ?? entry.updatedAt), t('readingTime', readingMinutes(entry.wordCount))];
  return (
    <li class="entry">
      <h2 class="entry-title">
        <button type="button" class="link-button" onClick={() => actions.onOpen(entry)}>
          {title}
        </button>
      </h2>
      <p class="source-line">
        {facts.join(' · ')} <PreviewBadge coverage={entry.coverage} wordCount={entry.wordCount} />
      </p>
      <p class="entry-summary">{entry.summary}</p>
      <div class="entry-foot">
        <ChipList
          values={entry.topics.slice(0, LISTED_TOPICS)}
          label={t('libraryTopicsOf', title)}
          onPick={(topic) => actions.onTopic(obsidianTag(topic) ?? topic)}
          pickable={(topic) => obsidianTag(topic) !== null}
        />
        <button type="button" class="button danger" onClick={() => actions.onDelete(entry)} aria-label={t('libraryDeleteTitled', title)}>
          {t('libraryDelete')}
        </button>
      </div>
    </li>
  );
}
