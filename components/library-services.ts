// What the library page needs from the browser, passed in by entrypoints/library.
import type { LibraryListing } from '../lib/storage/library-store';
import type { EntryListing, NewestEntries } from '../lib/storage/list-entries';
import type { ObsidianSettings } from '../lib/obsidian/obsidian-settings';
import type { SavedDigest } from '../lib/storage/saved-digest-schema';

export interface LibraryServices {
  /** The newest entries only: what the first screen shows while the rest loads. */
  newestEntries(limit: number): Promise<NewestEntries>;
  /** Every list entry (what the list, search and filters use), and the unreadable records. */
  listEntries(): Promise<EntryListing>;
  /** One full record: the card to open. */
  get(url: string): Promise<SavedDigest | undefined>;
  /** Every full record: what export writes. */
  list(): Promise<LibraryListing>;
  remove(url: string): Promise<SavedDigest | undefined>;
  putAll(records: readonly SavedDigest[]): Promise<void>;
  toMarkdown(record: SavedDigest): string;
  download(fileName: string, data: Blob): void;
  copyText(text: string): Promise<void>;
  /** Where Send to Obsidian puts a note (Settings). */
  obsidianSettings(): Promise<ObsidianSettings>;
  /** Opens an address that is not a web page (obsidian://), for the system to hand to its app. */
  openUrl(url: string): Promise<void> | void;
  now(): Date;
  /** Records which card is open (or none) in the page address, so reload and links keep it. */
  showCardInAddress(url: string | null): void;
  /** Opens the settings (options page) in a tab. */
  openSettings?(): Promise<void>;
}
