// popup.html's first script, a classic one that runs before the popup's modules have loaded: it
// starts reading and digesting the page, and reading the engine settings, at once (see
// popup/early-digest.ts).
import { browser } from 'wxt/browser';
import { ENGINE_SETTINGS_STORAGE_KEY } from '../lib/engines/engine-settings-key';
import { startEarlyDigest } from './popup/early-digest';

export default defineUnlistedScript(() => {
  startEarlyDigest({
    activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
    send: (envelope) => browser.runtime.sendMessage(envelope),
    readSettings: () => browser.storage.local.get(ENGINE_SETTINGS_STORAGE_KEY),
  });
});
