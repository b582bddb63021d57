// The popup's wiring to the browser: tabs, the background (typed messages), IndexedDB, clipboard,
// downloads and Markdown. Runs both as the real toolbar popup and as a page in a
// tab (`popup.html?tab=ID`, used when the browser cannot open the popup for the context menu).
import { browser } from 'wxt/browser';
import type { PopupServices, TargetTab } from '../../components/popup-services';
import { ENGINE_SETTINGS_STORAGE_KEY, parseEngineSettings } from '../../lib/engines/engine-settings';
import { libraryHash } from '../../components/format/library-address';
import { toMarkdown } from '../../components/format/to-markdown';
import { openExternally } from '../../components/open-externally';
import { createMessageClient } from '../../lib/messages';
import { OBSIDIAN_SETTINGS } from '../../lib/obsidian/obsidian-settings';
import { libraryKey } from '../../lib/storage/library-key';
import type { LibraryStore } from '../../lib/storage/library-store';
import { claimEarlyDigest, claimEarlySettings, earlyTab } from './early-digest';

const POLL_MS = 250;

export function createPopupServices(): PopupServices {
  const namedTab = new URLSearchParams(location.search).get('tab');
  // The first digest may already be on its way, asked for by popup-early.js (early-digest.ts).
  const call = createMessageClient(async (envelope) => {
    const early = await claimEarlyDigest(envelope);
    return early ? early.answer : browser.runtime.sendMessage(envelope);
  });
  // The library's code (IndexedDB, its record schemas: ~8 KB) is loaded when the card asks
  // whether it is saved, not with the popup: the card does not wait for it (CardActions).
  let store: Promise<LibraryStore> | undefined;
  const library = () => (store ??= import('./open-library-store').then(({ openLibraryStore }) => openLibraryStore()));
  // The card's first engine step needs the settings: popup-early.js began reading them, else
  // read them while the page is read.
  let settingsRead: Promise<Record<string, unknown>> | undefined =
    (namedTab ? undefined : claimEarlySettings()) ?? browser.storage.local.get(ENGINE_SETTINGS_STORAGE_KEY);
  settingsRead.catch(() => undefined);

  async function targetTab(): Promise<TargetTab> {
    const tab = namedTab
      ? await browser.tabs.get(Number(namedTab))
      : ((await earlyTab()) ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]);
    if (tab?.id === undefined) throw new Error('There is no tab to digest.');
    return toTarget(tab);
  }

  return {
    targetTab,
    async waitUntilLoaded(tabId, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      let tab = toTarget(await browser.tabs.get(tabId));
      while (tab.status === 'loading' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        tab = toTarget(await browser.tabs.get(tabId));
      }
      return tab;
    },
    digestTab: (tabId) => call('digest-tab', { tabId, now: new Date().toISOString() }),
    toMarkdown,
    isSaved: async (url) => (await (await library()).get(url)) !== undefined,
    async save(article, digest) {
      await (await library()).save(article, digest, new Date());
    },
    copyText: (text) => navigator.clipboard.writeText(text),
    download(fileName, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
      link.click();
      // The download has its own copy once started; free the blob a little later.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    obsidianSettings: async () => (await OBSIDIAN_SETTINGS.read(browser.storage.local)).value,
    // From the page being read: the popup's own page (a tab, when opened from the menu) stays as it is.
    async openUrl(url) {
      await openExternally(url, (await targetTab()).id);
    },
    async openLibrary(target) {
      const hash = target ? libraryHash('url' in target ? { url: libraryKey(target.url) } : target) : '';
      await browser.tabs.create({ url: browser.runtime.getURL(`/library.html${hash}`) });
      if (!namedTab) window.close();
    },
    async openSettings() {
      await browser.runtime.openOptionsPage();
      if (!namedTab) window.close();
    },
    async engineDigest(article, local, options) {
      // The read started with the popup serves its first card; a retry reads them anew.
      const stored = await (settingsRead ?? browser.storage.local.get(ENGINE_SETTINGS_STORAGE_KEY));
      settingsRead = undefined;
      const settings = parseEngineSettings(stored[ENGINE_SETTINGS_STORAGE_KEY]);
      // The default: the background's local digest, no extra code loaded, no request made.
      if (settings.engine === 'local') return local;
      const { runAiEngine } = await import('./run-ai-engine');
      return runAiEngine(article, settings, local, options);
    },
  };
}

function toTarget(tab: { id?: number; url?: string; status?: string }): TargetTab {
  if (tab.id === undefined) throw new Error('The tab has no id.');
  return { id: tab.id, url: tab.url, status: tab.status };
}
