// User settings, declared once, kept in the extension's storage.local under one versioned key.
// Pure: the storage area is passed in (browser.storage.local in the extension, a Map in tests).
import { z } from 'zod/mini';

export const SETTINGS_KEY = 'settings';

export const SettingsSchema = z.object({
  schemaVersion: z.literal(1),
  /** The digest engine; `local` (offline, deterministic) is the only one shipped so far. */
  engine: z.enum(['local']),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { schemaVersion: 1, engine: 'local' };

/** The slice of `browser.storage.local` that settings need. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface SettingsRead {
  settings: Settings;
  /** Set when stored settings could not be read and the defaults were used instead. */
  problem?: string;
}

export async function readSettings(area: KeyValueArea): Promise<SettingsRead> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (stored === undefined) return { settings: DEFAULT_SETTINGS };
  const parsed = SettingsSchema.safeParse(stored);
  if (parsed.success) return { settings: parsed.data };
  return { settings: DEFAULT_SETTINGS, problem: `Stored settings were not valid, defaults used: ${z.prettifyError(parsed.error)}` };
}

export async function writeSettings(area: KeyValueArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: SettingsSchema.parse(settings) });
}
