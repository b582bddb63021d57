// The library page's wiring: IndexedDB through lib/storage, Markdown through lib/markdown,
// downloads through a blob link (no downloads permission needed).
import { browser } from 'wxt/browser';
import type { LibraryServices } from '../../components/library-services';
import { toMarkdown } from '../../components/format/to-markdown';
import { openExternally } from '../../components/open-externally';
import { OBSIDIAN_SETTINGS } from '../../lib/obsidian/obsidian-settings';
import { openLibraryDb } from '../../lib/storage/library-db';
import { createLibraryStore, type LibraryStore } from '../../lib/storage/library-store';

export function createLibraryServices(): LibraryServices {
  let store: Promise<LibraryStore> | undefined;
  const library = () => (store ??= openLibraryDb().then(createLibraryStore));
  return {
    newestEntries: async (limit) => (await library()).newestEntries(limit),
    listEntries: async () => (await library()).listEntries(),
    get: async (url) => (await library()).get(url),
    list: async () => (await library()).list(),
    remove: async (url) => (await library()).remove(url),
    putAll: async (records) => (await library()).putAll(records),
    toMarkdown: (record) => toMarkdown(record.article, record.digest),
    download(fileName, data) {
      const url = URL.createObjectURL(data);
      Object.assign(document.createElement('a'), { href: url, download: fileName }).click();
      // The download has its own copy once started; free the blob a little later.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    copyText: (text) => navigator.clipboard.writeText(text),
    obsidianSettings: async () => (await OBSIDIAN_SETTINGS.read(browser.storage.local)).value,
    openUrl: (url) => openExternally(url),
    now: () => new Date(),
    showCardInAddress(url) {
      history.replaceState(null, '', url ? `#${encodeURIComponent(url)}` : location.pathname);
    },
    openSettings: () => browser.runtime.openOptionsPage(),
  };
}
