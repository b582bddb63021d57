// Builds the settings view's services from what the options page hands in (storage area,
// permission request, fetch), so the entry point only wires browser objects.
import { chromeAiFromGlobal, chromeAiStatus, downloadChromeAiModel } from '../../lib/engines/chrome-ai-apis';
import type { ChromeAiApis } from '../../lib/engines/chrome-ai-types';
import { ENGINE_SETTINGS_STORAGE_KEY, EngineSettingsSchema, parseEngineSettings } from '../../lib/engines/engine-settings';
import { testConnection } from '../../lib/engines/test-connection';
import { OBSIDIAN_SETTINGS } from '../../lib/obsidian/obsidian-settings';
import type { KeyValueArea } from '../../lib/storage/stored-item';
import type { ObsidianSettingsServices } from './ObsidianSettingsView';
import type { SettingsServices } from './settings-services';

export interface SettingsBrowser {
  /** `browser.storage.local`. */
  storage: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  /** `(origins) => browser.permissions.request({ origins })`. */
  requestOrigins(origins: string[]): Promise<boolean>;
  fetch: typeof fetch;
  /** Defaults to the page's globals. */
  chromeAi?: ChromeAiApis;
}

export function createSettingsServices(browser: SettingsBrowser): SettingsServices {
  const chromeAi = () => browser.chromeAi ?? chromeAiFromGlobal();
  return {
    load: async () => parseEngineSettings((await browser.storage.get(ENGINE_SETTINGS_STORAGE_KEY))[ENGINE_SETTINGS_STORAGE_KEY]),
    save: (settings) => browser.storage.set({ [ENGINE_SETTINGS_STORAGE_KEY]: EngineSettingsSchema.parse(settings) }),
    requestHostPermission: (pattern) => browser.requestOrigins([pattern]),
    testConnection: (settings) => testConnection(settings, { fetch: browser.fetch, now: () => new Date(), chromeAi: chromeAi() }),
    chromeAiStatus: () => chromeAiStatus(chromeAi()),
    downloadChromeAi: (onProgress) => downloadChromeAiModel(chromeAi(), onProgress),
  };
}

/** Send to Obsidian's settings in `storage` (browser.storage.local). */
export function createObsidianSettingsServices(storage: KeyValueArea): ObsidianSettingsServices {
  return {
    load: async () => (await OBSIDIAN_SETTINGS.read(storage)).value,
    save: (settings) => OBSIDIAN_SETTINGS.write(storage, settings),
  };
}
