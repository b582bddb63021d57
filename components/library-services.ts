// What the library page needs from the browser, passed in by entrypoints/library.
import type { LibraryListing } from '../lib/storage/library-store';
import type { SavedDigest } from '../lib/storage/saved-digest-schema';

export interface LibraryServices {
  list(): Promise<LibraryListing>;
  remove(url: string): Promise<SavedDigest | undefined>;
  putAll(records: readonly SavedDigest[]): Promise<void>;
  toMarkdown(record: SavedDigest): string;
  download(fileName: string, data: Blob): void;
  now(): Date;
  /** Records which card is open (or none) in the page address, so reload and links keep it. */
  showCardInAddress(url: string | null): void;
  /** Opens the settings (options page) in a tab. */
  openSettings?(): Promise<void>;
}
