// The popup's way into the library, split from its first load (create-popup-services.ts).
import { openLibraryDb } from '../../lib/storage/library-db';
import { createLibraryStore, type LibraryStore } from '../../lib/storage/library-store';

export async function openLibraryStore(): Promise<LibraryStore> {
  return createLibraryStore(await openLibraryDb());
}
