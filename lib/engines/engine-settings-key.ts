// The browser.storage.local key of the engine settings, alone so that popup-early.js can read
// them without bundling their schema (engine-settings.ts).
export const ENGINE_SETTINGS_STORAGE_KEY = 'engineSettings';
