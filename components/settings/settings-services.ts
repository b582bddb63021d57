// What the settings view needs from the browser, passed in by the entry point that shows it
// (the options page): storage, the runtime host-permission request, and the engine checks.
import type { ChromeAiState, ChromeAiStatus } from '../../lib/engines/chrome-ai-apis';
import type { EngineSettings } from '../../lib/engines/engine-settings';
import type { ConnectionResult } from '../../lib/engines/test-connection';

export interface SettingsServices {
  load(): Promise<EngineSettings>;
  save(settings: EngineSettings): Promise<void>;
  /**
   * `browser.permissions.request({ origins: [pattern] })`. Browsers only show the prompt inside a
   * user gesture, so the view calls this first thing in the click handler, before any other await.
   */
  requestHostPermission(pattern: string): Promise<boolean>;
  testConnection(settings: EngineSettings): Promise<ConnectionResult>;
  chromeAiStatus(): Promise<ChromeAiStatus>;
  /** Also needs the click's user gesture: called straight from the Download button. */
  downloadChromeAi(onProgress: (loaded: number) => void): Promise<ChromeAiState>;
}
